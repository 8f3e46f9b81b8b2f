#pragma once
// One committed row change of a server table, in the shape postgres_changes delivers it.

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wedsync::server {

struct HubRowChange
{
    QString schema; // always "public" for our tables; kept because bindings name it
    QString table;
    QString type; // INSERT, UPDATE or DELETE
    QDateTime committedAt;
    QJsonObject record; // the new row; empty for DELETE
    QJsonObject oldRecord; // the old row; empty for INSERT
    QJsonArray columns; // [{"name","type"}], inferred from the rows

    // Checks the event type (case-insensitive) and infers the column list.
    static Result<HubRowChange> make(const QString &table, const QString &eventType,
                                     const QJsonObject &newRow, const QJsonObject &oldRow,
                                     const QDateTime &committedAt);

    // The `data` object of a postgres_changes message. The wire names are `type`, `record`
    // and `old_record`; realtime-js renames them to eventType/new/old for its callbacks.
    QJsonObject wireData() const;

    // The row a filter is evaluated against: the new row, or the old one for DELETE.
    const QJsonObject &filteredRow() const
    {
        return type == QLatin1StringView("DELETE") ? oldRecord : record;
    }
};

} // namespace wedsync::server
