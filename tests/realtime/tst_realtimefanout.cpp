// Hubs sharing topics through a fan-out (what PostgresFanOut does with LISTEN/NOTIFY, here an
// in-memory store whose notifications the test releases by hand): one sequence per topic
// across hubs, delivery to the other hub's clients, catching up in order when a peer's
// message is still on its way, a new hub continuing the stream with replay, a jump past what
// the store retains, and a store that fails.
#include "RealtimeTestSupport.h"

#include "realtime/RealtimeFanOut.h"

#include <QJsonArray>
#include <QTest>

#include <deque>
#include <map>

using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace Qt::StringLiterals;

namespace {

const QString Org1 = u"realtime:org:1"_s;

// The shared store: per topic, its newest number and its messages.
struct MemoryStore
{
    std::map<QString, qint64> heads;
    std::map<QString, std::map<qint64, TopicMessage>> messages;
    bool failing = false;
    QList<class MemoryFanOut *> members;
};

class MemoryFanOut final : public RealtimeFanOut
{
public:
    explicit MemoryFanOut(MemoryStore &store)
        : m_store(store)
    {
        m_store.members.append(this);
    }
    ~MemoryFanOut() override { m_store.members.removeOne(this); }

    void setListener(RealtimeFanOutListener *listener) override { m_listener = listener; }

    Result<TopicHistory> openTopic(const QString &wireTopic, qint64 startSeq) override
    {
        if (m_store.failing)
            return Error {u"storage_error"_s, u"store down"_s, {}};
        const qint64 head = m_store.heads.try_emplace(wireTopic, startSeq).first->second;
        TopicHistory history {head, {}};
        for (const auto &[seq, message] : m_store.messages[wireTopic])
            history.retained.push_back(message);
        return history;
    }

    Result<qint64> publish(const QString &wireTopic, const TopicMessage &message) override
    {
        if (m_store.failing)
            return Error {u"storage_error"_s, u"store down"_s, {}};
        auto [it, created] = m_store.heads.try_emplace(wireTopic, 1000);
        const qint64 seq = ++it->second;
        TopicMessage stored = message;
        stored.seq = seq;
        stored.originConnection = 0; // connection ids mean nothing to another hub
        m_store.messages[wireTopic][seq] = stored;
        for (MemoryFanOut *peer : std::as_const(m_store.members)) {
            if (peer != this)
                peer->m_pending.push_back({wireTopic, stored});
        }
        return seq;
    }

    Result<std::vector<TopicMessage>> between(const QString &wireTopic, qint64 afterSeq,
                                              qint64 beforeSeq) override
    {
        ++betweenCalls;
        std::vector<TopicMessage> out;
        for (const auto &[seq, message] : m_store.messages[wireTopic]) {
            if (seq > afterSeq && seq < beforeSeq)
                out.push_back(message);
        }
        return out;
    }

    // Loses the notifications not delivered yet, as a cut listening connection would.
    void drop() { m_pending.clear(); }

    // Delivers the notifications that reached this member so far, in order.
    void flush()
    {
        while (!m_pending.empty()) {
            auto [topic, message] = m_pending.front();
            m_pending.pop_front();
            if (m_listener)
                m_listener->deliverShared(topic, message);
        }
    }

    int betweenCalls = 0;

private:
    MemoryStore &m_store;
    RealtimeFanOutListener *m_listener = nullptr;
    std::deque<std::pair<QString, TopicMessage>> m_pending;
};

// A hub on its own port, sharing `store`.
struct Instance
{
    explicit Instance(MemoryStore &store)
        : fanOut(store)
    {
        fixture.hub->setFanOut(&fanOut);
        fixture.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    }
    ~Instance() { fixture.hub->setFanOut(nullptr); }

    MemoryFanOut fanOut;
    HubFixture fixture;
};

QJsonObject broadcast(const QString &event, const QJsonValue &payload)
{
    return QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, event}, {u"payload"_s, payload}};
}

qint64 seqOf(const RealtimeMessage &m)
{
    return m.payload.toObject().value(u"meta"_s)[u"seq"_s].toInteger();
}

int numberOf(const RealtimeMessage &m)
{
    return m.payload.toObject().value(u"payload"_s)[u"n"_s].toInt();
}

bool isBroadcast(const RealtimeMessage &m)
{
    return m.event == "broadcast"_L1;
}

} // namespace

