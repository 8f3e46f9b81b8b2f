#pragma once
// The dashboard's per-tenant table: one row per tenant of a SyncHealthReport, graded by the
// core rules (freshness, severity) at the moment the report was shown.

#include "SyncHealth.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace wedsync {

class TenantHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The severity badge's tooltip: why it is this high ("Critical: … a wedding is today").
    static QString severityReason(const TenantSyncHealth &tenant, SyncSeverity severity);
    enum Column {
        NameColumn,
        StatusColumn,
        SeverityColumn,
        FreshnessColumn,
        VersionColumn,
        ConnectedColumn,
        StaleColumn,
        ConflictsColumn,
        LastSuccessColumn,
        NextWeddingColumn,
        ColumnCount
    };

    explicit TenantHealthModel(QObject *parent = nullptr);

    // Replaces the rows; rows of tenants already shown are updated in place so selections stay.
    void setReport(const SyncHealthReport &report, const QDateTime &now);
    // Re-grades freshness (which depends on the time) without new data.
    void setNow(const QDateTime &now);

    const SyncHealthReport &report() const { return m_report; }
    const TenantSyncHealth &tenant(int row) const { return m_report.tenants.at(row); }
    int rowOf(const QString &organizationId) const;
    QString organizationName(const QString &organizationId) const;
    SyncFreshness freshness(int row) const;
    SyncSeverity severity(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const TenantSyncHealth &tenant, int row, int column) const;
    QVariant sortValue(const TenantSyncHealth &tenant, int row, int column) const;

    SyncHealthReport m_report;
    QDateTime m_now;
    QHash<QString, int> m_rowById;
};

} // namespace wedsync
