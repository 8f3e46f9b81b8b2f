#pragma once
// JSON Schemas of the CRM hub's routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds CrmProvider, CrmProviderList, Integration, IntegrationList, IntegrationCreate,
// IntegrationPatch, FieldMappingList, SyncRequest, SyncJob, SyncJobPage, SyncJobLogPage,
// CrmClient, CrmClientPage, FileImportStart, FileImportBatch, FileImportBatchResult,
// FileImportFinish, ClientMatchRequest and ClientMatchResult to `schemas`.
void addIntegrationSchemas(QJsonObject *schemas);

} // namespace wedsync::server
