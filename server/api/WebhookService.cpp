#include "api/WebhookService.h"

#include "WebhookEvents.h"
#include "auth/Base64Url.h"
#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "storage/WebhookDeliveryRepository.h"
#include "storage/WebhookEndpointRepository.h"
#include "webhooks/WebhookTargetGuard.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using webhooks::Delivery;
using webhooks::Endpoint;

namespace {

Error validationFailed(QList<FieldError> fields)
{
    return Error {u"validation_failed"_s, u"Some fields are not valid; see details.fields."_s,
                  std::move(fields)};
}

Error versionConflict()
{
    return Error {u"version_conflict"_s,
                  u"Someone else changed this webhook endpoint; reload it and apply your change "
                  "again."_s,
                  {}};
}

Error notFound(const QString &what = u"webhook endpoint"_s)
{
    return Error {u"not_found"_s, u"The %1 was not found."_s.arg(what), {}};
}

QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return u"whsec_"_s + QString::fromLatin1(Base64Url::encode(bytes));
}

void apply(const webhooks::EndpointInput &input, Endpoint *e)
{
    if (input.url)
        e->url = *input.url;
    if (input.description)
        e->description = *input.description;
    if (input.eventTypes)
        e->eventTypes = *input.eventTypes;
    if (input.enabled)
        e->enabled = *input.enabled;
}

} // namespace

WebhookService::WebhookService(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                               const SecretBox *box, const WebhookTargetGuard &guard)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_box(box)
    , m_guard(guard)
{ }

Result<std::optional<Endpoint>> WebhookService::find(const QString &organizationId,
                                                     const QString &id)
{
    return WebhookEndpointRepository(m_db, m_clock).find(organizationId, id);
}

Result<QList<Endpoint>> WebhookService::list(Database &db, const Clock &clock,
                                             const QString &organizationId)
{
    auto endpoints = WebhookEndpointRepository(db, clock).list(organizationId);
    if (!endpoints)
        return endpoints;
    auto latest = WebhookDeliveryRepository(db, clock).latestPerEndpoint(organizationId);
    if (!latest)
        return latest.error();
    QList<Endpoint> out = endpoints.value();
    for (Endpoint &e : out) {
        if (const auto found = latest->constFind(e.id); found != latest->cend())
            webhooks::noteLastDelivery(&e, *found);
    }
    return out;
}

QList<FieldError> WebhookService::targetProblems(const Endpoint &e) const
{
    if (const QString problem = m_guard.savedTargetProblem(QUrl(e.url, QUrl::StrictMode));
        !problem.isEmpty())
        return {FieldError {u"url"_s, problem}};
    return {};
}

Result<WebhookService::Created> WebhookService::create(const MutationActor &actor,
                                                       const QString &organizationId,
                                                       const QJsonObject &body)
{
    webhooks::EndpointInput input;
    QList<FieldError> errors = webhooks::readInput(body, true, &input);
    Endpoint e;
    apply(input, &e);
    if (errors.isEmpty())
        errors << targetProblems(e);
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (!m_box)
        return Error {u"secrets_unavailable"_s,
                      u"This server cannot seal webhook secrets (its CPU lacks AES-GCM); run it "
                      "on a machine that has it."_s,
                      {}};
    e.id = ids::create();
    e.organizationId = organizationId;
    e.createdBy = actor.userId;
    const QString secret = newSecret();
    const QByteArray sealed
        = m_box->seal(secret.toUtf8(), WebhookEndpointRepository::secretBinding(e.id));

    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto stored = WebhookEndpointRepository(m_db, m_clock).create(e, sealed);
    if (!stored)
        return stored.error();
    if (auto audited = tx.audit(organizationId, entityType(), e.id, u"create"_s, std::nullopt,
                                webhooks::toJson(stored.value()));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Created {stored.value(), secret};
}

Result<Endpoint> WebhookService::update(const MutationActor &actor, const QString &organizationId,
                                        const QString &id, const IfMatch &ifMatch,
                                        const QJsonObject &body)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    WebhookEndpointRepository repository(m_db, m_clock);
    auto current = repository.find(organizationId, id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return notFound();
    const Endpoint before = current->value();
    if (!ifMatch.matches(before.version))
        return versionConflict();
    webhooks::EndpointInput input;
    QList<FieldError> errors = webhooks::readInput(body, false, &input);
    Endpoint after = before;
    apply(input, &after);
    if (errors.isEmpty() && input.url)
        errors << targetProblems(after);
    if (!errors.isEmpty())
        return validationFailed(errors);
    auto stored = repository.update(after, before.version);
    if (!stored)
        return stored.error();
    if (auto audited = tx.audit(organizationId, entityType(), id, u"update"_s,
                                webhooks::toJson(before), webhooks::toJson(stored.value()));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Status WebhookService::remove(const MutationActor &actor, const QString &organizationId,
                              const QString &id, const IfMatch &ifMatch)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    WebhookEndpointRepository repository(m_db, m_clock);
    auto current = repository.find(organizationId, id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return notFound();
    if (!ifMatch.matches(current->value().version))
        return versionConflict();
    if (auto removed = repository.remove(organizationId, id, current->value().version); !removed)
        return removed;
    if (auto audited = tx.audit(organizationId, entityType(), id, u"delete"_s,
                                webhooks::toJson(current->value()), std::nullopt);
        !audited)
        return audited;
    return tx.commit();
}

Result<Delivery> WebhookService::queue(const MutationActor &actor, const QString &organizationId,
                                       const QString &endpointId, const QString &action,
                                       const std::function<Result<Delivery>()> &write)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto endpoint = WebhookEndpointRepository(m_db, m_clock).find(organizationId, endpointId);
    if (!endpoint)
        return endpoint.error();
    if (!endpoint->has_value())
        return notFound();
    auto queued = write();
    if (!queued)
        return queued.error();
    if (auto audited = tx.audit(organizationId, entityType(), endpointId, action, std::nullopt,
                                QJsonObject {{u"deliveryId"_s, queued->id},
                                             {u"eventId"_s, queued->eventId},
                                             {u"eventType"_s, queued->eventType}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (onQueued)
        onQueued();
    return queued;
}

Result<Delivery> WebhookService::ping(const MutationActor &actor, const QString &organizationId,
                                      const QString &id)
{
    return queue(actor, organizationId, id, u"test"_s, [&]() -> Result<Delivery> {
        const QString eventId = ids::create();
        const QString type = QString::fromLatin1(webhooks::PingEvent);
        const QByteArray payload = webhooks::eventPayload(
            eventId, type, m_clock.now(), organizationId,
            QJsonObject {{u"endpointId"_s, id},
                         {u"message"_s, u"A test delivery asked for in WedSync."_s}});
        return WebhookDeliveryRepository(m_db, m_clock)
            .enqueueTo(organizationId, id, eventId, type, payload);
    });
}

Result<Delivery> WebhookService::redeliver(const MutationActor &actor,
                                           const QString &organizationId, const QString &endpointId,
                                           const QString &deliveryId)
{
    return queue(actor, organizationId, endpointId, u"redeliver"_s, [&]() -> Result<Delivery> {
        WebhookDeliveryRepository deliveries(m_db, m_clock);
        auto original = deliveries.find(organizationId, endpointId, deliveryId);
        if (!original)
            return original.error();
        if (!original->has_value())
            return notFound(u"delivery"_s);
        const Delivery &d = original->value();
        return deliveries.enqueueTo(organizationId, endpointId, d.eventId, d.eventType, d.payload);
    });
}

} // namespace wedsync::server
