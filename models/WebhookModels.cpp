#include "WebhookModels.h"

#include "TimeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

QStringList WebhookEndpointModel::headerNames() const
{
    return {tr("Address"), tr("Events"), tr("Enabled")};
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
        }
    }
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
