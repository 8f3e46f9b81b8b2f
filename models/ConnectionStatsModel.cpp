#include "ConnectionStatsModel.h"

#include "ModelRoles.h"
#include "Role.h"
#include "WireWords.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wedsync {

ConnectionStatsModel::ConnectionStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConnectionStatsModel::setStats(const ConnectionStats &stats)
{
    beginResetModel();
    m_stats = stats;
    m_keys = keysFor(m_grouping);
    endResetModel();
}

void ConnectionStatsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    m_keys = keysFor(m_grouping);
    endResetModel();
}

void ConnectionStatsModel::setTenantFilter(const QString &organizationId)
{
    if (organizationId == m_tenantFilter)
        return;
    beginResetModel();
    m_tenantFilter = organizationId;
    m_keys = keysFor(m_grouping);
    endResetModel();
}

int ConnectionStatsModel::totalOf(const ConnectionSample &sample) const
{
    return m_tenantFilter.isEmpty() ? sample.total : sample.byTenant.value(m_tenantFilter, 0);
}

void ConnectionStatsModel::setTenantNames(const QHash<QString, QString> &names)
{
    m_tenantNames = names;
    if (m_grouping == Grouping::ByTenant && !m_keys.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstSeriesColumn, columnCount() - 1);
}

const QHash<QString, int> &ConnectionStatsModel::group(const ConnectionSample &sample) const
{
    return m_grouping == Grouping::ByTenant ? sample.byTenant : sample.byRole;
}

QStringList ConnectionStatsModel::keysFor(Grouping grouping) const
{
    // One tenant chosen: its total is the only line (the server counts roles across tenants,
    // so a per-role split of one tenant is not known).
    if (!m_tenantFilter.isEmpty())
        return {};
    QSet<QString> keys;
    for (const ConnectionSample &sample : m_stats.samples) {
        const QHash<QString, int> &g
            = grouping == Grouping::ByTenant ? sample.byTenant : sample.byRole;
        for (auto it = g.cbegin(); it != g.cend(); ++it)
            keys.insert(it.key());
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

QString ConnectionStatsModel::seriesName(int series) const
{
    const QString &key = m_keys.at(series);
    if (m_grouping == Grouping::ByTenant)
        return m_tenantNames.value(key, key);
    if (const std::optional<Role> role = roleFromName(key))
        return roleDisplayName(*role);
    if (key == u"platform_admin"_s)
        return tr("Platform admin");
    if (key == u"support"_s)
        return tr("Support");
    // A role this console does not know yet: its wire name as words.
    return wireNameAsWords(key);
}

int ConnectionStatsModel::currentTotal() const
{
    return m_stats.samples.isEmpty() ? 0 : totalOf(m_stats.samples.constLast());
}

int ConnectionStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stats.samples.size());
}

int ConnectionStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + int(m_keys.size());
}

QVariant ConnectionStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionSample &sample = m_stats.samples.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        if (index.column() == TimeColumn) {
            if (role == SortRole)
                return sample.at.toMSecsSinceEpoch();
            return QLocale().toString(sample.at.toLocalTime(), u"HH:mm:ss"_s);
        }
        if (index.column() == TotalColumn)
            return totalOf(sample);
        return group(sample).value(m_keys.at(index.column() - FirstSeriesColumn), 0);
    }
    if (role == IdRole && index.column() >= FirstSeriesColumn)
        return m_keys.at(index.column() - FirstSeriesColumn);
    return {};
}

QVariant ConnectionStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn)
        return tr("Time");
    if (section == TotalColumn)
        return m_tenantFilter.isEmpty() ? tr("All connections")
                                        : m_tenantNames.value(m_tenantFilter, m_tenantFilter);
    return seriesName(section - FirstSeriesColumn);
}

} // namespace wedsync
