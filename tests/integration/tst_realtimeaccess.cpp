// Realtime agrees with REST on both backends: every operator kind joins every kind of topic
// and receives exactly the tables and server events that REST lets it read; config:<type>
// and the admin topics carry only what the server publishes; server event names cannot be
// sent by clients; presence says who the token belongs to, not what the client claims.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

const QStringList PublishedTables {u"section_configurations"_s, u"audit_log"_s, u"sync_events"_s,
                                   u"sync_conflicts"_s};

QJsonObject broadcast(const QString &event, const QJsonValue &payload)
{
    return QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, event}, {u"payload"_s, payload}};
}

// Every published table, and the broadcasts retained since the epoch (Supabase's replay).
QJsonObject everything()
{
    QJsonArray bindings;
    for (const QString &table : PublishedTables) {
        bindings.append(
            QJsonObject {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, table}});
    }
    return QJsonObject {
        {u"postgres_changes"_s, bindings},
        {u"broadcast"_s, QJsonObject {{u"replay"_s, QJsonObject {{u"since"_s, 0}}}}}};
}

// What a message is about: the table of a row change or the event of a broadcast.
QString subjectOf(const RealtimeMessage &message)
{
    const QJsonObject payload = message.payload.toObject();
    if (message.event == "postgres_changes"_L1)
        return payload.value(u"data"_s)[u"table"_s].toString();
    if (message.event == "broadcast"_L1)
        return payload.value(u"event"_s).toString();
    return {};
}

} // namespace

class TestRealtimeAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void deliveryAgreesWithRest();
    void configTopicsAreServerOnly();
    void serverEventsCannotBeSentByClients();
    void presenceIsStampedFromTheToken();

private:
    QUrl socketUrl(const QString &email);
    QString token(const QString &email) { return m_demo->as(email).bearerToken(); }

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen = DemoData::evergreenId();
};

void TestRealtimeAccess::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

QUrl TestRealtimeAccess::socketUrl(const QString &email)
{
    return m_demo->socketUrl(email);
}

void TestRealtimeAccess::deliveryAgreesWithRest()
{
    const QStringList operators {Platform, Support, Admin, Planner, Vendor, LakesideAdmin};
    const QString adminId = m_demo->userId(Admin);
    const QStringList topics {u"org:"_s + m_evergreen,
                              u"tenant:"_s + m_evergreen + u":admins"_s,
                              u"wedding:"_s + m_demo->weddingId(m_evergreen, u"Sophia & James"_s),
                              u"user:"_s + adminId,
                              u"platform:admins"_s,
                              u"config:sections"_s};

    // What REST lets each operator read about Evergreen, per table or server event.
    const QString org = u"organizationId="_s + m_evergreen;
    const QList<std::pair<QStringList, QString>> restReads {
        {{u"section_configurations"_s, u"config_refetch"_s},
         u"/api/v1/organizations/"_s + m_evergreen + u"/sections"_s},
        {{u"audit_log"_s}, u"/api/v1/audit?"_s + org},
        {{u"sync_events"_s}, u"/api/v1/sync/events?"_s + org},
        {{u"sync_conflicts"_s}, u"/api/v1/organizations/"_s + m_evergreen + u"/conflicts"_s},
        {{u"sync_health"_s}, u"/api/v1/sync/health?"_s + org},
    };

    std::vector<std::unique_ptr<TestClient>> clients;
    for (const QString &email : operators) {
        auto client = std::make_unique<TestClient>();
        QVERIFY2(client->open(socketUrl(email)), qPrintable(email));
        for (const QString &topic : topics)
            client->join(u"realtime:"_s + topic, everything());
        clients.push_back(std::move(client));
    }

    // Something of every kind happens in Evergreen: a section edit (its row, its audit row,
    // its sync event, the tenant's health line) and a resync (config_refetch).
    HttpTestClient &platform = m_demo->as(Platform);
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const HttpTestReply edited = platform.send(
        "PATCH", u"/api/v1/sections/"_s + budget[u"id"_s].toString(),
        jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Live"_s}}}}),
        ifMatch(budget[u"version"_s].toInteger()));
    QVERIFY2(edited.status == 200, edited.describe().constData());
    // An offline edit replayed late: a conflict (its row and its sync event).
    QList<QPair<QByteArray, QByteArray>> stale = ifMatch(budget[u"version"_s].toInteger());
    stale.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    const HttpTestReply conflict = platform.send(
        "PATCH", u"/api/v1/sections/"_s + budget[u"id"_s].toString(),
        jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Old"_s}}}}),
        stale);
    QVERIFY2(conflict.status == 412, conflict.describe().constData());
    const HttpTestReply resync
        = platform.send("POST", u"/api/v1/sync/tenants/"_s + m_evergreen + u"/resync"_s, "{}",
                        {{"Content-Type", "application/json"}});
    QVERIFY2(resync.status == 202, resync.describe().constData());

    // The platform admin reads everything: wait until it has heard of every kind.
    QSet<QString> expectedAll;
    for (const auto &[subjects, path] : restReads) {
        for (const QString &subject : subjects)
            expectedAll.insert(subject);
    }
    (void)QTest::qWaitFor(
        [&] {
            QSet<QString> heard;
            for (const RealtimeMessage &m : clients.front()->pending())
                heard.insert(subjectOf(m));
            return heard.contains(expectedAll);
        },
        10000);
    QTest::qWait(500); // the others' deliveries were sent in the same turns

    for (qsizetype i = 0; i < operators.size(); ++i) {
        const QString &email = operators.at(i);
        HttpTestClient &api = m_demo->as(email);
        QSet<QString> allowed;
        for (const auto &[subjects, path] : restReads) {
            if (api.get(path).status == 200) {
                for (const QString &subject : subjects)
                    allowed.insert(subject);
            }
        }
        QSet<QString> delivered;
        for (const RealtimeMessage &m : clients.at(i)->pending()) {
            const QString subject = subjectOf(m);
            if (expectedAll.contains(subject))
                delivered.insert(subject);
        }
        QVERIFY2(delivered == allowed,
                 qPrintable(email + u": realtime delivered ["_s
                            + QStringList(delivered.begin(), delivered.end()).join(u", "_s)
                            + u"], REST reads ["_s
                            + QStringList(allowed.begin(), allowed.end()).join(u", "_s) + u"]"_s));
    }
}

