#include "IntegrationModels.h"

#include "CrmText.h"
#include "ModelRoles.h"
#include "TimeText.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
QVariant timeSortKey(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(qint64(0));
}
} // namespace

QColor crmHealthColor(CrmHealth health)
{
    switch (health) {
    case CrmHealth::Healthy:
        return QColor(0x2e, 0x7d, 0x32);
    case CrmHealth::Syncing:
        return QColor(0x15, 0x65, 0xc0);
    case CrmHealth::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case CrmHealth::Failing:
        return QColor(0xc6, 0x28, 0x28);
    case CrmHealth::NotConnected:
    case CrmHealth::Paused:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QVariant IntegrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CrmIntegration &integration = m_items.at(index.row());
    const CrmHealth health = crmHealth(integration, m_now);
    if (role == IdRole)
        return integration.id;
    if (role == StatusRole)
        return int(health);
    if (role == SortRole) {
        switch (index.column()) {
        case LastSyncColumn:
            return timeSortKey(integration.lastSyncAt);
        case NextSyncColumn:
            return timeSortKey(integration.nextSyncAt);
        case HealthColumn:
            return int(health);
        default:
            break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == HealthColumn)
        return crmHealthColor(health);
    if (role == Qt::ToolTipRole && index.column() == HealthColumn)
        return CrmText::statusText(integration.status);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return integration.name;
    case ProviderColumn:
        return CrmText::providerName(integration.provider);
    case HealthColumn:
        return CrmText::healthText(health);
    case LastSyncColumn:
        return integration.lastSyncAt.isValid() ? timeText(integration.lastSyncAt) : tr("Never");
    case NextSyncColumn:
        if (integration.paused || !integration.scheduleMinutes)
            return CrmText::scheduleText(std::nullopt);
        return integration.nextSyncAt.isValid() ? timeText(integration.nextSyncAt) : QString();
    }
    return {};
}

QStringList IntegrationTableModel::headerNames() const
{
    return {tr("Connection"), tr("CRM"), tr("Health"), tr("Last sync"), tr("Next sync")};
}

void SyncJobTableModel::updateJob(const CrmSyncJob &job)
{
    const int row = rowOf(job.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_items.prepend(job);
        endInsertRows();
        return;
    }
    m_items[row] = job;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SyncJobTableModel::setConnectionNames(const QHash<QString, QString> &names)
{
    if (names == m_connectionNames)
        return;
    m_connectionNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ConnectionColumn), index(rowCount() - 1, ConnectionColumn));
}

QVariant SyncJobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CrmSyncJob &job = m_items.at(index.row());
    if (role == IdRole)
        return job.id;
    if (role == ProgressRole && index.column() == ProgressColumn) {
        if (job.status == u"running"_s)
            return job.percent().value_or(-1);
        return job.percent().value_or(job.status == u"completed"_s ? 100 : 0);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (job.status == u"failed"_s)
            return crmHealthColor(CrmHealth::Failing);
        if (job.partial)
            return crmHealthColor(CrmHealth::Warning);
    }
    if (role == Qt::ToolTipRole && !job.error.isEmpty())
        return job.error;
    if (role == SortRole && index.column() == StartedColumn)
        return timeSortKey(job.startedAt.isValid() ? job.startedAt : job.createdAt);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return timeText(job.startedAt.isValid() ? job.startedAt : job.createdAt);
    case ConnectionColumn:
        // A removed connection's jobs go with it; a name not known yet reads as such.
        return m_connectionNames.value(job.integrationId, tr("Another connection"));
    case KindColumn:
        return job.attempt > 1
            ? tr("%1 (attempt %2)").arg(CrmText::jobKindText(job.kind)).arg(job.attempt)
            : CrmText::jobKindText(job.kind);
    case StatusColumn:
        return CrmText::jobStatusText(job);
    case ProgressColumn:
        if (const auto percent = job.percent())
            return tr("%1%").arg(*percent);
        return {};
    case ResultColumn:
        return CrmText::jobResultText(job);
    }
    return {};
}

QStringList SyncJobTableModel::headerNames() const
{
    return {tr("Started"), tr("Connection"), tr("Job"), tr("Status"), tr("Progress"), tr("Result")};
}

QVariant JobLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CrmJobLogLine &line = m_items.at(index.row());
    if (role == IdRole)
        return line.id;
    if (role == Qt::ForegroundRole && line.level == u"error"_s)
        return crmHealthColor(CrmHealth::Failing);
    if (role == Qt::ForegroundRole && line.level == u"warning"_s)
        return crmHealthColor(CrmHealth::Warning);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return CrmText::jobLogText(line);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return timeText(line.at);
    case LevelColumn:
        return CrmText::logLevelText(line.level);
    case MessageColumn:
        return CrmText::jobLogText(line);
    }
    return {};
}

QStringList JobLogModel::headerNames() const
{
    return {tr("Time"), tr("Level"), tr("Message")};
}

} // namespace wedsync
