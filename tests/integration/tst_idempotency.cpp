// Idempotency-Key on both backends: a replayed write is applied once and answered the same
// (with Idempotency-Replayed), a reused key on another request is 422, keys are per user, a
// stale offline replay (412) records one conflict that the sync health shows, hostile keys 400.
#include "DemoSession.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QList<QPair<QByteArray, QByteArray>> keyed(const QByteArray &key, qint64 version = 0)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Idempotency-Key", key},
                                                  {"Content-Type", "application/json"}};
    if (version > 0)
        headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    return headers;
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject titled(const QString &title)
{
    return QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, title}}}};
}

} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void replayedPatchIsAppliedOnce();
    void replayedCreateKeepsItsLocation();
    void replayedDeleteIsAnsweredAgain();
    void keyOnAnotherRequestIsRefused();
    void keysArePerUser();
    void staleReplayRecordsOneConflict();
    void writeAndAnswerAreOneTransaction();
    void hostileKeysAreRefused_data();
    void hostileKeysAreRefused();

private:
    int auditRowsOf(const QString &sectionId, const QString &action);
    QJsonObject evergreenHealth();

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen = DemoData::evergreenId();
};

void TestIdempotency::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

int TestIdempotency::auditRowsOf(const QString &sectionId, const QString &action)
{
    const HttpTestReply page = m_demo->as(Platform).get(u"/api/v1/audit?entityId="_s + sectionId
                                                        + u"&action="_s + action);
    return page.object()[u"total"_s].toInt(-1);
}

QJsonObject TestIdempotency::evergreenHealth()
{
    const HttpTestReply health
        = m_demo->as(Platform).get(u"/api/v1/sync/health?organizationId="_s + m_evergreen);
    return health.object()[u"tenants"_s].toArray().at(0).toObject();
}

void TestIdempotency::replayedPatchIsAppliedOnce()
{
    const QJsonObject section = m_demo->section(m_evergreen, u"timeline"_s);
    const QString path = u"/api/v1/sections/"_s + section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const qint64 configBefore = evergreenHealth()[u"configVersion"_s].toInteger();
    const QByteArray key = newKey();
    HttpTestClient &admin = m_demo->as(Admin);

    const HttpTestReply first
        = admin.send("PATCH", path, jsonBytes(titled(u"Run of show"_s)), keyed(key, version));
    QVERIFY2(first.status == 200, first.describe().constData());
    QVERIFY(first.header("Idempotency-Replayed").isEmpty());
    // The console lost the answer and replays the same request from its outbox.
    const HttpTestReply second
        = admin.send("PATCH", path, jsonBytes(titled(u"Run of show"_s)), keyed(key, version));
    QVERIFY2(second.status == 200, second.describe().constData());
    QCOMPARE(second.header("Idempotency-Replayed"), QByteArray("true"));
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("ETag"), first.header("ETag"));
    QCOMPARE(second.object()[u"version"_s].toInteger(), version + 1);

    QCOMPARE(admin.get(path).object()[u"version"_s].toInteger(), version + 1);
    QCOMPARE(auditRowsOf(section[u"id"_s].toString(), u"update"_s), 1);
    QCOMPARE(evergreenHealth()[u"configVersion"_s].toInteger(), configBefore + 1);
}

void TestIdempotency::replayedCreateKeepsItsLocation()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QByteArray key = newKey();
    const QJsonObject body {{u"sectionType"_s, u"notes"_s},
                            {u"customization"_s, QJsonObject {{u"title"_s, u"Notes"_s}}}};
    const HttpTestReply first
        = planner.send("POST", sectionsPath(m_evergreen), jsonBytes(body), keyed(key));
    QVERIFY2(first.status == 201, first.describe().constData());
    const HttpTestReply second
        = planner.send("POST", sectionsPath(m_evergreen), jsonBytes(body), keyed(key));
    QVERIFY2(second.status == 201, second.describe().constData());
    QCOMPARE(second.header("Idempotency-Replayed"), QByteArray("true"));
    QCOMPARE(second.header("Location"), first.header("Location"));
    QCOMPARE(second.object()[u"id"_s], first.object()[u"id"_s]);
    // One section of the type, not two (a second create would have been 409 section_exists).
    int notes = 0;
    const HttpTestReply list = planner.get(sectionsPath(m_evergreen) + u"?scope=organization"_s);
    for (const QJsonValue &item : list.object()[u"items"_s].toArray())
        notes += item[u"sectionType"_s].toString() == u"notes"_s ? 1 : 0;
    QCOMPARE(notes, 1);
}

void TestIdempotency::replayedDeleteIsAnsweredAgain()
{
    // An answer without a body (204) is kept like any other: the outbox's delete replays.
    const QJsonObject section = m_demo->section(m_evergreen, u"budget"_s);
    const QString path = u"/api/v1/sections/"_s + section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const QByteArray key = newKey();
    HttpTestClient &admin = m_demo->as(Admin);
    const HttpTestReply first = admin.send("DELETE", path, {}, keyed(key, version));
    QVERIFY2(first.status == 204, first.describe().constData());
    const HttpTestReply second = admin.send("DELETE", path, {}, keyed(key, version));
    QVERIFY2(second.status == 204, second.describe().constData());
    QCOMPARE(second.header("Idempotency-Replayed"), QByteArray("true"));
    QCOMPARE(admin.get(path).status, 404);
    QCOMPARE(auditRowsOf(section[u"id"_s].toString(), u"delete"_s), 1);
}

