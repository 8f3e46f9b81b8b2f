#pragma once
// Signs and verifies access tokens as compact JWS with HS256 (RFC 7519/7515), in the shape
// Supabase issues them, so that realtime clients can present the same token.

#include "Clock.h"
#include "Result.h"
#include "auth/SigningKey.h"

#include <QJsonObject>
#include <QString>

#include <chrono>

namespace wedsync::server {

class JwtCodec
{
public:
    // Tolerated clock difference for exp/nbf/iat. Tokens are checked by the server that issued
    // them, so only a little is needed (other instances on other hosts, NTP steps).
    static constexpr std::chrono::seconds DefaultLeeway {10};
    // Longer strings are refused before any work: real tokens are a few hundred bytes.
    static constexpr qsizetype MaxTokenLength = 8192;

    // `clock` must outlive the codec.
    JwtCodec(SigningKey key, const Clock &clock, std::chrono::seconds leeway = DefaultLeeway);

    // Signs the claims exactly as given ({"alg":"HS256","typ":"JWT"} header).
    QString sign(const QJsonObject &claims) const;

    // An access token for a user session: `sub` = userId, `sid` = sessionId, `role` and `aud`
    // "authenticated" (as Supabase; `extraClaims` may set another role), `iat` = now,
    // `exp` = now + lifetime, `jti` = a fresh UUID. `extraClaims` cannot replace sub, sid,
    // iat, exp, nbf or jti.
    QString issue(const QString &userId, const QString &sessionId, std::chrono::seconds lifetime,
                  const QJsonObject &extraClaims = {}) const;

    // The claims of a token that is well-formed, HS256, signed with our key, carries `exp`
    // and is valid now. Error codes: malformed_token, unsupported_algorithm, bad_signature,
    // token_expired, token_not_yet_valid.
    Result<QJsonObject> verify(QStringView token) const;

    // verify() plus what an access token of ours must carry (RFC 8725 §3.9, §3.10): `aud`
    // "authenticated" (or a list holding it), whole-second `iat` and `exp` (and `nbf` if any),
    // and a lifetime exp − iat of at most `maxLifetime`, so that a token minted with a
    // leaked key cannot be made to live for years. Further error codes: invalid_audience,
    // lifetime_too_long; a missing or fractional time claim is malformed_token.
    Result<QJsonObject> verifyAccessToken(QStringView token,
                                          std::chrono::seconds maxLifetime) const;

private:
    QByteArray mac(QByteArrayView signingInput) const;

    SigningKey m_key;
    const Clock *m_clock;
    std::chrono::seconds m_leeway;
};

} // namespace wedsync::server
