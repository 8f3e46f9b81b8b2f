// Cold start: a cache warmed from the real server gives the last state back after the server is
// gone — organizations, sections per organization and the newest audit rows — with no network
// at all, and refreshedAt says how old each part is (what the console shows as "offline,
// last updated ...").
#include "DemoSession.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using wedsync::server::DemoData;

namespace {

// Waits for a reply of the console's client; its JSON object, or an empty one on failure.
QJsonObject answer(ApiReply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return {};
    reply->deleteLater();
    return reply->ok() ? reply->object() : QJsonObject();
}

QList<CachedDocument> documentsOf(const QJsonArray &items, const QString &scope)
{
    QList<CachedDocument> out;
    for (const QJsonValue &item : items)
        out.append({item[u"id"_s].toString(), scope, item.toObject()});
    return out;
}

QList<QJsonObject> objectsOf(const QJsonArray &items)
{
    QList<QJsonObject> out;
    for (const QJsonValue &item : items)
        out.append(item.toObject());
    return out;
}

} // namespace

class TestCacheColdStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastStateWithoutServer();
};

void TestCacheColdStart::lastStateWithoutServer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cachePath = dir.filePath(u"profile/cache.db"_s);
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setRetryPolicy({1, 10, 10});

    // Warm: what a session against the server leaves in the cache.
    auto demo = std::make_unique<test::DemoSession>();
    QVERIFY2(demo->start(u"sqlite"_s), qPrintable(demo->errorString()));
    api.setBaseUrl(demo->baseUrl());
    const QJsonObject login = answer(api.login(test::demo::Platform, DemoData::password()));
    QVERIFY(!login.isEmpty());
    api.setAccessToken(login[u"accessToken"_s].toString());

    const QDateTime warmStart = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QJsonArray organizations = answer(api.organizations())[u"items"_s].toArray();
    QVERIFY(organizations.size() >= 2);
    QHash<QString, QList<QJsonObject>> sectionsByOrg;
    QList<QJsonObject> newestAudit;
    {
        LocalCache cache(u"warm"_s);
        QVERIFY(cache.open(cachePath).ok());
        QVERIFY(cache.replaceAll(u"organizations"_s, {}, documentsOf(organizations, {})));
        for (const QJsonValue &org : organizations) {
            const QString id = org[u"id"_s].toString();
            const QJsonArray sections = answer(api.sections(id))[u"items"_s].toArray();
            QVERIFY(cache.replaceAll(u"sections"_s, id, documentsOf(sections, id)));
            sectionsByOrg.insert(id, objectsOf(sections));
        }
        QVERIFY(!sectionsByOrg.value(DemoData::evergreenId()).isEmpty());
        const QJsonArray audit
            = answer(api.audit(QUrlQuery {{u"limit"_s, u"50"_s}}))[u"items"_s].toArray();
        QVERIFY2(audit.size() >= 3, QByteArray::number(audit.size()).constData());
        QList<CachedDocument> rows;
        for (const QJsonValue &row : audit)
            rows.append(
                {row[u"id"_s].toString(), row[u"organizationId"_s].toString(), row.toObject()});
        QVERIFY(cache.append(u"audit"_s, rows));
        newestAudit = objectsOf(audit);
        cache.setLastSeq(u"platform:admins"_s, 42);
    }
    const QDateTime warmEnd = QDateTime::currentDateTimeUtc().addMSecs(1);

    // The server goes away: the console is offline.
    const QUrl gone = demo->baseUrl();
    demo.reset();
    api.setBaseUrl(gone);
    ApiReply *probe = api.organizations();
    QSignalSpy probed(probe, &ApiReply::finished);
    QVERIFY(probed.wait(30000));
    QVERIFY(!probe->ok());
    QCOMPARE(probe->error().kind, ApiError::Kind::Network);
    probe->deleteLater();

    // Cold start: everything the screens need comes from the file.
    LocalCache cache(u"cold"_s);
    QVERIFY(cache.open(cachePath).ok());
    QCOMPARE(cache.documents(u"organizations"_s), objectsOf(organizations));
    for (auto it = sectionsByOrg.cbegin(); it != sectionsByOrg.cend(); ++it)
        QCOMPARE(cache.documents(u"sections"_s, it.key()), it.value());
    QCOMPARE(cache.recent(u"audit"_s, 50), newestAudit); // newest first, as the server sent them
    QCOMPARE(cache.recent(u"audit"_s, 5), newestAudit.mid(0, 5));
    QCOMPARE(cache.lastSeq(u"platform:admins"_s), 42);

    // ... and how old it is.
    for (const QString &collection : {u"organizations"_s, u"audit"_s}) {
        const QDateTime at = cache.refreshedAt(collection);
        QVERIFY2(at >= warmStart && at <= warmEnd, qPrintable(collection));
    }
    for (auto it = sectionsByOrg.cbegin(); it != sectionsByOrg.cend(); ++it) {
        const QDateTime at = cache.refreshedAt(u"sections"_s, it.key());
        QVERIFY(at >= warmStart && at <= warmEnd);
        QVERIFY(at.secsTo(QDateTime::currentDateTimeUtc()) >= 0);
    }
    QVERIFY(!cache.refreshedAt(u"weddings"_s).isValid()); // never fetched: nothing to show
}

QTEST_GUILESS_MAIN(TestCacheColdStart)
#include "tst_cachecoldstart.moc"
