#pragma once
// Live connections over the recent window as a table for the chart: one row per sample
// (oldest first), column 0 the time, column 1 the total, then one column per tenant or role.

#include "SyncHealth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace wedsync {

class ConnectionStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Grouping { ByTenant, ByRole };
    enum Column { TimeColumn, TotalColumn, FirstSeriesColumn };

    explicit ConnectionStatsModel(QObject *parent = nullptr);

    void setStats(const ConnectionStats &stats);
    const ConnectionStats &stats() const { return m_stats; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Only this organization's connections (empty: every tenant's, split by the grouping).
    void setTenantFilter(const QString &organizationId);
    QString tenantFilter() const { return m_tenantFilter; }
    // Organization id -> name, for the series' headers.
    void setTenantNames(const QHash<QString, QString> &names);

    int seriesCount() const { return int(m_keys.size()); }
    QString seriesKey(int series) const { return m_keys.at(series); }
    QString seriesName(int series) const;
    // Connections in the newest sample (0 without samples).
    int currentTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList keysFor(Grouping grouping) const;
    const QHash<QString, int> &group(const ConnectionSample &sample) const;
    void rebuild();
    int totalOf(const ConnectionSample &sample) const;

    ConnectionStats m_stats;
    Grouping m_grouping = Grouping::ByTenant;
    QStringList m_keys;
    QHash<QString, QString> m_tenantNames;
    QString m_tenantFilter;
};

} // namespace wedsync
