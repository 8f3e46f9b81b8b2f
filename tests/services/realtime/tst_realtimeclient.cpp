// The console's realtime client against the real wedsync-server on both backends: row changes
// of a REST edit, a refused topic, presence between two consoles, token refresh, a frozen
// server found by its missing heartbeat, the connection states, and the network loss of
// issue 5 (server stopped while another client writes: every update arrives once, in order).
#include "DemoSession.h"
#include "RealtimeFixture.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include "realtime/RealtimeClient.h"

#include <QSet>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

constexpr int LongWaitMs = 20000;

QString orgTopic(const QString &organizationId)
{
    return u"org:"_s + organizationId;
}

QString subtitleOf(const RowChange &change)
{
    return change.record.value(u"config"_s)[u"customization"_s][u"subtitle"_s].toString();
}

// Everything one channel delivered, in the order it was delivered.
struct Received
{
    QList<RowChange> changes;
    QList<qint64> positions; // lastSeqChanged: what the cache would write
    QStringList failures;
    int refetches = 0;
    int joins = 0;

    explicit Received(RealtimeChannel *channel)
    {
        QObject::connect(channel, &RealtimeChannel::rowChanged, channel,
                         [this](const RowChange &change) { changes.append(change); });
        QObject::connect(channel, &RealtimeChannel::joinFailed, channel,
                         [this](const QString &reason) { failures.append(reason); });
        QObject::connect(channel, &RealtimeChannel::refetchRequired, channel,
                         [this] { ++refetches; });
        QObject::connect(channel, &RealtimeChannel::joined, channel, [this] { ++joins; });
        QObject::connect(channel, &RealtimeChannel::lastSeqChanged, channel,
                         [this](qint64 seq) { positions.append(seq); });
    }
    QStringList subtitles() const
    {
        QStringList out;
        for (const RowChange &change : changes)
            out << subtitleOf(change);
        return out;
    }
};

QSet<QString> presentNames(const RealtimeChannel *channel)
{
    QSet<QString> names;
    const auto presence = channel->presence();
    for (const QList<QJsonObject> &metas : presence) {
        for (const QJsonObject &meta : metas)
            names.insert(meta.value(u"name"_s).toString());
    }
    return names;
}

} // namespace

class TestRealtimeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void restEditArrivesAsRowChange();
    void bindingAddedWhileJoinedTakesEffect();
    void otherTenantsTopicIsRefused();
    void presenceShowsBothConsoles();
    void onlyServerBroadcastsAreTrusted();
    void tokenRefreshKeepsChannelAlive();
    void frozenServerIsFoundByHeartbeat();
    void unansweredJoinIsRetried();
    void connectionStatesInOrder();
    void networkLossMissesNothing();

private:
    bool startServer(std::unique_ptr<ServerProcess> &server, quint16 port);
    std::unique_ptr<RealtimeClient> makeClient(const QString &token) const;
    // A channel on the organization's topic with its section rows, joined and caught up.
    RealtimeChannel *joinSections(RealtimeClient &client, const QString &organizationId) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_port = 0;
};

void TestRealtimeClient::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    // A port of our own, so that a restarted server comes back where the client looks.
    m_port = freePort();
    QVERIFY(m_port != 0);
    QVERIFY(startServer(m_server, m_port));
}

void TestRealtimeClient::cleanup()
{
    if (m_server && m_server->processId() > 0)
        ::kill(pid_t(m_server->processId()), SIGCONT); // a failed check may leave it frozen
    m_server.reset();
    m_db.reset();
}

bool TestRealtimeClient::startServer(std::unique_ptr<ServerProcess> &server, quint16 port)
{
    server = std::make_unique<ServerProcess>();
    const QString listen = u"127.0.0.1:"_s + QString::number(port);
    if (!server->start(m_db->serverArguments() << u"--demo"_s << u"--listen"_s << listen)) {
        qWarning("%s", qPrintable(server->errorString()));
        return false;
    }
    return true;
}

std::unique_ptr<RealtimeClient> TestRealtimeClient::makeClient(const QString &token) const
{
    auto client = std::make_unique<RealtimeClient>();
    client->setTimers(fastTimers());
    client->setServer(m_server->baseUrl());
    client->setAccessToken(token);
    return client;
}

