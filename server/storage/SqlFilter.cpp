#include "storage/SqlFilter.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

QString SqlFilter::placeholder()
{
    return m_prefix + QString::number(m_next++);
}

QString SqlFilter::value(const QVariant &bound)
{
    const QString name = placeholder();
    m_bindings.insert(name, bound);
    return name;
}

void SqlFilter::compare(const QString &column, const QString &op, const QVariant &value)
{
    const QString name = placeholder();
    m_terms << column + u' ' + op + u' ' + name;
    m_bindings.insert(name, value);
}

void SqlFilter::equalsIfSet(const QString &column, const QString &value)
{
    if (!value.isEmpty())
        compare(column, u"="_s, value);
}

void SqlFilter::in(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList names;
    for (const QString &value : values) {
        names << placeholder();
        m_bindings.insert(names.last(), value);
    }
    m_terms << column + u" IN ("_s + names.join(u", "_s) + u')';
}

void SqlFilter::before(const QString &timeColumn, const QString &idColumn, const QString &at,
                       const QString &id)
{
    const QString at1 = placeholder(), at2 = placeholder(), key = placeholder();
    m_terms << u"("_s + timeColumn + u" < "_s + at1 + u" OR ("_s + timeColumn + u" = "_s + at2
            + u" AND "_s + idColumn + u" < "_s + key + u"))"_s;
    m_bindings.insert(at1, at);
    m_bindings.insert(at2, at);
    m_bindings.insert(key, id);
}

void SqlFilter::timeWindow(const QString &timeColumn, const QString &idColumn,
                           const QDateTime &from, const QDateTime &to, const QDateTime &beforeAt,
                           const QString &beforeId)
{
    if (from.isValid())
        compare(timeColumn, u">="_s, sql::timestamp(from));
    if (to.isValid())
        compare(timeColumn, u"<"_s, sql::timestamp(to));
    if (beforeAt.isValid() && !beforeId.isEmpty())
        before(timeColumn, idColumn, sql::timestamp(beforeAt), beforeId);
}

QString SqlFilter::where() const
{
    return m_terms.isEmpty() ? QString() : u" WHERE "_s + m_terms.join(u" AND "_s);
}

void SqlFilter::bindTo(SqlQuery &query) const
{
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
        query.bind(it.key(), it.value());
}

Result<qint64> SqlFilter::count(Database &db, const QString &table, const QString &what) const
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table + where());
    bindTo(q);
    if (auto done = q.exec(what); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace wedsync::server
