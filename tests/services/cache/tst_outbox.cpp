// Outbox against the real wedsync-server on both backends: edits queued by a console that is
// killed (SIGKILL) while offline are replayed in order and applied exactly once, also when
// delivered twice; a stale edit becomes an open ConflictRecord; a refused one is kept aside;
// a server that goes down mid-replay stops it, and the next replay carries on.
#include "DemoSession.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test::demo;
using wedsync::server::DemoData;

namespace {

struct ReplayOutcome
{
    bool finished = false;
    int applied = -1, conflicts = -1, rejected = -1, remaining = -1;
};

ReplayOutcome replayAndWait(Outbox &outbox)
{
    QSignalSpy spy(&outbox, &Outbox::replayFinished);
    outbox.replay();
    if (spy.isEmpty() && !spy.wait(60000))
        return {};
    const QList<QVariant> args = spy.takeFirst();
    return {true, args.at(0).toInt(), args.at(1).toInt(), args.at(2).toInt(), args.at(3).toInt()};
}

QString sectionPath(const QString &id)
{
    return u"/api/v1/sections/"_s + id;
}

OutboxEntry subtitleEdit(const QJsonObject &section, qint64 baseVersion, const QString &subtitle,
                         const QString &by)
{
    OutboxEntry edit;
    edit.method = "PATCH";
    edit.path = sectionPath(section[u"id"_s].toString());
    edit.body = {{u"customization"_s, QJsonObject {{u"subtitle"_s, subtitle}}}};
    edit.baseVersion = baseVersion;
    edit.base = section;
    edit.entityType = u"section_configuration"_s;
    edit.entityId = section[u"id"_s].toString();
    edit.organizationId = section[u"organizationId"_s].toString();
    edit.label = u"Subtitle"_s;
    edit.createdBy = by;
    return edit;
}

QString accessToken(const QUrl &server, const QString &email)
{
    test::HttpTestClient client(server);
    const test::HttpTestReply reply = client.post(
        u"/api/v1/auth/login"_s, {{u"email"_s, email}, {u"password"_s, DemoData::password()}});
    return reply.object()[u"accessToken"_s].toString();
}

// The section's updates as the audit trail has them, oldest first: the subtitles written.
QStringList auditedSubtitles(test::HttpTestClient &admin, const QJsonObject &section)
{
    const test::HttpTestReply page = admin.get(
        u"/api/v1/audit?action=update&limit=500&organizationId="_s
        + section[u"organizationId"_s].toString() + u"&entityId="_s + section[u"id"_s].toString());
    QStringList out;
    for (const QJsonValue &row : page.object()[u"items"_s].toArray())
        out.prepend(row[u"after"_s][u"customization"_s][u"subtitle"_s].toString());
    return out;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void editsQueuedOfflineSurviveAKillAndApplyOnce();
    void staleEditBecomesAConflict();
    void editBuiltOnAConflictIsNotApplied();
    void refusedEditIsKeptAside();
    void serverDownMidReplayStopsAndResumes();

private:
    void connectApi(const QUrl &server, const QString &token);
    QJsonObject demoSection(test::HttpTestClient &client);

    std::unique_ptr<test::DemoSession> m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCache> m_cache;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api;
    QString m_evergreen = DemoData::evergreenId();
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<LocalCache>(u"tst_outbox"_s);
    if (QTest::currentTestFunction() == QByteArray("serverDownMidReplayStopsAndResumes"))
        return; // runs a server of its own that it can stop and start again
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<test::DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
    connectApi(m_demo->baseUrl(), accessToken(m_demo->baseUrl(), Admin));
}

void TestOutbox::cleanup()
{
    m_api.reset();
    m_cache.reset();
    m_demo.reset();
    m_dir.reset();
}

void TestOutbox::connectApi(const QUrl &server, const QString &token)
{
    QVERIFY(!token.isEmpty());
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(server);
    m_api->setAccessToken(token);
    m_api->setRetryPolicy({2, 50, 200});
}

QJsonObject TestOutbox::demoSection(test::HttpTestClient &client)
{
    const test::HttpTestReply reply
        = client.get(sectionsPath(m_evergreen) + u"?scope=organization"_s);
    return reply.object()[u"items"_s].toArray().first().toObject();
}

void TestOutbox::editsQueuedOfflineSurviveAKillAndApplyOnce()
{
    test::HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject section = demoSection(admin);
    const qint64 v0 = section[u"version"_s].toInteger();
    const QString cachePath = m_dir->filePath(u"profile/cache.db"_s);

    // A console queues edits with no server to talk to, and dies part-way (SIGKILL).
    QFile spec(m_dir->filePath(u"spec.json"_s));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(QJsonDocument(QJsonObject {{u"cache"_s, cachePath},
                                          {u"server"_s, u"http://127.0.0.1:1"_s},
                                          {u"count"_s, 200},
                                          {u"intervalMs"_s, 40},
                                          {u"sectionId"_s, section[u"id"_s]},
                                          {u"organizationId"_s, m_evergreen},
                                          {u"baseVersion"_s, v0},
                                          {u"base"_s, section},
                                          {u"createdBy"_s, m_demo->userId(Admin)}})
                   .toJson());
    spec.close();
    QProcess writer;
    QStringList printedKeys;
    const auto readLines = [&] {
        while (writer.canReadLine()) {
            const QList<QByteArray> words = writer.readLine().trimmed().split(' ');
            if (words.size() == 3 && words.first() == "queued")
                printedKeys << QString::fromLatin1(words.at(2));
        }
    };
    connect(&writer, &QProcess::readyReadStandardOutput, this, readLines);
    writer.start(QStringLiteral(OUTBOX_WRITER), {spec.fileName()});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(printedKeys.size() >= 6, 60000);
    writer.kill();
    QVERIFY(writer.waitForFinished());
    readLines();
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY2(printedKeys.size() < 200, "the writer was meant to die part-way");

    // Every edit reported as queued is on disk, in order (the kill may have come between a
    // commit and its line: at most one more).
    QVERIFY2(m_cache->open(cachePath).ok(), "the killed console's cache must open");
    Outbox outbox(m_cache.get(), m_api.get());
    const QList<OutboxEntry> queued = outbox.pending();
    QVERIFY(queued.size() >= printedKeys.size() && queued.size() <= printedKeys.size() + 1);
    for (qsizetype i = 0; i < printedKeys.size(); ++i)
        QCOMPARE(queued.at(i).idempotencyKey, printedKeys.at(i));
    const qsizetype n = queued.size();
    QStringList expected;
    for (qsizetype i = 0; i < n; ++i)
        expected << u"offline edit %1"_s.arg(i);

    // Replayed in order, each applied once.
    QSignalSpy applied(&outbox, &Outbox::entryApplied);
    ReplayOutcome outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.applied, int(n));
    QCOMPARE(outcome.conflicts, 0);
    QCOMPARE(outcome.rejected, 0);
    QCOMPARE(outcome.remaining, 0);
    QCOMPARE(outbox.pendingCount(), 0);
    for (qsizetype i = 0; i < n; ++i)
        QCOMPARE(applied.at(i).at(0).value<OutboxEntry>().idempotencyKey,
                 queued.at(i).idempotencyKey);
    const QJsonObject now = admin.get(sectionPath(section[u"id"_s].toString())).object();
    QCOMPARE(now[u"version"_s].toInteger(), v0 + n);
    QCOMPARE(now[u"customization"_s][u"subtitle"_s].toString(), expected.constLast());
    QCOMPARE(auditedSubtitles(admin, section), expected);

