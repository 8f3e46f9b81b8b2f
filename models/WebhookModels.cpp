#include "WebhookModels.h"

#include "TimeText.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

QStringList WebhookEndpointModel::headerNames() const
{
    return {tr("Address"), tr("Events"), tr("Enabled"), tr("Last delivery")};
}

void WebhookEndpointModel::noteNewestDelivery(const webhooks::Delivery &newest)
{
    const int row = rowOf(newest.endpointId);
    if (row < 0)
        return;
    webhooks::noteLastDelivery(&m_items[row], newest);
    const QModelIndex cell = index(row, LastDeliveryColumn);
    Q_EMIT dataChanged(cell, cell);
}

QVariant WebhookEndpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const webhooks::Endpoint &endpoint = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case UrlColumn:
            return endpoint.url;
        case EventsColumn:
            return endpoint.eventTypes.join(u", "_s);
        case EnabledColumn:
            return endpoint.enabled ? tr("Yes") : tr("No (paused)");
        case LastDeliveryColumn:
            if (endpoint.lastStatus.isEmpty())
                return tr("None yet");
            // "Delivered, 200, 5 minutes ago"
            return endpoint.lastResponseCode > 0
                ? tr("%1, %2, %3")
                      .arg(WebhookDeliveryModel::statusText(endpoint.lastStatus))
                      .arg(endpoint.lastResponseCode)
                      .arg(timeText(endpoint.lastAt))
                : tr("%1, %2").arg(WebhookDeliveryModel::statusText(endpoint.lastStatus),
                                   timeText(endpoint.lastAt));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LastDeliveryColumn
        && (endpoint.lastStatus == QLatin1String(webhooks::Failed)
            || endpoint.lastStatus == QLatin1String(webhooks::Dead)))
        return QColor(0xc6, 0x28, 0x28); // as an overdue compliance date
    return {};
}

QString WebhookDeliveryModel::statusText(const QString &status)
{
    if (status == QLatin1String(webhooks::Delivered))
        return tr("Delivered");
    if (status == QLatin1String(webhooks::Pending))
        return tr("Waiting");
    if (status == QLatin1String(webhooks::Failed))
        return tr("Failed, retrying");
    if (status == QLatin1String(webhooks::Dead))
        return tr("Gave up");
    return status;
}

QStringList WebhookDeliveryModel::headerNames() const
{
    return {tr("When"),    tr("Event"),   tr("Status"),    tr("HTTP code"),
            tr("Latency"), tr("Attempt"), tr("Next retry")};
}

QVariant WebhookDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const webhooks::Delivery &d = m_items.at(index.row());
    if (role == Qt::ToolTipRole && !d.lastError.isEmpty())
        return d.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return timeText(d.createdAt);
    case EventColumn:
        return d.eventType;
    case StatusColumn:
        return statusText(d.status);
    case CodeColumn:
        return d.lastResponseCode > 0 ? QString::number(d.lastResponseCode) : tr("—");
    case LatencyColumn:
        return d.latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(d.latencyMs)) : tr("—");
    case AttemptColumn:
        return QString::number(d.attemptCount);
    case NextRetryColumn:
        return d.nextAttemptAt.isValid() && d.status == QLatin1String(webhooks::Failed)
            ? timeText(d.nextAttemptAt)
            : tr("—");
    }
    return {};
}

} // namespace wedsync