class TestRealtimeFanOut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientsOfBothHubsShareOneStream();
    void peerMessageStillOnItsWayIsFetchedFirst();
    void rowChangesCrossHubsWithTheirBindings();
    void newHubContinuesTheStreamAndReplays();
    void lostNotificationsAreFetched();
    void jumpPastRetentionMeansRefetch();
    void failingStoreIsReported();
};

void TestRealtimeFanOut::clientsOfBothHubsShareOneStream()
{
    MemoryStore store;
    Instance a(store);
    Instance b(store);
    TestClient onA;
    TestClient onB;
    QVERIFY(onA.open(a.fixture.url(u"t"_s)));
    QVERIFY(onB.open(b.fixture.url(u"t"_s)));
    const auto joinedA = onA.joinOk(Org1, {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}});
    const auto joinedB = onB.joinOk(Org1);
    QVERIFY(joinedA && joinedB);
    QCOMPARE(joinedA->value(u"seq"_s).toInteger(), joinedB->value(u"seq"_s).toInteger());

    const QString ref
        = onA.push(Org1, u"broadcast"_s, broadcast(u"hello"_s, QJsonObject {{u"n"_s, 1}}));
    const auto ack = onA.takeReply(ref);
    QVERIFY(ack);
    const qint64 first = replyResponse(*ack).value(u"seq"_s).toInteger();
    QCOMPARE(first, joinedA->value(u"seq"_s).toInteger() + 1);
    b.fanOut.flush();
    const auto got = onB.take(isBroadcast);
    QVERIFY(got);
    QCOMPARE(numberOf(*got), 1);
    QCOMPARE(seqOf(*got), first);

    // Numbers alternate between the hubs without a clash.
    QCOMPARE(b.fixture.hub->broadcastFromServer(u"org:1"_s, u"x"_s, 2).value(), first + 1);
    a.fanOut.flush();
    QCOMPARE(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"x"_s, 3).value(), first + 2);
    b.fanOut.flush();
    QCOMPARE(a.fixture.hub->lastSeq(u"org:1"_s), std::optional<qint64>(first + 2));
    QCOMPARE(b.fixture.hub->lastSeq(u"org:1"_s), std::optional<qint64>(first + 2));
}

void TestRealtimeFanOut::peerMessageStillOnItsWayIsFetchedFirst()
{
    MemoryStore store;
    Instance a(store);
    Instance b(store);
    TestClient onB;
    QVERIFY(onB.open(b.fixture.url(u"t"_s)));
    QVERIFY(onB.joinOk(Org1));
    QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, 1}}));
    QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, 2}}));
    // B publishes before A's notifications reached it: it must not deliver 3 before 1 and 2.
    QVERIFY(b.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, 3}}));
    QCOMPARE(b.fanOut.betweenCalls, 1);
    b.fanOut.flush(); // the late notifications change nothing

    QList<int> order;
    QList<qint64> seqs;
    while (auto m = onB.take(isBroadcast, 300)) {
        order << numberOf(*m);
        seqs << seqOf(*m);
    }
    QCOMPARE(order, (QList<int> {1, 2, 3}));
    QCOMPARE(seqs.at(1), seqs.at(0) + 1);
    QCOMPARE(seqs.at(2), seqs.at(1) + 1);
}

void TestRealtimeFanOut::rowChangesCrossHubsWithTheirBindings()
{
    MemoryStore store;
    Instance a(store);
    Instance b(store);
    TestClient onB;
    QVERIFY(onB.open(b.fixture.url(u"t"_s)));
    const QJsonObject binding {{u"event"_s, u"UPDATE"_s},
                               {u"schema"_s, u"public"_s},
                               {u"table"_s, u"section_configurations"_s},
                               {u"filter"_s, u"organization_id=eq.1"_s}};
    const auto joined = onB.joinOk(Org1, {{u"postgres_changes"_s, QJsonArray {binding}}});
    QVERIFY(joined);
    const QJsonValue id = joined->value(u"postgres_changes"_s).toArray().at(0)[u"id"_s];

    QVERIFY(a.fixture.hub->publishChange(
        u"section_configurations"_s, u"UPDATE"_s, u"1"_s,
        QJsonObject {{u"id"_s, u"s1"_s}, {u"organization_id"_s, u"1"_s}},
        QJsonObject {{u"id"_s, u"s1"_s}}));
    b.fanOut.flush();
    const auto change = onB.takeEvent(Org1, u"postgres_changes"_s);
    QVERIFY(change);
    QCOMPARE(change->payload.toObject().value(u"ids"_s).toArray(), QJsonArray {id});
    const QJsonObject data = change->payload.toObject().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"type"_s).toString(), u"UPDATE"_s);
    QCOMPARE(data.value(u"record"_s)[u"id"_s].toString(), u"s1"_s);
}