RealtimeChannel *TestRealtimeClient::joinSections(RealtimeClient &client,
                                                  const QString &organizationId) const
{
    RealtimeChannel *channel = client.channel(orgTopic(organizationId));
    channel->bindRowChanges(u"section_configurations"_s, organizationFilter(organizationId));
    channel->join();
    client.open();
    return channel;
}

void TestRealtimeClient::restEditArrivesAsRowChange()
{
    const SignIn planner = signIn(m_server->baseUrl(), demo::Planner);
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    QVERIFY(!planner.organizationId.isEmpty());
    auto client = makeClient(planner.accessToken);
    RealtimeChannel *channel = joinSections(*client, planner.organizationId);
    Received received(channel);
    QTRY_VERIFY_WITH_TIMEOUT(channel->isJoined(), LongWaitMs);
    QCOMPARE(channel->topic(), orgTopic(planner.organizationId));

    SectionWriter writer(m_server->baseUrl(), admin.accessToken, admin.organizationId);
    QVERIFY(writer.isReady());
    QVERIFY(writer.write(u"Seen live"_s));
    QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 1, LongWaitMs);
    const RowChange change = received.changes.first();
    QCOMPARE(change.table, u"section_configurations"_s);
    QCOMPARE(change.type, u"UPDATE"_s);
    QCOMPARE(change.record.value(u"id"_s).toString(), writer.sectionId());
    QCOMPARE(change.record.value(u"version"_s).toInt(), writer.version());
    QCOMPARE(subtitleOf(change), u"Seen live"_s);
    QVERIFY(!change.replayed);
    QVERIFY(change.seq > 0);
    QCOMPARE(channel->lastSeq(), change.seq); // what the cache would store
}

void TestRealtimeClient::bindingAddedWhileJoinedTakesEffect()
{
    // One part of the console holds the topic without row changes (presence does); another
    // then binds them: the channel joins again, and the rows flow without a reconnect.
    const SignIn planner = signIn(m_server->baseUrl(), demo::Planner);
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    auto client = makeClient(planner.accessToken);
    RealtimeChannel *channel = client->channel(orgTopic(planner.organizationId));
    Received received(channel);
    channel->join();
    client->open();
    QTRY_VERIFY_WITH_TIMEOUT(channel->isJoined(), LongWaitMs);
    SectionWriter writer(m_server->baseUrl(), admin.accessToken, admin.organizationId);
    QVERIFY(writer.isReady());
    QVERIFY(writer.write(u"Not bound yet"_s));

    const int joins = received.joins;
    channel->bindRowChanges(u"section_configurations"_s);
    QTRY_COMPARE_WITH_TIMEOUT(received.joins, joins + 1, LongWaitMs);
    QVERIFY(writer.write(u"Bound while joined"_s));
    QTRY_VERIFY_WITH_TIMEOUT(received.subtitles().contains(u"Bound while joined"_s), LongWaitMs);
    QVERIFY(received.failures.isEmpty());
    // Binding the same again changes nothing.
    channel->bindRowChanges(u"section_configurations"_s);
    QVERIFY(channel->isJoined());
    QCOMPARE(received.joins, joins + 1);
}

void TestRealtimeClient::otherTenantsTopicIsRefused()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    const SignIn lakeside = signIn(m_server->baseUrl(), demo::LakesideAdmin);
    QVERIFY(!lakeside.organizationId.isEmpty());
    QVERIFY(lakeside.organizationId != admin.organizationId);
    auto client = makeClient(admin.accessToken);
    RealtimeChannel *own = joinSections(*client, admin.organizationId);
    RealtimeChannel *foreign = client->channel(orgTopic(lakeside.organizationId));
    Received refused(foreign);
    foreign->join();

    QTRY_COMPARE_WITH_TIMEOUT(refused.failures.size(), 1, LongWaitMs);
    QVERIFY2(refused.failures.first().contains(lakeside.organizationId),
             qPrintable(refused.failures.first()));
    // The refusal is final: no retry loop, and it does not hold the console back.
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Online, LongWaitMs);
    QVERIFY(own->isJoined());
    // Proves that no retry follows: nothing to wait for, so a bounded wait (a loaded machine
    // only makes it prove less, never fail).
    QTest::qWait(10 * fastTimers().reconnectMaxMs / 4);
    QCOMPARE(refused.failures.size(), 1);
    QCOMPARE(refused.joins, 0);
    QVERIFY(!foreign->isJoined());
}

