#pragma once
// Item data roles shared by the console's models, so delegates and proxies agree on them.

#include <Qt>

namespace wedsync {

enum ModelRole : int {
    SortRole = Qt::UserRole + 1, // raw value to sort by (numbers, timestamps)
    FilterRole, // text a filter proxy matches against
    StatusRole, // SyncStatus as int, for badges
    SeverityRole, // SyncSeverity as int
    IdRole, // the row's id
    ObjectRole, // the row as QJsonObject / raw value for details panes
    FreshnessRole, // SyncFreshness as int
    OrganizationRole, // the row's organization id
    KindRole, // a sync event's kind, an audit row's action
    ChangeRole, // JsonDiff::Change as int
    // A permission matrix cell: bitmasks of CellFlag (view 1, edit 2, hide 4).
    GrantRole, // granted directly by the section's lists
    EffectiveRole, // what the role gets, inheritance and the engine's rules included
    ChangedRole, // differs from what the server has (unsaved)
    ConflictRole, // someone else saved a different value meanwhile (unresolved)
    DayHeaderRole, // a timeline's row that names a day rather than an entry (bool)
};

} // namespace wedsync
