#pragma once
// An organization's webhook endpoints, versioned. Every call takes the organization id:
// another tenant's endpoint is "not found". The sealed secret is read only by the delivery
// worker (sealedSecret) and written only at creation.

#include "Clock.h"
#include "WebhookRecords.h"
#include "storage/Database.h"

#include <optional>

namespace wedsync::server {

class WebhookEndpointRepository
{
public:
    WebhookEndpointRepository(Database &db, const Clock &clock);

    // Stores `e` (version 1, timestamps from the clock) with its sealed secret.
    Result<webhooks::Endpoint> create(webhooks::Endpoint e, const QByteArray &sealedSecret);
    Result<std::optional<webhooks::Endpoint>> find(const QString &organizationId,
                                                   const QString &id);
    // The organization's endpoints, oldest first.
    Result<QList<webhooks::Endpoint>> list(const QString &organizationId);
    // Writes url, description, event types and enabled if the stored version is
    // `expectedVersion`, then bumps it. Errors: not_found, version_conflict.
    Result<webhooks::Endpoint> update(const webhooks::Endpoint &e, qint64 expectedVersion);
    // Deletes it and its deliveries. Errors: not_found, version_conflict.
    Status remove(const QString &organizationId, const QString &id, qint64 expectedVersion);

    // The enabled endpoints of the organization that subscribe to `eventType`.
    Result<QList<webhooks::Endpoint>> subscribers(const QString &organizationId,
                                                  const QString &eventType);
    // Empty when the endpoint is gone.
    Result<QByteArray> sealedSecret(const QString &id);

    // SecretBox's associated data for an endpoint's secret.
    static QByteArray secretBinding(const QString &id);

private:
    Status explainMiss(const QString &organizationId, const QString &id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
