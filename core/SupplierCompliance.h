#pragma once
// A supplier's compliance as the console reads it from the server: the supplier with tier and
// figures, their requirement records with status history, the organization's tiers, and the
// plan of a tier switch (server/README.md, "Supplier compliance").

#include "ComplianceProgress.h"
#include "ComplianceStatus.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

// A supplier of an organization (a vendor or photographer) with their tier and figures.
struct SupplierSummary
{
    QString id; // the supplier's user id
    QString organizationId;
    QString displayName;
    QString email;
    QString role; // "vendor", "photographer"
    QString tierId;
    QString tierName; // "basic", "verified", "premier"
    bool active = true;
    qint64 version = 1;
    ComplianceStats stats;
    bool advancementEligible = false;
    QDateTime updatedAt; // UTC
    QString deactivationReason;
    friend bool operator==(const SupplierSummary &, const SupplierSummary &) = default;
};

// One step of a record's status history.
struct RecordStep
{
    std::optional<RequirementStatus> from; // none for the first entry
    RequirementStatus to = RequirementStatus::Pending;
    QString source; // "initialization", "status_change", "tier_switch", ...
    QString actorId;
    QString note;
    QDateTime at; // UTC
    friend bool operator==(const RecordStep &, const RecordStep &) = default;
};

// One requirement of one supplier, where it stands in the review workflow.
struct RequirementRecord
{
    QString id;
    QString organizationId;
    QString supplierId;
    QString supplierName; // in the review queue only
    QString requirementId;
    QString title;
    int points = 0;
    QString evidenceType;
    RequirementStatus status = RequirementStatus::Pending;
    ReviewStatus reviewStatus = ReviewStatus::None;
    QString evidenceRef;
    QString submittedBy;
    QDateTime submittedAt;
    QString reviewerId;
    QDateTime reviewedAt;
    QString reviewNote;
    QDate dueDate; // invalid: none
    qint64 version = 1;
    QDateTime updatedAt;
    QList<RecordStep> history; // oldest first; empty when the answer had none
    friend bool operator==(const RequirementRecord &, const RequirementRecord &) = default;
};

// A tier of the organization with the requirements it holds.
struct ComplianceTier
{
    ComplianceTierRule rule;
    QString description;
    QStringList requirementIds;
    friend bool operator==(const ComplianceTier &, const ComplianceTier &) = default;
};

// What a tier switch does to a supplier's requirements (ids of requirements).
struct TierSwitchPreview
{
    QStringList added; // new, pending
    QStringList reopened; // legacy before, counted again
    QStringList kept;
    QStringList legacy; // only in the old tier: kept with their history, not counted
    friend bool operator==(const TierSwitchPreview &, const TierSwitchPreview &) = default;
};

Result<SupplierSummary> supplierSummaryFromJson(const QJsonObject &object);
Result<RequirementRecord> requirementRecordFromJson(const QJsonObject &object);
Result<ComplianceTier> complianceTierFromJson(const QJsonObject &object);
TierSwitchPreview tierSwitchPreviewFromJson(const QJsonObject &plan);

} // namespace wedsync
