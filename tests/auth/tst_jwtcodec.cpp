// HS256 access tokens: round trips, and every way a forged, stale or broken token is refused.
#include "auth/JwtCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 20), QTime(14, 0), Qt::UTC);
const QByteArray kKey = QByteArray("0123456789abcdef0123456789abcdef-wedsync");

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Builds tokens independently of JwtCodec (Qt's HMAC, not libsodium's), so that the tests
// would catch a codec that only agrees with itself.
QString handMade(const QByteArray &headerJson, const QByteArray &payloadJson,
                 const QByteArray &key = kKey,
                 QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray input = b64(headerJson) + '.' + b64(payloadJson);
    return QString::fromLatin1(input + '.'
                               + b64(QMessageAuthenticationCode::hash(input, key, algorithm)));
}

QByteArray hs256Header()
{
    return R"({"alg":"HS256","typ":"JWT"})";
}

QByteArray validPayload()
{
    return json({{u"sub"_s, u"user-1"_s},
                 {u"role"_s, u"authenticated"_s},
                 {u"exp"_s, kNow.toSecsSinceEpoch() + 600}});
}

QString withPart(const QString &token, int index, const QString &part)
{
    QStringList parts = token.split(u'.');
    parts[index] = part;
    return parts.join(u'.');
}
} // namespace

class TestJwtCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void headerIsExactlyHs256Jwt();
    void issueFillsSessionClaims();
    void issueKeepsRegisteredClaimsOutOfCallerHands();
    void acceptsTokenFromAnotherImplementation();
    void acceptsRfc7515Example();
    void rejects_data();
    void rejects();
    void timeRules_data();
    void timeRules();
    void tokenExpiresWhenClockPassesLifetime();
    void accessTokenRules_data();
    void accessTokenRules();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<JwtCodec> m_codec;
};

void TestJwtCodec::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    auto key = SigningKey::fromBytes(kKey);
    QVERIFY(key.ok());
    m_codec = std::make_unique<JwtCodec>(key.value(), *m_clock);
}

void TestJwtCodec::roundTrip()
{
    const QJsonObject claims {{u"sub"_s, u"3f1c9a4e-0000-4000-8000-000000000001"_s},
                              {u"role"_s, u"authenticated"_s},
                              {u"exp"_s, kNow.toSecsSinceEpoch() + 900},
                              {u"orgs"_s, QJsonArray {u"a"_s, u"b"_s}},
                              {u"name"_s, u"Zoë 婚礼"_s}};
    const QString token = m_codec->sign(claims);
    QCOMPARE(token.count(u'.'), 2);
    QVERIFY(!token.contains(u'='));
    const auto verified = m_codec->verify(token);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified.value(), claims);
}

void TestJwtCodec::headerIsExactlyHs256Jwt()
{
    const QString token = m_codec->sign({{u"exp"_s, 1}});
    const QByteArray header = QByteArray::fromBase64(token.section(u'.', 0, 0).toLatin1(),
                                                     QByteArray::Base64UrlEncoding);
    QCOMPARE(header, hs256Header());

    // Byte for byte what an independent HS256 implementation produces.
    const QJsonObject claims {{u"sub"_s, u"user-1"_s}, {u"exp"_s, 1893456000}};
    QCOMPARE(m_codec->sign(claims), handMade(hs256Header(), json(claims)));
}

void TestJwtCodec::issueFillsSessionClaims()
{
    const QString token = m_codec->issue(u"user-7"_s, u"session-9"_s, std::chrono::minutes(15),
                                         {{u"org"_s, u"org-1"_s}});
    const auto verified = m_codec->verify(token);
    QVERIFY(verified.ok());
    const QJsonObject claims = verified.value();
    QCOMPARE(claims.value(u"sub"_s).toString(), u"user-7"_s);
    QCOMPARE(claims.value(u"sid"_s).toString(), u"session-9"_s);
    // What Supabase's realtime server reads: role, and exp as a number.
    QCOMPARE(claims.value(u"role"_s).toString(), u"authenticated"_s);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"authenticated"_s);
    QCOMPARE(claims.value(u"iat"_s).toInteger(), kNow.toSecsSinceEpoch());
    QCOMPARE(claims.value(u"exp"_s).toInteger(), kNow.toSecsSinceEpoch() + 15 * 60);
    QCOMPARE(claims.value(u"org"_s).toString(), u"org-1"_s);
    QVERIFY(!QUuid::fromString(claims.value(u"jti"_s).toString()).isNull());

    const auto second
        = m_codec->verify(m_codec->issue(u"user-7"_s, u"session-9"_s, std::chrono::minutes(15)));
    QVERIFY(second.ok());
    QVERIFY(second.value().value(u"jti"_s) != claims.value(u"jti"_s));
}

