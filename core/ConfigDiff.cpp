#include "ConfigDiff.h"

#include "JsonReader.h"
#include "ThreeWayMerge.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigDiff", text);
}

constexpr int MaxPathLength = 1000;

bool validPath(const QString &path)
{
    if (path.isEmpty() || path.size() > MaxPathLength)
        return false;
    const QList<QStringView> parts = QStringView(path).split(u'.');
    return std::none_of(parts.cbegin(), parts.cend(), [](QStringView p) { return p.isEmpty(); });
}

} // namespace

QString configChangeKindName(ConfigChange::Kind kind)
{
    switch (kind) {
    case ConfigChange::Kind::Added:
        return u"added"_s;
    case ConfigChange::Kind::Removed:
        return u"removed"_s;
    case ConfigChange::Kind::Changed:
        return u"changed"_s;
    }
    return u"changed"_s;
}

QList<ConfigChange> diffConfig(const QJsonObject &before, const QJsonObject &after)
{
    // A three-way merge where only "their" side moved lists exactly the fields that changed,
    // with the same field granularity the merge and the conflict center use. Arrays compare in
    // order: a reordered list is a change a person made.
    MergeOptions ordered;
    ordered.unorderedArray = [](QStringView) {
        return false;
    };
    const MergeResult merge = threeWayMerge(before, before, after, ordered);
    QList<ConfigChange> out;
    for (const MergeField &field : merge.fields) {
        if (field.kind != MergeFieldKind::Theirs)
            continue;
        const ConfigChange::Kind kind = field.base.isUndefined() ? ConfigChange::Kind::Added
            : field.theirs.isUndefined()                         ? ConfigChange::Kind::Removed
                                                                 : ConfigChange::Kind::Changed;
        out.append({field.path, kind, field.base, field.theirs});
    }
    return out;
}

QJsonObject applyConfigDelta(QJsonObject document, const QList<ConfigChange> &changes)
{
    for (const ConfigChange &change : changes)
        setJsonPath(&document, change.path, change.after);
    return document;
}

QJsonArray configDeltaToJson(const QList<ConfigChange> &changes)
{
    QJsonArray out;
    for (const ConfigChange &change : changes) {
        QJsonObject entry {{u"path"_s, change.path}, {u"op"_s, configChangeKindName(change.kind)}};
        if (!change.before.isUndefined())
            entry.insert(u"old"_s, change.before);
        if (!change.after.isUndefined())
            entry.insert(u"new"_s, change.after);
        out.append(entry);
    }
    return out;
}

Result<QList<ConfigChange>> configDeltaFromJson(const QJsonArray &array)
{
    QList<FieldError> errors;
    QList<ConfigChange> out;
    if (array.size() > MaxConfigDeltaChanges) {
        return Error {u"validation_failed"_s,
                      tr("The list of changes has problems; see details.fields."),
                      {{QString(), tr("At most %1 changes at once.").arg(MaxConfigDeltaChanges)}}};
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            errors.append({prefix, tr("Each change must be an object.")});
            continue;
        }
        const QJsonObject entry = array.at(i).toObject();
        JsonReader reader(entry, prefix, &errors);
        ConfigChange change;
        change.path = reader.string(u"path"_s, {}, true);
        if (reader.has(u"path"_s) && entry.value(u"path"_s).isString() && !validPath(change.path))
            reader.addError(u"path"_s,
                            tr("Must be a dotted field path such as "
                               "providers.sms.provider (at most 1000 characters)."));
        const QString op = reader.string(u"op"_s, {}, true);
        if (op == u"added")
            change.kind = ConfigChange::Kind::Added;
        else if (op == u"removed")
            change.kind = ConfigChange::Kind::Removed;
        else if (op == u"changed")
            change.kind = ConfigChange::Kind::Changed;
        else if (!op.isEmpty())
            reader.addError(u"op"_s, tr("Must be added, removed or changed."));
        change.before = entry.value(u"old"_s);
        change.after = change.kind == ConfigChange::Kind::Removed
            ? QJsonValue(QJsonValue::Undefined)
            : entry.value(u"new"_s);
        if (change.kind != ConfigChange::Kind::Removed && change.after.isUndefined())
            reader.addError(u"new"_s, tr("An added or changed field needs its new value."));
        out.append(change);
        if (errors.size() >= 50)
            break;
    }
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s,
                      tr("The list of changes has problems; see details.fields."), errors};
    return out;
}

} // namespace wedsync
