// JSON codecs of sync health, shared by the server's /sync routes and the console.
#include "SyncJson.h"

#include "JsonReader.h"
#include "JsonValues.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::SyncJson", text);
}

// A required or nullable ISO-8601 timestamp; records an error for anything else.
std::optional<QDateTime> readTimestamp(JsonReader &reader, const QString &key, bool required)
{
    const QString text = reader.string(key, {}, required);
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without "Z" or an offset would be read in this machine's zone.
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        reader.addError(key, tr("Must be an ISO-8601 time such as 2026-06-01T12:00:00Z."));
        return std::nullopt;
    }
    return at.toUTC();
}

// A nullable whole number (null and absent are "unknown").
std::optional<qint64> readNullableInteger(const QJsonObject &object, JsonReader &reader,
                                          const QString &key)
{
    if (object.value(key).isNull() || !object.contains(key))
        return std::nullopt;
    return reader.integer(key);
}

int readCount(JsonReader &reader, const QString &key)
{
    const std::optional<qint64> value = reader.integer(key, true);
    if (value && (*value < 0 || *value > std::numeric_limits<int>::max())) {
        reader.addError(key, tr("Must be a count of zero or more."));
        return 0;
    }
    return value ? static_cast<int>(*value) : 0;
}

SyncStatus readStatus(JsonReader &reader, const QString &key)
{
    const QString name = reader.string(key, {}, true);
    if (const auto status = syncStatusFromName(name))
        return *status;
    if (reader.has(key))
        reader.addError(key, tr("Must be success, partial, failed or pending."));
    return SyncStatus::Pending;
}

QHash<QString, int> readCounts(JsonReader &reader, const QString &key)
{
    QHash<QString, int> counts;
    const QJsonObject object = reader.object(key, true);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isDouble() || it->toDouble() < 0 || it->toDouble() != std::floor(it->toDouble())
            || it->toDouble() > std::numeric_limits<int>::max()) {
            reader.addError(key + u'.' + it.key(), tr("Must be a count of zero or more."));
            continue;
        }
        counts.insert(it.key(), it->toInt());
    }
    return counts;
}

QJsonObject countsToJson(const QHash<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

template<typename T> Result<T> finish(T value, QList<FieldError> errors, const char *what)
{
    if (!errors.isEmpty())
        return Error {u"invalid_sync_data"_s, tr(what), std::move(errors)};
    return value;
}

SyncEvent readEvent(const QJsonObject &object, JsonReader &reader, bool row)
{
    const auto key = [row](const QString &camel, const QString &snake) {
        return row ? snake : camel;
    };
    SyncEvent event;
    event.id = reader.string(u"id"_s, {}, true);
    event.organizationId = reader.string(key(u"organizationId"_s, u"organization_id"_s), {}, true);
    event.kind = reader.string(u"kind"_s, {}, true);
    event.status = readStatus(reader, u"status"_s);
    event.configVersion
        = reader.integer(key(u"configVersion"_s, u"config_version"_s), true).value_or(0);
    event.source = reader.string(u"source"_s);
    event.actorId = reader.string(key(u"actorId"_s, u"actor_id"_s));
    event.message = reader.string(u"message"_s);
    event.details = reader.object(row ? u"details_json"_s : u"details"_s);
    event.occurredAt
        = readTimestamp(reader, key(u"occurredAt"_s, u"occurred_at"_s), true).value_or(QDateTime());
    event.durationMs
        = readNullableInteger(object, reader, key(u"durationMs"_s, u"duration_ms"_s)).value_or(0);
    if (event.kind.isEmpty() && reader.has(u"kind"_s))
        reader.addError(u"kind"_s, tr("Must name the kind of event."));
    return event;
}

QJsonObject writeEvent(const SyncEvent &event, bool row)
{
    const auto key = [row](const QString &camel, const QString &snake) {
        return row ? snake : camel;
    };
    return {{u"id"_s, event.id},
            {key(u"organizationId"_s, u"organization_id"_s), event.organizationId},
            {u"kind"_s, event.kind},
            {u"status"_s, syncStatusName(event.status)},
            {key(u"configVersion"_s, u"config_version"_s), event.configVersion},
            {u"source"_s, event.source},
            {key(u"actorId"_s, u"actor_id"_s), textOrNull(event.actorId)},
            {u"message"_s, event.message},
            {key(u"details"_s, u"details_json"_s), event.details},
            {key(u"occurredAt"_s, u"occurred_at"_s), timeOrNull(event.occurredAt)},
            {key(u"durationMs"_s, u"duration_ms"_s), event.durationMs}};
}

} // namespace

QJsonObject syncEventToJson(const SyncEvent &event)
{
    return writeEvent(event, false);
}

Result<SyncEvent> syncEventFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    SyncEvent event = readEvent(object, reader, false);
    return finish(std::move(event), std::move(errors), "The sync event could not be read.");
}

QJsonObject syncEventToRow(const SyncEvent &event)
{
    return writeEvent(event, true);
}

Result<SyncEvent> syncEventFromRow(const QJsonObject &row)
{
    QList<FieldError> errors;
    JsonReader reader(row, {}, &errors);
    SyncEvent event = readEvent(row, reader, true);
    return finish(std::move(event), std::move(errors), "The sync event could not be read.");
}

