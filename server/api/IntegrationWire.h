#pragma once
// The CRM hub's JSON on the wire (REST and the crm_* broadcasts on tenant:<org>:admins): one
// writer per shape. Credentials never appear here, only whether there are some.

#include "IntegrationRules.h"
#include "storage/IntegrationRows.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wedsync::server {

class ChangeNotifier;

namespace integrationjson {

QJsonObject integration(const IntegrationRow &row);
QJsonObject job(const SyncJobRow &row);
// {"jobId","id","at","level","message","code","args"}: code null on lines older than codes.
QJsonObject logLine(const SyncJobLogRow &row);
QJsonObject client(const CrmClientRow &row);
QJsonArray mappings(const QList<crm::MappingRule> &rules);

} // namespace integrationjson

// Broadcasts `event` (crm_integration, crm_job, crm_job_log) with `payload` on
// tenant:<organizationId>:admins. Call after the commit: it goes out now, or after the outer
// (idempotency) transaction's commit while one holds the notifier; nothing without a hub.
void broadcastCrm(const ChangeNotifier &notifier, const QString &organizationId,
                  const QString &event, const QJsonObject &payload);

} // namespace wedsync::server