void TestIdempotency::keyOnAnotherRequestIsRefused()
{
    const QJsonObject section = m_demo->section(m_evergreen, u"budget"_s);
    const QString path = u"/api/v1/sections/"_s + section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const QByteArray key = newKey();
    HttpTestClient &admin = m_demo->as(Admin);
    QCOMPARE(admin.send("PATCH", path, jsonBytes(titled(u"Money"_s)), keyed(key, version)).status,
             200);
    const HttpTestReply other
        = admin.send("PATCH", path, jsonBytes(titled(u"Cash"_s)), keyed(key, version + 1));
    QVERIFY2(other.status == 422, other.describe().constData());
    QCOMPARE(other.errorCode(), u"idempotency_key_reused"_s);
    const HttpTestReply elsewhere = admin.send("DELETE", path, {}, keyed(key, version + 1));
    QCOMPARE(elsewhere.errorCode(), u"idempotency_key_reused"_s);
    const QJsonObject now = admin.get(path).object();
    QCOMPARE(now[u"customization"_s][u"title"_s].toString(), u"Money"_s);
    QCOMPARE(now[u"version"_s].toInteger(), version + 1);
}

void TestIdempotency::keysArePerUser()
{
    const QJsonObject section = m_demo->section(m_evergreen, u"guest_list"_s);
    const QString path = u"/api/v1/sections/"_s + section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const QByteArray key = "shared-key-1";
    const HttpTestReply mine = m_demo->as(Admin).send(
        "PATCH", path, jsonBytes(titled(u"Guests A"_s)), keyed(key, version));
    QCOMPARE(mine.status, 200);
    // Another user's identical key is a different key: applied, not replayed.
    const HttpTestReply theirs = m_demo->as(Planner).send(
        "PATCH", path, jsonBytes(titled(u"Guests B"_s)), keyed(key, version + 1));
    QVERIFY2(theirs.status == 200, theirs.describe().constData());
    QVERIFY(theirs.header("Idempotency-Replayed").isEmpty());
    QCOMPARE(theirs.object()[u"version"_s].toInteger(), version + 2);
}

void TestIdempotency::staleReplayRecordsOneConflict()
{
    const QJsonObject section = m_demo->section(m_evergreen, u"vendor_management"_s);
    const QString id = section[u"id"_s].toString();
    const QString path = u"/api/v1/sections/"_s + id;
    const qint64 version = section[u"version"_s].toInteger();
    const int conflictsBefore = evergreenHealth()[u"conflicts"_s].toInt();
    // Someone else changes the section while the planner is offline...
    QCOMPARE(m_demo->as(Admin)
                 .send("PATCH", path, jsonBytes(titled(u"Suppliers"_s)), keyed(newKey(), version))
                 .status,
             200);
    // ...then the planner's outbox replays an edit of the old version, twice.
    const QByteArray key = newKey();
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply stale = planner.send(
        "PATCH", path, jsonBytes(titled(u"Vendors (offline)"_s)), keyed(key, version));
    QVERIFY2(stale.status == 412, stale.describe().constData());
    const HttpTestReply again = planner.send(
        "PATCH", path, jsonBytes(titled(u"Vendors (offline)"_s)), keyed(key, version));
    QCOMPARE(again.status, 412);
    QCOMPARE(again.header("Idempotency-Replayed"), QByteArray("true"));

    const QJsonObject health = evergreenHealth();
    QCOMPARE(health[u"conflicts"_s].toInt(), conflictsBefore + 1);
    QCOMPARE(health[u"status"_s].toString(), u"partial"_s);
    const HttpTestReply open
        = m_demo->as(Support).get(u"/api/v1/sync/conflicts?organizationId="_s + m_evergreen);
    QVERIFY2(open.status == 200, open.describe().constData());
    int forThisSection = 0;
    for (const QJsonValue &conflict : open.object()[u"items"_s].toArray()) {
        if (conflict[u"entityId"_s].toString() != id)
            continue;
        ++forThisSection;
        QCOMPARE(conflict[u"baseVersion"_s].toInteger(), version);
        QCOMPARE(conflict[u"mine"_s][u"customization"_s][u"title"_s].toString(),
                 u"Vendors (offline)"_s);
        QCOMPARE(conflict[u"theirs"_s][u"customization"_s][u"title"_s].toString(), u"Suppliers"_s);
        QCOMPARE(conflict[u"createdBy"_s].toString(), m_demo->userId(Planner));
        // The base comes from the audit trail (the admin's change started from it); mine is
        // the whole section as the offline edit made it, so only the title is in conflict.
        QVERIFY(conflict[u"baseKnown"_s].toBool());
        QCOMPARE(conflict[u"base"_s][u"customization"_s][u"title"_s],
                 section[u"customization"_s][u"title"_s]);
        QCOMPARE(conflict[u"mine"_s][u"layout"_s], section[u"layout"_s]);
        QCOMPARE(conflict[u"conflictFields"_s].toArray(), QJsonArray {u"customization.title"_s});
        QCOMPARE(conflict[u"source"_s].toString(), u"offline_edit"_s);
        QCOMPARE(conflict[u"mineBy"_s].toString(), m_demo->userId(Planner));
        QCOMPARE(conflict[u"theirsBy"_s].toString(), m_demo->userId(Admin));
    }
    QCOMPARE(forThisSection, 1);
    const HttpTestReply events = m_demo->as(Platform).get(
        u"/api/v1/sync/events?kind=conflict&organizationId="_s + m_evergreen);
    QCOMPARE(events.object()[u"items"_s].toArray().at(0)[u"details"_s][u"entityIds"_s].toArray(),
             QJsonArray {id});
}

