#pragma once
// JSON Schemas of the supplier compliance routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds ComplianceTier, ComplianceTierList, ComplianceRequirement, ComplianceRequirementList,
// ComplianceStats, AdvancementCheck, SupplierCompliance, SupplierCompliancePage,
// SupplierComplianceDetail, ComplianceRecord, ComplianceRecordList, ComplianceNotification,
// ComplianceNotificationPage, ComplianceStatusChange, ComplianceStatusResult,
// ComplianceTierSwitch, ComplianceRoleChange, ComplianceDeactivation, ComplianceResult and
// MyCompliance to `schemas`.
void addComplianceSchemas(QJsonObject *schemas);

} // namespace wedsync::server
