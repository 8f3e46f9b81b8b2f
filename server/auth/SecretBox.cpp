// AES-256-GCM secrets at rest.
#include "auth/SecretBox.h"

#include "auth/KeyFile.h"
#include "auth/Sodium.h"

#include <sodium.h>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
constexpr qsizetype kNonceBytes = crypto_aead_aes256gcm_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_aes256gcm_ABYTES;
constexpr qsizetype kHeaderBytes = 1 + kNonceBytes;

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Error unavailable()
{
    return Error {u"aes_gcm_unavailable"_s,
                  u"This computer's processor lacks the AES instructions needed to encrypt "
                  "stored secrets (AES-256-GCM). Run the server on a processor with AES-NI."_s,
                  {}};
}

// A random 96-bit nonce, from a per-thread pool filled a few kilobytes at a time: one getrandom
// call per 341 seals instead of one per seal. On a virtual machine that call costs six times the
// encryption, and a propagation seals a secret for each of thousands of tenants. Nonces are not
// secret; each pooled one is handed out once (the server forks only to exec a child, which never
// seals, so no two processes share a pool).
void randomNonce(unsigned char *nonce)
{
    thread_local std::array<unsigned char, kNonceBytes * 341> pool;
    thread_local std::size_t used = pool.size();
    if (used + kNonceBytes > pool.size()) {
        randombytes_buf(pool.data(), pool.size());
        used = 0;
    }
    std::memcpy(nonce, pool.data() + used, kNonceBytes);
    used += kNonceBytes;
}

// The version byte is authenticated together with the caller's associated data, so that a
// value cannot be relabelled as another format version without detection.
QByteArray fullAssociatedData(QByteArrayView associatedData)
{
    QByteArray ad;
    ad.reserve(1 + associatedData.size());
    ad.append(SecretBox::FormatVersion);
    ad.append(associatedData);
    return ad;
}
} // namespace

bool SecretBox::isAvailable()
{
    return Sodium::ensureInitialized() && crypto_aead_aes256gcm_is_available() == 1;
}

Result<SecretBox> SecretBox::loadOrCreate(const QString &keyPath)
{
    if (!isAvailable())
        return unavailable();
    auto key = KeyFile::loadOrCreate(keyPath, {KeyBytes, KeyBytes, KeyBytes});
    if (!key)
        return key.error();
    return SecretBox(std::move(key).value());
}

Result<SecretBox> SecretBox::fromKey(const QByteArray &key)
{
    if (!isAvailable())
        return unavailable();
    if (key.size() != KeyBytes) {
        return Error {
            u"key_wrong_size"_s,
            u"An encryption key must be exactly %1 bytes; got %2."_s.arg(KeyBytes).arg(key.size()),
            {}};
    }
    return SecretBox(key);
}

QByteArray SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    // A random 96-bit nonce per message. GCM breaks if a nonce repeats under one key; with
    // random nonces that stays negligible for well over a billion messages, while we store
    // a few secrets per integration and per configuration row.
    QByteArray out(kHeaderBytes + plaintext.size() + kTagBytes, '\0');
    auto *buffer = reinterpret_cast<unsigned char *>(out.data());
    buffer[0] = static_cast<unsigned char>(FormatVersion);
    unsigned char *nonce = buffer + 1;
    randomNonce(nonce);
    const QByteArray ad = fullAssociatedData(associatedData);
    unsigned long long written = 0;
    crypto_aead_aes256gcm_encrypt(buffer + kHeaderBytes, &written, bytesOf(plaintext),
                                  static_cast<unsigned long long>(plaintext.size()), bytesOf(ad),
                                  static_cast<unsigned long long>(ad.size()), nullptr, nonce,
                                  bytesOf(m_key));
    Q_ASSERT(qsizetype(written) == plaintext.size() + kTagBytes);
    return out;
}

Result<QByteArray> SecretBox::open(QByteArrayView sealed, QByteArrayView associatedData) const
{
    if (sealed.size() < kHeaderBytes + kTagBytes) {
        return Error {u"secret_truncated"_s,
                      u"The stored secret is too short to be an encrypted value; it was "
                      "damaged or never encrypted."_s,
                      {}};
    }
    if (sealed.front() != FormatVersion) {
        return Error {u"secret_unsupported_version"_s,
                      u"The stored secret uses encryption format %1, which this server does "
                      "not know. Was it written by a newer version?"_s.arg(
                          int(static_cast<unsigned char>(sealed.front()))),
                      {}};
    }
    const unsigned char *nonce = bytesOf(sealed) + 1;
    const QByteArrayView ciphertext = sealed.sliced(kHeaderBytes);
    const QByteArray ad = fullAssociatedData(associatedData);
    QByteArray plaintext(ciphertext.size() - kTagBytes, '\0');
    unsigned long long length = 0;
    if (crypto_aead_aes256gcm_decrypt(
            reinterpret_cast<unsigned char *>(plaintext.data()), &length, nullptr,
            bytesOf(ciphertext), static_cast<unsigned long long>(ciphertext.size()), bytesOf(ad),
            static_cast<unsigned long long>(ad.size()), nonce, bytesOf(m_key))
        != 0) {
        return Error {u"secret_tampered"_s,
                      u"The stored secret could not be decrypted: it was altered, belongs to "
                      "another record, or was encrypted with a different key."_s,
                      {}};
    }
    plaintext.resize(qsizetype(length));
    return plaintext;
}

} // namespace wedsync::server
