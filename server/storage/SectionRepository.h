#pragma once
// Section configurations of an organization (organization-wide or per wedding), versioned.
// Every call takes the organization id: another tenant's section is "not found".

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

// Which sections SectionRepository::list() returns.
struct SectionScope
{
    enum class Kind { All, OrganizationWide, Wedding };
    Kind kind = Kind::All;
    QString weddingId; // for Kind::Wedding

    // One dashboard's sections: the organization's default ones (no wedding) or one wedding's.
    static SectionScope ofDashboard(const QString &weddingId)
    {
        return {weddingId.isEmpty() ? Kind::OrganizationWide : Kind::Wedding, weddingId};
    }
};

// One row of section_configurations as read, before it is decoded into a record.
class StoredSection
{
public:
    // All of the row's columns in one string: rows with equal keys decode to equal records, so
    // what a caller makes of the row alone may be kept under its key.
    QString key() const;
    Result<SectionRecord> decode() const;

private:
    friend class SectionRepository;
    QVariantList m_columns;
};

class SectionRepository
{
public:
    using Scope = SectionScope;

    SectionRepository(Database &db, const Clock &clock);

    // Stores `version` (1 for a new section; a restored one continues above its old versions)
    // with created/updated timestamps from the clock. The wedding (if any) must belong to the
    // same organization (enforced by a foreign key).
    Result<SectionRecord> create(SectionConfig section, qint64 version = 1);
    Result<std::optional<SectionRecord>> find(const QString &organizationId, const QString &id);
    // The organization a section belongs to, for routes that name only the section
    // (/sections/{id}); the caller must then check that it may see that organization.
    Result<std::optional<QString>> organizationOf(const QString &id);
    // Ordered by position, then type.
    Result<QList<SectionRecord>> list(const QString &organizationId, const Scope &scope = {});
    // The same rows, not yet decoded.
    Result<QList<StoredSection>> listStored(const QString &organizationId, const Scope &scope = {});

    // Optimistic concurrency: writes only if the stored version is `expectedVersion`, then
    // bumps it. Fails with "not_found" or "version_conflict" (the caller re-reads for a 412).
    Result<SectionRecord> update(const SectionConfig &section, qint64 expectedVersion);
    Status remove(const QString &organizationId, const QString &id, qint64 expectedVersion);

private:
    Status explainMiss(const QString &organizationId, const QString &id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