void TestRealtimeClient::presenceShowsBothConsoles()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    const SignIn planner = signIn(m_server->baseUrl(), demo::Planner);
    auto first = makeClient(admin.accessToken);
    auto second = makeClient(planner.accessToken);
    RealtimeChannel *atFirst = joinSections(*first, admin.organizationId);
    RealtimeChannel *atSecond = joinSections(*second, planner.organizationId);
    atFirst->track(QJsonObject {{u"name"_s, demo::Admin}});
    atSecond->track(QJsonObject {{u"name"_s, demo::Planner}});

    const QSet<QString> both {demo::Admin, demo::Planner};
    QTRY_COMPARE_WITH_TIMEOUT(presentNames(atFirst), both, LongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(presentNames(atSecond), both, LongWaitMs);
    QCOMPARE(atFirst->presence().size(), 2); // one key per console, as the server keys them

    atSecond->untrack();
    QTRY_COMPARE_WITH_TIMEOUT(presentNames(atFirst), QSet<QString> {demo::Admin}, LongWaitMs);
    // Presence is tracked again after a reconnect.
    first->close();
    first->open();
    QTRY_COMPARE_WITH_TIMEOUT(presentNames(atSecond), QSet<QString> {demo::Admin}, LongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(presentNames(atFirst), QSet<QString> {demo::Admin}, LongWaitMs);
}

void TestRealtimeClient::onlyServerBroadcastsAreTrusted()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    const SignIn planner = signIn(m_server->baseUrl(), demo::Planner);
    auto listening = makeClient(admin.accessToken);
    auto talking = makeClient(planner.accessToken);
    RealtimeChannel *atAdmin = joinSections(*listening, admin.organizationId);
    RealtimeChannel *atPlanner = joinSections(*talking, planner.organizationId);
    QStringList any;
    QStringList trusted;
    connect(atAdmin, &RealtimeChannel::broadcastReceived, this,
            [&any](const QString &event) { any << event; });
    connect(atAdmin, &RealtimeChannel::serverBroadcastReceived, this,
            [&trusted](const QString &event) { trusted << event; });
    QTRY_VERIFY_WITH_TIMEOUT(atAdmin->isJoined() && atPlanner->isJoined(), LongWaitMs);

    atPlanner->broadcast(u"cursor"_s, QJsonObject {{u"x"_s, 1}});
    QTRY_COMPARE_WITH_TIMEOUT(any, QStringList {u"cursor"_s}, LongWaitMs);
    HttpTestClient api(m_server->baseUrl());
    api.setBearerToken(admin.accessToken);
    QCOMPARE(api.send("POST", u"/api/v1/sync/tenants/"_s + admin.organizationId + u"/resync"_s,
                      "{}", {{"Content-Type", "application/json"}})
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(trusted, QStringList {u"config_refetch"_s}, LongWaitMs);
    QCOMPARE(any, (QStringList {u"cursor"_s, u"config_refetch"_s}));
}

void TestRealtimeClient::tokenRefreshKeepsChannelAlive()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    const auto shortLived = std::chrono::seconds(3);
    auto refreshed = makeClient(mintToken(m_db->dataDir(), admin, shortLived));
    auto lapsed = makeClient(mintToken(m_db->dataDir(), admin, shortLived));
    RealtimeChannel *kept = joinSections(*refreshed, admin.organizationId);
    RealtimeChannel *closed = joinSections(*lapsed, admin.organizationId);
    Received atKept(kept);
    Received atClosed(closed);
    QTRY_VERIFY_WITH_TIMEOUT(kept->isJoined() && closed->isJoined(), LongWaitMs);

    refreshed->setAccessToken(mintToken(m_db->dataDir(), admin, std::chrono::seconds(600)));
    // The channel without a fresh token is closed when its token runs out, and says why...
    QTRY_COMPARE_WITH_TIMEOUT(atClosed.failures.size(), 1, LongWaitMs);
    QVERIFY2(atClosed.failures.first().contains(u"expired"_s),
             qPrintable(atClosed.failures.first()));
    QVERIFY(!closed->isJoined());
    // ...while the refreshed one lives on past the same moment and still hears changes.
    QVERIFY(atKept.failures.isEmpty());
    QVERIFY(kept->isJoined());
    SectionWriter writer(m_server->baseUrl(), admin.accessToken, admin.organizationId);
    QVERIFY(writer.write(u"After the old token ran out"_s));
    QTRY_COMPARE_WITH_TIMEOUT(atKept.subtitles(), QStringList {u"After the old token ran out"_s},
                              LongWaitMs);
    QCOMPARE(atKept.joins, 1); // never rejoined: the same channel stayed alive
    QVERIFY(atClosed.changes.isEmpty());
}

