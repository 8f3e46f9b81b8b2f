#pragma once
// The accounts panel's tables: the operator's calendar accounts with status and schedule, and
// one account's sync log (newest first). Filled by the panel from services/calendar; they never
// fetch.

#include "CalendarAccountRecords.h"
#include "ItemTableModel.h"

namespace wedsync {

class CalendarAccountModel : public ItemTableModel<CalendarAccountInfo, 6>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProviderColumn,
        StatusColumn,
        SyncingColumn,
        LastSyncColumn,
        NextSyncColumn,
        ColumnCount
    };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

class CalendarSyncLogModel : public ItemTableModel<CalendarSyncRun, 7>
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        ResultColumn,
        PulledColumn,
        PushedColumn,
        ConflictsColumn,
        DurationColumn,
        ErrorsColumn,
        ColumnCount
    };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

} // namespace wedsync
