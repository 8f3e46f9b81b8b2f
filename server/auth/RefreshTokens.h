#pragma once
// Opaque refresh tokens: random strings given to the client once, stored only as hashes.

#include <QByteArrayView>
#include <QString>

namespace wedsync::server {

class RefreshTokens
{
public:
    static constexpr qsizetype TokenBytes = 32;
    static constexpr qsizetype TokenLength = 43; // base64url of 32 bytes, no padding

    // 32 random bytes from libsodium, base64url without padding.
    static QString generate();

    // Whether `token` has the shape generate() produces; lets the HTTP layer answer garbage
    // with 401 without a database lookup.
    static bool isWellFormed(QStringView token);

    // The value to store and to look a presented token up by: SHA-256 as 64 lower-case hex
    // digits. Empty for a token that is not well-formed.
    static QString hashForStorage(QStringView token);

    // Compares without revealing, through its duration, where two values first differ.
    // Different lengths compare unequal (a length is not a secret).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
    static bool constantTimeEquals(QStringView a, QStringView b);
};

} // namespace wedsync::server
