#pragma once
// An organization's webhook endpoints as the API changes them: validated by core's rules and
// by the target guard (no private address unless the server allows it), each write one
// AuditedTransaction (audit row "webhook_endpoint", never holding the secret). The secret is
// made here, sealed at once, and returned only by create().

#include "WebhookRecords.h"
#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"

#include <functional>

namespace wedsync::server {

class SecretBox;
class WebhookTargetGuard;

class WebhookService
{
public:
    static QString entityType() { return QStringLiteral("webhook_endpoint"); }

    struct Created
    {
        webhooks::Endpoint endpoint;
        QString secret; // "whsec_..."; shown once
    };

    WebhookService(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                   const SecretBox *box, const WebhookTargetGuard &guard);

    // Told after a ping or a redelivery was queued (the worker sends it at once).
    std::function<void()> onQueued;

    Result<std::optional<webhooks::Endpoint>> find(const QString &organizationId,
                                                   const QString &id);
    // With each endpoint's newest delivery (status, HTTP code, when), on `db` (a reader's).
    static Result<QList<webhooks::Endpoint>> list(Database &db, const Clock &clock,
                                                  const QString &organizationId);

    // Errors: validation_failed (per field), secrets_unavailable.
    Result<Created> create(const MutationActor &actor, const QString &organizationId,
                           const QJsonObject &body);
    // Errors: not_found, version_conflict, validation_failed.
    Result<webhooks::Endpoint> update(const MutationActor &actor, const QString &organizationId,
                                      const QString &id, const IfMatch &ifMatch,
                                      const QJsonObject &body);
    // Deletes it with its delivery log. Errors: not_found, version_conflict.
    Status remove(const MutationActor &actor, const QString &organizationId, const QString &id,
                  const IfMatch &ifMatch);

    // Queues a "ping" event to the endpoint (even a disabled one). Errors: not_found.
    Result<webhooks::Delivery> ping(const MutationActor &actor, const QString &organizationId,
                                    const QString &id);
    // Queues the same event (same id and body) again as a new delivery. Errors: not_found.
    Result<webhooks::Delivery> redeliver(const MutationActor &actor, const QString &organizationId,
                                         const QString &endpointId, const QString &deliveryId);

private:
    // Per-field problems of `e`'s target, beyond core's URL rules.
    QList<FieldError> targetProblems(const webhooks::Endpoint &e) const;
    Result<webhooks::Delivery> queue(const MutationActor &actor, const QString &organizationId,
                                     const QString &endpointId, const QString &action,
                                     const std::function<Result<webhooks::Delivery>()> &write);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    const SecretBox *m_box;
    const WebhookTargetGuard &m_guard;
};

} // namespace wedsync::server