void TestRealtimeAccess::configTopicsAreServerOnly()
{
    TestClient evergreen;
    TestClient lakeside;
    QVERIFY(evergreen.open(socketUrl(Admin)));
    QVERIFY(lakeside.open(socketUrl(LakesideAdmin)));
    const QString topic = u"realtime:config:sections"_s;
    const QJsonObject ack {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}};
    QVERIFY(evergreen.joinOk(topic, ack));
    QVERIFY(lakeside.joinOk(topic, ack));

    // Only known configuration types are topics.
    const auto unknown = lakeside.takeReply(lakeside.join(u"realtime:config:anything"_s));
    QVERIFY(unknown);
    QCOMPARE(replyStatus(*unknown), u"error"_s);

    // Neither broadcast nor presence crosses from one tenant to the other.
    const auto sent = lakeside.takeReply(
        lakeside.push(topic, u"broadcast"_s, broadcast(u"hello"_s, QJsonObject {{u"x"_s, 1}})));
    QVERIFY(sent);
    QCOMPARE(replyStatus(*sent), u"error"_s);
    const auto tracked = lakeside.takeReply(
        lakeside.push(topic, u"presence"_s,
                      QJsonObject {{u"type"_s, u"presence"_s},
                                   {u"event"_s, u"track"_s},
                                   {u"payload"_s, QJsonObject {{u"name"_s, u"Lakeside"_s}}}}));
    QVERIFY(tracked);
    QCOMPARE(replyStatus(*tracked), u"error"_s);
    QVERIFY2(evergreen.nothingFor([](const RealtimeMessage &m) {
        return m.event == "broadcast"_L1 || m.event == "presence_diff"_L1;
    }),
             "nothing from another tenant");
}

