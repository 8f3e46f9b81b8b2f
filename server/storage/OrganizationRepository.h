#pragma once
// Organizations (tenants): create, find and list, including the ones a user belongs to.

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

class OrganizationRepository
{
public:
    OrganizationRepository(Database &db, const Clock &clock);

    // Sets createdAt from the clock when it is not set; returns the stored row.
    Result<Organization> create(Organization organization);
    Result<std::optional<Organization>> find(const QString &id);
    Result<QList<Organization>> list(); // platform staff: all
    Result<QList<Organization>> listForUser(const QString &userId); // members: their own
    Result<qint64> count();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
