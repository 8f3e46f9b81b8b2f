#pragma once
// The event history as a file a person can open: CSV (RFC 4180, spreadsheet-safe cells) or
// JSON ({items, count, exportedAt}). Pure; the page chooses the file and writes the bytes.

#include "SyncHealth.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace wedsync {

// Columns: id, occurredAt, organizationId, tenant, kind, status, configVersion, source,
// actorId, message, durationMs, details. tenantNames maps organization ids to names.
QByteArray syncEventsToCsv(const QList<SyncEvent> &events,
                           const QHash<QString, QString> &tenantNames = {});
QByteArray syncEventsToJson(const QList<SyncEvent> &events, const QDateTime &exportedAt);

} // namespace wedsync