    // The console crashed between the server's answers and its local deletes: the same entries,
    // same keys, are delivered again. The server answers from memory and applies nothing twice.
    for (const OutboxEntry &entry : queued)
        QCOMPARE(outbox.enqueue(entry).idempotencyKey, entry.idempotencyKey);
    QCOMPARE(outbox.pendingCount(), int(n));
    applied.clear();
    outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.applied, int(n));
    QCOMPARE(outcome.conflicts, 0);
    QCOMPARE(outcome.remaining, 0);
    QCOMPARE(applied.constLast().at(1).toJsonObject()[u"version"_s].toInteger(), v0 + n);
    QCOMPARE(admin.get(sectionPath(section[u"id"_s].toString())).object()[u"version"_s].toInteger(),
             v0 + n);
    QCOMPARE(auditedSubtitles(admin, section), expected);
    QVERIFY(outbox.conflicts().isEmpty());
}

void TestOutbox::staleEditBecomesAConflict()
{
    test::HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject section = demoSection(admin);
    const qint64 v0 = section[u"version"_s].toInteger();
    const QString id = section[u"id"_s].toString();
    QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)).ok());
    Outbox outbox(m_cache.get(), m_api.get());
    const QString adminId = m_demo->userId(Admin);
    const OutboxEntry mine = outbox.enqueue(subtitleEdit(section, v0, u"mine"_s, adminId));
    QVERIFY(mine.id > 0);

    // Meanwhile the planner changes the same section.
    const test::HttpTestReply theirs = m_demo->as(Planner).send(
        "PATCH", sectionPath(id),
        test::jsonBytes(
            QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"theirs"_s}}}}),
        test::ifMatch(v0));
    QVERIFY2(theirs.status == 200, theirs.describe().constData());

    QSignalSpy recorded(&outbox, &Outbox::conflictRecorded);
    const ReplayOutcome outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.applied, 0);
    QCOMPARE(outcome.conflicts, 1);
    QCOMPARE(outcome.remaining, 0);
    QCOMPARE(recorded.size(), 1);

    // Nothing was overwritten: the planner's edit stands.
    const QJsonObject now = admin.get(sectionPath(id)).object();
    QCOMPARE(now[u"customization"_s][u"subtitle"_s].toString(), u"theirs"_s);
    QCOMPARE(now[u"version"_s].toInteger(), v0 + 1);

    // Both sides, who and when, stored durably.
    const QList<ConflictRecord> open = outbox.conflicts();
    QCOMPARE(open.size(), 1);
    const ConflictRecord &c = open.first();
    QCOMPARE(recorded.first().first().value<ConflictRecord>().id, c.id);
    QCOMPARE(c.status, u"open"_s);
    QCOMPARE(c.entityId, id);
    QCOMPARE(c.organizationId, m_evergreen);
    QCOMPARE(c.label, u"Subtitle"_s);
    QCOMPARE(c.base, section);
    QCOMPARE(c.mine, mine.body);
    QCOMPARE(c.mineBy, adminId);
    QCOMPARE(c.mineAt, mine.createdAt);
    QCOMPARE(c.theirs[u"customization"_s][u"subtitle"_s].toString(), u"theirs"_s);
    QCOMPARE(c.theirs[u"version"_s].toInteger(), v0 + 1);
    QCOMPARE(c.theirsBy, m_demo->userId(Planner));
    QVERIFY(c.theirsAt.isValid());
    QVERIFY(c.theirsAt >= mine.createdAt.addSecs(-5));

    // Delivered again with its key (a crash before the local delete): the server answers its
    // stored 412 and the conflict is not recorded twice, here or there.
    QVERIFY(outbox.enqueue(mine).id > 0);
    const ReplayOutcome again = replayAndWait(outbox);
    QCOMPARE(again.conflicts, 1);
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(outbox.conflicts().size(), 1);
    QCOMPARE(admin.get(sectionPath(id)).object()[u"version"_s].toInteger(), v0 + 1);
    const test::HttpTestReply serverSide
        = admin.get(u"/api/v1/sync/conflicts?organizationId="_s + m_evergreen);
    QVERIFY2(serverSide.status == 200, serverSide.describe().constData());
    int onTheServer = 0;
    for (const QJsonValue &row : serverSide.object()[u"items"_s].toArray())
        onTheServer += row[u"entityId"_s].toString() == id ? 1 : 0;
    QCOMPARE(onTheServer, 1);

    {
        LocalCache nextStart(u"tst_outbox_again"_s); // what the next start of the console sees
        QVERIFY(nextStart.open(m_cache->path()).ok());
        QCOMPARE(Outbox(&nextStart, nullptr).conflicts().size(), 1);
    }
    QVERIFY(outbox.resolveConflict(c.id));
    QVERIFY(!outbox.resolveConflict(c.id));
    QVERIFY(outbox.conflicts().isEmpty());
    QCOMPARE(outbox.conflicts(u"resolved"_s).size(), 1);
}

