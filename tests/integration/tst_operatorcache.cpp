// The caller is cached per access token, and an access change is seen by the very next request
// on both backends: a changed role, a removed membership, a disabled account (each made with
// SQL straight on the database, as another instance or an operator's script would) and a
// logout. Every check warms the cache first (the same request answered once), so a stale cache
// would answer the second one with the old rights.
#include "DemoSession.h"
#include "demo/DemoData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;

class TestOperatorCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_session.reset(); }

    void roleChangeIsSeenByTheNextRequest();
    void removedMembershipIsSeenByTheNextRequest();
    void disabledAccountIsSeenByTheNextRequest();
    void logoutIsSeenByTheNextRequest();
    void otherUsersStayServed();

private:
    bool execute(const QString &sql);

    std::unique_ptr<DemoSession> m_session;
    const QString m_evergreen = DemoData::evergreenId();
};

void TestOperatorCache::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_session = std::make_unique<DemoSession>();
    QVERIFY2(m_session->start(backend), qPrintable(m_session->errorString()));
}

bool TestOperatorCache::execute(const QString &sql)
{
    QString error;
    const bool done = m_session->execute(sql, &error);
    if (!done)
        qWarning() << sql << error;
    return done;
}

void TestOperatorCache::roleChangeIsSeenByTheNextRequest()
{
    HttpTestClient &admin = m_session->as(demo::Admin);
    const QString audit = u"/api/v1/audit?organizationId="_s + m_evergreen;
    for (int i = 0; i < 2; ++i) {
        const HttpTestReply before = admin.get(audit);
        QVERIFY2(before.status == 200, before.describe().constData());
    }
    const QString userId = m_session->userId(demo::Admin);
    QVERIFY(execute(u"UPDATE memberships SET role = 'coordinator' WHERE user_id = '"_s + userId
                    + u"' AND organization_id = '"_s + m_evergreen + u"'"_s));
    // A coordinator does not read the audit trail, but still edits sections.
    const HttpTestReply after = admin.get(audit);
    QVERIFY2(after.status == 403, after.describe().constData());
    const HttpTestReply sections = admin.get(demo::sectionsPath(m_evergreen));
    QVERIFY2(sections.status == 200, sections.describe().constData());
    // And back: the rights return as promptly.
    QVERIFY(execute(u"UPDATE memberships SET role = 'admin' WHERE user_id = '"_s + userId
                    + u"' AND organization_id = '"_s + m_evergreen + u"'"_s));
    const HttpTestReply again = admin.get(audit);
    QVERIFY2(again.status == 200, again.describe().constData());
}

void TestOperatorCache::removedMembershipIsSeenByTheNextRequest()
{
    HttpTestClient &planner = m_session->as(demo::Planner);
    for (int i = 0; i < 2; ++i) {
        const HttpTestReply before = planner.get(demo::sectionsPath(m_evergreen));
        QVERIFY2(before.status == 200, before.describe().constData());
    }
    QVERIFY(execute(u"DELETE FROM memberships WHERE user_id = '"_s
                    + m_session->userId(demo::Planner) + u"'"_s));
    // Without a membership the account has no console access at all.
    const HttpTestReply after = planner.get(demo::sectionsPath(m_evergreen));
    QVERIFY2(after.status == 403, after.describe().constData());
    QCOMPARE(after.errorCode(), u"no_console_access"_s);
}

void TestOperatorCache::disabledAccountIsSeenByTheNextRequest()
{
    HttpTestClient &lakeside = m_session->as(demo::LakesideAdmin);
    const QString path = demo::sectionsPath(DemoData::lakesideId());
    for (int i = 0; i < 2; ++i) {
        const HttpTestReply before = lakeside.get(path);
        QVERIFY2(before.status == 200, before.describe().constData());
    }
    QVERIFY(execute(u"UPDATE users SET disabled = TRUE WHERE id = '"_s
                    + m_session->userId(demo::LakesideAdmin) + u"'"_s));
    const HttpTestReply after = lakeside.get(path);
    QVERIFY2(after.status == 403, after.describe().constData());
    QCOMPARE(after.errorCode(), u"account_disabled"_s);
}

void TestOperatorCache::logoutIsSeenByTheNextRequest()
{
    HttpTestClient &support = m_session->as(demo::Support);
    for (int i = 0; i < 2; ++i) {
        const HttpTestReply before = support.get(u"/api/v1/auth/me"_s);
        QVERIFY2(before.status == 200, before.describe().constData());
    }
    const HttpTestReply logout = support.post(u"/api/v1/auth/logout"_s, {});
    QVERIFY2(logout.status == 204, logout.describe().constData());
    const HttpTestReply after = support.get(u"/api/v1/auth/me"_s);
    QVERIFY2(after.status == 401, after.describe().constData());
    QCOMPARE(after.errorCode(), u"session_revoked"_s);
}

void TestOperatorCache::otherUsersStayServed()
{
    // Forgetting one user's caller leaves everybody else's answers as they were.
    HttpTestClient &platform = m_session->as(demo::Platform);
    HttpTestClient &admin = m_session->as(demo::Admin);
    QCOMPARE(platform.get(demo::sectionsPath(m_evergreen)).status, 200);
    QCOMPARE(admin.get(demo::sectionsPath(m_evergreen)).status, 200);
    QVERIFY(execute(u"UPDATE users SET disabled = TRUE WHERE id = '"_s
                    + m_session->userId(demo::Admin) + u"'"_s));
    QCOMPARE(admin.get(demo::sectionsPath(m_evergreen)).status, 403);
    const HttpTestReply still = platform.get(demo::sectionsPath(m_evergreen));
    QVERIFY2(still.status == 200, still.describe().constData());
}

QTEST_GUILESS_MAIN(TestOperatorCache)
#include "tst_operatorcache.moc"
