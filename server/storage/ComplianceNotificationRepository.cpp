#include "storage/ComplianceNotificationRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

SqlFilter filterSql(const ComplianceNotificationRepository::Filter &filter)
{
    SqlFilter out;
    out.equalsIfSet(u"organization_id"_s, filter.organizationId);
    out.equalsIfSet(u"supplier_id"_s, filter.supplierId);
    out.equalsIfSet(u"kind"_s, filter.kind);
    out.timeWindow(u"created_at"_s, u"id"_s, {}, {}, filter.beforeAt, filter.beforeId);
    return out;
}

} // namespace

ComplianceNotificationRepository::ComplianceNotificationRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<ComplianceNotificationRow>
ComplianceNotificationRepository::append(ComplianceNotificationRow notification)
{
    notification.id = ids::create();
    notification.occurredAt = m_clock.now();
    SqlQuery q(m_db,
               u"INSERT INTO compliance_notifications (id, organization_id, supplier_id, kind,"
               " record_id, details_json, created_at)"
               " VALUES (:id, :org, :supplier, :kind, :record, :details, :at)"_s);
    q.bind(u":id"_s, notification.id)
        .bind(u":org"_s, notification.organizationId)
        .bind(u":supplier"_s, notification.supplierId)
        .bind(u":kind"_s, notification.kind)
        .bind(u":record"_s, sql::nullableText(notification.recordId))
        .bind(u":details"_s, sql::jsonText(notification.details))
        .bind(u":at"_s, sql::timestamp(notification.occurredAt));
    if (auto done = q.exec(u"recording a compliance notification"_s); !done)
        return done.error();
    return notification;
}

Result<QList<ComplianceNotificationRow>>
ComplianceNotificationRepository::query(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db,
               u"SELECT id, organization_id, supplier_id, kind, record_id, details_json,"
               " created_at FROM compliance_notifications"_s
                   + where.where()
                   + u" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"_s);
    where.bindTo(q);
    q.bind(u":limit"_s, qBound(1, filter.limit, 1000)).bind(u":offset"_s, qMax(0, filter.offset));
    if (auto done = q.exec(u"reading compliance notifications"_s); !done)
        return done.error();
    QList<ComplianceNotificationRow> out;
    while (q.next()) {
        out << ComplianceNotificationRow {q.text(0),
                                          q.text(1),
                                          q.text(2),
                                          q.text(3),
                                          q.text(4),
                                          sql::toJsonObject(q.value(5)),
                                          sql::toDateTime(q.value(6))};
    }
    return out;
}

Result<qint64> ComplianceNotificationRepository::count(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM compliance_notifications"_s + where.where());
    where.bindTo(q);
    if (auto done = q.exec(u"counting compliance notifications"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace wedsync::server
