#include "storage/WebhookDeliveryRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/WebhookEndpointRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using webhooks::Delivery;

namespace {

const QString Columns
    = u"id, endpoint_id, organization_id, event_id, event_type, payload, status, attempt_count,"
      " next_attempt_at, last_response_code, latency_ms, last_error, created_at, delivered_at"_s;

Delivery readDelivery(const SqlQuery &q)
{
    Delivery d;
    d.id = q.text(0);
    d.endpointId = q.text(1);
    d.organizationId = q.text(2);
    d.eventId = q.text(3);
    d.eventType = q.text(4);
    d.payload = q.text(5).toUtf8();
    d.status = q.text(6);
    d.attemptCount = q.value(7).toInt();
    d.nextAttemptAt = sql::toDateTime(q.value(8));
    d.lastResponseCode = q.value(9).isNull() ? 0 : q.value(9).toInt();
    d.latencyMs = q.value(10).isNull() ? -1 : q.value(10).toInt();
    d.lastError = q.text(11);
    d.createdAt = sql::toDateTime(q.value(12));
    d.deliveredAt = sql::toDateTime(q.value(13));
    return d;
}

SqlFilter filterSql(const WebhookDeliveryRepository::Filter &filter)
{
    SqlFilter out;
    out.compare(u"organization_id"_s, u"="_s, filter.organizationId);
    out.compare(u"endpoint_id"_s, u"="_s, filter.endpointId);
    out.equalsIfSet(u"status"_s, filter.status);
    if (filter.beforeAt.isValid() && !filter.beforeId.isEmpty())
        out.before(u"created_at"_s, u"id"_s, sql::timestamp(filter.beforeAt), filter.beforeId);
    return out;
}

QVariant codeOrNull(int code)
{
    return code > 0 ? QVariant(code) : QVariant(QMetaType(QMetaType::Int));
}

QVariant latencyOrNull(int ms)
{
    return ms >= 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

WebhookDeliveryRepository::WebhookDeliveryRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<int> WebhookDeliveryRepository::enqueueEvent(const QString &organizationId,
                                                    const QString &eventType,
                                                    const QJsonObject &data)
{
    auto endpoints
        = WebhookEndpointRepository(m_db, m_clock).subscribers(organizationId, eventType);
    if (!endpoints)
        return endpoints.error();
    if (endpoints->isEmpty())
        return 0;
    const QString eventId = ids::create();
    const QByteArray payload
        = webhooks::eventPayload(eventId, eventType, m_clock.now(), organizationId, data);
    for (const webhooks::Endpoint &e : std::as_const(endpoints.value())) {
        if (auto made = enqueueTo(organizationId, e.id, eventId, eventType, payload); !made)
            return made.error();
    }
    return static_cast<int>(endpoints->size());
}

Result<Delivery> WebhookDeliveryRepository::enqueueTo(const QString &organizationId,
                                                      const QString &endpointId,
                                                      const QString &eventId,
                                                      const QString &eventType,
                                                      const QByteArray &payload)
{
    Delivery d;
    d.id = ids::create();
    d.endpointId = endpointId;
    d.organizationId = organizationId;
    d.eventId = eventId;
    d.eventType = eventType;
    d.payload = payload;
    d.createdAt = m_clock.now();
    d.nextAttemptAt = d.createdAt;
    SqlQuery q(m_db,
               u"INSERT INTO webhook_deliveries (id, endpoint_id, organization_id, event_id,"
               " event_type, payload, status, attempt_count, next_attempt_at, created_at)"
               " VALUES (:id, :endpoint, :org, :event, :type, :payload, 'pending', 0, :next,"
               " :created)"_s);
    q.bind(u":id"_s, d.id)
        .bind(u":endpoint"_s, endpointId)
        .bind(u":org"_s, organizationId)
        .bind(u":event"_s, eventId)
        .bind(u":type"_s, eventType)
        .bind(u":payload"_s, QString::fromUtf8(payload))
        .bind(u":next"_s, sql::timestamp(d.nextAttemptAt))
        .bind(u":created"_s, sql::timestamp(d.createdAt));
    if (auto done = q.exec(u"queueing a webhook delivery"_s); !done)
        return done.error();
    return d;
}

Result<std::optional<Delivery>> WebhookDeliveryRepository::find(const QString &organizationId,
                                                                const QString &endpointId,
                                                                const QString &id)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM webhook_deliveries WHERE organization_id = :org"
                     " AND endpoint_id = :endpoint AND id = :id"_s);
    q.bind(u":org"_s, organizationId).bind(u":endpoint"_s, endpointId).bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a webhook delivery"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<Delivery>();
    return std::optional<Delivery>(readDelivery(q));
}

