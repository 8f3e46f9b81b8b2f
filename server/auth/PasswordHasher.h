#pragma once
// Argon2id password hashes (libsodium), stored as standard "$argon2id$v=19$m=...,t=...,p=1$..."
// strings. Stateless and thread-safe: verification may run on a worker thread.

#include "Result.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace wedsync::server {

class PasswordHasher
{
public:
    struct Cost
    {
        std::uint64_t opsLimit = 0; // Argon2 passes over memory
        std::size_t memLimit = 0; // bytes of memory per hash
        friend bool operator==(const Cost &, const Cost &) = default;
    };

    // libsodium's interactive limits (2 passes, 64 MiB): the production default.
    static Cost interactiveCost();
    // libsodium's minimum limits (1 pass, 8 KiB). Only for tests and for seeding demo data,
    // where hundreds of hashes would otherwise take minutes; never for real accounts.
    static Cost fastCost();

    static constexpr qsizetype MaxPasswordBytes = 1024;

    explicit PasswordHasher(Cost cost = interactiveCost());

    Cost cost() const { return m_cost; }

    // Error codes: password_empty, password_too_long, crypto_unavailable, password_hash_failed
    // (the server could not reserve the memory Argon2 needs).
    Result<QString> hash(const QString &password) const;

    // False for a wrong password and for anything that is not a hash we can check (logged,
    // because a stored hash should never be corrupt).
    bool verify(const QString &password, const QString &storedHash) const;

    // True when the stored hash is weaker than (or just different from) this hasher's cost or
    // is not Argon2id: after a successful login the caller re-hashes and stores the result.
    bool needsRehash(const QString &storedHash) const;

    // Spends the same time as verify() against a real account. The login handler calls it
    // for unknown e-mail addresses so that timing does not reveal which accounts exist.
    void verifyDummy(const QString &password) const;

private:
    Cost m_cost;
};

} // namespace wedsync::server
