#include "SupplierCompliance.h"

#include "ComplianceJson.h"
#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Optional text: absent or null is empty.
QString optionalText(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

QDateTime time(const QJsonObject &object, const QString &key)
{
    QDateTime at = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

RequirementStatus status(JsonReader &reader, const QString &key, bool required = true)
{
    const QString name = reader.string(key, {}, required);
    const auto status = requirementStatusFromName(name);
    if (!status && (required || !name.isEmpty()))
        reader.addError(key, u"%1 is not a requirement status."_s.arg(reader.fieldPath(key)));
    return status.value_or(RequirementStatus::Pending);
}

template<typename T> Result<T> finish(T value, const QList<FieldError> &errors, const QString &what)
{
    if (!errors.isEmpty())
        return Error {u"invalid_compliance"_s, u"The %1 is not valid."_s.arg(what), errors};
    return value;
}

} // namespace

Result<SupplierSummary> supplierSummaryFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    SupplierSummary supplier;
    supplier.id = reader.string(u"id"_s, {}, true);
    supplier.organizationId = reader.string(u"organizationId"_s, {}, true);
    supplier.displayName = reader.string(u"displayName"_s);
    supplier.email = reader.string(u"email"_s);
    supplier.role = reader.string(u"role"_s);
    supplier.tierId = reader.string(u"tierId"_s, {}, true);
    supplier.tierName = reader.string(u"tierName"_s);
    supplier.active = reader.string(u"status"_s, u"active"_s) != u"inactive"_s;
    supplier.version = reader.integer(u"version"_s, true).value_or(1);
    supplier.advancementEligible = reader.boolean(u"advancementEligible"_s).value_or(false);
    supplier.updatedAt = time(object, u"updatedAt"_s);
    supplier.deactivationReason = optionalText(object, u"deactivationReason"_s);
    auto stats = complianceStatsFromJson(reader.object(u"stats"_s, true));
    if (stats)
        supplier.stats = stats.value();
    else
        reader.addError(u"stats"_s, stats.error().message);
    return finish(supplier, errors, u"supplier"_s);
}

Result<RequirementRecord> requirementRecordFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    RequirementRecord record;
    record.id = reader.string(u"id"_s, {}, true);
    record.organizationId = reader.string(u"organizationId"_s);
    record.supplierId = reader.string(u"supplierId"_s, {}, true);
    record.supplierName = optionalText(object, u"supplierName"_s);
    record.requirementId = reader.string(u"requirementId"_s, {}, true);
    record.title = reader.string(u"title"_s);
    record.points = int(reader.integer(u"points"_s).value_or(0));
    record.evidenceType = optionalText(object, u"evidenceType"_s);
    record.status = status(reader, u"status"_s);
    record.reviewStatus = reviewStatusFromName(optionalText(object, u"reviewStatus"_s))
                              .value_or(ReviewStatus::None);
    record.evidenceRef = optionalText(object, u"evidenceRef"_s);
    record.submittedBy = optionalText(object, u"submittedBy"_s);
    record.submittedAt = time(object, u"submittedAt"_s);
    record.reviewerId = optionalText(object, u"reviewerId"_s);
    record.reviewedAt = time(object, u"reviewedAt"_s);
    record.reviewNote = optionalText(object, u"reviewNote"_s);
    record.dueDate = QDate::fromString(optionalText(object, u"dueDate"_s), Qt::ISODate);
    record.version = reader.integer(u"version"_s, true).value_or(1);
    record.updatedAt = time(object, u"updatedAt"_s);
    const QJsonArray history = object.value(u"history"_s).toArray();
    for (const QJsonValue &value : history) {
        const QJsonObject entry = value.toObject();
        QList<FieldError> entryErrors;
        JsonReader steps(entry, u"history"_s, &entryErrors);
        RecordStep step;
        if (!entry.value(u"fromStatus"_s).isNull())
            step.from = status(steps, u"fromStatus"_s, false);
        step.to = status(steps, u"toStatus"_s);
        step.source = optionalText(entry, u"source"_s);
        step.actorId = optionalText(entry, u"actorId"_s);
        step.note = optionalText(entry, u"note"_s);
        step.at = time(entry, u"occurredAt"_s);
        if (entryErrors.isEmpty())
            record.history.append(step);
        else
            errors.append(entryErrors);
    }
    return finish(record, errors, u"requirement record"_s);
}

Result<ComplianceTier> complianceTierFromJson(const QJsonObject &object)
{
    auto rule = complianceTierRuleFromJson(object);
    if (!rule)
        return rule.error();
    ComplianceTier tier;
    tier.rule = rule.value();
    tier.description = optionalText(object, u"description"_s);
    for (const QJsonValue &id : object.value(u"requirementIds"_s).toArray())
        tier.requirementIds.append(id.toString());
    return tier;
}

TierSwitchPreview tierSwitchPreviewFromJson(const QJsonObject &plan)
{
    const auto ids = [&plan](const QString &key) {
        QStringList out;
        for (const QJsonValue &id : plan.value(key).toArray())
            out.append(id.toString());
        return out;
    };
    return {ids(u"added"_s), ids(u"reopened"_s), ids(u"kept"_s), ids(u"legacy"_s)};
}

} // namespace wedsync
