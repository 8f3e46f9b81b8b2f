#include "api/ComplianceWire.h"

#include "ComplianceJson.h"
#include "JsonValues.h"
#include "api/RecordJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server::compliancejson {

namespace {

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(json::timestamp(at)) : QJsonValue(QJsonValue::Null);
}

QString snakeCase(const QString &key)
{
    QString out;
    for (QChar c : key) {
        if (c.isUpper()) {
            out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QJsonObject tier(const ComplianceTierRow &tier)
{
    QJsonObject out = complianceTierRuleToJson(tier.rule);
    out.insert(u"organizationId"_s, tier.organizationId);
    out.insert(u"description"_s, tier.description);
    out.insert(u"requirementIds"_s, QJsonArray::fromStringList(tier.requirementIds));
    return out;
}

QJsonObject requirement(const ComplianceRequirementRow &requirement)
{
    return {{u"id"_s, requirement.id},
            {u"organizationId"_s, requirement.organizationId},
            {u"title"_s, requirement.title},
            {u"description"_s, requirement.description},
            {u"points"_s, requirement.points},
            {u"dueDays"_s,
             requirement.dueDays ? QJsonValue(*requirement.dueDays) : QJsonValue(QJsonValue::Null)},
            {u"evidenceType"_s, requirement.evidenceType}};
}

QJsonObject supplier(const SupplierComplianceRow &row, const QString &tierName)
{
    return {{u"id"_s, row.id},
            {u"organizationId"_s, row.organizationId},
            {u"displayName"_s, row.displayName},
            {u"email"_s, row.email},
            {u"role"_s, row.role},
            {u"tierId"_s, row.tierId},
            {u"tierName"_s, tierName},
            {u"status"_s, row.status},
            {u"version"_s, row.version},
            {u"stats"_s, complianceStatsToJson(row.stats)},
            {u"advancementEligible"_s, row.advancementEligible},
            {u"initializedAt"_s, json::timestamp(row.initializedAt)},
            {u"updatedAt"_s, json::timestamp(row.updatedAt)},
            {u"deactivatedAt"_s, timeOrNull(row.deactivatedAt)},
            {u"deactivationReason"_s, textOrNull(row.deactivationReason)}};
}

QJsonObject record(const ComplianceRecordRow &record, bool withHistory)
{
    QJsonObject out {
        {u"id"_s, record.id},
        {u"organizationId"_s, record.organizationId},
        {u"supplierId"_s, record.supplierId},
        {u"requirementId"_s, record.requirementId},
        {u"title"_s, record.title},
        {u"points"_s, record.points},
        {u"evidenceType"_s, record.evidenceType},
        {u"status"_s, requirementStatusName(record.status)},
        {u"reviewStatus"_s, reviewStatusName(record.reviewStatus)},
        {u"evidenceRef"_s, textOrNull(record.evidenceRef)},
        {u"submittedBy"_s, textOrNull(record.submittedBy)},
        {u"submittedAt"_s, timeOrNull(record.submittedAt)},
        {u"reviewerId"_s, textOrNull(record.reviewerId)},
        {u"reviewedAt"_s, timeOrNull(record.reviewedAt)},
        {u"reviewNote"_s, textOrNull(record.reviewNote)},
        {u"dueDate"_s,
         record.dueDate.isValid() ? QJsonValue(record.dueDate.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null)},
        {u"version"_s, record.version},
        {u"createdAt"_s, json::timestamp(record.createdAt)},
        {u"updatedAt"_s, json::timestamp(record.updatedAt)},
    };
    if (withHistory) {
        QJsonArray history;
        for (const RecordHistoryRow &entry : record.history) {
            history.append(QJsonObject {{u"fromStatus"_s, textOrNull(entry.fromStatus)},
                                        {u"toStatus"_s, entry.toStatus},
                                        {u"source"_s, entry.source},
                                        {u"actorId"_s, textOrNull(entry.actorId)},
                                        {u"note"_s, textOrNull(entry.note)},
                                        {u"occurredAt"_s, json::timestamp(entry.occurredAt)}});
        }
        out.insert(u"history"_s, history);
    }
    return out;
}

QJsonObject tierHistory(const TierHistoryRow &entry)
{
    return {{u"id"_s, entry.id},
            {u"fromTierId"_s, textOrNull(entry.fromTierId)},
            {u"toTierId"_s, entry.toTierId},
            {u"reason"_s, entry.reason},
            {u"actorId"_s, textOrNull(entry.actorId)},
            {u"occurredAt"_s, json::timestamp(entry.occurredAt)}};
}

QJsonObject notification(const ComplianceNotificationRow &notification)
{
    return {{u"id"_s, notification.id},
            {u"organizationId"_s, notification.organizationId},
            {u"supplierId"_s, notification.supplierId},
            {u"kind"_s, notification.kind},
            {u"recordId"_s, textOrNull(notification.recordId)},
            {u"details"_s, notification.details},
            {u"occurredAt"_s, json::timestamp(notification.occurredAt)}};
}

QJsonObject tierSwitchPlan(const TierSwitchPlan &plan)
{
    return {{u"added"_s, QJsonArray::fromStringList(plan.added)},
            {u"reopened"_s, QJsonArray::fromStringList(plan.reopened)},
            {u"kept"_s, QJsonArray::fromStringList(plan.kept)},
            {u"legacy"_s, QJsonArray::fromStringList(plan.legacy)}};
}

QJsonObject asRow(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(snakeCase(it.key()), it.value());
    // The supplier the row is about, under the name the hub routes to user:<id> by.
    const QString supplier = out.contains(u"supplier_id"_s) ? out.value(u"supplier_id"_s).toString()
                                                            : out.value(u"id"_s).toString();
    out.insert(u"user_id"_s, supplier);
    return out;
}

} // namespace wedsync::server::compliancejson
