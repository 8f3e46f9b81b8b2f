#pragma once
// Sync health on the wire (camelCase REST JSON), shared by the server's /sync routes and the
// console. Decoders reject missing or mistyped fields with one FieldError each.

#include "Result.h"
#include "SyncHealth.h"

#include <QJsonObject>

namespace wedsync {

// {id, organizationId, kind, status, configVersion, source, actorId|null, message, details,
//  occurredAt, durationMs}
QJsonObject syncEventToJson(const SyncEvent &event);
Result<SyncEvent> syncEventFromJson(const QJsonObject &object);
// The same event as a realtime row change (`sync_events` table columns, snake_case).
QJsonObject syncEventToRow(const SyncEvent &event);
Result<SyncEvent> syncEventFromRow(const QJsonObject &row);

// {organizationId, name, status, configVersion, connectedClients, staleClients, pendingChanges,
//  conflicts, lastSuccessAt|null, lastEventAt|null, nextWeddingDate|null ("YYYY-MM-DD"),
//  daysUntilNextWedding|null, severity}
QJsonObject tenantSyncHealthToJson(const TenantSyncHealth &tenant);
Result<TenantSyncHealth> tenantSyncHealthFromJson(const QJsonObject &object);

// {generatedAt, healthPercent, counts: {success, partial, failed, pending, total}, tenants: [...]}
QJsonObject syncHealthReportToJson(const SyncHealthReport &report);
Result<SyncHealthReport> syncHealthReportFromJson(const QJsonObject &object);

// {windowSeconds, bucketSeconds, samples: [{at, total, byTenant: {id: n}, byRole: {role: n}}]}
QJsonObject connectionStatsToJson(const ConnectionStats &stats);
Result<ConnectionStats> connectionStatsFromJson(const QJsonObject &object);

} // namespace wedsync
