#include "realtime/HubRowChange.h"

#include <QSet>

#include <cmath>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

// Postgres type names realtime-js's convertChangeData understands; a row that reaches us
// as JSON has lost its SQL types, so they are read back from the JSON kinds.
QString columnType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::trunc(d) == d && std::abs(d) < 9.0e15 ? u"int8"_s : u"float8"_s;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        return u"jsonb"_s;
    default:
        return u"text"_s;
    }
}

QJsonArray inferColumns(const QJsonObject &record, const QJsonObject &oldRecord)
{
    QJsonArray columns;
    QSet<QString> seen;
    for (const QJsonObject *row : {&record, &oldRecord}) {
        for (auto it = row->constBegin(); it != row->constEnd(); ++it) {
            if (seen.contains(it.key()))
                continue;
            // Prefer a non-null sample so that a column null in one row keeps its type.
            QJsonValue sample = it.value();
            if (sample.isNull())
                sample = (row == &record ? oldRecord : record).value(it.key());
            seen.insert(it.key());
            columns.append(QJsonObject {{u"name"_s, it.key()}, {u"type"_s, columnType(sample)}});
        }
    }
    return columns;
}

} // namespace

Result<HubRowChange> HubRowChange::make(const QString &table, const QString &eventType,
                                        const QJsonObject &newRow, const QJsonObject &oldRow,
                                        const QDateTime &committedAt)
{
    const QString type = eventType.toUpper();
    if (type != "INSERT"_L1 && type != "UPDATE"_L1 && type != "DELETE"_L1) {
        return Error {u"invalid_event_type"_s,
                      u"A row change is INSERT, UPDATE or DELETE, not "
                      "\"%1\"."_s.arg(eventType),
                      {}};
    }
    if (table.isEmpty()) {
        return Error {u"invalid_table"_s, u"A row change needs its table name."_s, {}};
    }
    HubRowChange change;
    change.schema = u"public"_s;
    change.table = table;
    change.type = type;
    change.committedAt = committedAt.toUTC();
    change.record = type == "DELETE"_L1 ? QJsonObject() : newRow;
    change.oldRecord = type == "INSERT"_L1 ? QJsonObject() : oldRow;
    change.columns = inferColumns(change.record, change.oldRecord);
    return change;
}

QJsonObject HubRowChange::wireData() const
{
    QJsonObject data {{u"schema"_s, schema},
                      {u"table"_s, table},
                      {u"commit_timestamp"_s, committedAt.toString(Qt::ISODateWithMs)},
                      {u"type"_s, type},
                      {u"columns"_s, columns},
                      {u"errors"_s, QJsonValue::Null}};
    // As in Supabase: INSERT carries no old_record and DELETE no record.
    if (type != "DELETE"_L1)
        data.insert(u"record"_s, record);
    if (type != "INSERT"_L1)
        data.insert(u"old_record"_s, oldRecord);
    return data;
}

} // namespace wedsync::server
