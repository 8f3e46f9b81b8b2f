#pragma once
// A WHERE clause built from optional filters, with named bindings: only fixed column names go
// into the SQL text, every value is bound. Shared by the repositories that list and page.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace wedsync::server {

class SqlQuery;

class SqlFilter
{
public:
    // Placeholders are named `prefix` + a number: filters joined in one statement need their own.
    explicit SqlFilter(QString prefix = QStringLiteral(":f"))
        : m_prefix(std::move(prefix))
    { }

    // `column op value`, e.g. ("kind", "=", "resync").
    void compare(const QString &column, const QString &op, const QVariant &value);
    // `column = value` when a value is given; an empty one is "any" and adds nothing.
    void equalsIfSet(const QString &column, const QString &value);
    // `column IN (...)`; an empty list adds nothing.
    void in(const QString &column, const QStringList &values);
    // Keyset paging in newest-first order: rows strictly before (at, id).
    void before(const QString &timeColumn, const QString &idColumn, const QString &at,
                const QString &id);
    // The time filters of a newest-first list: from (inclusive), to (exclusive) and the
    // keyset position (both or neither); invalid times and an empty id add nothing.
    void timeWindow(const QString &timeColumn, const QString &idColumn, const QDateTime &from,
                    const QDateTime &to, const QDateTime &beforeAt, const QString &beforeId);

    // A term written by the caller (fixed SQL only) with its values bound by value(): e.g.
    // term(u"(a = " + value(x) + u" OR b = " + value(y) + u")").
    QString value(const QVariant &bound);
    void term(const QString &sql) { m_terms << sql; }

    // " WHERE a AND b", or empty without terms.
    QString where() const;
    void bindTo(SqlQuery &query) const;

private:
    QString placeholder();

    QString m_prefix;
    QStringList m_terms;
    QVariantMap m_bindings;
    int m_next = 0;
};

} // namespace wedsync::server