void TestRealtimeClient::frozenServerIsFoundByHeartbeat()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    auto client = makeClient(admin.accessToken);
    RealtimeChannel *channel = joinSections(*client, admin.organizationId);
    Received received(channel);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Online, LongWaitMs);
    QStringList errors;
    connect(client.get(), &RealtimeClient::errorOccurred, client.get(),
            [&errors](const QString &message) { errors.append(message); });

    // The TCP connection stays up, but nothing answers: only a missing heartbeat tells.
    const pid_t pid = pid_t(m_server->processId());
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connecting, LongWaitMs);
    QVERIFY2(!errors.isEmpty() && errors.first().contains(u"heartbeat"_s),
             qPrintable(errors.join(u" | "_s)));
    // Proves that the client does not come back while the server is frozen: a bounded wait
    // (a few attempts against the frozen one), as nothing is to happen.
    QTest::qWait(3 * fastTimers().heartbeatTimeoutMs);
    QCOMPARE(client->state(), ConnectionState::Connecting);
    QCOMPARE(::kill(pid, SIGCONT), 0);

    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Online, LongWaitMs);
    QVERIFY(channel->isJoined());
    SectionWriter writer(m_server->baseUrl(), admin.accessToken, admin.organizationId);
    QVERIFY(writer.write(u"After the thaw"_s));
    QTRY_COMPARE_WITH_TIMEOUT(received.subtitles(), QStringList {u"After the thaw"_s}, LongWaitMs);
}

void TestRealtimeClient::unansweredJoinIsRetried()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    auto client = makeClient(admin.accessToken);
    RealtimeTimers timers = fastTimers();
    timers.heartbeatMs = timers.heartbeatTimeoutMs = 60000; // only the join goes unanswered
    timers.joinTimeoutMs = 300;
    client->setTimers(timers);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Online, LongWaitMs);

    const pid_t pid = pid_t(m_server->processId());
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    RealtimeChannel *channel = client->channel(orgTopic(admin.organizationId));
    channel->bindRowChanges(u"section_configurations"_s, organizationFilter(admin.organizationId));
    Received received(channel);
    channel->join();
    QCOMPARE(client->state(), ConnectionState::Resyncing);
    // Proves that no join succeeds while the server is frozen (several join attempts time out
    // meanwhile): a bounded wait, as nothing is to happen.
    QTest::qWait(5 * timers.joinTimeoutMs);
    QVERIFY(!channel->isJoined());
    QCOMPARE(::kill(pid, SIGCONT), 0);

    QTRY_VERIFY_WITH_TIMEOUT(channel->isJoined(), LongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Online, LongWaitMs);
    QVERIFY(received.failures.isEmpty()); // a timeout is not a refusal
    SectionWriter writer(m_server->baseUrl(), admin.accessToken, admin.organizationId);
    QVERIFY(writer.write(u"Joined at last"_s));
    QTRY_COMPARE_WITH_TIMEOUT(received.subtitles(), QStringList {u"Joined at last"_s}, LongWaitMs);
    // Proves that no second copy arrives: a bounded wait, as nothing is to happen.
    QTest::qWait(300);
    QCOMPARE(received.changes.size(), 1); // one channel on the server, not one per attempt
    QCOMPARE(received.joins, 1);
}

