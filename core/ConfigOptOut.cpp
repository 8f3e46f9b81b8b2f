#include "ConfigOptOut.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigOptOut", text);
}

QString entryPath(const QString &key, qsizetype i)
{
    return key + u'[' + QString::number(i) + u']';
}

} // namespace

QJsonObject configOptOutsToJson(const ConfigOptOuts &optOuts)
{
    QJsonArray types;
    for (ConfigSettingType type : optOuts.settingTypes)
        types.append(configSettingTypeName(type));
    return QJsonObject {{u"ruleIds"_s, QJsonArray::fromStringList(optOuts.ruleIds)},
                        {u"settingTypes"_s, types}};
}

Result<ConfigOptOuts> configOptOutsFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    ConfigOptOuts out;
    const QStringList ruleIds = reader.stringList(u"ruleIds"_s, false, MaxConfigSyncRules);
    const QStringList types
        = reader.stringList(u"settingTypes"_s, false, allConfigSettingTypes().size());
    for (qsizetype i = 0; i < ruleIds.size(); ++i) {
        if (!isConfigIdentifier(ruleIds.at(i)))
            errors.append({entryPath(u"ruleIds"_s, i), tr("Must be the id of a sync rule.")});
        else if (out.ruleIds.contains(ruleIds.at(i)))
            errors.append({entryPath(u"ruleIds"_s, i), tr("Listed twice.")});
        else
            out.ruleIds.append(ruleIds.at(i));
    }
    for (qsizetype i = 0; i < types.size(); ++i) {
        const auto type = configSettingTypeFromName(types.at(i));
        if (!type)
            errors.append({entryPath(u"settingTypes"_s, i),
                           tr("Must be one of: rbac, modules, auth, notifications, mfa, "
                              "business_type.")});
        else if (out.settingTypes.contains(*type))
            errors.append({entryPath(u"settingTypes"_s, i), tr("Listed twice.")});
        else
            out.settingTypes.append(*type);
    }
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s, tr("The opt-outs have problems; see details.fields."),
                      errors};
    return out;
}

} // namespace wedsync
