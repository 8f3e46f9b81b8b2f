#pragma once
// The wire shapes of a supplier's compliance figures and advancement check, written by the
// server and read by the console (camelCase).

#include "ComplianceProgress.h"
#include "Result.h"

#include <QJsonObject>

namespace wedsync {

// {total, completed, inProgress, pending, rejected, totalPoints, earnedPoints,
//  completionPercent}
QJsonObject complianceStatsToJson(const ComplianceStats &stats);
Result<ComplianceStats> complianceStatsFromJson(const QJsonObject &object);

// {id, name, level, requiredCompletionPercent, minimumPoints}
QJsonObject complianceTierRuleToJson(const ComplianceTierRule &tier);
Result<ComplianceTierRule> complianceTierRuleFromJson(const QJsonObject &object);

// {currentTierId, nextTier: tier | null, eligible, supplierInactive,
//  current: {completionPercent, points}, required: {completionPercent, points},
//  missing: {approvals, points}, completionMet, pointsMet}
QJsonObject advancementCheckToJson(const AdvancementCheck &check);
Result<AdvancementCheck> advancementCheckFromJson(const QJsonObject &object);

} // namespace wedsync
