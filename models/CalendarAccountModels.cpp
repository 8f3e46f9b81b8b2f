#include "CalendarAccountModels.h"

#include "CalendarText.h"
#include "ModelRoles.h"
#include "TimeText.h"

using namespace Qt::StringLiterals;

namespace wedsync {

QVariant CalendarAccountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CalendarAccountInfo &a = m_items.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return CalendarText::statusHelp(a);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return a.name;
    case ProviderColumn:
        return CalendarText::providerName(a.provider);
    case StatusColumn:
        return CalendarText::statusText(a);
    case SyncingColumn:
        return a.syncing ? tr("Syncing now") : CalendarText::scheduleText(a.scheduleMinutes);
    case LastSyncColumn:
        return a.lastSyncAt.isValid() ? timeText(a.lastSyncAt) : tr("Never");
    case NextSyncColumn:
        return a.nextSyncAt.isValid() ? timeText(a.nextSyncAt) : QString();
    default:
        return {};
    }
}

QStringList CalendarAccountModel::headerNames() const
{
    return {tr("Account"), tr("Provider"),  tr("Status"),
            tr("Sync"),    tr("Last sync"), tr("Next sync")};
}

QVariant CalendarSyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CalendarSyncRun &run = m_items.at(index.row());
    if (role == IdRole)
        return run.id;
    if (role == Qt::ToolTipRole && index.column() == ErrorsColumn)
        return run.errors.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return timeText(run.startedAt);
    case ResultColumn:
        return CalendarText::runStatusText(run.status);
    case PulledColumn:
        return run.pulled;
    case PushedColumn:
        return run.pushed;
    case ConflictsColumn:
        return run.conflicts;
    case DurationColumn:
        return CalendarText::durationText(run.durationMs);
    case ErrorsColumn:
        return run.errors.isEmpty() ? tr("None") : run.errors.join(u' ');
    default:
        return {};
    }
}

QStringList CalendarSyncLogModel::headerNames() const
{
    return {tr("Started"),   tr("Result"),   tr("Pulled"), tr("Pushed"),
            tr("Conflicts"), tr("Duration"), tr("Errors")};
}

} // namespace wedsync
