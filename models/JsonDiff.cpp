#include "JsonDiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString childPath(const QString &parent, const QString &key)
{
    // Keys that would make the dotted path ambiguous are quoted.
    const bool plain = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
    const QString part = plain ? key : u"[\""_s + key + u"\"]"_s;
    if (parent.isEmpty())
        return part;
    if (plain)
        return parent + u'.' + part;
    return parent + part;
}

void diffInto(const QString &path, const QJsonValue &before, const QJsonValue &after,
              QList<JsonDiffEntry> *out)
{
    const bool beforeMissing = before.isUndefined();
    const bool afterMissing = after.isUndefined();
    if (beforeMissing && afterMissing)
        return;
    // A whole object or array added or removed is listed leaf by leaf, like a change.
    const QJsonValue &present = beforeMissing ? after : before;
    const bool expandable = (present.isObject() && !present.toObject().isEmpty())
        || (present.isArray() && !present.toArray().isEmpty());
    if ((beforeMissing || afterMissing) && expandable) {
        const QJsonValue emptyLike
            = present.isObject() ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray());
        // Compare against an empty container of the same kind: every child is added/removed.
        QList<JsonDiffEntry> children;
        diffInto(path, beforeMissing ? emptyLike : before, afterMissing ? emptyLike : after,
                 &children);
        out->append(children);
        return;
    }
    if (beforeMissing) {
        out->append({path, JsonDiffEntry::Change::Added, QJsonValue(QJsonValue::Undefined), after});
        return;
    }
    if (afterMissing) {
        out->append(
            {path, JsonDiffEntry::Change::Removed, before, QJsonValue(QJsonValue::Undefined)});
        return;
    }
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString &key : b.keys()) {
            if (!a.contains(key))
                keys.append(key);
        }
        keys.sort();
        for (const QString &key : std::as_const(keys))
            diffInto(childPath(path, key), a.value(key), b.value(key), out);
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const qsizetype n = std::max(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            diffInto(itemPath, i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                     i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined), out);
        }
        return;
    }
    if (before != after)
        out->append({path, JsonDiffEntry::Change::Changed, before, after});
}

QJsonValue rootOf(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ? QJsonValue(QJsonObject()) : value;
}

} // namespace

QList<JsonDiffEntry> jsonDiff(const QJsonValue &before, const QJsonValue &after)
{
    QList<JsonDiffEntry> entries;
    diffInto(QString(), rootOf(before), rootOf(after), &entries);
    return entries;
}

std::optional<QJsonValue> jsonValueFromText(const QString &text)
{
    // Wrapped in an array so that scalars parse too.
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || parsed.array().size() != 1)
        return std::nullopt;
    return parsed.array().first();
}

QString jsonDiffValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString jsonDiffChangeName(JsonDiffEntry::Change change)
{
    switch (change) {
    case JsonDiffEntry::Change::Added:
        return QCoreApplication::translate("wedsync::JsonDiff", "added");
    case JsonDiffEntry::Change::Removed:
        return QCoreApplication::translate("wedsync::JsonDiff", "removed");
    case JsonDiffEntry::Change::Changed:
        return QCoreApplication::translate("wedsync::JsonDiff", "changed");
    }
    return {};
}

} // namespace wedsync
