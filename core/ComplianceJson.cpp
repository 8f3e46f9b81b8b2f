#include "ComplianceJson.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

int readInt(JsonReader &reader, const QString &key)
{
    return int(reader.integer(key, true).value_or(0));
}

double readNumber(const QJsonObject &object, JsonReader &reader, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        reader.addError(key, u"%1 must be a number."_s.arg(reader.fieldPath(key)));
        return 0;
    }
    return value.toDouble();
}

Result<AdvancementCheck> failed(const QList<FieldError> &errors, const QString &what)
{
    return Error {u"invalid_%1"_s.arg(what),
                  u"The %1 is not valid."_s.arg(QString(what).replace(u'_', u' ')), errors};
}

} // namespace

QJsonObject complianceStatsToJson(const ComplianceStats &stats)
{
    return {{u"total"_s, stats.total},
            {u"completed"_s, stats.completed},
            {u"inProgress"_s, stats.inProgress},
            {u"pending"_s, stats.pending},
            {u"rejected"_s, stats.rejected},
            {u"totalPoints"_s, stats.totalPoints},
            {u"earnedPoints"_s, stats.earnedPoints},
            {u"completionPercent"_s, stats.completionPercent}};
}

Result<ComplianceStats> complianceStatsFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    ComplianceStats stats;
    stats.total = readInt(reader, u"total"_s);
    stats.completed = readInt(reader, u"completed"_s);
    stats.inProgress = readInt(reader, u"inProgress"_s);
    stats.pending = readInt(reader, u"pending"_s);
    stats.rejected = readInt(reader, u"rejected"_s);
    stats.totalPoints = readInt(reader, u"totalPoints"_s);
    stats.earnedPoints = readInt(reader, u"earnedPoints"_s);
    stats.completionPercent = readNumber(object, reader, u"completionPercent"_s);
    if (!errors.isEmpty())
        return Error {u"invalid_compliance_stats"_s, u"The compliance figures are not valid."_s,
                      errors};
    return stats;
}

QJsonObject complianceTierRuleToJson(const ComplianceTierRule &tier)
{
    return {{u"id"_s, tier.id},
            {u"name"_s, tier.name},
            {u"level"_s, tier.level},
            {u"requiredCompletionPercent"_s, tier.requiredCompletionPercent},
            {u"minimumPoints"_s, tier.minimumPoints}};
}

Result<ComplianceTierRule> complianceTierRuleFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    ComplianceTierRule tier;
    tier.id = reader.string(u"id"_s, {}, true);
    tier.name = reader.string(u"name"_s, {}, true);
    tier.level = readInt(reader, u"level"_s);
    tier.requiredCompletionPercent = readInt(reader, u"requiredCompletionPercent"_s);
    tier.minimumPoints = readInt(reader, u"minimumPoints"_s);
    if (!errors.isEmpty())
        return Error {u"invalid_compliance_tier"_s, u"The compliance tier is not valid."_s, errors};
    return tier;
}

QJsonObject advancementCheckToJson(const AdvancementCheck &check)
{
    return {
        {u"currentTierId"_s, check.currentTierId},
        {u"nextTier"_s,
         check.nextTier ? QJsonValue(complianceTierRuleToJson(*check.nextTier))
                        : QJsonValue(QJsonValue::Null)},
        {u"eligible"_s, check.eligible},
        {u"supplierInactive"_s, check.supplierInactive},
        {u"current"_s,
         QJsonObject {{u"completionPercent"_s, check.completionPercent},
                      {u"points"_s, check.earnedPoints}}},
        {u"required"_s,
         QJsonObject {{u"completionPercent"_s, check.requiredCompletionPercent},
                      {u"points"_s, check.requiredPoints}}},
        {u"missing"_s,
         QJsonObject {{u"approvals"_s, check.approvalsNeeded}, {u"points"_s, check.pointsNeeded}}},
        {u"completionMet"_s, check.completionMet},
        {u"pointsMet"_s, check.pointsMet},
    };
}

Result<AdvancementCheck> advancementCheckFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    AdvancementCheck check;
    check.currentTierId = reader.string(u"currentTierId"_s, {}, true);
    if (object.value(u"nextTier"_s).isObject()) {
        auto next = complianceTierRuleFromJson(object.value(u"nextTier"_s).toObject());
        if (next)
            check.nextTier = next.value();
        else
            reader.addError(u"nextTier"_s, next.error().message);
    } else if (!object.value(u"nextTier"_s).isNull()) {
        reader.addError(u"nextTier"_s, u"nextTier must be a tier or null."_s);
    }
    check.eligible = reader.boolean(u"eligible"_s, true).value_or(false);
    check.supplierInactive = reader.boolean(u"supplierInactive"_s, true).value_or(false);
    check.completionMet = reader.boolean(u"completionMet"_s, true).value_or(false);
    check.pointsMet = reader.boolean(u"pointsMet"_s, true).value_or(false);
    const QJsonObject current = reader.object(u"current"_s, true);
    const QJsonObject required = reader.object(u"required"_s, true);
    const QJsonObject missing = reader.object(u"missing"_s, true);
    JsonReader currentReader(current, u"current"_s, &errors);
    check.completionPercent = readNumber(current, currentReader, u"completionPercent"_s);
    check.earnedPoints = readInt(currentReader, u"points"_s);
    JsonReader requiredReader(required, u"required"_s, &errors);
    check.requiredCompletionPercent = readInt(requiredReader, u"completionPercent"_s);
    check.requiredPoints = readInt(requiredReader, u"points"_s);
    JsonReader missingReader(missing, u"missing"_s, &errors);
    check.approvalsNeeded = readInt(missingReader, u"approvals"_s);
    check.pointsNeeded = readInt(missingReader, u"points"_s);
    if (!errors.isEmpty())
        return failed(errors, u"advancement_check"_s);
    return check;
}

} // namespace wedsync