void TestRealtimeClient::connectionStatesInOrder()
{
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    auto client = makeClient(admin.accessToken);
    QList<ConnectionState> seen;
    connect(client.get(), &RealtimeClient::stateChanged, client.get(),
            [&seen](ConnectionState state) { seen.append(state); });
    QCOMPARE(client->state(), ConnectionState::Offline);
    RealtimeChannel *channel = joinSections(*client, admin.organizationId);
    using S = ConnectionState;
    QTRY_COMPARE_WITH_TIMEOUT(seen, (QList<S> {S::Connecting, S::Resyncing, S::Online}),
                              LongWaitMs);
    QVERIFY(channel->isJoined()); // Online means every channel has joined

    client->close();
    QCOMPARE(seen.last(), S::Offline);
    QVERIFY(!channel->isJoined());
    seen.clear();
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(seen, (QList<S> {S::Connecting, S::Resyncing, S::Online}),
                              LongWaitMs);
    QVERIFY(channel->isJoined());
}

void TestRealtimeClient::networkLossMissesNothing()
{
    QFETCH_GLOBAL(QString, backend);
    const bool shared = backend == "postgresql"_L1; // two instances share the stream
    const SignIn planner = signIn(m_server->baseUrl(), demo::Planner);
    const SignIn admin = signIn(m_server->baseUrl(), demo::Admin);
    auto client = makeClient(planner.accessToken);
    RealtimeChannel *channel = joinSections(*client, planner.organizationId);
    Received received(channel);
    QList<ConnectionState> seen;
    connect(client.get(), &RealtimeClient::stateChanged, client.get(),
            [&seen](ConnectionState state) { seen.append(state); });
    QTRY_VERIFY_WITH_TIMEOUT(channel->isJoined(), LongWaitMs);

    // The writer works through instance B, which keeps running (PostgreSQL only).
    std::unique_ptr<ServerProcess> peer;
    if (shared)
        QVERIFY(startServer(peer, 0));
    SectionWriter writer(shared ? peer->baseUrl() : m_server->baseUrl(), admin.accessToken,
                         admin.organizationId);
    QVERIFY(writer.isReady());
    QVERIFY(writer.write(u"before"_s));
    QTRY_COMPARE_WITH_TIMEOUT(received.subtitles(), QStringList {u"before"_s}, LongWaitMs);
    seen.clear();
    const qsizetype positionsBefore = received.positions.size();

    QCOMPARE(m_server->stop(), 0); // SIGTERM: "Server requested disconnect"
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connecting, LongWaitMs);
    QStringList expected {u"before"_s};
    if (shared) {
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(writer.write(u"missed %1"_s.arg(i)));
            expected << u"missed %1"_s.arg(i);
        }
    }
    QVERIFY(startServer(m_server, m_port)); // the same address; the client comes back by itself
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Online, LongWaitMs);
    using S = ConnectionState;
    QCOMPARE(seen, (QList<S> {S::Connecting, S::Resyncing, S::Online}));

    if (shared) {
        // Every missed change exactly once, in stream order, marked as replayed.
        QTRY_COMPARE_WITH_TIMEOUT(received.subtitles(), expected, LongWaitMs);
        for (qsizetype i = 1; i < received.changes.size(); ++i) {
            QVERIFY(received.changes.at(i).seq > received.changes.at(i - 1).seq);
            QVERIFY(received.changes.at(i).replayed);
        }
        QCOMPARE(received.refetches, 0);
    } else {
        // A restarted SQLite server starts a new stream: the client is told to refetch.
        QTRY_COMPARE_WITH_TIMEOUT(received.refetches, 1, LongWaitMs);
    }
    QCOMPARE(received.joins, 2);
    // The cache hears the new position once for the whole catch-up, not once per message.
    QCOMPARE(received.positions.size(), positionsBefore + 1);
    QCOMPARE(received.positions.last(), channel->lastSeq());
    // And it continues live from the new position.
    QVERIFY(writer.write(u"live again"_s));
    expected << u"live again"_s;
    QTRY_COMPARE_WITH_TIMEOUT(received.subtitles(), expected, LongWaitMs);
    QVERIFY(!received.changes.last().replayed);
    QCOMPARE(channel->lastSeq(), received.changes.last().seq);
    QVERIFY(received.failures.isEmpty());
}

QTEST_GUILESS_MAIN(TestRealtimeClient)
#include "tst_realtimeclient.moc"
