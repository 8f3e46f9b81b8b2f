// The wire shape of a field's provenance (declared in ConfigProvenance.h): the server sends it,
// the console reads it back and builds the sentence in the operator's language.
#include "ConfigProvenance.h"

#include "ConfigSchema.h"
#include "JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigProvenance", text);
}

template<typename T, typename Parse>
T readName(JsonReader *reader, const QString &key, Parse parse, T fallback, bool required = true)
{
    const QString name = reader->string(key, {}, required);
    if (name.isEmpty())
        return fallback;
    const std::optional<T> parsed = parse(name);
    if (!parsed) {
        reader->addError(key, tr("This value is not known."));
        return fallback;
    }
    return *parsed;
}

} // namespace

QJsonObject fieldProvenanceToJson(const FieldProvenance &field)
{
    // A secret's values go out as SealedSecretText: the reader still learns that one was set,
    // overridden or held back, never what it is.
    const auto shown = [&field](const QJsonValue &value) {
        return field.secret ? QJsonValue(SealedSecretText.toString()) : value;
    };
    QJsonObject out {
        {u"path"_s, field.path},
        {u"value"_s, shown(field.value)},
        {u"layer"_s, configLayerName(field.layer)},
        {u"decidedAt"_s, configLayerName(field.decidedAt)},
        {u"reason"_s, provenanceReasonName(field.reason)},
        {u"settingType"_s, configSettingTypeName(field.settingType)},
        {u"hold"_s, provenanceHoldName(field.hold)},
        {u"secret"_s, field.secret},
    };
    if (!field.ruleId.isEmpty()) {
        out.insert(u"ruleId"_s, field.ruleId);
        out.insert(u"ruleName"_s, field.ruleName);
    }
    if (field.strategy)
        out.insert(u"strategy"_s, syncStrategyName(*field.strategy));
    if (!field.overridden.isUndefined()) {
        out.insert(u"overriddenLayer"_s, configLayerName(field.overriddenLayer));
        out.insert(u"overridden"_s, shown(field.overridden));
    }
    if (!field.upstream.isUndefined())
        out.insert(u"upstream"_s, shown(field.upstream));
    return out;
}

Result<FieldProvenance> fieldProvenanceFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    FieldProvenance field;
    field.path = reader.string(u"path"_s, {}, true);
    field.value = object.value(u"value"_s);
    field.layer = readName(&reader, u"layer"_s, configLayerFromName, ConfigLayer::Platform);
    field.decidedAt = readName(&reader, u"decidedAt"_s, configLayerFromName, ConfigLayer::Platform);
    field.reason
        = readName(&reader, u"reason"_s, provenanceReasonFromName, ProvenanceReason::Defined);
    field.settingType
        = readName(&reader, u"settingType"_s, configSettingTypeFromName, ConfigSettingType::Rbac);
    field.hold = readName(&reader, u"hold"_s, provenanceHoldFromName, ProvenanceHold::None, false);
    field.secret = reader.boolean(u"secret"_s).value_or(false);
    field.ruleId = reader.string(u"ruleId"_s);
    field.ruleName = reader.string(u"ruleName"_s);
    if (reader.has(u"strategy"_s))
        field.strategy
            = readName(&reader, u"strategy"_s, syncStrategyFromName, SyncStrategy::Merge);
    field.overridden = object.value(u"overridden"_s);
    if (reader.has(u"overriddenLayer"_s)) {
        field.overriddenLayer
            = readName(&reader, u"overriddenLayer"_s, configLayerFromName, ConfigLayer::Platform);
        if (field.overridden.isUndefined()) // a secret's value is not sent; that it was is
            field.overridden = QJsonValue(QJsonValue::Null);
    }
    field.upstream = object.value(u"upstream"_s);
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s,
                      tr("The explanation of a setting could not be read; see details.fields."),
                      errors};
    return field;
}

} // namespace wedsync
