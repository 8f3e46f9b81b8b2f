#include "storage/ComplianceRecordRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Select
    = u"SELECT r.id, r.organization_id, r.supplier_id, r.requirement_id, r.status,"
      " r.review_status, r.evidence_ref, r.submitted_by, r.submitted_at, r.reviewer_id,"
      " r.reviewed_at, r.review_note, r.due_date, r.version, r.created_at, r.updated_at,"
      " q.title, q.points, q.evidence_type"
      " FROM compliance_records r JOIN compliance_requirements q ON q.id = r.requirement_id"
      " WHERE r.organization_id = :org AND r.supplier_id = :supplier"_s;

ComplianceRecordRow readRow(const SqlQuery &q)
{
    ComplianceRecordRow row;
    row.id = q.text(0);
    row.organizationId = q.text(1);
    row.supplierId = q.text(2);
    row.requirementId = q.text(3);
    row.status = requirementStatusFromName(q.text(4)).value_or(RequirementStatus::Pending);
    row.reviewStatus = reviewStatusFromName(q.text(5)).value_or(ReviewStatus::None);
    row.evidenceRef = q.text(6);
    row.submittedBy = q.text(7);
    row.submittedAt = sql::toDateTime(q.value(8));
    row.reviewerId = q.text(9);
    row.reviewedAt = sql::toDateTime(q.value(10));
    row.reviewNote = q.text(11);
    row.dueDate = sql::toDate(q.value(12));
    row.version = q.value(13).toLongLong();
    row.createdAt = sql::toDateTime(q.value(14));
    row.updatedAt = sql::toDateTime(q.value(15));
    row.title = q.text(16);
    row.points = q.value(17).toInt();
    row.evidenceType = q.text(18);
    return row;
}

QVariant optionalTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(sql::timestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ComplianceRecordRepository::ComplianceRecordRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QList<ComplianceRecordRow>>
ComplianceRecordRepository::forSupplier(const QString &organizationId, const QString &supplierId,
                                        bool withHistory)
{
    SqlQuery q(m_db, Select + u" ORDER BY q.title, r.id"_s);
    q.bind(u":org"_s, organizationId).bind(u":supplier"_s, supplierId);
    if (auto done = q.exec(u"reading compliance records"_s); !done)
        return done.error();
    QList<ComplianceRecordRow> out;
    while (q.next())
        out << readRow(q);
    if (!withHistory)
        return out;
    auto entries = history(organizationId, supplierId);
    if (!entries)
        return entries.error();
    for (const RecordHistoryRow &entry : entries.value()) {
        for (ComplianceRecordRow &record : out) {
            if (record.id == entry.recordId)
                record.history << entry;
        }
    }
    return out;
}

Result<QList<ComplianceRecordRow>>
ComplianceRecordRepository::awaitingReview(const QString &organizationId, int limit, int *total)
{
    SqlQuery count(m_db,
                   u"SELECT COUNT(*) FROM compliance_records"
                   " WHERE organization_id = :org AND status = 'submitted'"_s);
    count.bind(u":org"_s, organizationId);
    if (auto done = count.exec(u"counting submissions to review"_s); !done)
        return done.error();
    *total = count.next() ? count.value(0).toInt() : 0;

    QString select = Select;
    select.replace(u" WHERE r.organization_id = :org AND r.supplier_id = :supplier"_s,
                   u" JOIN users u ON u.id = r.supplier_id"
                   " WHERE r.organization_id = :org AND r.status = 'submitted'"_s);
    select.replace(u" q.title, q.points, q.evidence_type"_s,
                   u" q.title, q.points, q.evidence_type, u.display_name"_s);
    SqlQuery q(m_db, select + u" ORDER BY r.submitted_at, r.id LIMIT :limit"_s);
    q.bind(u":org"_s, organizationId).bind(u":limit"_s, limit);
    if (auto done = q.exec(u"reading submissions to review"_s); !done)
        return done.error();
    QList<ComplianceRecordRow> out;
    while (q.next()) {
        ComplianceRecordRow row = readRow(q);
        row.supplierName = q.text(19);
        out << row;
    }
    return out;
}

Result<std::optional<ComplianceRecordRow>>
ComplianceRecordRepository::find(const QString &organizationId, const QString &supplierId,
                                 const QString &requirementId)
{
    SqlQuery q(m_db, Select + u" AND r.requirement_id = :requirement"_s);
    q.bind(u":org"_s, organizationId)
        .bind(u":supplier"_s, supplierId)
        .bind(u":requirement"_s, requirementId);
    if (auto done = q.exec(u"reading a compliance record"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<ComplianceRecordRow>();
    return std::optional<ComplianceRecordRow>(readRow(q));
}

Result<ComplianceRecordRow> ComplianceRecordRepository::insert(ComplianceRecordRow record,
                                                               const QString &source,
                                                               const QString &actorId,
                                                               const QString &note)
{
    const QDateTime now = m_clock.now();
    if (record.id.isEmpty())
        record.id = ids::create();
    record.version = 1;
    record.createdAt = now;
    record.updatedAt = now;
    SqlQuery q(m_db,
               u"INSERT INTO compliance_records (id, organization_id, supplier_id, requirement_id,"
               " status, review_status, evidence_ref, submitted_by, submitted_at, reviewer_id,"
               " reviewed_at, review_note, due_date, version, created_at, updated_at)"
               " VALUES (:id, :org, :supplier, :requirement, :status, :review, :evidence,"
               " :submittedBy, :submittedAt, :reviewer, :reviewedAt, :note, :due, 1, :now,"
               " :now)"_s);
    q.bind(u":id"_s, record.id)
        .bind(u":org"_s, record.organizationId)
        .bind(u":supplier"_s, record.supplierId)
        .bind(u":requirement"_s, record.requirementId)
        .bind(u":status"_s, requirementStatusName(record.status))
        .bind(u":review"_s, reviewStatusName(record.reviewStatus))
        .bind(u":evidence"_s, sql::nullableText(record.evidenceRef))
        .bind(u":submittedBy"_s, sql::nullableText(record.submittedBy))
        .bind(u":submittedAt"_s, optionalTime(record.submittedAt))
        .bind(u":reviewer"_s, sql::nullableText(record.reviewerId))
        .bind(u":reviewedAt"_s, optionalTime(record.reviewedAt))
        .bind(u":note"_s, sql::nullableText(record.reviewNote))
        .bind(u":due"_s,
              record.dueDate.isValid() ? QVariant(record.dueDate)
                                       : QVariant(QMetaType::fromType<QDate>()))
        .bind(u":now"_s, sql::timestamp(now));
    if (auto done = q.exec(u"creating a compliance record"_s); !done)
        return done.error();
    if (auto logged = appendHistory(record.id, {}, requirementStatusName(record.status), source,
                                    actorId, note, now);
        !logged)
        return logged.error();
    auto stored = find(record.organizationId, record.supplierId, record.requirementId);
    if (!stored)
        return stored.error();
    return stored->value();
}

Result<ComplianceRecordRow>
ComplianceRecordRepository::update(const ComplianceRecordRow &record, qint64 expectedVersion,
                                   RequirementStatus from, const QString &source,
                                   const QString &actorId, const QString &note)
{
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db,
               u"UPDATE compliance_records SET status = :status, review_status = :review,"
               " evidence_ref = :evidence, submitted_by = :submittedBy,"
               " submitted_at = :submittedAt, reviewer_id = :reviewer, reviewed_at = :reviewedAt,"
               " review_note = :note, version = version + 1, updated_at = :now"
               " WHERE id = :id AND organization_id = :org AND version = :expected"_s);
    q.bind(u":status"_s, requirementStatusName(record.status))
        .bind(u":review"_s, reviewStatusName(record.reviewStatus))
        .bind(u":evidence"_s, sql::nullableText(record.evidenceRef))
        .bind(u":submittedBy"_s, sql::nullableText(record.submittedBy))
        .bind(u":submittedAt"_s, optionalTime(record.submittedAt))
        .bind(u":reviewer"_s, sql::nullableText(record.reviewerId))
        .bind(u":reviewedAt"_s, optionalTime(record.reviewedAt))
        .bind(u":note"_s, sql::nullableText(record.reviewNote))
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":id"_s, record.id)
        .bind(u":org"_s, record.organizationId)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"updating a compliance record"_s); !done)
        return done.error();
    if (q.rowsAffected() == 0) {
        return Error {u"version_conflict"_s,
                      u"The requirement was changed by someone else; reload it and try again."_s,
                      {}};
    }
    if (auto logged
        = appendHistory(record.id, requirementStatusName(from),
                        requirementStatusName(record.status), source, actorId, note, now);
        !logged)
        return logged.error();
    auto stored = find(record.organizationId, record.supplierId, record.requirementId);
    if (!stored)
        return stored.error();
    return stored->value();
}

