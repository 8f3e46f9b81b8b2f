#include "storage/SupplierComplianceRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Select
    = u"SELECT s.organization_id, s.supplier_id, u.display_name, u.email, s.role, s.tier_id,"
      " s.status, s.version, s.total_requirements, s.completed_requirements,"
      " s.in_progress_requirements, s.pending_requirements, s.rejected_requirements,"
      " s.total_points, s.earned_points, s.completion_tenths, s.advancement_eligible,"
      " s.initialized_at, s.updated_at, s.deactivated_at, s.deactivation_reason"
      " FROM supplier_compliance s JOIN users u ON u.id = s.supplier_id"_s;

SupplierComplianceRow readRow(const SqlQuery &q)
{
    SupplierComplianceRow row;
    row.organizationId = q.text(0);
    row.id = q.text(1);
    row.displayName = q.text(2);
    row.email = q.text(3);
    row.role = q.text(4);
    row.tierId = q.text(5);
    row.status = q.text(6);
    row.version = q.value(7).toLongLong();
    row.stats.total = q.value(8).toInt();
    row.stats.completed = q.value(9).toInt();
    row.stats.inProgress = q.value(10).toInt();
    row.stats.pending = q.value(11).toInt();
    row.stats.rejected = q.value(12).toInt();
    row.stats.totalPoints = q.value(13).toInt();
    row.stats.earnedPoints = q.value(14).toInt();
    row.stats.completionPercent = q.value(15).toInt() / 10.0;
    row.advancementEligible = q.value(16).toBool();
    row.initializedAt = sql::toDateTime(q.value(17));
    row.updatedAt = sql::toDateTime(q.value(18));
    row.deactivatedAt = sql::toDateTime(q.value(19));
    row.deactivationReason = q.text(20);
    return row;
}

SqlFilter filterSql(const SupplierComplianceRepository::Filter &filter)
{
    SqlFilter out;
    out.equalsIfSet(u"s.organization_id"_s, filter.organizationId);
    out.equalsIfSet(u"s.tier_id"_s, filter.tierId);
    out.equalsIfSet(u"s.status"_s, filter.status);
    out.equalsIfSet(u"s.role"_s, filter.role);
    out.equalsIfSet(u"s.supplier_id"_s, filter.supplierId);
    if (filter.eligible)
        out.compare(u"s.advancement_eligible"_s, u"="_s, *filter.eligible);
    out.timeWindow(u"s.initialized_at"_s, u"s.supplier_id"_s, {}, {}, filter.beforeAt,
                   filter.beforeId);
    return out;
}

SqlQuery &bindFigures(SqlQuery &q, const SupplierComplianceRow &row)
{
    return q.bind(u":role"_s, row.role)
        .bind(u":tier"_s, row.tierId)
        .bind(u":status"_s, row.status)
        .bind(u":total"_s, row.stats.total)
        .bind(u":completed"_s, row.stats.completed)
        .bind(u":inProgress"_s, row.stats.inProgress)
        .bind(u":pending"_s, row.stats.pending)
        .bind(u":rejected"_s, row.stats.rejected)
        .bind(u":totalPoints"_s, row.stats.totalPoints)
        .bind(u":earnedPoints"_s, row.stats.earnedPoints)
        .bind(u":tenths"_s, int(std::lround(row.stats.completionPercent * 10)))
        .bind(u":eligible"_s, row.advancementEligible)
        .bind(u":deactivatedAt"_s,
              row.deactivatedAt.isValid() ? QVariant(sql::timestamp(row.deactivatedAt))
                                          : QVariant(QMetaType::fromType<QString>()))
        .bind(u":reason"_s, sql::nullableText(row.deactivationReason));
}

} // namespace

SupplierComplianceRepository::SupplierComplianceRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::optional<SupplierComplianceRow>>
SupplierComplianceRepository::find(const QString &organizationId, const QString &supplierId)
{
    Filter filter;
    filter.organizationId = organizationId;
    filter.supplierId = supplierId;
    filter.limit = 1;
    auto rows = query(filter);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<SupplierComplianceRow>();
    return std::optional<SupplierComplianceRow>(rows->first());
}

Result<QList<SupplierComplianceRow>> SupplierComplianceRepository::query(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db,
               Select + where.where()
                   + u" ORDER BY s.initialized_at DESC, s.supplier_id DESC"
                     " LIMIT :limit OFFSET :offset"_s);
    where.bindTo(q);
    q.bind(u":limit"_s, qBound(1, filter.limit, 1000)).bind(u":offset"_s, qMax(0, filter.offset));
    if (auto done = q.exec(u"reading suppliers"_s); !done)
        return done.error();
    QList<SupplierComplianceRow> out;
    while (q.next())
        out << readRow(q);
    return out;
}

