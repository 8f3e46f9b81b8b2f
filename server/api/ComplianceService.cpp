#include "api/ComplianceService.h"

#include "ComplianceTierPlan.h"
#include "api/ComplianceWire.h"
#include "api/Operator.h"
#include "storage/ComplianceCatalogRepository.h"
#include "storage/ComplianceNotificationRepository.h"
#include "storage/ComplianceRecordRepository.h"
#include "storage/SupplierComplianceRepository.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QStringList SupplierRoles {u"vendor"_s, u"photographer"_s};

Error notFoundError(const QString &what)
{
    return Error {u"not_found"_s, u"%1 was not found."_s.arg(what), {}};
}

Error fieldError(const QString &field, const QString &message)
{
    return Error {u"validation_failed"_s, message, {{field, message}}};
}

Error staleSupplier(const SupplierComplianceRow &current)
{
    return Error {u"version_conflict"_s,
                  u"The supplier was changed by someone else (now at version %1); reload and "
                  "try again."_s.arg(current.version),
                  {}};
}

Error inactive()
{
    return Error {u"supplier_inactive"_s,
                  u"The supplier is inactive; their records are kept but no longer change."_s,
                  {}};
}

} // namespace

struct ComplianceService::Context
{
    SupplierComplianceRow original; // as loaded (empty id for a new supplier)
    SupplierComplianceRow supplier; // as the operation leaves it
    QList<ComplianceRecordRow> records;
    QList<ComplianceTierRow> tiers;
    QList<ComplianceRequirementRow> requirements;
    QHash<QString, QString> roleTiers;

    QString tierName(const QString &tierId) const
    {
        const ComplianceTierRow *tier = findTier(tiers, tierId);
        return tier ? tier->rule.name : QString();
    }
    QJsonObject supplierJson(const SupplierComplianceRow &row) const
    {
        return compliancejson::supplier(row, tierName(row.tierId));
    }
    QList<SupplierRequirementState> states() const
    {
        QList<SupplierRequirementState> out;
        for (const ComplianceRecordRow &record : records)
            out << SupplierRequirementState {record.requirementId, record.status};
        return out;
    }
    ComplianceRecordRow *record(const QString &requirementId)
    {
        for (ComplianceRecordRow &record : records) {
            if (record.requirementId == requirementId)
                return &record;
        }
        return nullptr;
    }
    AdvancementCheck check(const ComplianceStats &stats) const
    {
        const ComplianceTierRow *tier = findTier(tiers, supplier.tierId);
        return checkAdvancement(tier ? tier->rule : ComplianceTierRule {}, tierRules(tiers), stats,
                                supplier.status == u"active"_s);
    }
    ComplianceStats stats() const
    {
        QList<RequirementProgress> progress;
        for (const ComplianceRecordRow &record : records)
            progress << RequirementProgress {record.status, record.points};
        return computeComplianceStats(progress);
    }
};

ComplianceService::ComplianceService(Database &db, const Clock &clock,
                                     const ChangeNotifier &notifier)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
{ }

Result<ComplianceService::Context> ComplianceService::loadForChange(const QString &organizationId,
                                                                    const QString &supplierId,
                                                                    const IfMatch *ifMatch,
                                                                    bool mustBeActive)
{
    auto loaded = load(organizationId, supplierId);
    if (!loaded)
        return loaded.error();
    const SupplierComplianceRow &supplier = loaded->original;
    if (supplier.id.isEmpty())
        return notFoundError(u"The supplier"_s);
    if (ifMatch && !ifMatch->matches(supplier.version))
        return staleSupplier(supplier);
    if (mustBeActive && supplier.status != u"active"_s)
        return inactive();
    return loaded;
}

