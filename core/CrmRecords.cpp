#include "CrmRecords.h"

#include "JsonReader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QDateTime time(const QJsonObject &object, const QString &key)
{
    QDateTime at = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

std::optional<int> intOrNull(JsonReader &reader, const QJsonObject &object, const QString &key)
{
    if (object.value(key).isNull() || object.value(key).isUndefined())
        return std::nullopt;
    const auto value = reader.integer(key);
    if (!value)
        return std::nullopt;
    return int(*value);
}

void requireOneOf(JsonReader &reader, const QString &key, const QString &value,
                  const QStringList &allowed)
{
    if (!allowed.contains(value))
        reader.addError(
            key, u"%1 is not one of %2."_s.arg(reader.fieldPath(key), allowed.join(u", "_s)));
}

template<typename T> Result<T> finish(T value, const QList<FieldError> &errors, const QString &what)
{
    if (!errors.isEmpty())
        return Error {u"invalid_crm_record"_s, u"The %1 is not valid."_s.arg(what), errors};
    return value;
}

const QStringList JobStatuses {u"pending"_s, u"running"_s, u"completed"_s, u"failed"_s,
                               u"cancelled"_s};

} // namespace

std::optional<int> CrmSyncJob::percent() const
{
    if (!total || *total <= 0)
        return status == u"completed" ? std::optional<int>(100) : std::nullopt;
    return int(std::clamp<qint64>(qint64(processed) * 100 / *total, 0, 100));
}

CrmHealth crmHealth(const CrmIntegration &integration, const QDateTime &now)
{
    if (integration.status == u"error" || integration.status == u"expired")
        return CrmHealth::Failing;
    if (integration.status == u"disconnected" || integration.paused)
        return CrmHealth::Paused;
    if (integration.status == u"pending")
        return CrmHealth::NotConnected;
    if (!integration.runningJobId.isEmpty())
        return CrmHealth::Syncing;
    if (integration.lastSyncStatus == u"failed")
        return CrmHealth::Failing;
    if (integration.lastSyncPartial)
        return CrmHealth::Warning;
    if (integration.scheduleMinutes && integration.nextSyncAt.isValid() && now.isValid()
        && integration.nextSyncAt.secsTo(now) > qint64(*integration.scheduleMinutes) * 60)
        return CrmHealth::Warning;
    return CrmHealth::Healthy;
}

Result<CrmProviderInfo> crmProviderFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CrmProviderInfo provider;
    provider.id = reader.string(u"id"_s, {}, true);
    provider.displayName = reader.string(u"displayName"_s, provider.id);
    provider.connect = reader.string(u"connect"_s, {}, true);
    requireOneOf(reader, u"connect"_s, provider.connect,
                 {u"api"_s, u"inbound"_s, u"file"_s, u"custom"_s});
    provider.authTypes = reader.stringList(u"authTypes"_s);
    provider.features = reader.stringList(u"features"_s);
    provider.fileFormats = reader.stringList(u"fileFormats"_s);
    provider.capability = reader.string(u"capability"_s);
    const QJsonObject rate = object.value(u"rateLimit"_s).toObject();
    provider.rateRequests = rate.value(u"requests"_s).toInt();
    provider.ratePerSeconds = rate.value(u"perSeconds"_s).toInt();
    return finish(provider, errors, u"provider"_s);
}

