#include "TenantHealthModel.h"

#include "ModelRoles.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString formatTime(const std::optional<QDateTime> &at)
{
    if (!at)
        return TenantHealthModel::tr("never");
    return QLocale().toString(at->toLocalTime(), QLocale::ShortFormat);
}

QString weddingText(const TenantSyncHealth &tenant)
{
    if (!tenant.nextWeddingDate)
        return TenantHealthModel::tr("none planned");
    const QString date = QLocale().toString(*tenant.nextWeddingDate, QLocale::ShortFormat);
    if (!tenant.daysUntilNextWedding)
        return date;
    const qint64 days = *tenant.daysUntilNextWedding;
    if (days == 0)
        return TenantHealthModel::tr("%1 (today)").arg(date);
    if (days == 1)
        return TenantHealthModel::tr("%1 (tomorrow)").arg(date);
    return TenantHealthModel::tr("%1 (in %n days)", nullptr, int(days)).arg(date);
}

} // namespace

QString TenantHealthModel::severityReason(const TenantSyncHealth &tenant, SyncSeverity severity)
{
    // Why support should look now: the sync state, raised as the next wedding approaches.
    const QString status = syncStatusDisplayName(tenant.status);
    if (tenant.status == SyncStatus::Success)
        return tr("Normal: the last change reached every connected client.");
    const std::optional<qint64> days = tenant.daysUntilNextWedding;
    const QString level = syncSeverityDisplayName(severity);
    if (days && *days == 0)
        return tr("%1: sync is %2 and a wedding is today (%3).")
            .arg(level, status.toLower(), weddingText(tenant));
    if (days && *days == 1)
        return tr("%1: sync is %2 and a wedding is tomorrow (%3).")
            .arg(level, status.toLower(), weddingText(tenant));
    if (days && *days <= 7)
        return tr("%1: sync is %2 and a wedding is within a week (%3).")
            .arg(level, status.toLower(), weddingText(tenant));
    return tr("%1: sync is %2; no wedding in the next week.").arg(level, status.toLower());
}

TenantHealthModel::TenantHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TenantHealthModel::setReport(const SyncHealthReport &report, const QDateTime &now)
{
    bool sameRows = report.tenants.size() == m_report.tenants.size();
    for (qsizetype i = 0; sameRows && i < report.tenants.size(); ++i)
        sameRows = report.tenants.at(i).organizationId == m_report.tenants.at(i).organizationId;

    if (!sameRows)
        beginResetModel();
    m_report = report;
    m_now = now;
    m_rowById.clear();
    for (qsizetype i = 0; i < m_report.tenants.size(); ++i)
        m_rowById.insert(m_report.tenants.at(i).organizationId, int(i));
    if (!sameRows)
        endResetModel();
    else if (!m_report.tenants.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TenantHealthModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_report.tenants.isEmpty())
        Q_EMIT dataChanged(index(0, FreshnessColumn), index(rowCount() - 1, FreshnessColumn));
}

int TenantHealthModel::rowOf(const QString &organizationId) const
{
    return m_rowById.value(organizationId, -1);
}

QString TenantHealthModel::organizationName(const QString &organizationId) const
{
    const int row = rowOf(organizationId);
    return row < 0 ? QString() : m_report.tenants.at(row).name;
}

SyncFreshness TenantHealthModel::freshness(int row) const
{
    return syncFreshness(m_report.tenants.at(row), m_now.isValid() ? m_now : m_report.generatedAt);
}

SyncSeverity TenantHealthModel::severity(int row) const
{
    const TenantSyncHealth &tenant = m_report.tenants.at(row);
    return syncSeverity(tenant.status, tenant.daysUntilNextWedding);
}

int TenantHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.tenants.size());
}

int TenantHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantHealthModel::displayText(const TenantSyncHealth &tenant, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return tenant.name;
    case StatusColumn:
        return syncStatusDisplayName(tenant.status);
    case SeverityColumn:
        return syncSeverityDisplayName(severity(row));
    case FreshnessColumn:
        return syncFreshnessDisplayName(freshness(row));
    case VersionColumn:
        return QString::number(tenant.configVersion);
    case ConnectedColumn:
        return QString::number(tenant.connectedClients);
    case StaleColumn:
        return QString::number(tenant.staleClients);
    case ConflictsColumn:
        return QString::number(tenant.conflicts);
    case LastSuccessColumn:
        return formatTime(tenant.lastSuccessAt);
    case NextWeddingColumn:
        return weddingText(tenant);
    }
    return {};
}

QVariant TenantHealthModel::sortValue(const TenantSyncHealth &tenant, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return tenant.name.toLower();
    case StatusColumn:
        return int(tenant.status);
    case SeverityColumn:
        return int(severity(row));
    case FreshnessColumn:
        return int(freshness(row));
    case VersionColumn:
        return tenant.configVersion;
    case ConnectedColumn:
        return tenant.connectedClients;
    case StaleColumn:
        return tenant.staleClients;
    case ConflictsColumn:
        return tenant.conflicts;
    case LastSuccessColumn:
        return tenant.lastSuccessAt ? tenant.lastSuccessAt->toMSecsSinceEpoch() : qint64(0);
    case NextWeddingColumn:
        // Soonest first; tenants without a wedding last.
        return tenant.daysUntilNextWedding ? *tenant.daysUntilNextWedding
                                           : std::numeric_limits<qint64>::max();
    }
    return {};
}

QVariant TenantHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TenantSyncHealth &tenant = m_report.tenants.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(tenant, row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SeverityColumn)
            return severityReason(tenant, severity(row));
        if (index.column() == StatusColumn)
            return tr("%1: %2, %n pending change(s)", nullptr, tenant.pendingChanges)
                .arg(tenant.name, syncStatusDisplayName(tenant.status));
        if (index.column() == LastSuccessColumn && tenant.lastSuccessAt)
            return QLocale().toString(tenant.lastSuccessAt->toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= VersionColumn && index.column() <= ConflictsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(tenant, row, index.column());
    case FilterRole:
        return QString(tenant.name % u' ' % tenant.organizationId);
    case StatusRole:
        return int(tenant.status);
    case SeverityRole:
        return int(severity(row));
    case FreshnessRole:
        return int(freshness(row));
    case IdRole:
    case OrganizationRole:
        return tenant.organizationId;
    }
    return {};
}

QVariant TenantHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case FreshnessColumn:
        return tr("Freshness");
    case VersionColumn:
        return tr("Config version");
    case ConnectedColumn:
        return tr("Connected");
    case StaleColumn:
        return tr("Stale");
    case ConflictsColumn:
        return tr("Conflicts");
    case LastSuccessColumn:
        return tr("Last success");
    case NextWeddingColumn:
        return tr("Next wedding");
    }
    return {};
}

} // namespace wedsync