Result<qint64> WebhookDeliveryRepository::count(const Filter &filter)
{
    return filterSql(filter).count(m_db, u"webhook_deliveries"_s, u"counting webhook deliveries"_s);
}

Result<QList<Delivery>> WebhookDeliveryRepository::query(const Filter &filter)
{
    return filterSql(filter).newestFirst(
        m_db, u"SELECT "_s + Columns + u" FROM webhook_deliveries"_s, filter.limit, filter.offset,
        u"listing webhook deliveries"_s, readDelivery);
}

Result<QHash<QString, Delivery>>
WebhookDeliveryRepository::latestPerEndpoint(const QString &organizationId)
{
    // One index probe per endpoint (webhook_deliveries_endpoint), on both databases.
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM webhook_deliveries d WHERE d.organization_id = :org AND d.id ="
                     " (SELECT n.id FROM webhook_deliveries n WHERE n.endpoint_id = d.endpoint_id"
                     " ORDER BY n.created_at DESC, n.id DESC LIMIT 1)"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading the newest webhook deliveries"_s); !done)
        return done.error();
    QHash<QString, Delivery> out;
    while (q.next()) {
        Delivery d = readDelivery(q);
        out.insert(d.endpointId, d);
    }
    return out;
}

Result<QList<Delivery>> WebhookDeliveryRepository::due(int limit)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM webhook_deliveries WHERE next_attempt_at IS NOT NULL"
                     " AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit"_s);
    q.bind(u":now"_s, sql::timestamp(m_clock.now())).bind(u":limit"_s, qMax(1, limit));
    if (auto done = q.exec(u"finding due webhook deliveries"_s); !done)
        return done.error();
    QList<Delivery> out;
    while (q.next())
        out << readDelivery(q);
    return out;
}

Result<bool> WebhookDeliveryRepository::claim(const Delivery &d, const QDateTime &leaseUntil)
{
    SqlQuery q(m_db,
               u"UPDATE webhook_deliveries SET next_attempt_at = :lease"
               " WHERE id = :id AND next_attempt_at = :seen"_s);
    q.bind(u":lease"_s, sql::timestamp(leaseUntil))
        .bind(u":id"_s, d.id)
        .bind(u":seen"_s, sql::timestamp(d.nextAttemptAt));
    if (auto done = q.exec(u"claiming a webhook delivery"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

Status WebhookDeliveryRepository::recordDelivered(const QString &id, int responseCode,
                                                  int latencyMs)
{
    SqlQuery q(m_db,
               u"UPDATE webhook_deliveries SET status = 'delivered', next_attempt_at = NULL,"
               " attempt_count = attempt_count + 1, last_response_code = :code,"
               " latency_ms = :latency, last_error = NULL, delivered_at = :now"
               " WHERE id = :id"_s);
    q.bind(u":code"_s, codeOrNull(responseCode))
        .bind(u":latency"_s, latencyOrNull(latencyMs))
        .bind(u":now"_s, sql::timestamp(m_clock.now()))
        .bind(u":id"_s, id);
    return q.exec(u"recording a webhook delivery"_s);
}

Status WebhookDeliveryRepository::recordFailure(const QString &id, int responseCode, int latencyMs,
                                                const QString &error,
                                                const std::optional<QDateTime> &nextAttemptAt)
{
    SqlQuery q(m_db,
               u"UPDATE webhook_deliveries SET status = :status, next_attempt_at = :next,"
               " attempt_count = attempt_count + 1, last_response_code = :code,"
               " latency_ms = :latency, last_error = :error WHERE id = :id"_s);
    q.bind(u":status"_s,
           nextAttemptAt ? QString::fromLatin1(webhooks::Failed)
                         : QString::fromLatin1(webhooks::Dead))
        .bind(u":next"_s,
              nextAttemptAt ? QVariant(sql::timestamp(*nextAttemptAt))
                            : QVariant(QMetaType(QMetaType::QString)))
        .bind(u":code"_s, codeOrNull(responseCode))
        .bind(u":latency"_s, latencyOrNull(latencyMs))
        .bind(u":error"_s, error.left(500))
        .bind(u":id"_s, id);
    return q.exec(u"recording a failed webhook delivery"_s);
}

} // namespace wedsync::server