void TestIdempotency::writeAndAnswerAreOneTransaction()
{
    // Fault injection on the test database only: storing an answer now fails.
    QFETCH_GLOBAL(QString, backend);
    const bool sqlite = backend == u"sqlite"_s;
    const QStringList breakIt = sqlite
        ? QStringList {u"CREATE TRIGGER test_keys_fail BEFORE INSERT ON idempotency_keys"
                       " BEGIN SELECT RAISE(ABORT, 'answer not stored on purpose'); END"_s}
        : QStringList {u"CREATE FUNCTION test_keys_fail() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'answer not stored on purpose'; END $$"_s,
                       u"CREATE TRIGGER test_keys_fail BEFORE INSERT ON idempotency_keys"
                       " FOR EACH ROW EXECUTE FUNCTION test_keys_fail()"_s};
    QString error;
    for (const QString &sql : breakIt)
        QVERIFY2(m_demo->execute(sql, &error), qPrintable(error));

    const QJsonObject section = m_demo->section(m_evergreen, u"documents"_s);
    const QString id = section[u"id"_s].toString();
    const QString path = u"/api/v1/sections/"_s + id;
    const qint64 version = section[u"version"_s].toInteger();
    const QByteArray key = newKey();
    HttpTestClient &admin = m_demo->as(Admin);
    const HttpTestReply failed
        = admin.send("PATCH", path, jsonBytes(titled(u"Papers"_s)), keyed(key, version));
    QVERIFY2(failed.status == 500, failed.describe().constData());
    // The write could not be remembered, so it was not applied either.
    QCOMPARE(admin.get(path).object()[u"version"_s].toInteger(), version);
    QCOMPARE(auditRowsOf(id, u"update"_s), 0);

    QVERIFY2(m_demo->execute(sqlite ? u"DROP TRIGGER test_keys_fail"_s
                                    : u"DROP TRIGGER test_keys_fail ON idempotency_keys"_s,
                             &error),
             qPrintable(error));
    // A 5xx is not stored: the retry with the same key is a first attempt, and applies.
    const HttpTestReply retried
        = admin.send("PATCH", path, jsonBytes(titled(u"Papers"_s)), keyed(key, version));
    QVERIFY2(retried.status == 200, retried.describe().constData());
    QVERIFY(retried.header("Idempotency-Replayed").isEmpty());
    QCOMPARE(retried.object()[u"version"_s].toInteger(), version + 1);
    QCOMPARE(auditRowsOf(id, u"update"_s), 1);
}

void TestIdempotency::hostileKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("code");
    const QString invalidKey = u"invalid_idempotency_key"_s;
    // (An empty header value never reaches the server: Qt's client drops the header.)
    QTest::newRow("tab") << QByteArray("a\tb") << invalidKey;
    QTest::newRow("too long") << QByteArray(256, 'k') << invalidKey;
    QTest::newRow("space") << QByteArray("two words") << invalidKey;
    QTest::newRow("utf-8") << QByteArray("cl\xc3\xa9") << invalidKey;
    // DEL may stand in no header value at all (RFC 9110 §5.5): the request's framing is refused
    // before any route reads the key.
    QTest::newRow("delete char") << QByteArray("key\x7f") << u"bad_request"_s;
}

void TestIdempotency::hostileKeysAreRefused()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, code);
    const QJsonObject section = m_demo->section(m_evergreen, u"timeline"_s);
    const QString path = u"/api/v1/sections/"_s + section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const HttpTestReply reply
        = m_demo->as(Admin).send("PATCH", path, jsonBytes(titled(u"Nope"_s)), keyed(key, version));
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(m_demo->as(Admin).get(path).object()[u"version"_s].toInteger(), version);
    // The longest allowed key works.
    const HttpTestReply longest = m_demo->as(Admin).send("PATCH", path, jsonBytes(titled(u"Yes"_s)),
                                                         keyed(QByteArray(255, '~'), version));
    QVERIFY2(longest.status == 200, longest.describe().constData());
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