Result<qint64> SupplierComplianceRepository::count(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM supplier_compliance s"_s + where.where());
    where.bindTo(q);
    if (auto done = q.exec(u"counting suppliers"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<SupplierComplianceRow> SupplierComplianceRepository::insert(SupplierComplianceRow row)
{
    const QDateTime now = m_clock.now();
    if (!row.initializedAt.isValid())
        row.initializedAt = now;
    row.updatedAt = now;
    row.version = 1;
    SqlQuery q(m_db,
               u"INSERT INTO supplier_compliance (organization_id, supplier_id, role, tier_id,"
               " status, version, total_requirements, completed_requirements,"
               " in_progress_requirements, pending_requirements, rejected_requirements,"
               " total_points, earned_points, completion_tenths, advancement_eligible,"
               " initialized_at, updated_at, deactivated_at, deactivation_reason)"
               " VALUES (:org, :supplier, :role, :tier, :status, 1, :total, :completed,"
               " :inProgress, :pending, :rejected, :totalPoints, :earnedPoints, :tenths,"
               " :eligible, :initializedAt, :now, :deactivatedAt, :reason)"_s);
    bindFigures(q, row)
        .bind(u":org"_s, row.organizationId)
        .bind(u":supplier"_s, row.id)
        .bind(u":initializedAt"_s, sql::timestamp(row.initializedAt))
        .bind(u":now"_s, sql::timestamp(now));
    if (auto done = q.exec(u"initializing a supplier's compliance"_s); !done)
        return done.error();
    auto stored = find(row.organizationId, row.id);
    if (!stored)
        return stored.error();
    return stored->value();
}

Result<SupplierComplianceRow> SupplierComplianceRepository::update(const SupplierComplianceRow &row,
                                                                   qint64 expectedVersion)
{
    SqlQuery q(m_db,
               u"UPDATE supplier_compliance SET role = :role, tier_id = :tier, status = :status,"
               " version = version + 1, total_requirements = :total,"
               " completed_requirements = :completed, in_progress_requirements = :inProgress,"
               " pending_requirements = :pending, rejected_requirements = :rejected,"
               " total_points = :totalPoints, earned_points = :earnedPoints,"
               " completion_tenths = :tenths, advancement_eligible = :eligible,"
               " deactivated_at = :deactivatedAt, deactivation_reason = :reason, updated_at = :now"
               " WHERE organization_id = :org AND supplier_id = :supplier"
               " AND version = :expected"_s);
    bindFigures(q, row)
        .bind(u":now"_s, sql::timestamp(m_clock.now()))
        .bind(u":org"_s, row.organizationId)
        .bind(u":supplier"_s, row.id)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"updating a supplier's compliance"_s); !done)
        return done.error();
    auto stored = find(row.organizationId, row.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error {u"not_found"_s, u"The supplier does not exist."_s, {}};
    if (q.rowsAffected() == 0) {
        return Error {u"version_conflict"_s,
                      u"The supplier was changed by someone else (now at version %1)."_s.arg(
                          stored->value().version),
                      {}};
    }
    return stored->value();
}

Result<QList<TierHistoryRow>>
SupplierComplianceRepository::tierHistory(const QString &organizationId, const QString &supplierId)
{
    SqlQuery q(m_db,
               u"SELECT id, from_tier_id, to_tier_id, reason, actor_id, occurred_at"
               " FROM compliance_tier_history WHERE organization_id = :org"
               " AND supplier_id = :supplier ORDER BY occurred_at, id"_s);
    q.bind(u":org"_s, organizationId).bind(u":supplier"_s, supplierId);
    if (auto done = q.exec(u"reading a supplier's tier history"_s); !done)
        return done.error();
    QList<TierHistoryRow> out;
    while (q.next()) {
        out << TierHistoryRow {q.text(0), q.text(1), q.text(2),
                               q.text(3), q.text(4), sql::toDateTime(q.value(5))};
    }
    return out;
}

Result<TierHistoryRow>
SupplierComplianceRepository::appendTierHistory(const QString &organizationId,
                                                const QString &supplierId, TierHistoryRow entry)
{
    entry.id = ids::create();
    if (!entry.occurredAt.isValid())
        entry.occurredAt = m_clock.now();
    SqlQuery q(m_db,
               u"INSERT INTO compliance_tier_history (id, organization_id, supplier_id,"
               " from_tier_id, to_tier_id, reason, actor_id, occurred_at)"
               " VALUES (:id, :org, :supplier, :from, :to, :reason, :actor, :at)"_s);
    q.bind(u":id"_s, entry.id)
        .bind(u":org"_s, organizationId)
        .bind(u":supplier"_s, supplierId)
        .bind(u":from"_s, sql::nullableText(entry.fromTierId))
        .bind(u":to"_s, entry.toTierId)
        .bind(u":reason"_s, entry.reason)
        .bind(u":actor"_s, sql::nullableText(entry.actorId))
        .bind(u":at"_s, sql::timestamp(entry.occurredAt));
    if (auto done = q.exec(u"recording a tier change"_s); !done)
        return done.error();
    return entry;
}

} // namespace wedsync::server