Result<ComplianceOutcome> ComplianceService::finish(AuditedTransaction &tx, const Context &context,
                                                    const QString &action,
                                                    const std::optional<QJsonObject> &before,
                                                    const QJsonObject &after,
                                                    ComplianceOutcome outcome)
{
    // The audit row comes last: a failure there undoes everything before it.
    if (auto audited = tx.audit(context.supplier.organizationId, supplierEntity(),
                                context.supplier.id, action, before, after);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<ComplianceService::Context> ComplianceService::load(const QString &organizationId,
                                                           const QString &supplierId)
{
    Context context;
    ComplianceCatalogRepository catalog(m_db, m_clock);
    auto tiers = catalog.tiers(organizationId);
    if (!tiers)
        return tiers.error();
    context.tiers = tiers.value();
    auto requirements = catalog.requirements(organizationId);
    if (!requirements)
        return requirements.error();
    context.requirements = requirements.value();
    auto roleTiers = catalog.roleTiers(organizationId);
    if (!roleTiers)
        return roleTiers.error();
    context.roleTiers = roleTiers.value();
    auto supplier = SupplierComplianceRepository(m_db, m_clock).find(organizationId, supplierId);
    if (!supplier)
        return supplier.error();
    if (!supplier->has_value())
        return context;
    context.original = context.supplier = supplier->value();
    auto records
        = ComplianceRecordRepository(m_db, m_clock).forSupplier(organizationId, supplierId, false);
    if (!records)
        return records.error();
    context.records = records.value();
    return context;
}

Status ComplianceService::notify(AuditedTransaction &tx, const Context &context,
                                 const QString &kind, const QString &recordId,
                                 const QJsonObject &details, ComplianceOutcome *outcome)
{
    ComplianceNotificationRow row;
    row.organizationId = context.supplier.organizationId;
    row.supplierId = context.supplier.id;
    row.kind = kind;
    row.recordId = recordId;
    row.details = details;
    auto stored = ComplianceNotificationRepository(m_db, m_clock).append(row);
    if (!stored)
        return stored.error();
    tx.announce(RowChangeNote {u"compliance_notifications"_s,
                               u"INSERT"_s,
                               row.organizationId,
                               compliancejson::asRow(compliancejson::notification(stored.value())),
                               {}});
    outcome->notifications << stored.value();
    return ok();
}

void ComplianceService::announceRecord(AuditedTransaction &tx, const ComplianceRecordRow &before,
                                       const ComplianceRecordRow &after)
{
    tx.announce(RowChangeNote {
        u"compliance_records"_s, before.id.isEmpty() ? u"INSERT"_s : u"UPDATE"_s,
        after.organizationId, compliancejson::asRow(compliancejson::record(after, false)),
        before.id.isEmpty() ? QJsonObject()
                            : compliancejson::asRow(compliancejson::record(before, false))});
}

Status ComplianceService::refresh(AuditedTransaction &tx, Context &context,
                                  ComplianceOutcome *outcome)
{
    const ComplianceStats stats = context.stats();
    const AdvancementCheck check = context.check(stats);
    context.supplier.stats = stats;
    context.supplier.advancementEligible = check.eligible;
    auto stored = SupplierComplianceRepository(m_db, m_clock)
                      .update(context.supplier, context.original.version);
    if (!stored)
        return stored.error();
    const bool created = context.original.id.isEmpty(); // initialize() inserted it
    tx.announce(RowChangeNote {
        u"supplier_compliance"_s, created ? u"INSERT"_s : u"UPDATE"_s,
        context.supplier.organizationId,
        compliancejson::asRow(context.supplierJson(stored.value())),
        created ? QJsonObject() : compliancejson::asRow(context.supplierJson(context.original))});
    context.supplier = stored.value();
    if (check.eligible && !context.original.advancementEligible && check.nextTier) {
        if (auto told = notify(tx, context, u"tier_advancement_eligible"_s, {},
                               QJsonObject {{u"nextTierId"_s, check.nextTier->id},
                                            {u"nextTierName"_s, check.nextTier->name}},
                               outcome);
            !told)
            return told;
    }
    outcome->supplier = context.supplier;
    outcome->tierName = context.tierName(context.supplier.tierId);
    outcome->advancement = check;
    return ok();
}

Status ComplianceService::applyTierSwitch(AuditedTransaction &tx, Context &context,
                                          const QString &tierId, const QString &reason,
                                          const MutationActor &actor, ComplianceOutcome *outcome)
{
    const ComplianceTierRow *tier = findTier(context.tiers, tierId);
    if (!tier)
        return notFoundError(u"The tier"_s);
    const QString note
        = u"%1 → %2"_s.arg(context.tierName(context.supplier.tierId), tier->rule.name);
    const TierSwitchPlan plan = planTierSwitch(context.states(), tier->requirementIds);
    ComplianceRecordRepository records(m_db, m_clock);
    const QDate today = m_clock.now().date();
    for (const QString &requirementId : plan.added) {
        ComplianceRecordRow record;
        record.organizationId = context.supplier.organizationId;
        record.supplierId = context.supplier.id;
        record.requirementId = requirementId;
        for (const ComplianceRequirementRow &requirement : context.requirements) {
            if (requirement.id == requirementId && requirement.dueDays)
                record.dueDate = today.addDays(*requirement.dueDays);
        }
        auto stored = records.insert(record, reason, actor.userId, note);
        if (!stored)
            return stored.error();
        announceRecord(tx, {}, stored.value());
        context.records << stored.value();
    }
    const auto move = [&](const QStringList &ids, RequirementStatus to) -> Status {
        for (const QString &requirementId : ids) {
            ComplianceRecordRow *record = context.record(requirementId);
            if (!record)
                continue;
            ComplianceRecordRow next = *record;
            next.status = to;
            if (to == RequirementStatus::Pending) {
                next.reviewStatus = ReviewStatus::None;
                next.submittedBy.clear();
                next.submittedAt = {};
                next.reviewerId.clear();
                next.reviewedAt = {};
                next.reviewNote.clear();
            }
            auto stored
                = records.update(next, record->version, record->status, reason, actor.userId, note);
            if (!stored)
                return stored.error();
            announceRecord(tx, *record, stored.value());
            *record = stored.value();
        }
        return ok();
    };
    if (auto reopened = move(plan.reopened, RequirementStatus::Pending); !reopened)
        return reopened;
    if (auto retired = move(plan.legacy, RequirementStatus::Legacy); !retired)
        return retired;
    TierHistoryRow entry;
    entry.fromTierId = context.original.id.isEmpty() ? QString() : context.supplier.tierId;
    entry.toTierId = tier->rule.id;
    entry.reason = reason;
    entry.actorId = actor.userId;
    auto logged
        = SupplierComplianceRepository(m_db, m_clock)
              .appendTierHistory(context.supplier.organizationId, context.supplier.id, entry);
    if (!logged)
        return logged.error();
    context.supplier.tierId = tier->rule.id;
    outcome->plan = plan;
    return ok();
}

Result<ComplianceOutcome> ComplianceService::changeStatus(const Operator &caller,
                                                          const MutationActor &actor,
                                                          const StatusChangeRequest &change)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto loaded = loadForChange(change.organizationId, change.supplierId, nullptr, false);
    if (!loaded)
        return loaded.error();
    Context &context = loaded.value();
    ComplianceRecordRow *record = context.record(change.requirementId);
    if (!record)
        return notFoundError(u"The supplier's requirement"_s);
    if (!change.ifMatch.matches(record->version)) {
        return Error {u"version_conflict"_s,
                      u"The requirement was changed by someone else (now at version %1); reload "
                      "and try again."_s.arg(record->version),
                      {}};
    }
    ComplianceActor rights;
    rights.mayWork = caller.canEditSections(change.organizationId);
    rights.mayReview = rights.mayWork;
    rights.isSubmitter = !record->submittedBy.isEmpty() && record->submittedBy == caller.userId();
    if (auto refused = checkStatusChange(record->status, change.status, rights))
        return Error {refused->code, refused->message, {}};
    const bool needsReason = change.status == RequirementStatus::RevisionRequired
        || change.status == RequirementStatus::Rejected;
    if (needsReason && change.note.trimmed().isEmpty()) {
        return fieldError(u"note"_s,
                          u"Say what the supplier must change or why it is rejected (note)."_s);
    }

    const ComplianceRecordRow before = *record;
    ComplianceRecordRow next = before;
    const QDateTime now = m_clock.now();
    next.status = change.status;
    next.reviewStatus = reviewStatusAfter(before.status, change.status, before.reviewStatus);
    if (change.status == RequirementStatus::Submitted) {
        next.submittedBy = actor.userId;
        next.submittedAt = now;
        next.reviewerId.clear();
        next.reviewedAt = {};
        next.reviewNote.clear();
    }
    if (statusStep(before.status, change.status) == StatusStep::Review) {
        next.reviewerId = actor.userId;
        next.reviewedAt = now;
        next.reviewNote = change.note.trimmed();
    }
    if (change.evidenceRef)
        next.evidenceRef = *change.evidenceRef;
    auto stored = ComplianceRecordRepository(m_db, m_clock)
                      .update(next, before.version, before.status, u"status_change"_s, actor.userId,
                              change.note.trimmed());
    if (!stored)
        return stored.error();
    *record = stored.value();
    announceRecord(tx, before, stored.value());

    ComplianceOutcome outcome;
    outcome.record = stored.value();
    if (auto refreshed = refresh(tx, context, &outcome); !refreshed)
        return refreshed.error();
    static const QHash<RequirementStatus, QString> kinds {
        {RequirementStatus::Submitted, u"requirement_submitted"_s},
        {RequirementStatus::Approved, u"requirement_approved"_s},
        {RequirementStatus::RevisionRequired, u"revision_required"_s},
    };
    if (kinds.contains(change.status)) {
        QJsonObject details {{u"requirementId"_s, stored->requirementId},
                             {u"title"_s, stored->title}};
        if (!change.note.trimmed().isEmpty())
            details.insert(u"note"_s, change.note.trimmed());
        if (auto told
            = notify(tx, context, kinds.value(change.status), stored->id, details, &outcome);
            !told)
            return told.error();
    }
    // The audit rows come last: a failure there undoes everything above.
    if (auto audited = tx.audit(change.organizationId, recordEntity(), stored->id,
                                u"status_change"_s, compliancejson::record(before, false),
                                compliancejson::record(stored.value(), false));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<ComplianceOutcome> ComplianceService::switchTier(const MutationActor &actor,
                                                        const SupplierChangeRequest &change)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto loaded = loadForChange(change.organizationId, change.supplierId, &change.ifMatch);
    if (!loaded)
        return loaded.error();
    Context &context = loaded.value();
    const ComplianceTierRow *tier = findTier(context.tiers, change.tier);
    if (!tier) {
        QStringList names;
        for (const ComplianceTierRow &known : context.tiers)
            names << known.rule.name;
        return fieldError(u"tier"_s,
                          u"There is no tier \"%1\"; this organization has: %2."_s.arg(
                              change.tier.left(64), names.join(u", "_s)));
    }
    if (tier->rule.id == context.original.tierId)
        return fieldError(u"tier"_s, u"The supplier is already in tier %1."_s.arg(tier->rule.name));

    ComplianceOutcome outcome;
    if (change.dryRun) {
        outcome.plan = planTierSwitch(context.states(), tier->requirementIds);
        outcome.supplier = context.original;
        outcome.tierName = context.tierName(context.original.tierId);
        outcome.advancement = context.check(context.original.stats);
        outcome.changed = false;
        return outcome; // rolled back: nothing was written
    }
    if (auto switched
        = applyTierSwitch(tx, context, tier->rule.id, u"tier_switch"_s, actor, &outcome);
        !switched)
        return switched.error();
    if (auto refreshed = refresh(tx, context, &outcome); !refreshed)
        return refreshed.error();
    QJsonObject after = context.supplierJson(context.supplier);
    after.insert(u"plan"_s, compliancejson::tierSwitchPlan(outcome.plan));
    if (!change.reason.isEmpty())
        after.insert(u"reason"_s, change.reason);
    return finish(tx, context, u"tier_switch"_s, context.supplierJson(context.original), after,
                  std::move(outcome));
}

Result<ComplianceOutcome> ComplianceService::initialize(const MutationActor &actor,
                                                        const QString &organizationId,
                                                        const QString &supplierId)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto membership = UserRepository(m_db, m_clock).membership(supplierId, organizationId);
    if (!membership)
        return membership.error();
    if (!membership->has_value())
        return notFoundError(u"The member"_s);
    const QString role = roleName(membership->value().role);
    if (!SupplierRoles.contains(role)) {
        return Error {
            u"not_a_supplier"_s,
            u"Only vendors and photographers are suppliers; this member is %1."_s.arg(role),
            {}};
    }
    auto loaded = load(organizationId, supplierId);
    if (!loaded)
        return loaded.error();
    Context &context = loaded.value();
    if (!context.original.id.isEmpty()) {
        return Error {u"already_initialized"_s,
                      u"The supplier's compliance is already set up; change their tier or role "
                      "instead."_s,
                      {}};
    }
    const auto tier = initialTierFor(role, context.roleTiers, tierRules(context.tiers));
    if (!tier) {
        return Error {u"conflict"_s,
                      u"The organization has no compliance tiers yet; create them first."_s,
                      {}};
    }
    SupplierComplianceRow row;
    row.id = supplierId;
    row.organizationId = organizationId;
    row.role = role;
    row.tierId = tier->id;
    auto inserted = SupplierComplianceRepository(m_db, m_clock).insert(row);
    if (!inserted)
        return inserted.error();
    context.supplier = inserted.value();
    context.original.version = inserted->version;
    context.original.organizationId = organizationId;

    ComplianceOutcome outcome;
    if (auto switched
        = applyTierSwitch(tx, context, tier->id, u"initialization"_s, actor, &outcome);
        !switched)
        return switched.error();
    if (auto refreshed = refresh(tx, context, &outcome); !refreshed)
        return refreshed.error();
    return finish(tx, context, u"initialize"_s, std::nullopt,
                  context.supplierJson(context.supplier), std::move(outcome));
}

Result<ComplianceOutcome> ComplianceService::changeRole(const MutationActor &actor,
                                                        const SupplierChangeRequest &change)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto loaded = loadForChange(change.organizationId, change.supplierId, &change.ifMatch);
    if (!loaded)
        return loaded.error();
    Context &context = loaded.value();
    if (!SupplierRoles.contains(change.role))
        return fieldError(u"role"_s, u"A supplier's role is vendor or photographer."_s);
    if (change.role == context.original.role)
        return fieldError(u"role"_s, u"The supplier already has the role %1."_s.arg(change.role));
    if (auto changed = UserRepository(m_db, m_clock)
                           .setMembershipRole(change.supplierId, change.organizationId,
                                              *roleFromName(change.role));
        !changed)
        return changed.error();
    context.supplier.role = change.role;

    ComplianceOutcome outcome;
    if (const auto tier = tierAfterRoleChange(context.original.role, change.role, context.roleTiers,
                                              tierRules(context.tiers));
        tier && tier->id != context.original.tierId) {
        if (auto switched
            = applyTierSwitch(tx, context, tier->id, u"role_change"_s, actor, &outcome);
            !switched)
            return switched.error();
    }
    if (auto refreshed = refresh(tx, context, &outcome); !refreshed)
        return refreshed.error();
    QJsonObject after = context.supplierJson(context.supplier);
    after.insert(u"plan"_s, compliancejson::tierSwitchPlan(outcome.plan));
    return finish(tx, context, u"role_change"_s, context.supplierJson(context.original), after,
                  std::move(outcome));
}