Result<CrmIntegration> crmIntegrationFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CrmIntegration integration;
    integration.id = reader.string(u"id"_s, {}, true);
    integration.organizationId = reader.string(u"organizationId"_s, {}, true);
    integration.provider = reader.string(u"provider"_s, {}, true);
    integration.name = reader.string(u"name"_s, {}, true);
    integration.authType = reader.string(u"authType"_s);
    integration.status = reader.string(u"status"_s, {}, true);
    requireOneOf(reader, u"status"_s, integration.status,
                 {u"pending"_s, u"connected"_s, u"error"_s, u"disconnected"_s, u"expired"_s});
    integration.paused = reader.boolean(u"paused"_s).value_or(false);
    integration.scheduleMinutes = intOrNull(reader, object, u"scheduleMinutes"_s);
    integration.direction = reader.string(u"direction"_s, u"import_only"_s);
    integration.conflictStrategy = reader.string(u"conflictStrategy"_s, u"newest_wins"_s);
    integration.baseUrl = object.value(u"baseUrl"_s).toString();
    integration.hasCredentials = reader.boolean(u"hasCredentials"_s).value_or(false);
    if (const auto last = reader.objectOrNull(u"lastSync"_s)) {
        integration.lastSyncStatus = last->value(u"status"_s).toString();
        integration.lastSyncPartial = last->value(u"partial"_s).toBool();
        integration.lastSyncAt = time(*last, u"at"_s);
        integration.lastSyncJobId = last->value(u"jobId"_s).toString();
    }
    integration.nextSyncAt = time(object, u"nextSyncAt"_s);
    integration.runningJobId = object.value(u"runningJobId"_s).toString();
    integration.version = reader.integer(u"version"_s, true).value_or(1);
    integration.createdAt = time(object, u"createdAt"_s);
    integration.updatedAt = time(object, u"updatedAt"_s);
    return finish(integration, errors, u"integration"_s);
}

Result<CrmIntegrationLimit> crmIntegrationLimitFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CrmIntegrationLimit limit;
    limit.tier = reader.string(u"tier"_s, {}, true);
    limit.allowed = intOrNull(reader, object, u"allowed"_s);
    limit.used = int(reader.integer(u"used"_s).value_or(0));
    return finish(limit, errors, u"integration limit"_s);
}

Result<CrmSyncJob> crmSyncJobFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CrmSyncJob job;
    job.id = reader.string(u"id"_s, {}, true);
    job.integrationId = reader.string(u"integrationId"_s, {}, true);
    job.kind = reader.string(u"kind"_s, {}, true);
    job.status = reader.string(u"status"_s, {}, true);
    requireOneOf(reader, u"status"_s, job.status, JobStatuses);
    job.partial = reader.boolean(u"partial"_s).value_or(false);
    job.processed = int(reader.integer(u"processed"_s).value_or(0));
    job.total = intOrNull(reader, object, u"total"_s);
    job.created = int(reader.integer(u"created"_s).value_or(0));
    job.updated = int(reader.integer(u"updated"_s).value_or(0));
    job.skipped = int(reader.integer(u"skipped"_s).value_or(0));
    job.error = object.value(u"error"_s).toString();
    job.attempt = int(reader.integer(u"attempt"_s).value_or(1));
    job.requestedBy = object.value(u"requestedBy"_s).toString();
    job.createdAt = time(object, u"createdAt"_s);
    job.startedAt = time(object, u"startedAt"_s);
    job.finishedAt = time(object, u"finishedAt"_s);
    return finish(job, errors, u"sync job"_s);
}

Result<CrmJobLogLine> crmJobLogLineFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CrmJobLogLine line;
    line.id = reader.string(u"id"_s, {}, true);
    line.jobId = object.value(u"jobId"_s).toString();
    line.at = time(object, u"at"_s);
    line.level = reader.string(u"level"_s, u"info"_s);
    line.message = reader.string(u"message"_s, {}, true);
    line.code = object.value(u"code"_s).toString(); // null on older lines
    line.args = object.value(u"args"_s).toObject();
    return finish(line, errors, u"log line"_s);
}

QJsonObject crmIntegrationDraftToJson(const CrmIntegrationDraft &draft)
{
    QJsonObject body {{u"provider"_s, draft.provider},
                      {u"name"_s, draft.name},
                      {u"authType"_s, draft.authType},
                      {u"direction"_s, draft.direction},
                      {u"conflictStrategy"_s, draft.conflictStrategy}};
    body.insert(u"scheduleMinutes"_s,
                draft.scheduleMinutes ? QJsonValue(*draft.scheduleMinutes) : QJsonValue());
    if (!draft.baseUrl.isEmpty())
        body.insert(u"baseUrl"_s, draft.baseUrl);
    return body;
}

} // namespace wedsync
