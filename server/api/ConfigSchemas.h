#pragma once
// JSON Schemas of the configuration routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds ConfigView, ConfigWrite, ConfigRollback, ConfigHistoryPage, ConfigDiff,
// ConfigSyncRuleList, ConfigOptOuts, ConfigChangeRequest(Create, Page) to `schemas`.
void addConfigSchemas(QJsonObject *schemas);

} // namespace wedsync::server
