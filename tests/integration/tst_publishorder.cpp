// A write answers once it has committed and publishes right after (ChangeNotifier::deferTo):
// on both backends every committed change still reaches the realtime clients, exactly once and
// in commit order, its audit row too; a write that fails publishes nothing.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

class TestPublishOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_session.reset(); }

    void everyWriteArrivesInCommitOrder();

private:
    std::unique_ptr<DemoSession> m_session;
};

void TestPublishOrder::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_session = std::make_unique<DemoSession>();
    QVERIFY2(m_session->start(backend), qPrintable(m_session->errorString()));
}

void TestPublishOrder::everyWriteArrivesInCommitOrder()
{
    const QString evergreen = DemoData::evergreenId();
    const QString orgTopic = u"realtime:org:"_s + evergreen;
    const QString adminsTopic = u"realtime:tenant:"_s + evergreen + u":admins"_s;
    const auto binding = [](const QString &table) {
        return QJsonObject {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, table}};
    };
    TestClient listener;
    QVERIFY(listener.open(m_session->socketUrl(demo::Admin)));
    QVERIFY(listener.joinOk(
        orgTopic, {{u"postgres_changes"_s, QJsonArray {binding(u"section_configurations"_s)}}}));
    QVERIFY(listener.joinOk(adminsTopic,
                            {{u"postgres_changes"_s, QJsonArray {binding(u"audit_log"_s)}}}));

    // Two writers take turns on two sections; each answer's version is the next If-Match.
    struct Writer
    {
        HttpTestClient *api;
        QString sectionId;
        qint64 version;
    };
    const QJsonObject budget = m_session->section(evergreen, u"budget"_s);
    const QJsonObject guests = m_session->section(evergreen, u"guest_list"_s);
    QVERIFY(!budget.isEmpty() && !guests.isEmpty());
    QList<Writer> writers {
        {&m_session->as(demo::Admin), budget[u"id"_s].toString(), budget[u"version"_s].toInteger()},
        {&m_session->as(demo::Planner), guests[u"id"_s].toString(),
         guests[u"version"_s].toInteger()}};
    QList<QPair<QString, qint64>> committed; // section id and version, in commit order
    constexpr int Writes = 24;
    for (int i = 0; i < Writes; ++i) {
        Writer &writer = writers[i % 2];
        const HttpTestReply reply = writer.api->send(
            "PATCH", u"/api/v1/sections/"_s + writer.sectionId,
            jsonBytes(QJsonObject {
                {u"customization"_s, QJsonObject {{u"subtitle"_s, u"Write %1"_s.arg(i)}}}}),
            ifMatch(writer.version));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        writer.version = reply.object()[u"version"_s].toInteger();
        committed.append({writer.sectionId, writer.version});
        if (i == Writes / 2) {
            // A stale write in between: refused, nothing published for it.
            const HttpTestReply stale = writer.api->send(
                "PATCH", u"/api/v1/sections/"_s + writer.sectionId,
                jsonBytes(
                    QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Stale"_s}}}}),
                ifMatch(writer.version - 1));
            QCOMPARE(stale.status, 412);
        }
    }

    qint64 lastSeq = 0;
    for (int i = 0; i < Writes; ++i) {
        const auto change = listener.takeEvent(orgTopic, u"postgres_changes"_s, 10000);
        QVERIFY2(change, qPrintable(u"change %1 of %2 did not arrive"_s.arg(i + 1).arg(Writes)));
        const QJsonObject payload = change->payload.toObject();
        const QJsonObject record = payload[u"data"_s][u"record"_s].toObject();
        QCOMPARE(record[u"id"_s].toString(), committed.at(i).first);
        QCOMPARE(record[u"version"_s].toInteger(), committed.at(i).second);
        const qint64 seq = payload[u"meta"_s][u"seq"_s].toInteger();
        QVERIFY2(seq > lastSeq, "sequence numbers follow the commits");
        lastSeq = seq;
    }
    for (int i = 0; i < Writes; ++i) {
        const auto audit = listener.takeEvent(adminsTopic, u"postgres_changes"_s, 10000);
        QVERIFY2(audit, qPrintable(u"audit row %1 of %2 did not arrive"_s.arg(i + 1).arg(Writes)));
        const QJsonObject record = audit->payload.toObject()[u"data"_s][u"record"_s].toObject();
        QCOMPARE(record[u"entity_id"_s].toString(), committed.at(i).first);
    }
    QVERIFY2(listener.nothingFor(
                 [](const RealtimeMessage &m) { return m.event == "postgres_changes"_L1; }, 300),
             "nothing more: the stale write published nothing, no change came twice");
}

QTEST_GUILESS_MAIN(TestPublishOrder)
#include "tst_publishorder.moc"
