#pragma once
// Plain rows of the supplier compliance tables, as the compliance repositories read and write
// them; the figures and rules are core's (ComplianceProgress, ComplianceWorkflow).

#include "ComplianceProgress.h"
#include "ComplianceStatus.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync::server {

struct ComplianceTierRow
{
    ComplianceTierRule rule;
    QString organizationId;
    QString description;
    QStringList requirementIds; // in the tier's order
};

struct ComplianceRequirementRow
{
    QString id;
    QString organizationId;
    QString title;
    QString description;
    int points = 0;
    std::optional<int> dueDays; // from the supplier's initialization or the tier switch
    QString evidenceType; // document | certificate | rating | signature | link | none
};

// One supplier of one tenant. `id` is the supplier's user id (the paging key with
// initializedAt, newest first).
struct SupplierComplianceRow
{
    QString id;
    QString organizationId;
    QString displayName; // read from users
    QString email;
    QString role;
    QString tierId;
    QString status = QStringLiteral("active"); // active | inactive
    qint64 version = 1;
    ComplianceStats stats;
    bool advancementEligible = false;
    QDateTime initializedAt;
    QDateTime updatedAt;
    QDateTime deactivatedAt;
    QString deactivationReason;
};

struct RecordHistoryRow
{
    QString id;
    QString recordId;
    QString fromStatus; // empty for the first entry
    QString toStatus;
    QString source; // initialization | status_change | tier_switch | deactivation
    QString actorId;
    QString note;
    QDateTime occurredAt;
};

struct ComplianceRecordRow
{
    QString id;
    QString organizationId;
    QString supplierId;
    QString requirementId;
    RequirementStatus status = RequirementStatus::Pending;
    ReviewStatus reviewStatus = ReviewStatus::None;
    QString evidenceRef;
    QString submittedBy;
    QDateTime submittedAt;
    QString reviewerId;
    QDateTime reviewedAt;
    QString reviewNote;
    QDate dueDate;
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Read from the requirement.
    QString title;
    int points = 0;
    QString evidenceType;
    QString supplierName; // read from users, by awaitingReview() only
    QList<RecordHistoryRow> history; // oldest first; filled on request
};

struct TierHistoryRow
{
    QString id;
    QString fromTierId; // empty at initialization
    QString toTierId;
    QString reason; // initialization | tier_switch | role_change
    QString actorId;
    QDateTime occurredAt;
};

struct ComplianceNotificationRow
{
    QString id;
    QString organizationId;
    QString supplierId;
    QString kind; // requirement_submitted | requirement_approved | revision_required |
                  // tier_advancement_eligible
    QString recordId;
    QJsonObject details;
    QDateTime occurredAt;
};

} // namespace wedsync::server
