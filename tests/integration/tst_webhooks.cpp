// Signed outgoing webhooks on both backends (issue 19), against a receiver started by the
// test: a ping and a real change arrive signed so that the receiver's verifier accepts them;
// only subscribed endpoints of the changed organization get a delivery; a 500 and a timeout
// are retried on the schedule (shrunk by WEDSYNC_WEBHOOK_TEST_TIME_SCALE) until they succeed;
// a server killed mid-attempt delivers after its restart; redelivery by hand sends the same
// event; private targets are refused without --allow-private-webhooks; the secret is shown once
// and never again; another tenant's endpoint is 404 and only admins manage them.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "WebhookReceiver.h"
#include "WebhookSignature.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QString webhooksPath(const QString &org)
{
    return u"/api/v1/organizations/"_s + org + u"/webhooks"_s;
}

QJsonObject endpointBody(const QUrl &url, const QStringList &types)
{
    return {{u"url"_s, url.toString()},
            {u"eventTypes"_s, QJsonArray::fromStringList(types)},
            {u"description"_s, u"Our CRM"_s}};
}

QJsonObject tasting()
{
    return {{u"title"_s, u"Menu tasting"_s},
            {u"kind"_s, u"tasting"_s},
            {u"timeZone"_s, u"Europe/London"_s},
            {u"startsAt"_s, u"2027-03-10T18:30:00Z"_s},
            {u"endsAt"_s, u"2027-03-10T20:30:00Z"_s}};
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

    const QString Evergreen = DemoData::evergreenId();
    const QString Lakeside = DemoData::lakesideId();

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void initTestCase()
    {
        // The 24-hour schedule runs in milliseconds (30 s -> 30 ms); attempts time out fast.
        qputenv("WEDSYNC_WEBHOOK_TEST_TIME_SCALE", "0.001");
        qputenv("WEDSYNC_WEBHOOK_TEST_TIMEOUT_MS", "700");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_session = std::make_unique<DemoSession>();
        QVERIFY2(m_session->start(backend, {u"--allow-private-webhooks"_s}),
                 qPrintable(m_session->errorString()));
        m_receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(m_receiver->listen());
    }

    void cleanup()
    {
        m_session.reset();
        m_receiver.reset();
    }

    void pingArrivesSignedAndTheSecretIsShownOnce()
    {
        HttpTestClient &admin = m_session->as(Admin);
        const HttpTestReply created = admin.post(
            webhooksPath(Evergreen), endpointBody(m_receiver->url(), {u"appointment.created"_s}));
        QCOMPARE(created.status, 201);
        const QString secret = created.object()[u"secret"_s].toString();
        QVERIFY(secret.startsWith(u"whsec_"_s));
        const QString id = created.object()[u"id"_s].toString();

        // Never again: not in the endpoint, the list, nor the server's log.
        const HttpTestReply one = admin.get(webhooksPath(Evergreen) + u'/' + id);
        QCOMPARE(one.status, 200);
        QVERIFY(!one.body.contains(secret.toUtf8()));
        QVERIFY(!one.object().contains(u"secret"_s));
        QVERIFY(!admin.get(webhooksPath(Evergreen)).body.contains(secret.toUtf8()));

        const HttpTestReply ping
            = admin.send("POST", webhooksPath(Evergreen) + u'/' + id + u"/test"_s);
        QCOMPARE(ping.status, 202);
        QCOMPARE(ping.object()[u"eventType"_s].toString(), u"ping"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, 20000);

        const WebhookReceiver::Request &got = m_receiver->requests().constFirst();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/hooks"));
        QCOMPARE(got.headers.value("x-wedsync-event"), QByteArray("ping"));
        const QByteArray signature = got.headers.value("x-wedsync-signature");
        QCOMPARE(webhooks::verifySignature(signature, secret.toUtf8(), got.body,
                                           QDateTime::currentSecsSinceEpoch()),
                 webhooks::Verdict::Valid);
        // A receiver holding another secret, or a tampered body, refuses it.
        QCOMPARE(webhooks::verifySignature(signature, "whsec_other", got.body,
                                           QDateTime::currentSecsSinceEpoch()),
                 webhooks::Verdict::Mismatch);
        const QJsonObject event = QJsonDocument::fromJson(got.body).object();
        QCOMPARE(event[u"type"_s].toString(), u"ping"_s);
        QCOMPARE(event[u"organization_id"_s].toString(), Evergreen);
        QCOMPARE(event[u"id"_s].toString(), ping.object()[u"eventId"_s].toString());

        QJsonObject logged;
        QTRY_VERIFY_WITH_TIMEOUT((logged = delivery(id, ping.object()[u"id"_s].toString()),
                                  logged[u"status"_s].toString() == u"delivered"_s),
                                 20000);
        QCOMPARE(logged[u"lastResponseCode"_s].toInt(), 200);
        QCOMPARE(logged[u"attemptCount"_s].toInt(), 1);
        QVERIFY(logged[u"latencyMs"_s].toInt(-1) >= 0);
        QVERIFY(!m_session->serverLog().contains(secret.toUtf8()));
    }

    // Each attempt reaches the organization's admins live, as the deliveries route reads it,
    // and no one outside the organization's operations readers.
    void attemptsReachTheAdminsLive()
    {
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        const QString topic = u"realtime:tenant:"_s + Evergreen + u":admins"_s;
        TestClient admin;
        QVERIFY(admin.open(m_session->socketUrl(Admin)));
        QVERIFY(admin.joinOk(topic));
        TestClient support;
        QVERIFY(support.open(m_session->socketUrl(Support)));
        QVERIFY(support.joinOk(topic)); // support reads deliveries too
        TestClient lakeside;
        QVERIFY(lakeside.open(m_session->socketUrl(LakesideAdmin)));
        const QString refused = lakeside.join(topic);
        QCOMPARE(lakeside.takeReply(refused)->payload[u"status"_s].toString(), u"error"_s);

        const HttpTestReply ping
            = m_session->as(Admin).send("POST", webhooksPath(Evergreen) + u'/' + id + u"/test"_s);
        QCOMPARE(ping.status, 202);
        for (TestClient *client : {&admin, &support}) {
            std::optional<RealtimeMessage> heard;
            // Other admin events (the audit row of the endpoint's creation) may come first.
            for (int i = 0; i < 10; ++i) {
                heard = client->takeEvent(topic, u"broadcast"_s, 20000);
                if (!heard || heard->payload[u"event"_s].toString() == u"webhook_delivery"_s)
                    break;
            }
            QVERIFY2(heard, "no webhook_delivery reached the admins");
            const QJsonObject d = heard->payload[u"payload"_s].toObject();
            QCOMPARE(d[u"id"_s].toString(), ping.object()[u"id"_s].toString());
            QCOMPARE(d[u"endpointId"_s].toString(), id);
            QCOMPARE(d[u"status"_s].toString(), u"delivered"_s);
            QCOMPARE(d, delivery(id, d[u"id"_s].toString()));
        }
    }

    void aChangeReachesOnlyItsOrganizationsSubscribers()
    {
        const QString appointments = webhooksPath(Evergreen);
        const QString subscribed = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        const QString otherEvent = createEndpoint(Admin, Evergreen, {u"section.deleted"_s});
        const QString otherTenant
            = createEndpoint(LakesideAdmin, Lakeside, {u"appointment.created"_s});
        QVERIFY(!subscribed.isEmpty() && !otherEvent.isEmpty() && !otherTenant.isEmpty());

        const HttpTestReply made = m_session->as(Admin).post(
            u"/api/v1/organizations/"_s + Evergreen + u"/appointments"_s, tasting());
        QCOMPARE(made.status, 201);
        // The deliveries were written with the change: no waiting needed to count them.
        QCOMPARE(deliveries(Admin, Evergreen, subscribed).size(), 1);
        QCOMPARE(deliveries(Admin, Evergreen, otherEvent).size(), 0);
        QCOMPARE(deliveries(LakesideAdmin, Lakeside, otherTenant).size(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, 20000);
        const QJsonObject event
            = QJsonDocument::fromJson(m_receiver->requests().constFirst().body).object();
        QCOMPARE(event[u"type"_s].toString(), u"appointment.created"_s);
        QCOMPARE(event[u"data"_s][u"object"_s][u"id"_s].toString(),
                 made.object()[u"id"_s].toString());
        QCOMPARE(event[u"organization_id"_s].toString(), Evergreen);
        Q_UNUSED(appointments)
    }

    void aServerErrorIsRetriedUntilItSucceeds()
    {
        m_receiver->setStatus(500);
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        QCOMPARE(m_session->as(Admin)
                     .post(u"/api/v1/organizations/"_s + Evergreen + u"/appointments"_s, tasting())
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->requests().size() >= 3, 30000);
        QJsonObject d = deliveries(Admin, Evergreen, id).at(0).toObject();
        QVERIFY2(d[u"status"_s].toString() == u"failed"_s
                     || d[u"status"_s].toString() == u"pending"_s,
                 qPrintable(d[u"status"_s].toString()));
        QCOMPARE(d[u"lastResponseCode"_s].toInt(), 500);
        QVERIFY(d[u"lastError"_s].toString().contains(u"500"_s));
        QVERIFY(d[u"attemptCount"_s].toInt() >= 2);
        // Every attempt carried the same event, freshly signed.
        const QByteArray eventId
            = m_receiver->requests().constFirst().headers.value("x-wedsync-event-id");
        for (const WebhookReceiver::Request &r : m_receiver->requests())
            QCOMPARE(r.headers.value("x-wedsync-event-id"), eventId);

        m_receiver->setStatus(204);
        QTRY_VERIFY_WITH_TIMEOUT((d = deliveries(Admin, Evergreen, id).at(0).toObject(),
                                  d[u"status"_s].toString() == u"delivered"_s),
                                 30000);
        QCOMPARE(d[u"lastResponseCode"_s].toInt(), 204);
        QCOMPARE(d[u"attemptCount"_s].toInt(), int(m_receiver->requests().size()));
        QVERIFY(d[u"lastError"_s].isNull());
    }

    void aTimeoutIsRetried()
    {
        m_receiver->setStatus(0); // never answers
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        QCOMPARE(m_session->as(Admin)
                     .post(u"/api/v1/organizations/"_s + Evergreen + u"/appointments"_s, tasting())
                     .status,
                 201);
        QJsonObject d;
        QTRY_VERIFY_WITH_TIMEOUT((d = deliveries(Admin, Evergreen, id).at(0).toObject(),
                                  d[u"attemptCount"_s].toInt() >= 1),
                                 30000);
        QVERIFY2(d[u"lastError"_s].toString().contains(u"No answer"_s),
                 qPrintable(d[u"lastError"_s].toString()));
        QVERIFY(d[u"lastResponseCode"_s].isNull());
        m_receiver->setStatus(200);
        QTRY_VERIFY_WITH_TIMEOUT((d = deliveries(Admin, Evergreen, id).at(0).toObject(),
                                  d[u"status"_s].toString() == u"delivered"_s),
                                 30000);
        QVERIFY(m_receiver->requests().size() >= 2);
    }

    void aCrashMidAttemptLosesNoDelivery()
    {
        m_receiver->setStatus(0); // the first attempt hangs until the server dies
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        const HttpTestReply made = m_session->as(Admin).post(
            u"/api/v1/organizations/"_s + Evergreen + u"/appointments"_s, tasting());
        QCOMPARE(made.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->requests().size() >= 1, 20000);
        const QByteArray eventId
            = m_receiver->requests().constFirst().headers.value("x-wedsync-event-id");

        m_receiver->setStatus(200);
        QVERIFY2(m_session->restartAfterCrash({u"--allow-private-webhooks"_s}),
                 qPrintable(m_session->errorString()));
        QJsonObject d;
        QTRY_VERIFY_WITH_TIMEOUT((d = deliveries(Admin, Evergreen, id).at(0).toObject(),
                                  d[u"status"_s].toString() == u"delivered"_s),
                                 30000);
        QCOMPARE(m_receiver->requests().constLast().headers.value("x-wedsync-event-id"), eventId);
        const QJsonObject event
            = QJsonDocument::fromJson(m_receiver->requests().constLast().body).object();
        QCOMPARE(event[u"data"_s][u"object"_s][u"id"_s].toString(),
                 made.object()[u"id"_s].toString());
        QCOMPARE(deliveries(Admin, Evergreen, id).size(), 1);
    }

    void aDeliveryCanBeRedeliveredByHand()
    {
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        HttpTestClient &admin = m_session->as(Admin);
        const HttpTestReply ping
            = admin.send("POST", webhooksPath(Evergreen) + u'/' + id + u"/test"_s);
        QCOMPARE(ping.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, 20000);
        const QString first = ping.object()[u"id"_s].toString();

        const HttpTestReply again = admin.send("POST",
                                               webhooksPath(Evergreen) + u'/' + id
                                                   + u"/deliveries/"_s + first + u"/redeliver"_s);
        QCOMPARE(again.status, 202);
        QVERIFY(again.object()[u"id"_s].toString() != first);
        QCOMPARE(again.object()[u"eventId"_s], ping.object()[u"eventId"_s]);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 2, 20000);
        QCOMPARE(m_receiver->requests()[1].body, m_receiver->requests()[0].body);
        QCOMPARE(deliveries(Admin, Evergreen, id).size(), 2);

        // Support staff read the log but may not redeliver.
        HttpTestClient &support = m_session->as(Support);
        QCOMPARE(support.get(webhooksPath(Evergreen) + u'/' + id + u"/deliveries"_s).status, 200);
        QCOMPARE(support
                     .send("POST",
                           webhooksPath(Evergreen) + u'/' + id + u"/deliveries/"_s + first
                               + u"/redeliver"_s)
                     .status,
                 403);
    }

    void anotherTenantsEndpointIsNotFound()
    {
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        HttpTestClient &lakeside = m_session->as(LakesideAdmin);
        QCOMPARE(lakeside.get(webhooksPath(Evergreen) + u'/' + id).status, 404);
        QCOMPARE(lakeside.get(webhooksPath(Lakeside) + u'/' + id).status, 404);
        QCOMPARE(lakeside.send("POST", webhooksPath(Lakeside) + u'/' + id + u"/test"_s).status,
                 404);
        QCOMPARE(lakeside.get(webhooksPath(Lakeside) + u'/' + id + u"/deliveries"_s).status, 404);
        QVERIFY(!lakeside.get(webhooksPath(Lakeside)).body.contains(id.toUtf8()));
        // A coordinator of the organization neither reads nor adds them.
        QCOMPARE(m_session->as(Planner).get(webhooksPath(Evergreen)).status, 403);
        QCOMPARE(m_session->as(Planner)
                     .post(webhooksPath(Evergreen),
                           endpointBody(m_receiver->url(), {u"appointment.created"_s}))
                     .status,
                 403);
    }

    void changesNeedTheCurrentVersion()
    {
        const QString id = createEndpoint(Admin, Evergreen, {u"appointment.created"_s});
        HttpTestClient &admin = m_session->as(Admin);
        const QString path = webhooksPath(Evergreen) + u'/' + id;
        const QByteArray body = jsonBytes(QJsonObject {{u"enabled"_s, false}});
        QCOMPARE(admin.send("PATCH", path, body, {{"Content-Type", "application/json"}}).status,
                 428);
        const HttpTestReply changed = admin.send("PATCH", path, body, ifMatch(1));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object()[u"enabled"_s].toBool(), false);
        QCOMPARE(changed.object()[u"version"_s].toInt(), 2);
        const HttpTestReply stale = admin.send("PATCH", path, body, ifMatch(1));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInt(), 2);
        const HttpTestReply badUrl = admin.send(
            "PATCH", path, jsonBytes(QJsonObject {{u"url"_s, u"ftp://x.example/"_s}}), ifMatch(2));
        QCOMPARE(badUrl.status, 400);
        QCOMPARE(errorFields(badUrl), QStringList {u"url"_s});
        QCOMPARE(admin.send("DELETE", path, {}, ifMatch(2)).status, 204);
        QCOMPARE(admin.get(path).status, 404);
    }

    void privateTargetsAreRefusedWithoutTheFlag()
    {
        QVERIFY2(m_session->restartAfterCrash({}), qPrintable(m_session->errorString()));
        const QStringList refusedUrls {
            u"http://127.0.0.1:9/hooks"_s, u"http://localhost:9/hooks"_s,
            u"http://[::1]:9/hooks"_s,     u"https://10.0.0.7/hooks"_s,
            u"http://169.254.10.1/"_s,     u"http://169.254.169.254/latest/meta-data"_s,
            u"http://[fd00::5]/"_s,        u"http://[::ffff:127.0.0.1]/"_s,
            u"http://0.0.0.0:9/"_s,        u"http://192.168.1.20/"_s,
        };
        for (const QString &url : refusedUrls) {
            const HttpTestReply refused = m_session->as(Admin).post(
                webhooksPath(Evergreen), endpointBody(QUrl(url), {u"appointment.created"_s}));
            QVERIFY2(refused.status == 400,
                     qPrintable(url + u": "_s + QString::fromUtf8(refused.describe())));
            QCOMPARE(errorFields(refused), QStringList {u"url"_s});
            const QString message
                = refused.object()[u"error"_s][u"details"_s][u"fields"_s][0][u"message"_s]
                      .toString();
            QVERIFY2(message.contains(u"--allow-private-webhooks"_s), qPrintable(message));
        }
        // A public address is accepted.
        QCOMPARE(
            m_session->as(Admin)
                .post(webhooksPath(Evergreen),
                      endpointBody(QUrl(u"https://hooks.example.com/in"_s), {u"section.deleted"_s}))
                .status,
            201);
    }

    void metadataIsRefusedEvenWithTheFlag()
    {
        const HttpTestReply refused = m_session->as(Admin).post(
            webhooksPath(Evergreen),
            endpointBody(QUrl(u"http://169.254.169.254/latest"_s), {u"appointment.created"_s}));
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorFields(refused), QStringList {u"url"_s});
    }

    void credentialsInTheUrlAreRefused()
    {
        const HttpTestReply refused = m_session->as(Admin).post(
            webhooksPath(Evergreen),
            endpointBody(QUrl(u"https://user:pw@hooks.example.com/"_s), {u"ping"_s}));
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorFields(refused), (QStringList {u"url"_s, u"eventTypes[0]"_s}));
    }

private:
    QString createEndpoint(const QString &email, const QString &org, const QStringList &types)
    {
        const HttpTestReply created
            = m_session->as(email).post(webhooksPath(org), endpointBody(m_receiver->url(), types));
        if (created.status != 201)
            qWarning("create failed: %s", created.describe().constData());
        return created.object()[u"id"_s].toString();
    }

    QJsonArray deliveries(const QString &email, const QString &org, const QString &endpoint)
    {
        return m_session->as(email)
            .get(webhooksPath(org) + u'/' + endpoint + u"/deliveries"_s)
            .object()[u"items"_s]
            .toArray();
    }

    QJsonObject delivery(const QString &endpoint, const QString &id)
    {
        for (const QJsonValue &d : deliveries(Admin, Evergreen, endpoint)) {
            if (d[u"id"_s].toString() == id)
                return d.toObject();
        }
        return {};
    }

    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