Status ComplianceRecordRepository::appendHistory(const QString &recordId, const QString &from,
                                                 const QString &to, const QString &source,
                                                 const QString &actorId, const QString &note,
                                                 const QDateTime &at)
{
    SqlQuery q(m_db,
               u"INSERT INTO compliance_record_history (id, record_id, from_status, to_status,"
               " source, actor_id, note, occurred_at)"
               " VALUES (:id, :record, :from, :to, :source, :actor, :note, :at)"_s);
    q.bind(u":id"_s, ids::create())
        .bind(u":record"_s, recordId)
        .bind(u":from"_s, sql::nullableText(from))
        .bind(u":to"_s, to)
        .bind(u":source"_s, source)
        .bind(u":actor"_s, sql::nullableText(actorId))
        .bind(u":note"_s, sql::nullableText(note))
        .bind(u":at"_s, sql::timestamp(at));
    return q.exec(u"recording a requirement's status"_s);
}

Result<QList<RecordHistoryRow>> ComplianceRecordRepository::history(const QString &organizationId,
                                                                    const QString &supplierId)
{
    SqlQuery q(m_db,
               u"SELECT h.id, h.record_id, h.from_status, h.to_status, h.source, h.actor_id,"
               " h.note, h.occurred_at FROM compliance_record_history h"
               " JOIN compliance_records r ON r.id = h.record_id"
               " WHERE r.organization_id = :org AND r.supplier_id = :supplier"
               " ORDER BY h.occurred_at, h.id"_s);
    q.bind(u":org"_s, organizationId).bind(u":supplier"_s, supplierId);
    if (auto done = q.exec(u"reading requirement histories"_s); !done)
        return done.error();
    QList<RecordHistoryRow> out;
    while (q.next()) {
        out << RecordHistoryRow {q.text(0), q.text(1), q.text(2), q.text(3),
                                 q.text(4), q.text(5), q.text(6), sql::toDateTime(q.value(7))};
    }
    return out;
}

} // namespace wedsync::server
