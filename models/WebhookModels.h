#pragma once
// The Webhooks tab's tables (filled by ui/integrations from services/integrations/WebhookFeed;
// they never fetch): an organization's endpoints, and one endpoint's deliveries with status,
// HTTP code, latency, attempt and next retry.

#include "ItemTableModel.h"
#include "WebhookRecords.h"

namespace wedsync {

class WebhookEndpointModel : public ItemTableModel<webhooks::Endpoint, 4>
{
    Q_OBJECT
public:
    enum Column { UrlColumn, EventsColumn, EnabledColumn, LastDeliveryColumn };
    using ItemTableModel::ItemTableModel;
    // The endpoint's newest delivery changed (its log was read again).
    void noteNewestDelivery(const webhooks::Delivery &newest);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

class WebhookDeliveryModel : public ItemTableModel<webhooks::Delivery, 7>
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        EventColumn,
        StatusColumn,
        CodeColumn,
        LatencyColumn,
        AttemptColumn,
        NextRetryColumn
    };
    using ItemTableModel::ItemTableModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // "Delivered", "Waiting", "Failed, retrying", "Gave up" (translated).
    static QString statusText(const QString &status);

protected:
    QStringList headerNames() const override;
};

} // namespace wedsync
