// Opaque refresh tokens.
#include "auth/RefreshTokens.h"

#include "auth/Base64Url.h"
#include "auth/Sodium.h"

#include <QByteArray>

#include <sodium.h>

namespace wedsync::server {

QString RefreshTokens::generate()
{
    // Without a working random source there must be no token at all; an abort is better
    // than a guessable one (libsodium aborts itself in that case too).
    if (!Sodium::ensureInitialized())
        qFatal("libsodium is unavailable; cannot create refresh tokens");
    QByteArray bytes(TokenBytes, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token = QString::fromLatin1(Base64Url::encode(bytes));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return token;
}

bool RefreshTokens::isWellFormed(QStringView token)
{
    if (token.size() != TokenLength)
        return false;
    for (const QChar c : token) {
        if (c.unicode() > 0x7f)
            return false;
    }
    const auto bytes = Base64Url::decode(token.toLatin1());
    return bytes && bytes->size() == TokenBytes;
}

QString RefreshTokens::hashForStorage(QStringView token)
{
    if (!isWellFormed(token) || !Sodium::ensureInitialized())
        return {};
    // No salt and no slow hash, unlike passwords: a token has 256 bits of randomness, so
    // neither precomputed tables nor brute force can recover it from a leaked hash. An
    // unsalted hash is also what lets the server find the session by its hash in one
    // indexed lookup. Looking it up by equality in the database is not a timing leak either:
    // an attacker cannot steer the SHA-256 of a guess towards a stored value.
    const QByteArray text = token.toLatin1();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(text.constData()),
                       static_cast<unsigned long long>(text.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

bool RefreshTokens::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size() || !Sodium::ensureInitialized())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool RefreshTokens::constantTimeEquals(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    return constantTimeEquals(QByteArrayView(reinterpret_cast<const char *>(a.utf16()),
                                             a.size() * qsizetype(sizeof(char16_t))),
                              QByteArrayView(reinterpret_cast<const char *>(b.utf16()),
                                             b.size() * qsizetype(sizeof(char16_t))));
}

} // namespace wedsync::server
