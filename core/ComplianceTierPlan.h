#pragma once
// What happens to a supplier's records when their tier is chosen: at initialization from
// their role, on a tier switch, on a role change and on deactivation.

#include "ComplianceProgress.h"
#include "ComplianceStatus.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace wedsync {

// The tier a role starts in: its mapping, else the tier named "basic", else the lowest level.
// Nothing only when there are no tiers. `mappings`: role name → tier id.
std::optional<ComplianceTierRule> initialTierFor(const QString &role,
                                                 const QHash<QString, QString> &mappings,
                                                 const QList<ComplianceTierRule> &tiers);

// One of a supplier's existing records, by requirement.
struct SupplierRequirementState
{
    QString requirementId;
    RequirementStatus status = RequirementStatus::Pending;
};

// A tier switch's effect on the records. History is never dropped: records only change status.
struct TierSwitchPlan
{
    QStringList added; // the new tier's requirements the supplier had no record of: new, pending
    QStringList reopened; // legacy records the new tier asks for again: back to pending
    QStringList kept; // in both tiers: unchanged
    QStringList legacy; // counted records the new tier does not ask for: become legacy
    bool isEmpty() const { return added.isEmpty() && reopened.isEmpty() && legacy.isEmpty(); }
};

// `newTierRequirementIds` in the tier's order; the plan's lists keep that order (legacy: the
// records' order).
TierSwitchPlan planTierSwitch(const QList<SupplierRequirementState> &records,
                              const QStringList &newTierRequirementIds);

// After a role change: the tier to switch to when the new role starts in another tier than the
// old one did (the seed's rule), else nothing.
std::optional<ComplianceTierRule> tierAfterRoleChange(const QString &oldRole,
                                                      const QString &newRole,
                                                      const QHash<QString, QString> &mappings,
                                                      const QList<ComplianceTierRule> &tiers);

// On deactivation every counted record becomes inactive; these are the requirement ids.
QStringList recordsToDeactivate(const QList<SupplierRequirementState> &records);

} // namespace wedsync
