#pragma once
// Supplier compliance as the API changes it. Every operation is one AuditedTransaction: the
// change, the records' status history, the recalculated figures, the tier history, the
// notifications and the audit rows commit together or not at all, and their row changes reach
// the tenant's topics and the supplier's user:<id> only after the commit. The rules are core's
// (ComplianceWorkflow, ComplianceProgress, ComplianceTierPlan).

#include "ComplianceTierPlan.h"
#include "ComplianceWorkflow.h"
#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"
#include "storage/ComplianceRows.h"

namespace wedsync::server {

class Operator;
class Database;

// What an operation left behind, for the answer.
struct ComplianceOutcome
{
    SupplierComplianceRow supplier;
    QString tierName;
    AdvancementCheck advancement;
    std::optional<ComplianceRecordRow> record; // a status change
    TierSwitchPlan plan; // a tier switch (also a role change's)
    QList<ComplianceNotificationRow> notifications;
    QList<QString> revokedWeddingIds; // a deactivation
    bool changed = true; // false: a recalculation found the figures right
};

struct StatusChangeRequest
{
    QString organizationId;
    QString supplierId;
    QString requirementId;
    IfMatch ifMatch;
    RequirementStatus status = RequirementStatus::Pending;
    QString note; // required for revision_required and rejected
    std::optional<QString> evidenceRef;
};

struct SupplierChangeRequest
{
    QString organizationId;
    QString supplierId;
    IfMatch ifMatch; // the supplier's version
    QString tier; // switch: the tier's id or name
    QString role; // role change
    QString reason; // switch (optional), deactivation (required)
    bool dryRun = false; // switch: the plan only, nothing written
};

class ComplianceService
{
public:
    static QString supplierEntity() { return QStringLiteral("supplier_compliance"); }
    static QString recordEntity() { return QStringLiteral("compliance_record"); }

    ComplianceService(Database &db, const Clock &clock, const ChangeNotifier &notifier);

    // Errors: not_found, version_conflict, forbidden, own_submission, invalid_transition,
    // record_closed, validation_failed (note).
    Result<ComplianceOutcome> changeStatus(const Operator &caller, const MutationActor &actor,
                                           const StatusChangeRequest &change);
    // Errors: not_found, version_conflict, supplier_inactive, validation_failed (tier).
    Result<ComplianceOutcome> switchTier(const MutationActor &actor,
                                         const SupplierChangeRequest &change);
    // The supplier's member role decides the tier; records for its requirements, pending.
    // Errors: not_found (no such member), not_a_supplier, already_initialized.
    Result<ComplianceOutcome> initialize(const MutationActor &actor, const QString &organizationId,
                                         const QString &supplierId);
    // Changes the supplier's member role (vendor or photographer) and switches to the new
    // role's initial tier when it differs. Errors: as switchTier, validation_failed (role).
    Result<ComplianceOutcome> changeRole(const MutationActor &actor,
                                         const SupplierChangeRequest &change);
    // Records become inactive (kept), the supplier inactive, their wedding access revoked.
    Result<ComplianceOutcome> deactivate(const MutationActor &actor,
                                         const SupplierChangeRequest &change);
    // Recomputes the stored figures from the records; writes (and audits) only a difference.
    Result<ComplianceOutcome> recalculate(const MutationActor &actor, const QString &organizationId,
                                          const QString &supplierId);
    // Reads only.
    Result<ComplianceOutcome> advancement(const QString &organizationId, const QString &supplierId);

    // The supplier as the API shows it (with its tier's name); nothing when there is none.
    Result<std::optional<QJsonObject>> supplierJson(const QString &organizationId,
                                                    const QString &supplierId);

private:
    struct Context;
    Result<Context> load(const QString &organizationId, const QString &supplierId);
    // An existing supplier for a change: not_found; version_conflict unless `ifMatch` (when
    // given) names its version; supplier_inactive when `mustBeActive`.
    Result<Context> loadForChange(const QString &organizationId, const QString &supplierId,
                                  const IfMatch *ifMatch, bool mustBeActive = true);
    // Writes the supplier's audit row (the operation's last statement) and commits.
    Result<ComplianceOutcome> finish(AuditedTransaction &tx, const Context &context,
                                     const QString &action,
                                     const std::optional<QJsonObject> &before,
                                     const QJsonObject &after, ComplianceOutcome outcome);
    // Recomputes figures and eligibility, writes the supplier row (bumping its version) and
    // announces it; adds tier_advancement_eligible when the supplier just became eligible.
    Status refresh(AuditedTransaction &tx, Context &context, ComplianceOutcome *outcome);
    // Adds, reopens and retires records for a move to `tierId`, with the tier history entry.
    Status applyTierSwitch(AuditedTransaction &tx, Context &context, const QString &tierId,
                           const QString &reason, const MutationActor &actor,
                           ComplianceOutcome *outcome);
    Status notify(AuditedTransaction &tx, const Context &context, const QString &kind,
                  const QString &recordId, const QJsonObject &details, ComplianceOutcome *outcome);
    void announceRecord(AuditedTransaction &tx, const ComplianceRecordRow &before,
                        const ComplianceRecordRow &after);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
};

} // namespace wedsync::server
