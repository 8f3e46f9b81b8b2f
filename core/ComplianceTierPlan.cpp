#include "ComplianceTierPlan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

std::optional<ComplianceTierRule> initialTierFor(const QString &role,
                                                 const QHash<QString, QString> &mappings,
                                                 const QList<ComplianceTierRule> &tiers)
{
    const QString mapped = mappings.value(role);
    std::optional<ComplianceTierRule> basic;
    std::optional<ComplianceTierRule> lowest;
    for (const ComplianceTierRule &tier : tiers) {
        if (!mapped.isEmpty() && tier.id == mapped)
            return tier;
        if (tier.name == u"basic"_s)
            basic = tier;
        if (!lowest || tier.level < lowest->level)
            lowest = tier;
    }
    return basic ? basic : lowest;
}

TierSwitchPlan planTierSwitch(const QList<SupplierRequirementState> &records,
                              const QStringList &newTierRequirementIds)
{
    TierSwitchPlan plan;
    for (const QString &requirementId : newTierRequirementIds) {
        const auto record = std::find_if(records.cbegin(), records.cend(), [&](const auto &r) {
            return r.requirementId == requirementId;
        });
        if (record == records.cend())
            plan.added << requirementId;
        else if (record->status == RequirementStatus::Legacy)
            plan.reopened << requirementId;
        else
            plan.kept << requirementId;
    }
    for (const SupplierRequirementState &record : records) {
        if (isCounted(record.status) && !newTierRequirementIds.contains(record.requirementId))
            plan.legacy << record.requirementId;
    }
    return plan;
}

std::optional<ComplianceTierRule> tierAfterRoleChange(const QString &oldRole,
                                                      const QString &newRole,
                                                      const QHash<QString, QString> &mappings,
                                                      const QList<ComplianceTierRule> &tiers)
{
    const auto before = initialTierFor(oldRole, mappings, tiers);
    const auto after = initialTierFor(newRole, mappings, tiers);
    if (!after || (before && before->id == after->id))
        return std::nullopt;
    return after;
}

QStringList recordsToDeactivate(const QList<SupplierRequirementState> &records)
{
    QStringList out;
    for (const SupplierRequirementState &record : records) {
        if (isCounted(record.status))
            out << record.requirementId;
    }
    return out;
}

} // namespace wedsync
