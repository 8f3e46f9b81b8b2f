#include "storage/AuditRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QVariant optionalJson(const std::optional<QJsonObject> &object)
{
    return object ? QVariant(sql::jsonText(*object)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QJsonObject> readOptionalJson(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return sql::toJsonObject(value);
}

// A supplier serves many weddings, so their compliance rows name none: they belong to every
// wedding the supplier has access to, decided when the trail is read (and when a row is
// published), so that access granted later also brings the supplier's history along. %1: the
// wedding's placeholder.
const QStringList SupplierRowsOfWedding {
    u"entity_type = 'supplier_compliance' AND entity_id IN"
    " (SELECT CAST(user_id AS TEXT) FROM wedding_access WHERE wedding_id = %1)"_s,
    u"entity_type = 'compliance_record' AND entity_id IN"
    " (SELECT CAST(r.id AS TEXT) FROM compliance_records r"
    " JOIN wedding_access a ON a.user_id = r.supplier_id WHERE a.wedding_id = %1)"_s};

const QString Columns = u"id, occurred_at, actor_id, organization_id, entity_type, entity_id,"
                        " action, before_json, after_json, request_id, wedding_id"_s;

// The terms of a filter but its organization and wedding.
void commonTerms(SqlFilter &out, const AuditRepository::Filter &filter)
{
    out.in(u"organization_id"_s, filter.organizationIds);
    out.equalsIfSet(u"actor_id"_s, filter.actorId);
    out.equalsIfSet(u"entity_type"_s, filter.entityType);
    out.equalsIfSet(u"entity_id"_s, filter.entityId);
    out.equalsIfSet(u"action"_s, filter.action);
    out.timeWindow(u"occurred_at"_s, u"id"_s, filter.from, filter.to, filter.beforeAt,
                   filter.beforeId);
}

// One part of a wedding's timeline: 0 its own rows (every row of a wedding is of the wedding's
// organization), 1 and 2 its suppliers' rows of the organization (which name no wedding).
QString weddingPart(SqlFilter &out, const AuditRepository::Filter &filter, int part)
{
    const QString wedding = ids::normalized(filter.weddingId);
    if (part == 0)
        return u"wedding_id = "_s + out.value(wedding);
    QString sql = u"wedding_id IS NULL AND "_s;
    // Compared as text so that no database walks the whole organization's index for a
    // supplier's handful of rows (SQLite does without statistics): the entity's index serves.
    if (!filter.organizationId.isEmpty())
        sql += u"CAST(organization_id AS TEXT) = "_s
            + out.value(ids::normalized(filter.organizationId)) + u" AND "_s;
    return sql + SupplierRowsOfWedding.at(part - 1).arg(out.value(wedding));
}

// The WHERE clause of a filter; only fixed column names go into the text.
SqlFilter filterSql(const AuditRepository::Filter &filter)
{
    SqlFilter out;
    commonTerms(out, filter);
    if (filter.weddingId.isEmpty()) {
        out.equalsIfSet(u"organization_id"_s, filter.organizationId);
        return out;
    }
    QStringList parts;
    for (int part = 0; part < 3; ++part)
        parts << u'(' + weddingPart(out, filter, part) + u')';
    out.term(u'(' + parts.join(u" OR "_s) + u')');
    return out;
}

} // namespace

AuditRepository::AuditRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<AuditRecord> AuditRepository::append(AuditRecord entry)
{
    if (entry.id.isEmpty())
        entry.id = ids::create();
    if (!entry.occurredAt.isValid())
        entry.occurredAt = m_clock.now();
    SqlQuery q(m_db,
               u"INSERT INTO audit_log (id, occurred_at, actor_id, organization_id, entity_type,"
               " entity_id, action, before_json, after_json, request_id, wedding_id)"
               " VALUES (:id, :at, :actor, :org, :entityType, :entityId, :action, :before, :after,"
               " :request, :wedding)"_s);
    q.bind(u":id"_s, entry.id)
        .bind(u":at"_s, sql::timestamp(entry.occurredAt))
        .bind(u":actor"_s, sql::nullableText(entry.actorId))
        .bind(u":org"_s, sql::nullableText(entry.organizationId))
        .bind(u":entityType"_s, entry.entityType)
        .bind(u":entityId"_s, sql::nullableText(entry.entityId))
        .bind(u":action"_s, entry.action)
        .bind(u":before"_s, optionalJson(entry.before))
        .bind(u":after"_s, optionalJson(entry.after))
        .bind(u":request"_s, sql::nullableText(entry.requestId))
        .bind(u":wedding"_s, sql::nullableText(entry.weddingId));
    if (auto done = q.exec(u"writing the audit log"_s); !done)
        return done.error();
    return entry;
}

Result<QList<AuditRecord>> AuditRepository::query(const Filter &filter)
{
    const int limit = qBound(1, filter.limit, 1000), offset = qMax(0, filter.offset);
    const QString newest = u" ORDER BY occurred_at DESC, id DESC"_s;
    QList<SqlFilter> wheres;
    QString sql;
    if (filter.weddingId.isEmpty()) {
        wheres << filterSql(filter);
        sql = u"SELECT "_s + Columns + u" FROM audit_log"_s + wheres.first().where() + newest;
    } else {
        // A wedding's timeline: each part newest first through its own index and no longer than
        // the page, then merged (one OR over the parts has the database sort every row of a
        // large wedding for each page).
        QStringList parts;
        for (int part = 0; part < 3; ++part) {
            SqlFilter where(u":p%1_"_s.arg(part));
            commonTerms(where, filter);
            where.term(weddingPart(where, filter, part));
            parts << u"SELECT * FROM (SELECT "_s + Columns + u" FROM audit_log"_s + where.where()
                    + newest + u" LIMIT "_s + QString::number(limit + offset) + u") AS part"_s
                    + QString::number(part);
            wheres << where;
        }
        sql = u"SELECT "_s + Columns + u" FROM ("_s + parts.join(u" UNION ALL "_s)
            + u") AS timeline"_s + newest;
    }
    SqlQuery q(m_db, sql + u" LIMIT :limit OFFSET :offset"_s);
    for (const SqlFilter &where : std::as_const(wheres))
        where.bindTo(q);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (auto done = q.exec(u"reading the audit log"_s); !done)
        return done.error();
    QList<AuditRecord> out;
    while (q.next()) {
        out << AuditRecord {q.text(0),
                            sql::toDateTime(q.value(1)),
                            q.text(2),
                            q.text(3),
                            q.text(4),
                            q.text(5),
                            q.text(6),
                            readOptionalJson(q.value(7)),
                            readOptionalJson(q.value(8)),
                            q.text(9),
                            {},
                            {},
                            q.text(10)};
    }
    return out;
}

Result<qint64> AuditRepository::count(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM audit_log"_s + where.where());
    where.bindTo(q);
    if (auto done = q.exec(u"counting the audit log"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QStringList> AuditRepository::suppliersWeddings(const QString &entityType,
                                                       const QString &entityId)
{
    QString sql;
    if (entityType == SupplierEntity)
        sql = u"SELECT wedding_id FROM wedding_access WHERE user_id = :id"_s;
    else if (entityType == ComplianceRecordEntity)
        sql = u"SELECT a.wedding_id FROM compliance_records r JOIN wedding_access a"
              " ON a.user_id = r.supplier_id WHERE r.id = :id"_s;
    if (sql.isEmpty() || !ids::isUuid(entityId))
        return QStringList();
    SqlQuery q(m_db, sql + u" ORDER BY 1"_s);
    q.bind(u":id"_s, ids::normalized(entityId));
    if (auto done = q.exec(u"finding a supplier's weddings"_s); !done)
        return done.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

Result<std::optional<QJsonObject>>
AuditRepository::snapshotAt(const QString &entityType, const QString &entityId, qint64 version)
{
    Filter filter;
    filter.entityType = entityType;
    filter.entityId = entityId;
    filter.limit = 500; // a section's recent history; older bases are rarely replayed
    auto rows = query(filter);
    if (!rows)
        return rows.error();
    // The row that wrote the version, or the next one, which started from it.
    for (const AuditRecord &row : rows.value()) {
        for (const auto &side : {row.after, row.before}) {
            if (side && side->value(u"version"_s).toInteger(-1) == version)
                return std::optional<QJsonObject>(*side);
        }
    }
    return std::optional<QJsonObject>();
}

} // namespace wedsync::server
