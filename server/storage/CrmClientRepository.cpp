#include "storage/CrmClientRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns
    = u"SELECT id, organization_id, integration_id, external_id, fields, email_key, content_hash,"
      " version, changed_by_wedsync_at, changed_by_crm_at, created_at, updated_at,"
      " synced_fields, wedsync_changed_by, pushed_hash, pushed_at FROM crm_clients"_s;

CrmClientRow readRow(const SqlQuery &q)
{
    return CrmClientRow {q.text(0),
                         q.text(1),
                         q.text(2),
                         q.text(3),
                         sql::toJsonObject(q.value(4)),
                         q.text(5),
                         q.text(6),
                         q.value(7).toLongLong(),
                         sql::toDateTime(q.value(8)),
                         sql::toDateTime(q.value(9)),
                         sql::toDateTime(q.value(10)),
                         sql::toDateTime(q.value(11)),
                         q.value(12).isNull()
                             ? std::nullopt
                             : std::optional<QJsonObject>(sql::toJsonObject(q.value(12))),
                         ids::normalized(q.text(13)),
                         q.text(14),
                         sql::toDateTime(q.value(15))};
}

QString likePattern(const QString &search)
{
    QString escaped = search.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

SqlFilter filterSql(const CrmClientRepository::Filter &filter)
{
    SqlFilter out;
    out.equalsIfSet(u"organization_id"_s, filter.organizationId);
    out.equalsIfSet(u"integration_id"_s, filter.integrationId);
    if (!filter.search.isEmpty())
        out.term(u"lower(CAST(fields AS TEXT)) LIKE "_s + out.value(likePattern(filter.search))
                 + u" ESCAPE '\\'"_s);
    out.timeWindow(u"created_at"_s, u"id"_s, {}, {}, filter.beforeAt, filter.beforeId);
    return out;
}

QVariant time(const QDateTime &at)
{
    return at.isValid() ? QVariant(sql::timestamp(at)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

CrmClientRepository::CrmClientRepository(Database &db)
    : m_db(db)
{ }

Result<QList<CrmClientRow>> CrmClientRepository::query(const Filter &filter)
{
    return filterSql(filter).newestFirst(m_db, Columns, filter.limit, filter.offset,
                                         u"reading clients"_s, readRow);
}

Result<qint64> CrmClientRepository::count(const Filter &filter)
{
    return filterSql(filter).count(m_db, u"crm_clients"_s, u"counting clients"_s);
}

Result<std::optional<CrmClientRow>> CrmClientRepository::findByEmail(const QString &organizationId,
                                                                     const QString &emailKey)
{
    SqlQuery q(m_db,
               Columns
                   + u" WHERE organization_id = :org AND email_key = :email"
                     " ORDER BY created_at, id LIMIT 1"_s);
    q.bind(u":org"_s, organizationId).bind(u":email"_s, emailKey);
    if (auto done = q.exec(u"matching a client by e-mail"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<CrmClientRow>();
    return std::optional<CrmClientRow>(readRow(q));
}

Result<std::optional<CrmClientRow>> CrmClientRepository::find(const QString &organizationId,
                                                              const QString &id)
{
    SqlQuery q(m_db, Columns + u" WHERE organization_id = :org AND id = :id"_s);
    q.bind(u":org"_s, organizationId).bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a client"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<CrmClientRow>();
    return std::optional<CrmClientRow>(readRow(q));
}

Result<bool> CrmClientRepository::updateFromWedsync(const CrmClientRow &row, qint64 version,
                                                    const QDateTime &at)
{
    SqlQuery q(
        m_db,
        u"UPDATE crm_clients SET fields = :fields, email_key = :email, version = version + 1,"
        " changed_by_wedsync_at = :at, wedsync_changed_by = :by, updated_at = :at"
        " WHERE id = :id AND organization_id = :org AND version = :version"_s);
    q.bind(u":fields"_s, sql::jsonText(row.fields))
        .bind(u":email"_s, sql::text(row.emailKey))
        .bind(u":at"_s, sql::timestamp(at))
        .bind(u":by"_s, sql::nullableText(row.wedsyncChangedBy))
        .bind(u":id"_s, row.id)
        .bind(u":org"_s, row.organizationId)
        .bind(u":version"_s, version);
    if (auto done = q.exec(u"changing a client"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

Status CrmClientRepository::insert(const CrmClientRow &row)
{
    SqlQuery q(m_db,
               u"INSERT INTO crm_clients (id, organization_id, integration_id, external_id, fields,"
               " synced_fields, email_key, content_hash, version, changed_by_wedsync_at,"
               " changed_by_crm_at, created_at, updated_at) VALUES (:id, :org, :integration,"
               " :external, :fields, :fields, :email, :hash, 1, NULL, :crmAt, :at, :at)"_s);
    q.bind(u":id"_s, row.id)
        .bind(u":org"_s, row.organizationId)
        .bind(u":integration"_s, sql::nullableText(row.integrationId))
        .bind(u":external"_s, sql::nullableText(row.externalId))
        .bind(u":fields"_s, sql::jsonText(row.fields))
        .bind(u":email"_s, sql::text(row.emailKey))
        .bind(u":hash"_s, sql::text(row.contentHash))
        .bind(u":crmAt"_s, time(row.changedByCrmAt))
        .bind(u":at"_s, sql::timestamp(row.createdAt));
    return q.exec(u"storing a client"_s);
}

Status CrmClientRepository::update(const CrmClientRow &row)
{
    SqlQuery q(m_db,
               u"UPDATE crm_clients SET fields = :fields, email_key = :email, content_hash = :hash,"
               " version = version + 1, changed_by_crm_at = :crmAt, updated_at = :at"
               " WHERE id = :id AND organization_id = :org"_s);
    q.bind(u":fields"_s, sql::jsonText(row.fields))
        .bind(u":email"_s, sql::text(row.emailKey))
        .bind(u":hash"_s, sql::text(row.contentHash))
        .bind(u":crmAt"_s, time(row.changedByCrmAt))
        .bind(u":at"_s, sql::timestamp(row.updatedAt))
        .bind(u":id"_s, row.id)
        .bind(u":org"_s, row.organizationId);
    return q.exec(u"updating a client"_s);
}

} // namespace wedsync::server