Result<ComplianceOutcome> ComplianceService::deactivate(const MutationActor &actor,
                                                        const SupplierChangeRequest &change)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto loaded = loadForChange(change.organizationId, change.supplierId, &change.ifMatch);
    if (!loaded)
        return loaded.error();
    Context &context = loaded.value();
    const QString reason = change.reason.trimmed();
    if (reason.isEmpty())
        return fieldError(u"reason"_s, u"Say why the supplier is deactivated (reason)."_s);

    ComplianceRecordRepository records(m_db, m_clock);
    for (const QString &requirementId : recordsToDeactivate(context.states())) {
        ComplianceRecordRow *record = context.record(requirementId);
        ComplianceRecordRow next = *record;
        next.status = RequirementStatus::Inactive;
        auto stored = records.update(next, record->version, record->status, u"deactivation"_s,
                                     actor.userId, reason);
        if (!stored)
            return stored.error();
        announceRecord(tx, *record, stored.value());
        *record = stored.value();
    }
    auto revoked
        = WeddingRepository(m_db, m_clock).revokeAccess(change.organizationId, change.supplierId);
    if (!revoked)
        return revoked.error();
    context.supplier.status = u"inactive"_s;
    context.supplier.deactivatedAt = m_clock.now();
    context.supplier.deactivationReason = reason;

    ComplianceOutcome outcome;
    for (const WeddingAccess &access : revoked.value())
        outcome.revokedWeddingIds << access.weddingId;
    if (auto refreshed = refresh(tx, context, &outcome); !refreshed)
        return refreshed.error();
    QJsonObject after = context.supplierJson(context.supplier);
    after.insert(u"revokedWeddingIds"_s, QJsonArray::fromStringList(outcome.revokedWeddingIds));
    return finish(tx, context, u"deactivate"_s, context.supplierJson(context.original), after,
                  std::move(outcome));
}