void TestOutbox::editBuiltOnAConflictIsNotApplied()
{
    test::HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject section = demoSection(admin);
    const qint64 v0 = section[u"version"_s].toInteger();
    const QString id = section[u"id"_s].toString();
    QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)).ok());
    Outbox outbox(m_cache.get(), m_api.get());
    const QString adminId = m_demo->userId(Admin);
    // Two offline edits, the second made on top of the first (so on version v0 + 1).
    QVERIFY(outbox.enqueue(subtitleEdit(section, v0, u"mine 1"_s, adminId)).id > 0);
    QJsonObject afterFirst = section;
    afterFirst[u"version"_s] = v0 + 1;
    QVERIFY(outbox.enqueue(subtitleEdit(afterFirst, v0 + 1, u"mine 2"_s, adminId)).id > 0);

    // The planner's edit makes version v0 + 1 too: the second edit's If-Match would match it.
    const test::HttpTestReply theirs = m_demo->as(Planner).send(
        "PATCH", sectionPath(id),
        test::jsonBytes(
            QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"theirs"_s}}}}),
        test::ifMatch(v0));
    QVERIFY2(theirs.status == 200, theirs.describe().constData());

    const ReplayOutcome outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.applied, 0);
    QCOMPARE(outcome.conflicts, 2);
    QCOMPARE(outcome.remaining, 0);
    const QJsonObject now = admin.get(sectionPath(id)).object();
    QCOMPARE(now[u"customization"_s][u"subtitle"_s].toString(), u"theirs"_s);
    QCOMPARE(now[u"version"_s].toInteger(), v0 + 1);
    QCOMPARE(auditedSubtitles(admin, section), QStringList {u"theirs"_s});

    const QList<ConflictRecord> open = outbox.conflicts();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).mine[u"customization"_s][u"subtitle"_s].toString(), u"mine 2"_s);
    QCOMPARE(open.at(1).base, afterFirst);
    QCOMPARE(open.at(1).theirs[u"customization"_s][u"subtitle"_s].toString(), u"theirs"_s);
    QCOMPARE(open.at(1).theirsBy, m_demo->userId(Planner));
}

