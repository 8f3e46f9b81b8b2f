#pragma once
// The JSON of supplier compliance on the wire: REST (camelCase) and the realtime row changes
// (the same objects with snake_case keys), written by one function per shape.

#include "ComplianceTierPlan.h"
#include "storage/ComplianceRows.h"

#include <QJsonObject>

namespace wedsync::server::compliancejson {

// {id, organizationId, name, description, level, requiredCompletionPercent, minimumPoints,
//  requirementIds}
QJsonObject tier(const ComplianceTierRow &tier);
// {id, organizationId, title, description, points, dueDays, evidenceType}
QJsonObject requirement(const ComplianceRequirementRow &requirement);
// {id (the supplier's user id), organizationId, displayName, email, role, tierId, tierName,
//  status, version, stats, advancementEligible, initializedAt, updatedAt, deactivatedAt,
//  deactivationReason}
QJsonObject supplier(const SupplierComplianceRow &row, const QString &tierName);
// {id, organizationId, supplierId, requirementId, title, points, evidenceType, status,
//  reviewStatus, evidenceRef, submittedBy, submittedAt, reviewerId, reviewedAt, reviewNote,
//  dueDate, version, createdAt, updatedAt[, history: [{fromStatus, toStatus, source, actorId,
//  note, occurredAt}]]}
QJsonObject record(const ComplianceRecordRow &record, bool withHistory);
// {id, fromTierId, toTierId, reason, actorId, occurredAt}
QJsonObject tierHistory(const TierHistoryRow &entry);
// {id, organizationId, supplierId, kind, recordId, details, occurredAt}
QJsonObject notification(const ComplianceNotificationRow &notification);
// {added, reopened, kept, legacy}: requirement ids
QJsonObject tierSwitchPlan(const TierSwitchPlan &plan);

// A REST object as a realtime row: top-level keys in snake_case ("supplierId" → "supplier_id"),
// and user_id = the supplier (a supplier's own id, or supplierId), so that the hub also
// publishes it on user:<supplier id>.
QJsonObject asRow(const QJsonObject &object);

} // namespace wedsync::server::compliancejson
