#pragma once
// The Webhooks tab's data and actions (organization admins; support reads): the endpoints of
// one organization, the deliveries of the endpoint chosen (a delivery moves on by itself as
// the server retries: each attempt is announced on tenant:<id>:admins as webhook_delivery and
// the list is read again; polled only while that channel is not joined, e.g. offline), and the
// writes: create (the answer holds the signing secret, once), change, delete, send a test,
// redeliver.

#include "WebhookRecords.h"
#include "api/ApiError.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace wedsync {

class ApiClient;
class ApiReply;
class LocalCache;
class RealtimeClient;
struct RestRequest;

webhooks::Endpoint webhookEndpointFromJson(const QJsonObject &object);
webhooks::Delivery webhookDeliveryFromJson(const QJsonObject &object);

class WebhookFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DeliveryPageSize = 50;

    static inline const QString DeliveryEvent = QStringLiteral("webhook_delivery");

    // `realtime` and `cache` may be null (the deliveries are then polled while shown).
    WebhookFeed(ApiClient *api, RealtimeClient *realtime = nullptr, LocalCache *cache = nullptr,
                QObject *parent = nullptr);

    void open(const QString &organizationId);
    void reload();
    // Shows (and polls) the deliveries of `endpointId`; empty: none.
    void watchDeliveries(const QString &endpointId);
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    QString organizationId() const { return m_organizationId; }
    // Whether attempts arrive live (the organization's admin channel is joined).
    bool isLive() const;

    void create(const QString &url, const QStringList &eventTypes, bool enabled);
    void update(const webhooks::Endpoint &endpoint, const QString &url,
                const QStringList &eventTypes, bool enabled);
    void remove(const webhooks::Endpoint &endpoint);
    void sendTest(const webhooks::Endpoint &endpoint);
    void redeliver(const webhooks::Endpoint &endpoint, const QString &deliveryId);

Q_SIGNALS:
    void endpointsLoaded(const QList<wedsync::webhooks::Endpoint> &endpoints);
    void deliveriesLoaded(const QString &endpointId,
                          const QList<wedsync::webhooks::Delivery> &deliveries);
    void created(const wedsync::webhooks::Endpoint &endpoint, const QString &secret);
    void updated(const wedsync::webhooks::Endpoint &endpoint);
    void removed(const QString &endpointId);
    void queued(const wedsync::webhooks::Delivery &delivery); // a test or a redelivery
    void failed(const wedsync::ApiError &error); // a read
    // `what`: "create", "update", "delete", "test", "redeliver"; a 400 names its fields.
    void actionFailed(const QString &what, const wedsync::ApiError &error);
    void busyChanged(int busy);

private:
    void loadDeliveries();
    void watchChannel();
    QString channelTopic() const;
    void write(const RestRequest &request, const QString &what,
               std::function<void(const QJsonObject &)> done);
    QString path(const QString &rest = {}) const;

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    QList<QMetaObject::Connection> m_connections;
    QString m_organizationId;
    QString m_endpointId;
    QTimer m_poll;
    int m_busy = 0;
    int m_generation = 0;
};

} // namespace wedsync
