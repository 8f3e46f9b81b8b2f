#pragma once
// Deliveries of events to webhook endpoints: written pending in the transaction of the change
// they report (enqueue), claimed by the delivery worker for one attempt at a time, and closed
// as delivered, failed (another attempt planned) or dead. A claim pushes next_attempt_at past
// the attempt's timeout, so a delivery whose server died mid-attempt is tried again later, by
// this server after a restart or by another one on the same PostgreSQL.

#include "Clock.h"
#include "WebhookRecords.h"
#include "storage/Database.h"

#include <QHash>

#include <optional>

namespace wedsync::server {

class WebhookDeliveryRepository
{
public:
    // A page of an endpoint's delivery log (newest first, see KeysetPage).
    struct Filter
    {
        QString organizationId;
        QString endpointId;
        QString status; // empty: any
        int limit = 50;
        int offset = 0;
        QDateTime beforeAt; // keyset position: created_at
        QString beforeId;
    };

    WebhookDeliveryRepository(Database &db, const Clock &clock);

    // One pending delivery per enabled endpoint of the organization subscribed to `eventType`,
    // all with one new event id and body. Call inside the transaction of the change. Returns
    // how many were written.
    Result<int> enqueueEvent(const QString &organizationId, const QString &eventType,
                             const QJsonObject &data);
    // A pending delivery of `eventType` to one endpoint (a ping, a redelivery).
    Result<webhooks::Delivery> enqueueTo(const QString &organizationId, const QString &endpointId,
                                         const QString &eventId, const QString &eventType,
                                         const QByteArray &payload);

    Result<std::optional<webhooks::Delivery>> find(const QString &organizationId,
                                                   const QString &endpointId, const QString &id);
    Result<qint64> count(const Filter &filter);
    Result<QList<webhooks::Delivery>> query(const Filter &filter);
    // The newest delivery of each of the organization's endpoints that has one, by endpoint.
    Result<QHash<QString, webhooks::Delivery>> latestPerEndpoint(const QString &organizationId);

    // Up to `limit` deliveries due at `now`, the oldest due first.
    Result<QList<webhooks::Delivery>> due(int limit);
    // Takes `d` for one attempt until `leaseUntil`; false if someone else took it first.
    Result<bool> claim(const webhooks::Delivery &d, const QDateTime &leaseUntil);
    // The attempt's outcome: delivered, or failed with the next attempt (none: dead).
    Status recordDelivered(const QString &id, int responseCode, int latencyMs);
    Status recordFailure(const QString &id, int responseCode, int latencyMs, const QString &error,
                         const std::optional<QDateTime> &nextAttemptAt);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server

namespace wedsync::webhooks {
// A delivery's place in the newest-first log (found by argument-dependent lookup).
inline QDateTime keysetTime(const Delivery &d)
{
    return d.createdAt;
}
} // namespace wedsync::webhooks