void TestJwtCodec::issueKeepsRegisteredClaimsOutOfCallerHands()
{
    const QJsonObject sneaky {{u"exp"_s, kNow.toSecsSinceEpoch() + 10'000'000},
                              {u"sub"_s, u"someone-else"_s},
                              {u"nbf"_s, 0},
                              {u"role"_s, u"service_role"_s}};
    const auto verified
        = m_codec->verify(m_codec->issue(u"user-7"_s, u"s"_s, std::chrono::seconds(60), sneaky));
    QVERIFY(verified.ok());
    QCOMPARE(verified.value().value(u"exp"_s).toInteger(), kNow.toSecsSinceEpoch() + 60);
    QCOMPARE(verified.value().value(u"sub"_s).toString(), u"user-7"_s);
    QVERIFY(!verified.value().contains(u"nbf"_s));
    // A role is the caller's to choose (Supabase has service_role too).
    QCOMPARE(verified.value().value(u"role"_s).toString(), u"service_role"_s);
}

void TestJwtCodec::acceptsTokenFromAnotherImplementation()
{
    // Header keys in the other order and with whitespace: only the signature binds the bytes.
    const QString token = handMade(R"({ "typ": "JWT", "alg": "HS256" })", validPayload());
    const auto verified = m_codec->verify(token);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified.value().value(u"sub"_s).toString(), u"user-1"_s);
}

void TestJwtCodec::acceptsRfc7515Example()
{
    // RFC 7515 Appendix A.1: a JWS with HS256 and a published key, signed by its authors.
    const auto key = QByteArray::fromBase64("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH"
                                            "75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
                                            QByteArray::Base64UrlEncoding);
    const auto signingKey = SigningKey::fromBytes(key);
    QVERIFY(signingKey.ok());
    const FixedClock before(QDateTime::fromSecsSinceEpoch(1300819380 - 60, Qt::UTC));
    const JwtCodec codec(signingKey.value(), before);
    const QString token = u"eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                          u".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
                          u"LmNvbS9pc19yb290Ijp0cnVlfQ"
                          u".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
    const auto verified = codec.verify(token);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified.value().value(u"iss"_s).toString(), u"joe"_s);

    // One signature character changed.
    QCOMPARE(codec.verify(QString(token).replace(u".dBjf"_s, u".dBjg"_s)).error().code,
             u"bad_signature"_s);
    // The last character also carries two unused bits; setting one gives another spelling of
    // the same signature, which is refused rather than accepted as an equal token.
    QCOMPARE(codec.verify(QString(token).replace(u"jXk"_s, u"jXl"_s)).error().code,
             u"malformed_token"_s);
}

