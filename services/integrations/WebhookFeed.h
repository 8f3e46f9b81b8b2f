#pragma once
// The Webhooks tab's data and actions (organization admins; support reads): the endpoints of
// one organization, the deliveries of the endpoint chosen (polled while shown: a delivery
// moves on by itself as the server retries), and the writes: create (the answer holds the
// signing secret, once), change, delete, send a test, redeliver.

#include "WebhookRecords.h"
#include "api/ApiError.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace wedsync {

class ApiClient;
class ApiReply;
struct RestRequest;

webhooks::Endpoint webhookEndpointFromJson(const QJsonObject &object);
webhooks::Delivery webhookDeliveryFromJson(const QJsonObject &object);

class WebhookFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DeliveryPageSize = 50;

    explicit WebhookFeed(ApiClient *api, QObject *parent = nullptr);

    void open(const QString &organizationId);
    void reload();
    // Shows (and polls) the deliveries of `endpointId`; empty: none.
    void watchDeliveries(const QString &endpointId);
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    QString organizationId() const { return m_organizationId; }

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
    void write(const RestRequest &request, const QString &what,
               std::function<void(const QJsonObject &)> done);
    QString path(const QString &rest = {}) const;

    ApiClient *m_api;
    QString m_organizationId;
    QString m_endpointId;
    QTimer m_poll;
    int m_busy = 0;
    int m_generation = 0;
};

} // namespace wedsync
