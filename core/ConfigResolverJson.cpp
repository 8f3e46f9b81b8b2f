// The wire shape of effective settings with provenance (declared in ConfigResolver.h).
#include "ConfigResolver.h"

#include "ConfigSettingSchemas.h"
#include "JsonReader.h"
#include "ThreeWayMerge.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// A value at `path` with the secrets inside it redacted, whatever part of the document it is.
QJsonValue redactedAt(const std::vector<ConfigField> &schema, const QString &path,
                      const QJsonValue &value)
{
    if (value.isUndefined())
        return value;
    QJsonObject holder;
    setJsonPath(&holder, path, value);
    return jsonAtPath(redactConfigSecrets(schema, holder), path);
}

void prefixed(const QString &prefix, const QList<FieldError> &from, QList<FieldError> *to)
{
    for (const FieldError &error : from)
        to->append({prefix + error.field, error.message});
}

} // namespace

QJsonObject resolvedConfigToJson(const ResolvedConfig &resolved, ConfigSettingType type)
{
    const std::vector<ConfigField> &schema = configSchema(type);
    QJsonArray fields;
    for (const FieldProvenance &field : resolved.fields)
        fields.append(fieldProvenanceToJson(field));
    QList<ConfigChange> declined = resolved.declined;
    for (ConfigChange &change : declined) {
        change.before = redactedAt(schema, change.path, change.before);
        change.after = redactedAt(schema, change.path, change.after);
    }
    return QJsonObject {
        {u"settingType"_s, configSettingTypeName(type)},
        {u"effective"_s, redactConfigSecrets(schema, resolved.effective)},
        {u"fields"_s, fields},
        {u"declined"_s, configDeltaToJson(declined)},
    };
}

Result<ResolvedConfig> resolvedConfigFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    ResolvedConfig out;
    const QString type = reader.string(u"settingType"_s, {}, true);
    if (!type.isEmpty() && !configSettingTypeFromName(type))
        reader.addError(
            u"settingType"_s,
            QCoreApplication::translate("wedsync::ConfigProvenance", "This value is not known."));
    out.effective = reader.object(u"effective"_s, true);
    const QJsonArray fields = reader.array(u"fields"_s);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString prefix = u"fields["_s + QString::number(i) + u"]."_s;
        const auto field = fieldProvenanceFromJson(fields.at(i).toObject());
        if (field.ok())
            out.fields.append(field.value());
        else
            prefixed(prefix, field.error().fields, &errors);
    }
    const auto declined = configDeltaFromJson(reader.array(u"declined"_s));
    if (declined.ok())
        out.declined = declined.value();
    else
        prefixed(u"declined"_s, declined.error().fields, &errors);
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s,
                      QCoreApplication::translate(
                          "wedsync::ConfigProvenance",
                          "The explanation of a setting could not be read; see details.fields."),
                      errors};
    return out;
}

} // namespace wedsync