void TestJwtCodec::rejects_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");

    const QString good = handMade(hs256Header(), validPayload());
    const QStringList parts = good.split(u'.');
    const QByteArray forgedPayload = json({{u"sub"_s, u"admin"_s},
                                           {u"role"_s, u"authenticated"_s},
                                           {u"exp"_s, kNow.toSecsSinceEpoch() + 600}});
    QString flipped = parts.at(2);
    flipped[5] = flipped.at(5) == u'A' ? u'B' : u'A';

    QTest::newRow("payload swapped, old signature")
        << withPart(good, 1, QString::fromLatin1(b64(forgedPayload))) << u"bad_signature"_s;
    QTest::newRow("signature changed") << withPart(good, 2, flipped) << u"bad_signature"_s;
    QTest::newRow("signed with another key")
        << handMade(hs256Header(), validPayload(), QByteArray(40, 'k')) << u"bad_signature"_s;
    QTest::newRow("signature truncated")
        << withPart(good, 2, parts.at(2).left(40)) << u"bad_signature"_s;

    QTest::newRow("alg none, no signature") << QString::fromLatin1(
        b64(R"({"alg":"none","typ":"JWT"})") + '.' + b64(validPayload()) + '.')
                                            << u"unsupported_algorithm"_s;
    QTest::newRow("alg none, signature kept")
        << withPart(good, 0, QString::fromLatin1(b64(R"({"alg":"none","typ":"JWT"})")))
        << u"unsupported_algorithm"_s;
    QTest::newRow("alg HS512, correctly signed") << handMade(
        R"({"alg":"HS512","typ":"JWT"})", validPayload(), kKey, QCryptographicHash::Sha512)
                                                 << u"unsupported_algorithm"_s;
    QTest::newRow("alg RS256") << handMade(R"({"alg":"RS256","typ":"JWT"})", validPayload())
                               << u"unsupported_algorithm"_s;
    QTest::newRow("alg lower-case")
        << handMade(R"({"alg":"hs256"})", validPayload()) << u"unsupported_algorithm"_s;
    QTest::newRow("alg missing") << handMade(R"({"typ":"JWT"})", validPayload())
                                 << u"unsupported_algorithm"_s;

    QTest::newRow("empty") << QString() << u"malformed_token"_s;
    QTest::newRow("no dots") << parts.join(QString()) << u"malformed_token"_s;
    QTest::newRow("one dot") << parts.at(0) + u'.' + parts.at(1) << u"malformed_token"_s;
    QTest::newRow("four parts") << good + u".abc"_s << u"malformed_token"_s;
    QTest::newRow("empty header") << withPart(good, 0, QString()) << u"malformed_token"_s;
    QTest::newRow("empty signature") << withPart(good, 2, QString()) << u"malformed_token"_s;
    QTest::newRow("header not base64") << withPart(good, 0, u"e30!!"_s) << u"malformed_token"_s;
    QTest::newRow("signature not base64") << withPart(good, 2, u"***"_s) << u"malformed_token"_s;
    QTest::newRow("signature padded") << good + u'=' << u"malformed_token"_s;
    QTest::newRow("standard base64 alphabet")
        << withPart(good, 2, u"ab+c/d"_s) << u"malformed_token"_s;
    QTest::newRow("header not JSON")
        << withPart(good, 0, QString::fromLatin1(b64("alg=HS256"))) << u"malformed_token"_s;
    QTest::newRow("header a JSON array")
        << withPart(good, 0, QString::fromLatin1(b64(R"(["HS256"])"))) << u"malformed_token"_s;
    QTest::newRow("payload not JSON, signed")
        << handMade(hs256Header(), "sub=admin") << u"malformed_token"_s;
    QTest::newRow("payload a JSON array, signed")
        << handMade(hs256Header(), "[1,2]") << u"malformed_token"_s;
    QTest::newRow("no exp, signed")
        << handMade(hs256Header(), json({{u"sub"_s, u"user-1"_s}})) << u"malformed_token"_s;
    QTest::newRow("exp as text, signed")
        << handMade(hs256Header(), json({{u"exp"_s, u"9999999999"_s}})) << u"malformed_token"_s;
    QTest::newRow("critical header extension")
        << handMade(R"({"alg":"HS256","crit":["b64"],"b64":false})", validPayload())
        << u"malformed_token"_s;
    QTest::newRow("spaces around") << u' ' + good + u' ' << u"malformed_token"_s;
    QTest::newRow("non-ASCII") << good + u'é' << u"malformed_token"_s;
    QTest::newRow("huge") << good + QString(JwtCodec::MaxTokenLength, u'A') << u"malformed_token"_s;
}

void TestJwtCodec::rejects()
{
    QFETCH(QString, token);
    QFETCH(QString, code);
    const auto verified = m_codec->verify(token);
    QVERIFY2(!verified.ok(), "a bad token was accepted");
    QCOMPARE(verified.error().code, code);
    QVERIFY(!verified.error().message.isEmpty());
}

void TestJwtCodec::timeRules_data()
{
    QTest::addColumn<QJsonObject>("times"); // offsets in seconds from now
    QTest::addColumn<QString>("code"); // empty: accepted

    const qint64 leeway = JwtCodec::DefaultLeeway.count();
    QTest::newRow("valid for another minute") << QJsonObject {{u"exp"_s, 60}} << QString();
    QTest::newRow("expired a minute ago") << QJsonObject {{u"exp"_s, -60}} << u"token_expired"_s;
    QTest::newRow("expired within leeway") << QJsonObject {{u"exp"_s, -(leeway - 1)}} << QString();
    QTest::newRow("expired exactly leeway ago")
        << QJsonObject {{u"exp"_s, -leeway}} << u"token_expired"_s;
    QTest::newRow("expired long ago, fractional")
        << QJsonObject {{u"exp"_s, -86400.5}} << u"token_expired"_s;
    QTest::newRow("nbf in an hour")
        << QJsonObject {{u"exp"_s, 7200}, {u"nbf"_s, 3600}} << u"token_not_yet_valid"_s;
    QTest::newRow("nbf within leeway")
        << QJsonObject {{u"exp"_s, 7200}, {u"nbf"_s, leeway}} << QString();
    QTest::newRow("nbf passed") << QJsonObject {{u"exp"_s, 7200}, {u"nbf"_s, -10}} << QString();
    QTest::newRow("issued in the future")
        << QJsonObject {{u"exp"_s, 7200}, {u"iat"_s, 600}} << u"token_not_yet_valid"_s;
    QTest::newRow("issued a moment ago")
        << QJsonObject {{u"exp"_s, 7200}, {u"iat"_s, -1}} << QString();
    QTest::newRow("nbf not a number")
        << QJsonObject {{u"exp"_s, 7200}, {u"nbf"_s, u"soon"_s}} << u"malformed_token"_s;
}

