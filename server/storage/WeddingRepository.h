#pragma once
// Weddings of an organization and who has access to which wedding. Every read and write is
// scoped by the organization id, so another tenant's wedding is simply not found.

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

class WeddingRepository
{
public:
    WeddingRepository(Database &db, const Clock &clock);

    Result<Wedding> create(Wedding wedding);
    Result<std::optional<Wedding>> find(const QString &organizationId, const QString &weddingId);
    // Ordered by date, soonest first.
    Result<QList<Wedding>> list(const QString &organizationId);

    // The wedding must belong to `organizationId`; otherwise nothing is written ("not_found").
    Status grantAccess(const QString &organizationId, const WeddingAccess &access);
    Result<QList<WeddingAccess>> accessOf(const QString &organizationId, const QString &userId);
    // Every member's access to the organization's weddings, by user, soonest wedding first.
    Result<QList<WeddingAccess>> accessIn(const QString &organizationId);
    // The organization of a wedding; empty when there is no such wedding (or `weddingId` is
    // not a UUID).
    Result<QString> organizationOf(const QString &weddingId);
    // Removes a user's access to every wedding of the organization; returns what it was.
    Result<QList<WeddingAccess>> revokeAccess(const QString &organizationId, const QString &userId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
