// Argon2id password hashes via libsodium.
#include "auth/PasswordHasher.h"

#include "auth/AuthLogging.h"
#include "auth/Sodium.h"

#include <QMutex>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
// NFC so that the same password typed on two systems that compose accents differently
// (precomposed "é" vs "e" + combining accent) hashes the same. Changing this would lock
// every user out, so it is part of the stored-hash format.
QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

class WipedBytes
{
public:
    explicit WipedBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    ~WipedBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    WipedBytes(const WipedBytes &) = delete;
    WipedBytes &operator=(const WipedBytes &) = delete;
    const QByteArray &get() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

constexpr QLatin1StringView kArgon2idPrefix("$argon2id$");
} // namespace

PasswordHasher::Cost PasswordHasher::interactiveCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::fastCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{
    Sodium::ensureInitialized();
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (password.isEmpty())
        return Error {u"password_empty"_s, u"The password must not be empty."_s, {}};
    const WipedBytes bytes(passwordBytes(password));
    if (bytes.get().size() > MaxPasswordBytes) {
        return Error {
            u"password_too_long"_s,
            u"The password is too long: at most %1 bytes are allowed."_s.arg(MaxPasswordBytes),
            {}};
    }
    if (!Sodium::ensureInitialized())
        return Error {u"crypto_unavailable"_s, u"The cryptography library is unavailable."_s, {}};

    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, bytes.get().constData(),
                              static_cast<unsigned long long>(bytes.get().size()), m_cost.opsLimit,
                              m_cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCWarning(lcAuth) << "Argon2id hashing failed; memory limit" << m_cost.memLimit;
        return Error {u"password_hash_failed"_s,
                      u"The password could not be hashed because the server is short of "
                      "memory. Try again in a moment."_s,
                      {}};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash) const
{
    if (password.isEmpty() || !Sodium::ensureInitialized())
        return false;
    const WipedBytes bytes(passwordBytes(password));
    // A longer password can never have been stored; refusing it early also keeps attackers
    // from making us hash megabytes.
    if (bytes.get().size() > MaxPasswordBytes)
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES
        || !stored.startsWith("$argon2")) {
        qCWarning(lcAuth, "a stored password hash is not an Argon2 hash; the login is refused");
        return false;
    }
    return crypto_pwhash_str_verify(stored.constData(), bytes.get().constData(),
                                    static_cast<unsigned long long>(bytes.get().size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    // libsodium's check compares the parameters but accepts Argon2i hashes with the same
    // parameters; we want every hash moved to Argon2id.
    if (!storedHash.startsWith(kArgon2idPrefix))
        return true;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES || !Sodium::ensureInitialized())
        return true;
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit, m_cost.memLimit)
        != 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    // One hash per cost, made on first use. It must use this hasher's cost or the timing
    // would differ from a real verification, which is the whole point of calling this.
    static QMutex mutex;
    static QList<std::pair<Cost, QString>> dummies;
    QString dummy;
    {
        QMutexLocker lock(&mutex);
        for (const auto &[cost, hashed] : std::as_const(dummies)) {
            if (cost == m_cost)
                dummy = hashed;
        }
        if (dummy.isEmpty()) {
            QByteArray random(32, '\0');
            randombytes_buf(random.data(), size_t(random.size()));
            auto made = hash(QString::fromLatin1(random.toHex()));
            if (!made)
                return;
            dummy = made.value();
            dummies.append({m_cost, dummy});
        }
    }
    (void)verify(password, dummy);
}

} // namespace wedsync::server