void TestJwtCodec::timeRules()
{
    QFETCH(QJsonObject, times);
    QFETCH(QString, code);
    QJsonObject claims {{u"sub"_s, u"user-1"_s}};
    for (auto it = times.constBegin(); it != times.constEnd(); ++it) {
        claims.insert(it.key(),
                      it->isDouble() ? QJsonValue(double(kNow.toSecsSinceEpoch()) + it->toDouble())
                                     : *it);
    }
    const auto verified = m_codec->verify(m_codec->sign(claims));
    if (code.isEmpty()) {
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    } else {
        QVERIFY2(!verified.ok(), "the token was accepted");
        QCOMPARE(verified.error().code, code);
    }
}

void TestJwtCodec::tokenExpiresWhenClockPassesLifetime()
{
    const QString token = m_codec->issue(u"u"_s, u"s"_s, std::chrono::minutes(15));
    m_clock->advanceSecs(15 * 60 - 1);
    QVERIFY(m_codec->verify(token).ok());
    m_clock->advanceSecs(1 + JwtCodec::DefaultLeeway.count());
    const auto verified = m_codec->verify(token);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, u"token_expired"_s);
}

void TestJwtCodec::accessTokenRules_data()
{
    // Claims besides sub and sid; times are offsets in seconds from now.
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("code"); // empty: accepted

    const QJsonObject issued {{u"aud"_s, u"authenticated"_s}, {u"iat"_s, 0}, {u"exp"_s, 900}};
    const auto with = [&](const QString &name, const QJsonValue &value) {
        QJsonObject claims = issued;
        if (value.isUndefined())
            claims.remove(name);
        else
            claims.insert(name, value);
        return claims;
    };
    QTest::newRow("as issued") << issued << QString();
    QTest::newRow("audience in a list")
        << with(u"aud"_s, QJsonArray {u"other"_s, u"authenticated"_s}) << QString();
    QTest::newRow("no audience") << with(u"aud"_s, QJsonValue::Undefined) << u"invalid_audience"_s;
    QTest::newRow("another audience") << with(u"aud"_s, u"service"_s) << u"invalid_audience"_s;
    QTest::newRow("audience list without ours")
        << with(u"aud"_s, QJsonArray {u"service"_s}) << u"invalid_audience"_s;
    QTest::newRow("audience not text") << with(u"aud"_s, 1) << u"invalid_audience"_s;
    QTest::newRow("lifetime one second too long") << with(u"exp"_s, 901) << u"lifetime_too_long"_s;
    QJsonObject stretched = issued;
    stretched.insert(u"iat"_s, -3600);
    stretched.insert(u"exp"_s, 3000);
    QTest::newRow("issued an hour ago, valid for another 50 minutes")
        << stretched << u"lifetime_too_long"_s;
    QTest::newRow("no iat") << with(u"iat"_s, QJsonValue::Undefined) << u"malformed_token"_s;
    QTest::newRow("fractional exp") << with(u"exp"_s, 899.5) << u"malformed_token"_s;
    QTest::newRow("fractional iat") << with(u"iat"_s, -0.5) << u"malformed_token"_s;
    QTest::newRow("exp beyond 2^53") << with(u"exp"_s, 1e300) << u"malformed_token"_s;
}

void TestJwtCodec::accessTokenRules()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, code);
    QJsonObject signedClaims {{u"sub"_s, u"user-1"_s}, {u"sid"_s, u"session-1"_s}};
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        const bool time = it.key() == u"exp"_s || it.key() == u"iat"_s;
        signedClaims.insert(it.key(),
                            time && it->toDouble() < 1e15
                                ? QJsonValue(double(kNow.toSecsSinceEpoch()) + it->toDouble())
                                : *it);
    }
    const auto verified
        = m_codec->verifyAccessToken(m_codec->sign(signedClaims), std::chrono::minutes(15));
    if (code.isEmpty()) {
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    } else {
        QVERIFY2(!verified.ok(), "the token was accepted");
        QCOMPARE(verified.error().code, code);
        QVERIFY(!verified.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestJwtCodec)
#include "tst_jwtcodec.moc"
