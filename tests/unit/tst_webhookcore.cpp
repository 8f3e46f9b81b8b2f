// The pure rules of outgoing webhooks: the Stripe-style signature and its verification with a
// replay window, the retry schedule that gives up after 24 hours, and which addresses count as
// private for the server-side request forgery guard.
#include "WebhookAddress.h"
#include "WebhookBackoff.h"
#include "WebhookEvents.h"
#include "WebhookRecords.h"
#include "WebhookSignature.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::webhooks;

Q_DECLARE_METATYPE(wedsync::webhooks::AddressKind)

namespace {

Ipv6Bytes bytesOf(const QString &text)
{
    QHostAddress address(text);
    Ipv6Bytes out {};
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return mappedIpv4(address.toIPv4Address());
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        out[size_t(i)] = v6[i];
    return out;
}

} // namespace

class TestWebhookCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureIsStripeStyle()
    {
        // HMAC-SHA256("secret", "1700000000.{}") computed independently (openssl dgst -hmac).
        const QByteArray header = signatureHeader("secret", 1700000000, "{}");
        QVERIFY(header.startsWith("t=1700000000,v1="));
        QCOMPARE(header.mid(16).size(), 64);
        QCOMPARE(header.mid(16),
                 "b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163");
        QVERIFY(signatureHex("secret", 1700000001, "{}") != header.mid(16));
        QVERIFY(signatureHex("other", 1700000000, "{}") != header.mid(16));
    }

    void verifierAcceptsOnlyTheSignedBodyInTime()
    {
        const QByteArray body = R"({"id":"e1","type":"ping"})";
        const QByteArray header = signatureHeader("whsec_k", 1000, body);
        QCOMPARE(verifySignature(header, "whsec_k", body, 1000), Verdict::Valid);
        QCOMPARE(verifySignature(header, "whsec_k", body, 1000 + 300), Verdict::Valid);
        QCOMPARE(verifySignature(header, "whsec_k", body, 1000 + 301), Verdict::TooOld);
        QCOMPARE(verifySignature(header, "whsec_k", body, 1000 - 301), Verdict::TooOld);
        QCOMPARE(verifySignature(header, "whsec_k", body + " ", 1000), Verdict::Mismatch);
        QCOMPARE(verifySignature(header, "whsec_x", body, 1000), Verdict::Mismatch);
        QCOMPARE(verifySignature("v1=abc", "whsec_k", body, 1000), Verdict::Malformed);
        QCOMPARE(verifySignature("t=1000", "whsec_k", body, 1000), Verdict::Malformed);
        QCOMPARE(verifySignature("t=x,v1=ab", "whsec_k", body, 1000), Verdict::Malformed);
        // A rotation sends two signatures; either may match.
        const QByteArray both
            = "t=1000,v1=" + QByteArray(64, '0') + ",v1=" + signatureHex("whsec_k", 1000, body);
        QCOMPARE(verifySignature(both, "whsec_k", body, 1000), Verdict::Valid);
    }

    void backoffGrowsThenCaps()
    {
        QCOMPARE(retryDelaySecs(1), 30);
        QCOMPARE(retryDelaySecs(2), 120);
        QCOMPARE(retryDelaySecs(3), 600);
        QCOMPARE(retryDelaySecs(4), 3600);
        QCOMPARE(retryDelaySecs(5), 3 * 3600);
        QCOMPARE(retryDelaySecs(50), 3 * 3600);
        for (int n = 1; n < 40; ++n)
            QVERIFY(retryDelaySecs(n + 1) >= retryDelaySecs(n));
    }

    void backoffGivesUpAfterADay()
    {
        const QDateTime created = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        QDateTime at = created;
        int attempts = 0;
        while (true) {
            ++attempts;
            const auto next = nextAttemptAt(created, attempts, at);
            if (!next)
                break;
            QVERIFY(*next > at);
            QVERIFY(*next <= created.addSecs(RetryWindowSecs));
            at = *next;
        }
        // The first, then after 30 s, 2 min, 10 min, 1 h and seven times 3 h: 12 attempts.
        QCOMPARE(attempts, 12);
        QVERIFY(at > created.addSecs(RetryWindowSecs - 3 * 3600));
    }

    void backoffScalesForTests()
    {
        const QDateTime created = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(nextAttemptAt(created, 1, created, 0.001).value(), created.addMSecs(30));
        QCOMPARE(nextAttemptAt(created, 2, created, 0.001).value(), created.addMSecs(120));
        QVERIFY(!nextAttemptAt(created, 5, created.addMSecs(86400), 0.001).has_value());
    }

    void addressKinds_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressKind>("kind");
        QTest::newRow("public v4") << u"93.184.216.34"_s << AddressKind::Public;
        QTest::newRow("public v6") << u"2606:2800:220:1::1"_s << AddressKind::Public;
        QTest::newRow("loopback") << u"127.0.0.1"_s << AddressKind::Loopback;
        QTest::newRow("loopback 127/8") << u"127.255.0.9"_s << AddressKind::Loopback;
        QTest::newRow("loopback v6") << u"::1"_s << AddressKind::Loopback;
        QTest::newRow("unspecified") << u"0.0.0.0"_s << AddressKind::Unspecified;
        QTest::newRow("unspecified v6") << u"::"_s << AddressKind::Unspecified;
        QTest::newRow("10/8") << u"10.1.2.3"_s << AddressKind::Private;
        QTest::newRow("172.16/12") << u"172.31.255.1"_s << AddressKind::Private;
        QTest::newRow("172.32 is public") << u"172.32.0.1"_s << AddressKind::Public;
        QTest::newRow("192.168/16") << u"192.168.1.1"_s << AddressKind::Private;
        QTest::newRow("cgnat") << u"100.64.0.1"_s << AddressKind::Private;
        QTest::newRow("link-local") << u"169.254.1.1"_s << AddressKind::LinkLocal;
        QTest::newRow("metadata") << u"169.254.169.254"_s << AddressKind::Metadata;
        QTest::newRow("metadata v6") << u"fd00:ec2::254"_s << AddressKind::Metadata;
        QTest::newRow("link-local v6") << u"fe80::1"_s << AddressKind::LinkLocal;
        QTest::newRow("unique-local fc") << u"fc00::1"_s << AddressKind::UniqueLocal;
        QTest::newRow("unique-local fd") << u"fd12:3456::1"_s << AddressKind::UniqueLocal;
        QTest::newRow("mapped loopback") << u"::ffff:127.0.0.1"_s << AddressKind::Loopback;
        QTest::newRow("mapped private") << u"::ffff:10.0.0.1"_s << AddressKind::Private;
        QTest::newRow("mapped metadata") << u"::ffff:169.254.169.254"_s << AddressKind::Metadata;
        QTest::newRow("nat64 loopback") << u"64:ff9b::127.0.0.1"_s << AddressKind::Loopback;
        QTest::newRow("multicast") << u"224.0.0.1"_s << AddressKind::Multicast;
        QTest::newRow("multicast v6") << u"ff02::1"_s << AddressKind::Multicast;
        QTest::newRow("broadcast") << u"255.255.255.255"_s << AddressKind::Reserved;
        QTest::newRow("documentation") << u"192.0.2.10"_s << AddressKind::Reserved;
    }

    void addressKinds()
    {
        QFETCH(QString, address);
        QFETCH(AddressKind, kind);
        QVERIFY2(!QHostAddress(address).isNull(), qPrintable(address));
        QCOMPARE(classifyAddress(bytesOf(address)), kind);
        QCOMPARE(isPublic(kind), kind == AddressKind::Public);
    }

    void eventsFollowTheAuditTrail()
    {
        QCOMPARE(eventTypeFor(u"appointment"_s, u"create"_s), u"appointment.created"_s);
        QCOMPARE(eventTypeFor(u"section_configuration"_s, u"move"_s), u"section.updated"_s);
        QCOMPARE(eventTypeFor(u"section_configuration"_s, u"delete"_s), u"section.deleted"_s);
        QCOMPARE(eventTypeFor(u"integration"_s, u"create"_s), u"integration.created"_s);
        QCOMPARE(eventTypeFor(u"sync_conflict"_s, u"conflict_dismiss"_s), u"conflict.resolved"_s);
        QCOMPARE(eventTypeFor(u"webhook_endpoint"_s, u"create"_s), QString());
        for (const QString &type : eventTypes())
            QVERIFY(!type.isEmpty() && type != QLatin1String(PingEvent));
    }

    void urlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fine");
        QTest::newRow("https") << u"https://hooks.example.com/wedsync"_s << true;
        QTest::newRow("http with port") << u"http://example.com:8080/in?x=1"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
        QTest::newRow("relative") << u"/hooks"_s << false;
        QTest::newRow("credentials") << u"https://user:pw@example.com/"_s << false;
        QTest::newRow("user only") << u"https://user@example.com/"_s << false;
        QTest::newRow("fragment") << u"https://example.com/#x"_s << false;
        QTest::newRow("no host") << u"https:///path"_s << false;
        QTest::newRow("too long") << u"https://example.com/"_s + QString(3000, u'a') << false;
    }

    void urlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, fine);
        QCOMPARE(urlProblem(url).isEmpty(), fine);
    }

    void inputIsReadFieldByField()
    {
        EndpointInput input;
        const QList<FieldError> errors = readInput(
            QJsonObject {
                {u"url"_s, 5}, {u"eventTypes"_s, QJsonArray {u"nope"_s}}, {u"enabled"_s, u"yes"_s}},
            true, &input);
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList {u"url"_s, u"eventTypes[0]"_s, u"enabled"_s}));
        EndpointInput patch;
        QVERIFY(readInput(QJsonObject {{u"enabled"_s, false}}, false, &patch).isEmpty());
        QCOMPARE(patch.enabled, std::optional<bool>(false));
        QVERIFY(!patch.url.has_value());
    }

    void payloadCarriesTheEnvelope()
    {
        const QDateTime at = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const QJsonObject event
            = QJsonDocument::fromJson(
                  eventPayload(u"e1"_s, u"ping"_s, at, u"o1"_s, QJsonObject {{u"k"_s, 1}}))
                  .object();
        QCOMPARE(event[u"id"_s].toString(), u"e1"_s);
        QCOMPARE(event[u"type"_s].toString(), u"ping"_s);
        QCOMPARE(event[u"created_at"_s].toString(), u"2026-06-01T12:00:00.000Z"_s);
        QCOMPARE(event[u"organization_id"_s].toString(), u"o1"_s);
        QCOMPARE(event[u"data"_s][u"k"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookCore)
#include "tst_webhookcore.moc"
