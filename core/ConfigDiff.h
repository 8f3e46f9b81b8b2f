#pragma once
// What changed between two versions of one scope's configuration document, field by field:
// the history's diff, the delta a propagation publishes (only the changed keys), and the
// helper that applies a delta. A rollback is a new version equal to an old snapshot, so
// diff(current, old) is what it changes.

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace wedsync {

struct ConfigChange
{
    enum class Kind : quint8 { Added, Removed, Changed };
    QString path; // dotted, e.g. "providers.sms.provider"
    Kind kind = Kind::Changed;
    QJsonValue before; // Undefined when added
    QJsonValue after; // Undefined when removed
    friend bool operator==(const ConfigChange &, const ConfigChange &) = default;
};

// "added", "removed", "changed"
QString configChangeKindName(ConfigChange::Kind kind);

// The changed fields from `before` to `after`: objects recurse, arrays and scalars are
// compared whole, a whole object added or removed is one change.
QList<ConfigChange> diffConfig(const QJsonObject &before, const QJsonObject &after);
// `document` with each change's `after` written at its path (removed when Undefined), so that
// applyConfigDelta(before, diffConfig(before, after)) == after.
QJsonObject applyConfigDelta(QJsonObject document, const QList<ConfigChange> &changes);

inline constexpr int MaxConfigDeltaChanges = 10000;

// Wire shape: [{"path", "op": "added|removed|changed", "old"?, "new"?}] (old/new absent when
// the field was absent).
QJsonArray configDeltaToJson(const QList<ConfigChange> &changes);
// Errors (code "validation_failed") name "[i].path" (empty, too long, an empty segment),
// "[i].op" and "[i].new" (missing for an added or changed field).
Result<QList<ConfigChange>> configDeltaFromJson(const QJsonArray &array);

} // namespace wedsync
