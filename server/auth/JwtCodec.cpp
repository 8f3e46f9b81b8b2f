// HS256 JSON Web Tokens.
#include "auth/JwtCodec.h"

#include "auth/AuthLogging.h"
#include "auth/Base64Url.h"
#include "auth/Sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <sodium.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
Error malformed(const QString &message)
{
    return Error {u"malformed_token"_s, message, {}};
}

std::optional<QJsonObject> decodeJsonObject(QByteArrayView part)
{
    const auto bytes = Base64Url::decode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A NumericDate (RFC 7519 §2): seconds since the epoch, possibly fractional.
std::optional<double> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}
// A NumericDate in whole seconds that a double holds exactly (below 2^53).
std::optional<qint64> wholeSeconds(const QJsonObject &claims, const QString &name)
{
    const auto value = numericDate(claims, name);
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (!value || std::trunc(*value) != *value || std::fabs(*value) > Exact)
        return std::nullopt;
    return static_cast<qint64>(*value);
}
} // namespace

JwtCodec::JwtCodec(SigningKey key, const Clock &clock, std::chrono::seconds leeway)
    : m_key(std::move(key))
    , m_clock(&clock)
    , m_leeway(leeway)
{
    Sodium::ensureInitialized();
}

QByteArray JwtCodec::mac(QByteArrayView signingInput) const
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_state state;
    const QByteArray &key = m_key.bytes();
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                size_t(key.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(signingInput.data()),
                                  static_cast<unsigned long long>(signingInput.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

QString JwtCodec::sign(const QJsonObject &claims) const
{
    // QJsonObject orders keys, so this is exactly {"alg":"HS256","typ":"JWT"}.
    static const QByteArray header = Base64Url::encode(
        QJsonDocument(QJsonObject {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}})
            .toJson(QJsonDocument::Compact));
    const QByteArray signingInput
        = header + '.' + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' + Base64Url::encode(mac(signingInput)));
}

QString JwtCodec::issue(const QString &userId, const QString &sessionId,
                        std::chrono::seconds lifetime, const QJsonObject &extraClaims) const
{
    QJsonObject claims = extraClaims;
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    claims.remove(u"nbf"_s);
    claims.insert(u"sub"_s, userId);
    claims.insert(u"sid"_s, sessionId);
    claims.insert(u"iat"_s, now);
    claims.insert(u"exp"_s, now + lifetime.count());
    claims.insert(u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!claims.contains(u"role"_s))
        claims.insert(u"role"_s, u"authenticated"_s);
    if (!claims.contains(u"aud"_s))
        claims.insert(u"aud"_s, u"authenticated"_s);
    return sign(claims);
}

Result<QJsonObject> JwtCodec::verify(QStringView token) const
{
    if (token.isEmpty())
        return malformed(u"The access token is empty."_s);
    if (token.size() > MaxTokenLength)
        return malformed(u"The access token is too long."_s);
    for (const QChar c : token) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return malformed(u"The access token contains characters a token cannot have."_s);
    }
    const QByteArray text = token.toLatin1();
    const QList<QByteArray> parts = text.split('.');
    // The signature may be empty here so that an "alg":"none" token is reported as what it
    // is; it is rejected below all the same.
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return malformed(u"The access token does not have the three parts of a JWT."_s);

    const auto header = decodeJsonObject(parts.at(0));
    if (!header)
        return malformed(u"The access token's header is not base64url-encoded JSON."_s);
    // Only the algorithm we sign with is accepted: "none" would skip the signature and an
    // asymmetric one would make our secret look like a public key (RFC 8725 §2.1, §3.1).
    const QJsonValue alg = header->value(u"alg"_s);
    if (alg != QJsonValue(u"HS256"_s)) {
        const QString name = alg.isString() ? alg.toString() : u"(missing)"_s;
        return Error {
            u"unsupported_algorithm"_s,
            u"The access token uses the algorithm %1; only HS256 is accepted."_s.arg(name),
            {}};
    }
    // RFC 7515 §4.1.11: extensions marked critical must be understood; we understand none.
    if (header->contains(u"crit"_s))
        return malformed(u"The access token requires header extensions this server lacks."_s);

    const auto signature = Base64Url::decode(parts.at(2));
    if (!signature || signature->isEmpty())
        return malformed(u"The access token's signature is missing or not base64url-encoded."_s);
    const QByteArray expected
        = mac(QByteArrayView(text).first(parts.at(0).size() + 1 + parts.at(1).size()));
    // sodium_memcmp takes the same time wherever the first difference is, so an attacker
    // cannot find a valid signature byte by byte from response times.
    if (signature->size() != expected.size()
        || sodium_memcmp(signature->constData(), expected.constData(), size_t(expected.size()))
            != 0) {
        qCDebug(lcAuth, "an access token with a wrong signature was refused");
        return Error {
            u"bad_signature"_s, u"The access token's signature is not valid; sign in again."_s, {}};
    }

    // Only now, with the signature proven, do we look at what the payload says.
    const auto claims = decodeJsonObject(parts.at(1));
    if (!claims)
        return malformed(u"The access token's payload is not base64url-encoded JSON."_s);

    const double now = double(m_clock->now().toSecsSinceEpoch());
    const double leeway = double(m_leeway.count());
    const auto exp = numericDate(*claims, u"exp"_s);
    if (!exp)
        return malformed(u"The access token has no valid expiry time (exp)."_s);
    if (now >= *exp + leeway)
        return Error {u"token_expired"_s, u"The access token has expired; sign in again."_s, {}};
    for (const QString &name : {u"nbf"_s, u"iat"_s}) {
        if (!claims->contains(name))
            continue;
        const auto at = numericDate(*claims, name);
        if (!at)
            return malformed(u"The access token has an invalid time claim (%1)."_s.arg(name));
        if (*at > now + leeway) {
            return Error {u"token_not_yet_valid"_s,
                          u"The access token is not valid yet. Check the server's clock."_s,
                          {}};
        }
    }
    return *claims;
}

Result<QJsonObject> JwtCodec::verifyAccessToken(QStringView token,
                                                std::chrono::seconds maxLifetime) const
{
    auto claims = verify(token);
    if (!claims)
        return claims;
    const QJsonValue aud = claims->value(u"aud"_s);
    const QString audience = u"authenticated"_s;
    const bool ours = aud == QJsonValue(audience)
        || (aud.isArray() && aud.toArray().contains(QJsonValue(audience)));
    if (!ours)
        return Error {
            u"invalid_audience"_s, u"The access token is not meant for this server (aud)."_s, {}};
    const auto exp = wholeSeconds(claims.value(), u"exp"_s);
    const auto iat = wholeSeconds(claims.value(), u"iat"_s);
    if (!exp || !iat || (claims->contains(u"nbf"_s) && !wholeSeconds(claims.value(), u"nbf"_s)))
        return malformed(u"The access token's times (iat, exp, nbf) must be whole seconds."_s);
    if (*exp - *iat > maxLifetime.count())
        return Error {u"lifetime_too_long"_s,
                      u"The access token claims to live longer than this server issues "
                      "tokens for."_s,
                      {}};
    return claims;
}

} // namespace wedsync::server
