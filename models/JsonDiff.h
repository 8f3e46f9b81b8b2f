#pragma once
// A readable difference between two JSON documents (an audit row's before and after): one
// entry per leaf that was added, removed or changed, named by its path ("layout.columns",
// "visibility.roles[2]"). Pure: no I/O, no widgets.

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync {

struct JsonDiffEntry
{
    enum class Change : quint8 { Added, Removed, Changed };
    QString path;
    Change change = Change::Changed;
    QJsonValue before; // Undefined when added
    QJsonValue after; // Undefined when removed
    friend bool operator==(const JsonDiffEntry &, const JsonDiffEntry &) = default;
};

// Objects are compared key by key (in key order), arrays index by index; anything else, or a
// change of type, is one entry at that path. A missing document (Undefined or Null at the root)
// counts as an empty object, so a creation lists every field as added. Equal documents: empty.
QList<JsonDiffEntry> jsonDiff(const QJsonValue &before, const QJsonValue &after);

// A value as one line: strings as they are, everything else as compact JSON.
QString jsonDiffValueText(const QJsonValue &value);
// One value typed as JSON ("6", "true", "[\"a\"]", "\"text\""); nothing when the text is not
// exactly one JSON value.
std::optional<QJsonValue> jsonValueFromText(const QString &text);
QString jsonDiffChangeName(JsonDiffEntry::Change change); // translated "added", ...

} // namespace wedsync
