#pragma once
// PKCE (RFC 7636) for the OAuth 2.0 authorization code flow: the S256 code challenge of a code
// verifier, and whether a verifier is well formed (43–128 unreserved characters). Pure: the
// random verifier itself is made by the server from the system's random source.

#include <QByteArray>

namespace wedsync::crm {

// BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2, method S256).
QByteArray pkceChallenge(const QByteArray &verifier);
// A verifier of 43 to 128 characters of [A-Z] [a-z] [0-9] - . _ ~ (RFC 7636 §4.1).
bool isPkceVerifier(const QByteArray &verifier);
// The verifier for 32 random octets: their base64url form without padding (43 characters).
QByteArray pkceVerifierFromBytes(const QByteArray &octets);

} // namespace wedsync::crm
