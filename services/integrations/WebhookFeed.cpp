#include "integrations/WebhookFeed.h"

#include "api/ApiClient.h"
#include "feeds/AdminChannels.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QDateTime timeOf(const QJsonObject &object, const QString &key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
}

QJsonObject endpointBody(const QString &url, const QStringList &eventTypes, bool enabled)
{
    return QJsonObject {{u"url"_s, url.trimmed()},
                        {u"eventTypes"_s, QJsonArray::fromStringList(eventTypes)},
                        {u"enabled"_s, enabled}};
}

} // namespace

webhooks::Endpoint webhookEndpointFromJson(const QJsonObject &object)
{
    webhooks::Endpoint e;
    e.id = object.value(u"id"_s).toString();
    e.organizationId = object.value(u"organizationId"_s).toString();
    e.url = object.value(u"url"_s).toString();
    e.description = object.value(u"description"_s).toString();
    for (const QJsonValue &type : object.value(u"eventTypes"_s).toArray())
        e.eventTypes << type.toString();
    e.enabled = object.value(u"enabled"_s).toBool(true);
    e.createdBy = object.value(u"createdBy"_s).toString();
    e.createdAt = timeOf(object, u"createdAt"_s);
    e.updatedAt = timeOf(object, u"updatedAt"_s);
    e.version = object.value(u"version"_s).toInteger(1);
    const QJsonObject last = object.value(u"lastDelivery"_s).toObject();
    e.lastStatus = last.value(u"status"_s).toString();
    e.lastResponseCode = last.value(u"responseCode"_s).toInt();
    e.lastAt = timeOf(last, u"at"_s);
    return e;
}

webhooks::Delivery webhookDeliveryFromJson(const QJsonObject &object)
{
    webhooks::Delivery d;
    d.id = object.value(u"id"_s).toString();
    d.endpointId = object.value(u"endpointId"_s).toString();
    d.eventId = object.value(u"eventId"_s).toString();
    d.eventType = object.value(u"eventType"_s).toString();
    d.payload = QJsonDocument(object.value(u"payload"_s).toObject()).toJson(QJsonDocument::Compact);
    d.status = object.value(u"status"_s).toString();
    d.attemptCount = object.value(u"attemptCount"_s).toInt();
    d.nextAttemptAt = timeOf(object, u"nextAttemptAt"_s);
    d.lastResponseCode = object.value(u"lastResponseCode"_s).toInt();
    d.latencyMs = object.value(u"latencyMs"_s).toInt(-1);
    d.lastError = object.value(u"lastError"_s).toString();
    d.createdAt = timeOf(object, u"createdAt"_s);
    d.deliveredAt = timeOf(object, u"deliveredAt"_s);
    return d;
}

WebhookFeed::WebhookFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!isLive())
            loadDeliveries();
    });
}

QString WebhookFeed::channelTopic() const
{
    return u"tenant:%1:admins"_s.arg(m_organizationId);
}

bool WebhookFeed::isLive() const
{
    return m_realtime && !m_connections.isEmpty()
        && m_realtime->channel(channelTopic())->isJoined();
}

void WebhookFeed::watchChannel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (!m_realtime || m_organizationId.isEmpty())
        return;
    AdminChannelHandlers handlers;
    handlers.broadcast = [this](const QString &event, const QJsonObject &payload) {
        if (event == DeliveryEvent && !m_endpointId.isEmpty()
            && payload.value(u"endpointId"_s).toString() == m_endpointId)
            loadDeliveries();
    };
    // Caught up after a reconnect: what happened meanwhile is read again.
    handlers.refetchRequired = [this] {
        loadDeliveries();
    };
    m_connections = watchAdminChannels(m_realtime, {channelTopic()}, m_cache, this, handlers);
}

QString WebhookFeed::path(const QString &rest) const
{
    return u"/api/v1/organizations/"_s + pathSegment(m_organizationId) + u"/webhooks"_s + rest;
}

void WebhookFeed::open(const QString &organizationId)
{
    ++m_generation;
    m_organizationId = organizationId;
    watchDeliveries({});
    watchChannel();
    if (organizationId.isEmpty()) {
        Q_EMIT endpointsLoaded({});
        return;
    }
    reload();
}