void TestOutbox::refusedEditIsKeptAside()
{
    test::HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject section = demoSection(admin);
    const qint64 v0 = section[u"version"_s].toInteger();
    QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)).ok());
    Outbox outbox(m_cache.get(), m_api.get());
    OutboxEntry invalid = subtitleEdit(section, v0, {}, m_demo->userId(Admin));
    invalid.body = {{u"layout"_s, QJsonObject {{u"columns"_s, 99}}}};
    const OutboxEntry refused = outbox.enqueue(invalid);
    const OutboxEntry fine
        = outbox.enqueue(subtitleEdit(section, v0, u"after the refused one"_s, {}));

    QSignalSpy rejected(&outbox, &Outbox::entryRejected);
    const ReplayOutcome outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.rejected, 1);
    QCOMPARE(outcome.applied, 1); // the queue goes on after a refusal
    QCOMPARE(outcome.remaining, 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).value<OutboxEntry>().id, refused.id);
    const ApiError error = rejected.first().at(1).value<ApiError>();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, u"validation_failed"_s);
    QVERIFY(!error.userMessage().isEmpty());

    const QList<OutboxEntry> aside = outbox.rejected();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().idempotencyKey, refused.idempotencyKey);
    QCOMPARE(aside.first().body, invalid.body);
    QVERIFY(outbox.pending().isEmpty());
    const QJsonObject now = admin.get(sectionPath(section[u"id"_s].toString())).object();
    QCOMPARE(now[u"version"_s].toInteger(), v0 + 1);
    QCOMPARE(now[u"customization"_s][u"subtitle"_s].toString(),
             fine.body[u"customization"_s][u"subtitle"_s].toString());
    QCOMPARE(now[u"layout"_s][u"columns"_s], section[u"layout"_s][u"columns"_s]);
}

void TestOutbox::serverDownMidReplayStopsAndResumes()
{
    QFETCH_GLOBAL(QString, backend);
    test::TestDatabase db(backend);
    QVERIFY2(db.isReady(), qPrintable(db.errorString()));
    const QStringList arguments = db.serverArguments() << u"--demo"_s;
    auto server = std::make_unique<test::ServerProcess>();
    QVERIFY2(server->start(arguments), qPrintable(server->errorString()));
    connectApi(server->baseUrl(), accessToken(server->baseUrl(), Admin));
    auto admin = std::make_unique<test::HttpTestClient>(server->baseUrl());
    admin->setBearerToken(m_api->accessToken());
    const QJsonObject section = demoSection(*admin);
    const qint64 v0 = section[u"version"_s].toInteger();

    QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)).ok());
    Outbox outbox(m_cache.get(), m_api.get());
    for (int i = 0; i < 3; ++i)
        QVERIFY(outbox.enqueue(subtitleEdit(section, v0 + i, u"edit %1"_s.arg(i), {})).id > 0);

    // The server goes away once the first edit is through.
    connect(
        &outbox, &Outbox::entryApplied, this,
        [&] {
            if (server)
                server->stop();
        },
        Qt::SingleShotConnection);
    ReplayOutcome outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.applied, 1);
    QCOMPARE(outcome.remaining, 2);
    QCOMPARE(outbox.pending().first().body[u"customization"_s][u"subtitle"_s].toString(),
             u"edit 1"_s);
    QVERIFY(outbox.rejected().isEmpty());
    QVERIFY(outbox.conflicts().isEmpty());

    // Back (on another port): the next replay carries on where it stopped.
    server = std::make_unique<test::ServerProcess>();
    QVERIFY2(server->start(arguments), qPrintable(server->errorString()));
    m_api->setBaseUrl(server->baseUrl());
    outcome = replayAndWait(outbox);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.applied, 2);
    QCOMPARE(outcome.remaining, 0);
    admin = std::make_unique<test::HttpTestClient>(server->baseUrl());
    admin->setBearerToken(m_api->accessToken());
    QCOMPARE(
        admin->get(sectionPath(section[u"id"_s].toString())).object()[u"version"_s].toInteger(),
        v0 + 3);
    QCOMPARE(auditedSubtitles(*admin, section),
             (QStringList {u"edit 0"_s, u"edit 1"_s, u"edit 2"_s}));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