void TestRealtimeAccess::serverEventsCannotBeSentByClients()
{
    const QString orgTopic = u"realtime:org:"_s + m_evergreen;
    const QJsonObject ack {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}};
    TestClient support;
    TestClient platform;
    TestClient admin;
    TestClient planner;
    QVERIFY(support.open(socketUrl(Support)));
    QVERIFY(platform.open(socketUrl(Platform)));
    QVERIFY(admin.open(socketUrl(Admin)));
    QVERIFY(planner.open(socketUrl(Planner)));
    QVERIFY(support.joinOk(u"realtime:platform:admins"_s, ack));
    QVERIFY(platform.joinOk(u"realtime:platform:admins"_s, ack));
    QVERIFY(admin.joinOk(orgTopic, ack));
    QVERIFY(planner.joinOk(orgTopic, ack));

    // Read-only support cannot send anything on the server's topic.
    const auto onAdmins = support.takeReply(
        support.push(u"realtime:platform:admins"_s, u"broadcast"_s,
                     broadcast(u"sync_health"_s, QJsonObject {{u"status"_s, u"success"_s}})));
    QVERIFY(onAdmins);
    QCOMPARE(replyStatus(*onAdmins), u"error"_s);
    // On an organization's topic clients talk to each other, but not in the server's words.
    for (const QString &event : {u"config_refetch"_s, u"sync_health"_s, u"connection_stats"_s}) {
        const auto reply = admin.takeReply(
            admin.push(orgTopic, u"broadcast"_s, broadcast(event, QJsonObject {})));
        QVERIFY(reply);
        QVERIFY2(replyStatus(*reply) == u"error"_s, qPrintable(event));
    }
    QVERIFY(
        platform.nothingFor([](const RealtimeMessage &m) { return m.event == "broadcast"_L1; }));
    QVERIFY(planner.nothingFor([](const RealtimeMessage &m) { return m.event == "broadcast"_L1; }));

    const auto chat = admin.takeReply(
        admin.push(orgTopic, u"broadcast"_s, broadcast(u"cursor"_s, QJsonObject {{u"x"_s, 1}})));
    QVERIFY(chat);
    QCOMPARE(replyStatus(*chat), u"ok"_s);
    const auto heard = planner.takeEvent(orgTopic, u"broadcast"_s);
    QVERIFY(heard);
    QVERIFY2(heard->payload.toObject().value(u"meta"_s)[u"origin"_s].toString() != u"server"_s,
             "a client's broadcast is never marked as the server's");

    // What the server sends says so.
    const HttpTestReply resync
        = m_demo->as(Platform).send("POST", u"/api/v1/sync/tenants/"_s + m_evergreen + u"/resync"_s,
                                    "{}", {{"Content-Type", "application/json"}});
    QVERIFY2(resync.status == 202, resync.describe().constData());
    const auto refetch = planner.take([](const RealtimeMessage &m) {
        return m.event == "broadcast"_L1
            && m.payload.toObject().value(u"event"_s).toString() == u"config_refetch"_s;
    });
    QVERIFY(refetch);
    QCOMPARE(refetch->payload.toObject().value(u"meta"_s)[u"origin"_s].toString(), u"server"_s);
}

void TestRealtimeAccess::presenceIsStampedFromTheToken()
{
    const QString orgTopic = u"realtime:org:"_s + m_evergreen;
    const QString plannerId = m_demo->userId(Planner);
    const QString adminId = m_demo->userId(Admin);
    TestClient observer;
    QVERIFY(observer.open(socketUrl(Admin)));
    QVERIFY(observer.joinOk(orgTopic));

    const auto track = [&](TestClient &client, const QJsonObject &meta) {
        return client.takeReply(client.push(orgTopic, u"presence"_s,
                                            QJsonObject {{u"type"_s, u"presence"_s},
                                                         {u"event"_s, u"track"_s},
                                                         {u"payload"_s, meta}}));
    };
    // The planner claims to be the admin; the server says who it is.
    TestClient planner;
    QVERIFY(planner.open(socketUrl(Planner)));
    QVERIFY(planner.joinOk(orgTopic));
    const auto claimed = track(
        planner,
        QJsonObject {{u"user_id"_s, adminId}, {u"role"_s, u"admin"_s}, {u"config_version"_s, 0}});
    QVERIFY(claimed);
    QCOMPARE(replyStatus(*claimed), u"ok"_s);
    const auto diff = observer.take([](const RealtimeMessage &m) {
        return m.event == "presence_diff"_L1
            && !m.payload.toObject().value(u"joins"_s).toObject().isEmpty();
    });
    QVERIFY(diff);
    const QJsonObject joins = diff->payload.toObject().value(u"joins"_s).toObject();
    const QJsonObject meta = joins.begin().value()[u"metas"_s][0].toObject();
    QCOMPARE(meta.value(u"user_id"_s).toString(), plannerId);
    QCOMPARE(meta.value(u"role"_s).toString(), u"coordinator"_s);
    QCOMPARE(meta.value(u"config_version"_s).toInt(), 0);

    // One user cannot fill a topic with presences: past the limit, tracking is refused.
    std::vector<std::unique_ptr<TestClient>> more;
    bool refused = false;
    for (int i = 0; i < 40 && !refused; ++i) {
        auto client = std::make_unique<TestClient>();
        QVERIFY(client->open(socketUrl(Planner)));
        QVERIFY(client->joinOk(orgTopic));
        const auto reply = track(*client, QJsonObject {{u"config_version"_s, 0}});
        QVERIFY(reply);
        refused = replyStatus(*reply) == u"error"_s;
        more.push_back(std::move(client));
    }
    QVERIFY2(refused, "40 presences of one user on one topic were all accepted");
}

QTEST_GUILESS_MAIN(TestRealtimeAccess)
#include "tst_realtimeaccess.moc"
