#pragma once
// One `postgres_changes` binding of a channel join ({event, schema, table, filter}) and the
// PostgREST-style filter it carries, e.g. organization_id=eq.<id>.

#include "realtime/HubRowChange.h"

#include <QJsonObject>
#include <QStringList>

namespace wedsync::server {

class RowFilter
{
public:
    enum class Op { Eq, Neq, Lt, Lte, Gt, Gte, In };

    // "column=op.value"; op is eq, neq, lt, lte, gt, gte or in (with "in.(a,b,c)").
    static Result<RowFilter> parse(const QString &text);

    bool matches(const QJsonObject &row) const;

private:
    QString m_column;
    Op m_op = Op::Eq;
    QStringList m_values;
};

class PostgresBinding
{
public:
    // `requested` is one element of config.postgres_changes; `id` is what we answer with and
    // later put in each delivery's `ids`.
    static Result<PostgresBinding> parse(const QJsonValue &requested, qint64 id);

    qint64 id() const { return m_id; }
    bool matches(const HubRowChange &change) const;
    // The requested object exactly as the client sent it, plus "id": realtime-js compares
    // event/schema/table/filter by index and refuses the join on any difference.
    QJsonObject echo() const;

private:
    QJsonObject m_requested;
    qint64 m_id = 0;
    QString m_event; // "*" or upper case
    QString m_schema;
    QString m_table; // empty or "*" for every table of the schema
    std::optional<RowFilter> m_filter;
};

} // namespace wedsync::server
