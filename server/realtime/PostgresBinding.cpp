#include "realtime/PostgresBinding.h"

#include <cmath>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

Error invalidFilter(const QString &text)
{
    return Error {
        u"invalid_filter"_s,
        u"The filter \"%1\" is not understood; write column=op.value with op one of "
        "eq, neq, lt, lte, gt, gte, in, e.g. organization_id=eq.<id>."_s.arg(text.left(120)),
        {}};
}

// A JSON cell as PostgREST would print it in a query string.
QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return QString();
    }
}

// Numbers compare as numbers, everything else as text (ISO timestamps sort correctly).
int compareCell(const QString &cell, const QString &wanted)
{
    bool cellIsNumber = false;
    bool wantedIsNumber = false;
    const double a = cell.toDouble(&cellIsNumber);
    const double b = wanted.toDouble(&wantedIsNumber);
    if (cellIsNumber && wantedIsNumber)
        return a < b ? -1 : (a > b ? 1 : 0);
    return QString::compare(cell, wanted);
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

Result<RowFilter> RowFilter::parse(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    const qsizetype dot = text.indexOf(u'.', eq + 1);
    if (eq <= 0 || dot < 0)
        return invalidFilter(text);

    RowFilter filter;
    filter.m_column = text.left(eq).trimmed();
    const QString op = text.mid(eq + 1, dot - eq - 1);
    const QString value = text.mid(dot + 1);
    static const std::pair<QLatin1StringView, Op> ops[]
        = {{"eq"_L1, Op::Eq}, {"neq"_L1, Op::Neq}, {"lt"_L1, Op::Lt}, {"lte"_L1, Op::Lte},
           {"gt"_L1, Op::Gt}, {"gte"_L1, Op::Gte}, {"in"_L1, Op::In}};
    bool known = false;
    for (const auto &[name, kind] : ops) {
        if (op == name) {
            filter.m_op = kind;
            known = true;
        }
    }
    if (!known || filter.m_column.isEmpty())
        return invalidFilter(text);

    if (filter.m_op == Op::In) {
        if (!value.startsWith(u'(') || !value.endsWith(u')'))
            return invalidFilter(text);
        for (const QString &part : value.mid(1, value.size() - 2).split(u','))
            filter.m_values.append(unquote(part));
    } else {
        filter.m_values.append(value);
    }
    return filter;
}

bool RowFilter::matches(const QJsonObject &row) const
{
    const auto it = row.constFind(m_column);
    if (it == row.constEnd())
        return false;
    const QString cell = cellText(it.value());
    const QString &wanted = m_values.first();
    switch (m_op) {
    case Op::Eq:
        return cell == wanted;
    case Op::Neq:
        return cell != wanted;
    case Op::Lt:
        return compareCell(cell, wanted) < 0;
    case Op::Lte:
        return compareCell(cell, wanted) <= 0;
    case Op::Gt:
        return compareCell(cell, wanted) > 0;
    case Op::Gte:
        return compareCell(cell, wanted) >= 0;
    case Op::In:
        return m_values.contains(cell);
    }
    return false;
}

Result<PostgresBinding> PostgresBinding::parse(const QJsonValue &requested, qint64 id)
{
    auto invalid = [](const QString &message) {
        return Error {u"invalid_binding"_s, message, {}};
    };
    if (!requested.isObject())
        return invalid(u"Each postgres_changes binding must be an object."_s);
    const QJsonObject o = requested.toObject();

    PostgresBinding binding;
    binding.m_requested = o;
    binding.m_id = id;
    binding.m_event = o.value("event"_L1).toString().toUpper();
    if (binding.m_event != "*"_L1 && binding.m_event != "INSERT"_L1
        && binding.m_event != "UPDATE"_L1 && binding.m_event != "DELETE"_L1) {
        return invalid(u"A postgres_changes binding's event must be *, INSERT, UPDATE or "
                       "DELETE."_s);
    }
    const QJsonValue schema = o.value("schema"_L1);
    if (!schema.isString() || schema.toString().isEmpty())
        return invalid(u"A postgres_changes binding needs a schema, e.g. \"public\"."_s);
    binding.m_schema = schema.toString();

    const QJsonValue table = o.value("table"_L1);
    if (!table.isUndefined() && !table.isNull() && !table.isString())
        return invalid(u"A postgres_changes binding's table must be a string."_s);
    binding.m_table = table.toString();

    const QJsonValue filter = o.value("filter"_L1);
    if (filter.isString() && !filter.toString().isEmpty()) {
        auto parsed = RowFilter::parse(filter.toString());
        if (!parsed)
            return parsed.error();
        binding.m_filter = parsed.value();
    } else if (!filter.isUndefined() && !filter.isNull() && !filter.isString()) {
        return invalid(u"A postgres_changes binding's filter must be a string."_s);
    }
    return binding;
}

bool PostgresBinding::matches(const HubRowChange &change) const
{
    if (m_event != "*"_L1 && m_event != change.type)
        return false;
    if (m_schema != "*"_L1 && m_schema != change.schema)
        return false;
    if (!m_table.isEmpty() && m_table != "*"_L1 && m_table != change.table)
        return false;
    return !m_filter || m_filter->matches(change.filteredRow());
}

QJsonObject PostgresBinding::echo() const
{
    QJsonObject echoed = m_requested;
    echoed.insert(u"id"_s, m_id);
    return echoed;
}

} // namespace wedsync::server
