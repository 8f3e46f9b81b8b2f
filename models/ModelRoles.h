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
};

} // namespace wedsync
