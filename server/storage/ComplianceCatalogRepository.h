#pragma once
// A tenant's compliance catalog: its tiers (with their requirements), the requirements and
// the tier each role starts in. Written by the demo seed; the API reads it.

#include "Clock.h"
#include "storage/ComplianceRows.h"
#include "storage/Database.h"

#include <QHash>

namespace wedsync::server {

class ComplianceCatalogRepository
{
public:
    ComplianceCatalogRepository(Database &db, const Clock &clock);

    // Lowest level first, each with its requirement ids.
    Result<QList<ComplianceTierRow>> tiers(const QString &organizationId);
    // In title order.
    Result<QList<ComplianceRequirementRow>> requirements(const QString &organizationId);
    // role name → tier id.
    Result<QHash<QString, QString>> roleTiers(const QString &organizationId);

    // Also links the tier's requirement ids (in order); create the requirements first.
    Status createTier(const ComplianceTierRow &tier);
    Status createRequirement(const ComplianceRequirementRow &requirement);
    Status setRoleTier(const QString &organizationId, const QString &role, const QString &tierId);

private:
    Database &m_db;
    const Clock &m_clock;
};

// The tier of `tiers` with this id or name, if any.
const ComplianceTierRow *findTier(const QList<ComplianceTierRow> &tiers, const QString &idOrName);
QList<ComplianceTierRule> tierRules(const QList<ComplianceTierRow> &tiers);

} // namespace wedsync::server
