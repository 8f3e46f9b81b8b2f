// What a console announces in presence, as another console and the server's sync health see
// it: no configuration version until one was applied, then exactly the one applied, per
// organization; and the other operators present, once per person.
#include "DemoSession.h"
#include "RealtimeFixture.h"
#include "ServerProcess.h"

#include "presence/PresenceTracker.h"
#include "realtime/RealtimeChannel.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

constexpr int WaitMs = 20000;

// The metas one user announces on a channel, as another member of the channel sees them.
QList<QJsonObject> metasOf(const RealtimeChannel *channel, const QString &userId)
{
    QList<QJsonObject> out;
    const auto presence = channel->presence();
    for (const QList<QJsonObject> &metas : presence) {
        for (const QJsonObject &meta : metas) {
            if (meta.value(u"user_id"_s).toString() == userId)
                out.append(meta);
        }
    }
    return out;
}

} // namespace

class TestPresenceTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void announcesOnlyTheVersionItApplied();
    void listsTheOtherOperatorsOnce();

private:
    std::unique_ptr<RealtimeClient> connectedClient(const QString &token) const;
    // The organization's line of GET /sync/health, read as the platform admin.
    QJsonObject tenantLine(const QString &organizationId) const;

    QTemporaryDir m_data;
    ServerProcess m_server;
    SignIn m_platform;
};

void TestPresenceTracker::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_platform = signIn(m_server.baseUrl(), u"platform@wedsync.demo"_s);
    QVERIFY(!m_platform.accessToken.isEmpty());
}

std::unique_ptr<RealtimeClient> TestPresenceTracker::connectedClient(const QString &token) const
{
    auto client = std::make_unique<RealtimeClient>();
    client->setTimers(fastTimers());
    client->setServer(m_server.baseUrl());
    client->setAccessToken(token);
    client->open();
    return client;
}

QJsonObject TestPresenceTracker::tenantLine(const QString &organizationId) const
{
    HttpTestClient api(m_server.baseUrl());
    api.setBearerToken(m_platform.accessToken);
    const HttpTestReply reply = api.get(u"/api/v1/sync/health?organizationId="_s + organizationId);
    return reply.object().value(u"tenants"_s).toArray().at(0).toObject();
}

void TestPresenceTracker::announcesOnlyTheVersionItApplied()
{
    const SignIn admin = signIn(m_server.baseUrl(), demo::Admin);
    const SignIn planner = signIn(m_server.baseUrl(), demo::Planner);
    const SignIn lakeside = signIn(m_server.baseUrl(), demo::LakesideAdmin);
    QVERIFY(!admin.accessToken.isEmpty() && !planner.accessToken.isEmpty());
    const QString org = admin.organizationId;
    // A configuration change, so that the organization has a version above zero to lag behind.
    SectionWriter writer(m_server.baseUrl(), admin.accessToken, org);
    QVERIFY(writer.isReady());
    QVERIFY(writer.write(u"Presence"_s));
    const qint64 current = tenantLine(org).value(u"configVersion"_s).toInteger();
    QVERIFY(current > 0);

    auto console = connectedClient(admin.accessToken);
    PresenceTracker tracker(console.get());
    const QString topic = PresenceTracker::topicFor(false, org);
    tracker.start(topic, admin.userId, demo::Admin, u"admin"_s);

    auto other = connectedClient(planner.accessToken);
    RealtimeChannel *watching = other->channel(topic);
    watching->join();

    // Nothing applied yet: the meta carries no config_version at all, and the server counts
    // the console as connected, neither in sync nor behind.
    QTRY_COMPARE_WITH_TIMEOUT(metasOf(watching, admin.userId).size(), 1, WaitMs);
    QVERIFY(!metasOf(watching, admin.userId).first().contains(u"config_version"_s));
    QVERIFY(!tracker.meta().configVersion);
    QTRY_VERIFY_WITH_TIMEOUT(tenantLine(org).value(u"connectedClients"_s).toInt() >= 1, WaitMs);
    QCOMPARE(tenantLine(org).value(u"staleClients"_s).toInt(), 0);

    // An older version applied: the console is reported behind.
    tracker.setAppliedConfigVersion(org, current - 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        metasOf(watching, admin.userId).value(0).value(u"config_version"_s).toInteger(-1),
        current - 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tenantLine(org).value(u"staleClients"_s).toInt(), 1, WaitMs);

    // The current one applied: in sync.
    tracker.setAppliedConfigVersion(org, current);
    QTRY_COMPARE_WITH_TIMEOUT(
        metasOf(watching, admin.userId).value(0).value(u"config_version"_s).toInteger(-1), current,
        WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tenantLine(org).value(u"staleClients"_s).toInt(), 0, WaitMs);

    // Another organization's version is not announced on this one's topic.
    tracker.setAppliedConfigVersion(lakeside.organizationId, current + 100);
    QCOMPARE(tracker.meta().configVersion, std::optional<qint64>(current));

    // Signed out and in again: nothing applied by this account yet.
    tracker.stop();
    tracker.start(topic, admin.userId, demo::Admin, u"admin"_s);
    QVERIFY(!tracker.meta().configVersion);
    QTRY_VERIFY_WITH_TIMEOUT(
        metasOf(watching, admin.userId).size() == 1
            && !metasOf(watching, admin.userId).first().contains(u"config_version"_s),
        WaitMs);
}

void TestPresenceTracker::listsTheOtherOperatorsOnce()
{
    const SignIn admin = signIn(m_server.baseUrl(), demo::Admin);
    const SignIn planner = signIn(m_server.baseUrl(), demo::Planner);
    const QString topic = PresenceTracker::topicFor(false, admin.organizationId);

    auto mine = connectedClient(admin.accessToken);
    PresenceTracker me(mine.get());
    QSignalSpy changed(&me, &PresenceTracker::operatorsChanged);
    me.start(topic, admin.userId, demo::Admin, u"admin"_s);

    // The planner has two consoles open.
    auto firstClient = connectedClient(planner.accessToken);
    auto secondClient = connectedClient(planner.accessToken);
    PresenceTracker first(firstClient.get());
    PresenceTracker second(secondClient.get());
    first.start(topic, planner.userId, demo::Planner, u"coordinator"_s);
    second.start(topic, planner.userId, demo::Planner, u"coordinator"_s);

    QTRY_VERIFY_WITH_TIMEOUT(me.operators().size() == 1 && me.operators().first().sessions == 2,
                             WaitMs);
    const OperatorPresence seen = me.operators().first();
    QCOMPARE(seen.email, demo::Planner);
    QCOMPARE(seen.role, u"coordinator"_s);
    QCOMPARE(seen.client, u"wedsync-admin"_s);
    QVERIFY(!seen.configVersion);
    QVERIFY(!changed.isEmpty());

    first.stop();
    second.stop();
    QTRY_VERIFY_WITH_TIMEOUT(me.operators().isEmpty(), WaitMs);
}

QTEST_GUILESS_MAIN(TestPresenceTracker)
#include "tst_presencetracker.moc"
