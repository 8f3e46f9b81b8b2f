#include "api/IntegrationWire.h"

#include "api/ChangeNotifier.h"
#include "realtime/RealtimePublisher.h"
#include "storage/SqlValues.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Q_LOGGING_CATEGORY(lcCrm, "wedsync.crm")

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(sql::timestamp(at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

namespace integrationjson {

QJsonObject integration(const IntegrationRow &row)
{
    QJsonValue lastSync = QJsonValue::Null;
    if (!row.lastJobId.isEmpty())
        lastSync = QJsonObject {{u"status"_s, row.lastJobStatus},
                                {u"at"_s, time(row.lastJobAt)},
                                {u"jobId"_s, row.lastJobId}};
    return QJsonObject {
        {u"id"_s, row.id},
        {u"organizationId"_s, row.organizationId},
        {u"provider"_s, row.provider},
        {u"name"_s, row.name},
        {u"authType"_s, row.authType},
        {u"status"_s, row.status},
        {u"paused"_s, row.paused},
        {u"scheduleMinutes"_s,
         row.scheduleMinutes ? QJsonValue(*row.scheduleMinutes) : QJsonValue(QJsonValue::Null)},
        {u"direction"_s, row.direction},
        {u"conflictStrategy"_s, row.conflictStrategy},
        {u"baseUrl"_s, row.baseUrl},
        {u"hasCredentials"_s, row.hasCredentials},
        {u"lastSync"_s, lastSync},
        {u"nextSyncAt"_s, time(row.nextSyncAt)},
        {u"runningJobId"_s, text(row.activeJobId)},
        {u"version"_s, row.version},
        {u"createdAt"_s, time(row.createdAt)},
        {u"updatedAt"_s, time(row.updatedAt)},
    };
}

QJsonObject job(const SyncJobRow &row)
{
    return QJsonObject {
        {u"id"_s, row.id},
        {u"integrationId"_s, row.integrationId},
        {u"kind"_s, row.kind},
        {u"status"_s, row.status},
        {u"partial"_s, row.partial},
        {u"processed"_s, row.processed},
        {u"total"_s, row.total ? QJsonValue(*row.total) : QJsonValue(QJsonValue::Null)},
        {u"created"_s, row.createdCount},
        {u"updated"_s, row.updatedCount},
        {u"skipped"_s, row.skippedCount},
        {u"error"_s, text(row.error)},
        {u"cancelRequested"_s, row.cancelRequested},
        {u"attempt"_s, row.attempt},
        {u"requestedBy"_s, text(row.requestedBy)},
        {u"createdAt"_s, time(row.createdAt)},
        {u"startedAt"_s, time(row.startedAt)},
        {u"finishedAt"_s, time(row.finishedAt)},
    };
}

QJsonObject logLine(const SyncJobLogRow &row)
{
    return QJsonObject {{u"jobId"_s, row.jobId},     {u"id"_s, row.id},
                        {u"at"_s, time(row.at)},     {u"level"_s, row.level},
                        {u"message"_s, row.message}, {u"code"_s, text(row.code)},
                        {u"args"_s, row.args}};
}

QJsonObject client(const CrmClientRow &row)
{
    return QJsonObject {{u"id"_s, row.id},
                        {u"integrationId"_s, text(row.integrationId)},
                        {u"externalId"_s, text(row.externalId)},
                        {u"fields"_s, row.fields},
                        {u"version"_s, row.version},
                        {u"changedByWedsyncAt"_s, time(row.changedByWedsyncAt)},
                        {u"changedByCrmAt"_s, time(row.changedByCrmAt)},
                        {u"pushedAt"_s, time(row.pushedAt)},
                        {u"createdAt"_s, time(row.createdAt)},
                        {u"updatedAt"_s, time(row.updatedAt)}};
}

QJsonArray mappings(const QList<crm::MappingRule> &rules)
{
    QJsonArray out;
    for (const crm::MappingRule &rule : rules) {
        QJsonObject item {{u"source"_s, rule.source},
                          {u"target"_s, rule.target},
                          {u"transform"_s, rule.transform}};
        if (!rule.argument.isEmpty())
            item.insert(u"argument"_s, rule.argument);
        out.append(item);
    }
    return out;
}

} // namespace integrationjson

void broadcastCrm(const ChangeNotifier &notifier, const QString &organizationId,
                  const QString &event, const QJsonObject &payload)
{
    notifier.afterCommit([&notifier, organizationId, event, payload] {
        RealtimePublisher *publisher = notifier.publisher();
        if (!publisher)
            return;
        const QString topic = u"tenant:%1:admins"_s.arg(organizationId);
        if (auto sent = publisher->broadcastFromServer(topic, event, payload); !sent)
            qCWarning(lcCrm) << "could not broadcast" << event << "on" << topic << ":"
                             << sent.error().message;
    });
}

} // namespace wedsync::server
