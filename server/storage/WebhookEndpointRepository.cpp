#include "storage/WebhookEndpointRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using webhooks::Endpoint;

namespace {

const QString Columns = u"id, organization_id, url, description, event_types, enabled,"
                        " created_by, created_at, updated_at, version"_s;

Endpoint readEndpoint(const SqlQuery &q)
{
    Endpoint e;
    e.id = q.text(0);
    e.organizationId = q.text(1);
    e.url = q.text(2);
    e.description = q.text(3);
    for (const QJsonValue &type : QJsonDocument::fromJson(q.text(4).toUtf8()).array())
        e.eventTypes << type.toString();
    e.enabled = q.value(5).toBool();
    e.createdBy = q.text(6);
    e.createdAt = sql::toDateTime(q.value(7));
    e.updatedAt = sql::toDateTime(q.value(8));
    e.version = q.value(9).toLongLong();
    return e;
}

QString typesText(const QStringList &types)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
}

Error notFound()
{
    return Error {u"not_found"_s, u"The webhook endpoint was not found."_s, {}};
}

} // namespace

WebhookEndpointRepository::WebhookEndpointRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QByteArray WebhookEndpointRepository::secretBinding(const QString &id)
{
    return "webhook:" + id.toLower().toUtf8() + ":secret";
}

Result<Endpoint> WebhookEndpointRepository::create(Endpoint e, const QByteArray &sealedSecret)
{
    const QDateTime now = m_clock.now();
    e.version = 1;
    e.createdAt = now;
    e.updatedAt = now;
    SqlQuery q(m_db,
               u"INSERT INTO webhook_endpoints (id, organization_id, url, description, event_types,"
               " secret_sealed, enabled, created_by, created_at, updated_at, version)"
               " VALUES (:id, :org, :url, :description, :types, :secret, :enabled, :by, :now,"
               " :now2, 1)"_s);
    q.bind(u":id"_s, e.id)
        .bind(u":org"_s, e.organizationId)
        .bind(u":url"_s, e.url)
        .bind(u":description"_s, sql::text(e.description))
        .bind(u":types"_s, typesText(e.eventTypes))
        .bind(u":secret"_s, sealedSecret)
        .bind(u":enabled"_s, e.enabled)
        .bind(u":by"_s, sql::nullableText(e.createdBy))
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":now2"_s, sql::timestamp(now));
    if (auto done = q.exec(u"adding a webhook endpoint"_s); !done)
        return done.error();
    return e;
}

Result<std::optional<Endpoint>> WebhookEndpointRepository::find(const QString &organizationId,
                                                                const QString &id)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM webhook_endpoints WHERE organization_id = :org AND id = :id"_s);
    q.bind(u":org"_s, organizationId).bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a webhook endpoint"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<Endpoint>();
    return std::optional<Endpoint>(readEndpoint(q));
}

Result<QList<Endpoint>> WebhookEndpointRepository::list(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM webhook_endpoints WHERE organization_id = :org"
                     " ORDER BY created_at, id"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"listing webhook endpoints"_s); !done)
        return done.error();
    QList<Endpoint> out;
    while (q.next())
        out << readEndpoint(q);
    return out;
}

Result<Endpoint> WebhookEndpointRepository::update(const Endpoint &e, qint64 expectedVersion)
{
    SqlQuery q(m_db,
               u"UPDATE webhook_endpoints SET url = :url, description = :description,"
               " event_types = :types, enabled = :enabled, updated_at = :now,"
               " version = version + 1"
               " WHERE organization_id = :org AND id = :id AND version = :expected"_s);
    q.bind(u":url"_s, e.url)
        .bind(u":description"_s, sql::text(e.description))
        .bind(u":types"_s, typesText(e.eventTypes))
        .bind(u":enabled"_s, e.enabled)
        .bind(u":now"_s, sql::timestamp(m_clock.now()))
        .bind(u":org"_s, e.organizationId)
        .bind(u":id"_s, e.id)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"changing a webhook endpoint"_s); !done)
        return done.error();
    if (q.rowsAffected() == 0)
        return explainMiss(e.organizationId, e.id).error();
    auto stored = find(e.organizationId, e.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return notFound();
    return stored->value();
}

Status WebhookEndpointRepository::remove(const QString &organizationId, const QString &id,
                                         qint64 expectedVersion)
{
    // Deliveries go first: SQLite runs without foreign-key cascades on some connections.
    SqlQuery deliveries(m_db,
                        u"DELETE FROM webhook_deliveries WHERE organization_id = :org"
                        " AND endpoint_id = :id"_s);
    deliveries.bind(u":org"_s, organizationId).bind(u":id"_s, id);
    if (auto done = deliveries.exec(u"deleting a webhook's deliveries"_s); !done)
        return done;
    SqlQuery q(m_db,
               u"DELETE FROM webhook_endpoints WHERE organization_id = :org AND id = :id"
               " AND version = :expected"_s);
    q.bind(u":org"_s, organizationId).bind(u":id"_s, id).bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"deleting a webhook endpoint"_s); !done)
        return done;
    if (q.rowsAffected() == 0)
        return explainMiss(organizationId, id);
    return ok();
}

Result<QList<Endpoint>> WebhookEndpointRepository::subscribers(const QString &organizationId,
                                                               const QString &eventType)
{
    auto all = list(organizationId);
    if (!all)
        return all.error();
    QList<Endpoint> out;
    for (const Endpoint &e : std::as_const(all.value())) {
        if (e.enabled && e.eventTypes.contains(eventType))
            out << e;
    }
    return out;
}

Result<QByteArray> WebhookEndpointRepository::sealedSecret(const QString &id)
{
    SqlQuery q(m_db, u"SELECT secret_sealed FROM webhook_endpoints WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a webhook secret"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Status WebhookEndpointRepository::explainMiss(const QString &organizationId, const QString &id)
{
    auto current = find(organizationId, id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return notFound();
    return Error {u"version_conflict"_s,
                  u"Someone else changed this webhook endpoint; reload it and apply your change "
                  "again."_s,
                  {}};
}

} // namespace wedsync::server