Result<ComplianceOutcome> ComplianceService::recalculate(const MutationActor &actor,
                                                         const QString &organizationId,
                                                         const QString &supplierId)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto loaded = loadForChange(organizationId, supplierId, nullptr, false);
    if (!loaded)
        return loaded.error();
    Context &context = loaded.value();
    const ComplianceStats stats = context.stats();
    const AdvancementCheck check = context.check(stats);
    ComplianceOutcome outcome;
    if (stats == context.original.stats && check.eligible == context.original.advancementEligible) {
        outcome.supplier = context.original;
        outcome.tierName = context.tierName(context.original.tierId);
        outcome.advancement = check;
        outcome.changed = false;
        return outcome; // nothing to write, nothing to audit
    }
    if (auto refreshed = refresh(tx, context, &outcome); !refreshed)
        return refreshed.error();
    return finish(tx, context, u"recalculate"_s, context.supplierJson(context.original),
                  context.supplierJson(context.supplier), std::move(outcome));
}

Result<ComplianceOutcome> ComplianceService::advancement(const QString &organizationId,
                                                         const QString &supplierId)
{
    auto loaded = load(organizationId, supplierId);
    if (!loaded)
        return loaded.error();
    const Context &context = loaded.value();
    if (context.original.id.isEmpty())
        return notFoundError(u"The supplier"_s);
    ComplianceOutcome outcome;
    outcome.supplier = context.original;
    outcome.tierName = context.tierName(context.original.tierId);
    outcome.advancement = context.check(context.stats());
    outcome.changed = false;
    return outcome;
}

Result<std::optional<QJsonObject>> ComplianceService::supplierJson(const QString &organizationId,
                                                                   const QString &supplierId)
{
    auto loaded = load(organizationId, supplierId);
    if (!loaded)
        return loaded.error();
    if (loaded->original.id.isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(loaded->supplierJson(loaded->original));
}

} // namespace wedsync::server
