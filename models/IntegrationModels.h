#pragma once
// The Integrations screen's tables: an organization's CRM connections with their health,
// the sync jobs of one connection (newest first, with their progress for a bar) and one
// job's log. Filled by the screen from services/integrations; they never fetch.

#include "CrmRecords.h"
#include "ItemTableModel.h"

#include <QDateTime>
#include <QHash>

namespace wedsync {

// The progress a delegate draws as a bar: 0–100, or -1 for a busy bar (total unknown).
inline constexpr int ProgressRole = Qt::UserRole + 64;

class IntegrationTableModel : public ItemTableModel<CrmIntegration, 5>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProviderColumn,
        HealthColumn,
        LastSyncColumn,
        NextSyncColumn,
        ColumnCount
    };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    void setNow(const QDateTime &now) { m_now = now; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

class SyncJobTableModel : public ItemTableModel<CrmSyncJob, 6>
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        ConnectionColumn, // shown when the jobs of every connection are listed
        KindColumn,
        StatusColumn,
        ProgressColumn,
        ResultColumn,
        ColumnCount
    };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    // One job changed (live progress): its row only, or a new first row.
    void updateJob(const CrmSyncJob &job);
    // The connections' names by id, for the Connection column.
    void setConnectionNames(const QHash<QString, QString> &names);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;

private:
    QHash<QString, QString> m_connectionNames;
};

class JobLogModel : public ItemTableModel<CrmJobLogLine, 3>
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

// A health badge's colour (like the dashboard's), readable on light and dark themes.
QColor crmHealthColor(CrmHealth health);

} // namespace wedsync
