#pragma once
// RAII transaction: rolls back unless commit() succeeded. Nested ones join the outer one.
//
// A nested Transaction that is destroyed without commit() marks the outer one rollback-only,
// so a failing inner step can never be committed half-done by its caller.

#include "storage/Database.h"

namespace wedsync::server {

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False if BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    Status commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_active = false;
    Error m_error;
};

} // namespace wedsync::server
