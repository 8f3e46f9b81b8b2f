#pragma once
// Encrypts secrets at rest (provider tokens, client secrets) with AES-256-GCM under a key kept
// in an owner-only key file. Sealed value: version byte | 12-byte random nonce | ciphertext+tag.

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wedsync::server {

class SecretBox
{
public:
    static constexpr char FormatVersion = 1;
    static constexpr qsizetype KeyBytes = 32;

    // Whether this CPU can run libsodium's AES-256-GCM (it needs AES-NI and PCLMUL).
    static bool isAvailable();

    // Reads the 32-byte key file, creating it (mode 0600, random) when absent. Error codes:
    // those of KeyFile, and aes_gcm_unavailable. We do not fall back to another cipher on
    // CPUs without AES-NI: secrets written there would be unreadable by a server on a
    // machine that expects AES-GCM and the data format would fork silently.
    static Result<SecretBox> loadOrCreate(const QString &keyPath);

    // A key held in memory. Error codes: key_wrong_size, aes_gcm_unavailable.
    static Result<SecretBox> fromKey(const QByteArray &key);

    // `associatedData` is authenticated but not stored: pass what the secret belongs to
    // (e.g. "integration:<id>:client_secret") and opening it under another row fails, so a
    // database writer cannot move one tenant's secret to another's row.
    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData = {}) const;

    // Error codes: secret_truncated, secret_unsupported_version, secret_tampered (altered,
    // wrong associated data or a different key).
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData = {}) const;

private:
    explicit SecretBox(QByteArray key)
        : m_key(std::move(key))
    { }

    QByteArray m_key;
};

} // namespace wedsync::server
