#include "ComplianceProgress.h"

#include <cmath>

namespace wedsync {

ComplianceStats computeComplianceStats(const QList<RequirementProgress> &records)
{
    ComplianceStats stats;
    for (const RequirementProgress &record : records) {
        if (!isCounted(record.status))
            continue;
        ++stats.total;
        stats.totalPoints += record.points;
        switch (record.status) {
        case RequirementStatus::Approved:
            ++stats.completed;
            stats.earnedPoints += record.points;
            break;
        case RequirementStatus::Draft:
        case RequirementStatus::InProgress:
        case RequirementStatus::Submitted:
        case RequirementStatus::RevisionRequired:
            ++stats.inProgress;
            break;
        case RequirementStatus::Pending:
            ++stats.pending;
            break;
        case RequirementStatus::Rejected:
            ++stats.rejected;
            break;
        case RequirementStatus::Inactive:
        case RequirementStatus::Legacy:
            break;
        }
    }
    if (stats.total > 0)
        stats.completionPercent = std::round(stats.completed * 1000.0 / stats.total) / 10.0;
    return stats;
}

AdvancementCheck checkAdvancement(const ComplianceTierRule &current,
                                  const QList<ComplianceTierRule> &tiers,
                                  const ComplianceStats &stats, bool supplierActive)
{
    AdvancementCheck check;
    check.currentTierId = current.id;
    check.supplierInactive = !supplierActive;
    check.completionPercent = stats.completionPercent;
    check.earnedPoints = stats.earnedPoints;
    for (const ComplianceTierRule &tier : tiers) {
        if (tier.level > current.level && (!check.nextTier || tier.level < check.nextTier->level))
            check.nextTier = tier;
    }
    if (!check.nextTier)
        return check;
    const ComplianceTierRule &next = *check.nextTier;
    check.requiredCompletionPercent = next.requiredCompletionPercent;
    check.requiredPoints = next.minimumPoints;
    // The smallest number of approvals whose share reaches the percentage, exactly.
    const qint64 approvalsRequired
        = stats.total > 0 ? (qint64(next.requiredCompletionPercent) * stats.total + 99) / 100 : 0;
    check.completionMet = stats.total > 0
        ? qint64(stats.completed) * 100 >= qint64(next.requiredCompletionPercent) * stats.total
        : next.requiredCompletionPercent <= 0;
    check.approvalsNeeded = int(qMax<qint64>(0, approvalsRequired - stats.completed));
    check.pointsMet = stats.earnedPoints >= next.minimumPoints;
    check.pointsNeeded = qMax(0, next.minimumPoints - stats.earnedPoints);
    check.eligible = supplierActive && check.completionMet && check.pointsMet;
    return check;
}

} // namespace wedsync
