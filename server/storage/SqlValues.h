#pragma once
// How values are written to and read from SQL the same way on SQLite and PostgreSQL.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace wedsync::server::sql {

// "2025-06-01T12:00:00.000Z": fixed width, so text order is time order.
QString timestamp(const QDateTime &utc);
QDateTime toDateTime(const QVariant &value); // invalid for NULL or garbage

// NULL for an empty string (optional ids, e.g. an organization-wide section's wedding_id).
QVariant nullableText(const QString &text);
// Never NULL: an empty (or null) string binds '' (a NOT NULL text column's empty value).
QVariant text(const QString &text);

QString jsonText(const QJsonObject &object);
// A list of strings as a JSON array column, and back (garbage reads as empty).
QString jsonText(const QStringList &strings);
QStringList toStringList(const QVariant &value);
// JSONB comes back re-serialised by PostgreSQL; both read back to the same object.
QJsonObject toJsonObject(const QVariant &value);

QDate toDate(const QVariant &value);

} // namespace wedsync::server::sql
