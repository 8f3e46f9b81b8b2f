#pragma once
// A WHERE clause built from optional filters, with named bindings: only fixed column names go
// into the SQL text, every value is bound. Shared by the repositories that list and page.

#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace wedsync::server {

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

    // SELECT COUNT(*) FROM `table` with this filter; `what` names it in errors.
    Result<qint64> count(Database &db, const QString &table, const QString &what) const;
    // `select` (columns FROM table) with this filter, newest first by created_at then id, each
    // row made by `read`: the page a keyset list shows.
    template<typename Read>
    auto newestFirst(Database &db, const QString &select, int limit, int offset,
                     const QString &what, Read read) const
    {
        return newestFirstBy(db, select, QStringLiteral("created_at"), limit, offset, what, read);
    }
    // The same ordered by `timeColumn` (a fixed column name) then id.
    template<typename Read>
    auto newestFirstBy(Database &db, const QString &select, const QString &timeColumn, int limit,
                       int offset, const QString &what, Read read) const
        -> Result<QList<decltype(read(std::declval<const SqlQuery &>()))>>
    {
        SqlQuery q(db,
                   select + where() + QStringLiteral(" ORDER BY ") + timeColumn
                       + QStringLiteral(" DESC, id DESC LIMIT :limit OFFSET :offset"));
        bindTo(q);
        q.bind(QStringLiteral(":limit"), qBound(1, limit, 1000))
            .bind(QStringLiteral(":offset"), qMax(0, offset));
        if (auto done = q.exec(what); !done)
            return done.error();
        QList<decltype(read(std::declval<const SqlQuery &>()))> out;
        while (q.next())
            out << read(q);
        return out;
    }

private:
    QString placeholder();

    QString m_prefix;
    QStringList m_terms;
    QVariantMap m_bindings;
    int m_next = 0;
};

} // namespace wedsync::server