void WebhookFeed::reload()
{
    if (m_organizationId.isEmpty())
        return;
    const int generation = m_generation;
    onReplyFinished(m_api->send(restCall("GET", path())), this,
                    [this, generation](ApiReply *reply) {
                        if (generation != m_generation)
                            return;
                        if (!reply->ok()) {
                            Q_EMIT failed(reply->error());
                            return;
                        }
                        QList<webhooks::Endpoint> endpoints;
                        for (const QJsonValue &item : replyItems(*reply))
                            endpoints << webhookEndpointFromJson(item.toObject());
                        Q_EMIT endpointsLoaded(endpoints);
                    });
}

void WebhookFeed::watchDeliveries(const QString &endpointId)
{
    m_endpointId = endpointId;
    if (endpointId.isEmpty()) {
        m_poll.stop();
        return;
    }
    loadDeliveries();
    m_poll.start();
}

void WebhookFeed::loadDeliveries()
{
    if (m_endpointId.isEmpty() || m_organizationId.isEmpty())
        return;
    RestRequest request
        = restCall("GET", path(u"/"_s + pathSegment(m_endpointId) + u"/deliveries"_s));
    request.query.addQueryItem(u"limit"_s, QString::number(DeliveryPageSize));
    onReplyFinished(m_api->send(request), this, [this, endpoint = m_endpointId](ApiReply *reply) {
        if (endpoint != m_endpointId)
            return;
        if (!reply->ok()) {
            m_poll.stop(); // a deleted endpoint, or no right: stop asking
            Q_EMIT failed(reply->error());
            return;
        }
        QList<webhooks::Delivery> deliveries;
        for (const QJsonValue &item : replyItems(*reply))
            deliveries << webhookDeliveryFromJson(item.toObject());
        Q_EMIT deliveriesLoaded(endpoint, deliveries);
    });
}

void WebhookFeed::write(const RestRequest &request, const QString &what,
                        std::function<void(const QJsonObject &)> done)
{
    Q_EMIT busyChanged(++m_busy);
    onReplyFinished(m_api->send(request), this,
                    [this, what, done = std::move(done)](ApiReply *reply) {
                        Q_EMIT busyChanged(--m_busy);
                        if (!reply->ok()) {
                            Q_EMIT actionFailed(what, reply->error());
                            return;
                        }
                        done(reply->object());
                    });
}

void WebhookFeed::create(const QString &url, const QStringList &eventTypes, bool enabled)
{
    write(restCall("POST", path(), endpointBody(url, eventTypes, enabled)), u"create"_s,
          [this](const QJsonObject &answer) {
              Q_EMIT created(webhookEndpointFromJson(answer), answer.value(u"secret"_s).toString());
              reload();
          });
}

void WebhookFeed::update(const webhooks::Endpoint &endpoint, const QString &url,
                         const QStringList &eventTypes, bool enabled)
{
    RestRequest request = restCall("PATCH", path(u"/"_s + pathSegment(endpoint.id)),
                                   endpointBody(url, eventTypes, enabled));
    request.ifMatch = QString::number(endpoint.version);
    write(request, u"update"_s, [this](const QJsonObject &answer) {
        Q_EMIT updated(webhookEndpointFromJson(answer));
        reload();
    });
}

void WebhookFeed::remove(const webhooks::Endpoint &endpoint)
{
    RestRequest request = restCall("DELETE", path(u"/"_s + pathSegment(endpoint.id)));
    request.ifMatch = QString::number(endpoint.version);
    write(request, u"delete"_s, [this, id = endpoint.id](const QJsonObject &) {
        if (m_endpointId == id)
            watchDeliveries({});
        Q_EMIT removed(id);
        reload();
    });
}

void WebhookFeed::sendTest(const webhooks::Endpoint &endpoint)
{
    write(restCall("POST", path(u"/"_s + pathSegment(endpoint.id) + u"/test"_s)), u"test"_s,
          [this](const QJsonObject &answer) {
              Q_EMIT queued(webhookDeliveryFromJson(answer));
              loadDeliveries();
          });
}

void WebhookFeed::redeliver(const webhooks::Endpoint &endpoint, const QString &deliveryId)
{
    write(restCall("POST",
                   path(u"/"_s + pathSegment(endpoint.id) + u"/deliveries/"_s
                        + pathSegment(deliveryId) + u"/redeliver"_s)),
          u"redeliver"_s, [this](const QJsonObject &answer) {
              Q_EMIT queued(webhookDeliveryFromJson(answer));
              loadDeliveries();
          });
}

} // namespace wedsync