QJsonObject tenantSyncHealthToJson(const TenantSyncHealth &tenant)
{
    return {{u"organizationId"_s, tenant.organizationId},
            {u"name"_s, tenant.name},
            {u"status"_s, syncStatusName(tenant.status)},
            {u"configVersion"_s, tenant.configVersion},
            {u"connectedClients"_s, tenant.connectedClients},
            {u"staleClients"_s, tenant.staleClients},
            {u"pendingChanges"_s, tenant.pendingChanges},
            {u"conflicts"_s, tenant.conflicts},
            {u"lastSuccessAt"_s, timeOrNull(tenant.lastSuccessAt)},
            {u"lastEventAt"_s, timeOrNull(tenant.lastEventAt)},
            {u"nextWeddingDate"_s,
             tenant.nextWeddingDate && tenant.nextWeddingDate->isValid()
                 ? QJsonValue(tenant.nextWeddingDate->toString(Qt::ISODate))
                 : QJsonValue(QJsonValue::Null)},
            {u"daysUntilNextWedding"_s,
             tenant.daysUntilNextWedding ? QJsonValue(*tenant.daysUntilNextWedding)
                                         : QJsonValue(QJsonValue::Null)},
            {u"severity"_s,
             syncSeverityName(syncSeverity(tenant.status, tenant.daysUntilNextWedding))}};
}

namespace {

TenantSyncHealth readTenant(const QJsonObject &object, JsonReader &reader)
{
    TenantSyncHealth tenant;
    tenant.organizationId = reader.string(u"organizationId"_s, {}, true);
    tenant.name = reader.string(u"name"_s, {}, true);
    tenant.status = readStatus(reader, u"status"_s);
    tenant.configVersion = reader.integer(u"configVersion"_s, true).value_or(0);
    tenant.connectedClients = readCount(reader, u"connectedClients"_s);
    tenant.staleClients = readCount(reader, u"staleClients"_s);
    tenant.pendingChanges = readCount(reader, u"pendingChanges"_s);
    tenant.conflicts = readCount(reader, u"conflicts"_s);
    tenant.lastSuccessAt = readTimestamp(reader, u"lastSuccessAt"_s, false);
    tenant.lastEventAt = readTimestamp(reader, u"lastEventAt"_s, false);
    const QString date = reader.string(u"nextWeddingDate"_s);
    if (!date.isEmpty()) {
        const QDate parsed = QDate::fromString(date, Qt::ISODate);
        if (parsed.isValid() && date.size() == 10)
            tenant.nextWeddingDate = parsed;
        else
            reader.addError(u"nextWeddingDate"_s, tr("Must be a date such as 2026-06-01."));
    }
    tenant.daysUntilNextWedding = readNullableInteger(object, reader, u"daysUntilNextWedding"_s);
    return tenant;
}

} // namespace

Result<TenantSyncHealth> tenantSyncHealthFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    TenantSyncHealth tenant = readTenant(object, reader);
    return finish(std::move(tenant), std::move(errors),
                  "The tenant's sync health could not be read.");
}

QJsonObject syncHealthReportToJson(const SyncHealthReport &report)
{
    QJsonArray tenants;
    for (const TenantSyncHealth &tenant : report.tenants)
        tenants.append(tenantSyncHealthToJson(tenant));
    const SyncStatusCounts counts = report.counts();
    return {{u"generatedAt"_s, timeOrNull(report.generatedAt)},
            {u"healthPercent"_s, report.healthPercent()},
            {u"counts"_s,
             QJsonObject {{u"success"_s, counts.success},
                          {u"partial"_s, counts.partial},
                          {u"failed"_s, counts.failed},
                          {u"pending"_s, counts.pending},
                          {u"total"_s, counts.total()}}},
            {u"tenants"_s, tenants}};
}

Result<SyncHealthReport> syncHealthReportFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    SyncHealthReport report;
    report.generatedAt = readTimestamp(reader, u"generatedAt"_s, true).value_or(QDateTime());
    const QJsonArray tenants = reader.array(u"tenants"_s, true);
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const QString path = u"tenants[%1]"_s.arg(i);
        if (!tenants.at(i).isObject()) {
            errors.append({path, tr("Must be an object.")});
            continue;
        }
        JsonReader item(tenants.at(i).toObject(), path, &errors);
        report.tenants.append(readTenant(tenants.at(i).toObject(), item));
    }
    return finish(std::move(report), std::move(errors),
                  "The sync health report could not be read.");
}

QJsonObject connectionStatsToJson(const ConnectionStats &stats)
{
    QJsonArray samples;
    for (const ConnectionSample &sample : stats.samples) {
        samples.append(QJsonObject {{u"at"_s, timeOrNull(sample.at)},
                                    {u"total"_s, sample.total},
                                    {u"byTenant"_s, countsToJson(sample.byTenant)},
                                    {u"byRole"_s, countsToJson(sample.byRole)}});
    }
    return {{u"windowSeconds"_s, stats.windowSeconds},
            {u"bucketSeconds"_s, stats.bucketSeconds},
            {u"samples"_s, samples}};
}

Result<ConnectionStats> connectionStatsFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    ConnectionStats stats;
    stats.windowSeconds = readCount(reader, u"windowSeconds"_s);
    stats.bucketSeconds = readCount(reader, u"bucketSeconds"_s);
    if (stats.bucketSeconds == 0 && reader.has(u"bucketSeconds"_s))
        reader.addError(u"bucketSeconds"_s, tr("Must be at least one second."));
    const QJsonArray samples = reader.array(u"samples"_s, true);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QString path = u"samples[%1]"_s.arg(i);
        if (!samples.at(i).isObject()) {
            errors.append({path, tr("Must be an object.")});
            continue;
        }
        JsonReader item(samples.at(i).toObject(), path, &errors);
        ConnectionSample sample;
        sample.at = readTimestamp(item, u"at"_s, true).value_or(QDateTime());
        sample.total = readCount(item, u"total"_s);
        sample.byTenant = readCounts(item, u"byTenant"_s);
        sample.byRole = readCounts(item, u"byRole"_s);
        stats.samples.append(std::move(sample));
    }
    return finish(std::move(stats), std::move(errors),
                  "The connection statistics could not be read.");
}

} // namespace wedsync