void TestRealtimeFanOut::newHubContinuesTheStreamAndReplays()
{
    MemoryStore store;
    qint64 seen = 0;
    {
        Instance a(store);
        for (int n = 1; n <= 5; ++n) {
            auto seq = a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s,
                                                          QJsonObject {{u"n"_s, n}});
            QVERIFY(seq);
            if (n == 2)
                seen = seq.value();
        }
    } // "restart": the hub is gone, the store stays

    Instance c(store);
    TestClient client;
    QVERIFY(client.open(c.fixture.url(u"t"_s)));
    QVERIFY(client.joinOk(Org1, {{u"last_seq"_s, seen}}));
    QList<int> replayed;
    while (auto m = client.take(isBroadcast, 300)) {
        QVERIFY(m->payload.toObject().value(u"meta"_s)[u"replayed"_s].toBool());
        replayed << numberOf(*m);
    }
    QCOMPARE(replayed, (QList<int> {3, 4, 5}));
    QCOMPARE(c.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, 6).value(), seen + 4);
}

void TestRealtimeFanOut::lostNotificationsAreFetched()
{
    MemoryStore store;
    Instance a(store);
    Instance b(store);
    TestClient onB;
    QVERIFY(onB.open(b.fixture.url(u"t"_s)));
    QVERIFY(onB.joinOk(Org1));
    QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, 1}}));
    QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, 2}}));
    b.fanOut.drop(); // B never hears of 1 and 2
    QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, 3}}));
    b.fanOut.flush();
    QList<int> order;
    while (auto m = onB.take(isBroadcast, 300))
        order << numberOf(*m);
    QCOMPARE(order, (QList<int> {1, 2, 3}));
}

void TestRealtimeFanOut::jumpPastRetentionMeansRefetch()
{
    MemoryStore store;
    Instance a(store);
    Instance b(store);
    TestClient onB;
    QVERIFY(onB.open(b.fixture.url(u"t"_s)));
    const auto joined = onB.joinOk(Org1);
    QVERIFY(joined);
    const qint64 before = joined->value(u"seq"_s).toInteger();
    for (int n = 1; n <= 2; ++n)
        QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, n));
    b.fanOut.drop();
    store.messages[Org1].clear(); // and the store no longer has them either
    QVERIFY(a.fixture.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, 3));
    b.fanOut.flush();
    const auto third = onB.take(isBroadcast);
    QVERIFY(third);
    QCOMPARE(seqOf(*third), before + 3);

    TestClient late;
    QVERIFY(late.open(b.fixture.url(u"t"_s)));
    QVERIFY(late.joinOk(Org1, {{u"last_seq"_s, before}}));
    const auto refetch = late.takeEvent(Org1, u"system"_s);
    QVERIFY2(refetch, "a gap nobody can fill is a refetch, never a silent hole");
    QCOMPARE(refetch->payload.toObject().value(u"code"_s).toString(), u"refetch_required"_s);
    QVERIFY(late.nothingFor(isBroadcast));

    // From the new head on, replay works again.
    TestClient later;
    QVERIFY(later.open(b.fixture.url(u"t"_s)));
    QVERIFY(later.joinOk(Org1, {{u"last_seq"_s, before + 2}}));
    const auto replayed = later.take(isBroadcast);
    QVERIFY(replayed);
    QCOMPARE(seqOf(*replayed), before + 3);
}

void TestRealtimeFanOut::failingStoreIsReported()
{
    MemoryStore store;
    Instance a(store);
    TestClient client;
    QVERIFY(client.open(a.fixture.url(u"t"_s)));
    QVERIFY(client.joinOk(Org1, {{u"broadcast"_s, QJsonObject {{u"ack"_s, false}}}}));
    store.failing = true;
    const QString ref = client.push(Org1, u"broadcast"_s, broadcast(u"x"_s, 1));
    const auto reply = client.takeReply(ref);
    QVERIFY2(reply, "the sender hears of the failure even without ack");
    QCOMPARE(replyStatus(*reply), u"error"_s);
    QVERIFY(
        !a.fixture.hub->publishChange(u"t"_s, u"INSERT"_s, u"1"_s, QJsonObject {{u"id"_s, 1}}, {}));
    QVERIFY(!a.fixture.hub->broadcastFromServer(u"org:1"_s, u"x"_s, 1));
}

QTEST_GUILESS_MAIN(TestRealtimeFanOut)
#include "tst_realtimefanout.moc"
