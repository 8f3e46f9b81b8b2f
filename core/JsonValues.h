#pragma once
// Optional values on the wire: an empty text, a missing object or an unknown time is JSON null.
// Shared by every codec (core) and the server's own record JSON.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wedsync {

inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

inline QJsonValue objectOrNull(const std::optional<QJsonObject> &object)
{
    return object ? QJsonValue(*object) : QJsonValue(QJsonValue::Null);
}

// ISO-8601 UTC with milliseconds ("2026-06-01T12:00:00.000Z").
inline QJsonValue timeOrNull(const std::optional<QDateTime> &at)
{
    return at && at->isValid() ? QJsonValue(at->toUTC().toString(Qt::ISODateWithMs))
                               : QJsonValue(QJsonValue::Null);
}

} // namespace wedsync
