#pragma once
// The server's HMAC key for access tokens (JWT HS256), read from an owner-only key file.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace wedsync::server {

class SigningKey
{
public:
    // RFC 7518 §3.2: an HS256 key must be at least as long as the hash output (32 bytes).
    static constexpr qsizetype MinBytes = 32;
    static constexpr qsizetype MaxBytes = 4096;
    static constexpr qsizetype NewKeyBytes = 32;

    // Reads the key file, creating it (mode 0600, 32 random bytes) when absent. The file's
    // bytes are the key as they are, so an operator may install a shared secret (for example
    // the JWT secret of a Supabase project) instead. Error codes: see KeyFile.
    static Result<SigningKey> loadOrCreate(const QString &path);

    // A key held in memory, e.g. from a test. Error code: key_too_short.
    static Result<SigningKey> fromBytes(const QByteArray &bytes);

    const QByteArray &bytes() const { return m_bytes; }

private:
    explicit SigningKey(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }

    QByteArray m_bytes;
};

} // namespace wedsync::server
