#include "storage/SqlRows.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// SQLite before 3.32 allows 999 bound values per statement; PostgreSQL allows 65,535.
constexpr qsizetype MaxValues = 999;
constexpr qsizetype MaxRows = 256;

QString placeholder(qsizetype index)
{
    return u":v"_s + QString::number(index);
}

} // namespace

SqlRows::SqlRows(Database &db, const QString &head, const QString &row, const QString &tail)
    : m_db(db)
    , m_head(head)
    , m_rowParts(row.split(u'?'))
    , m_tail(tail)
{
    const qsizetype perRow = qMax<qsizetype>(1, m_rowParts.size() - 1);
    while (m_maxRows * 2 <= MaxRows && m_maxRows * 2 * perRow <= MaxValues)
        m_maxRows *= 2;
}

QString SqlRows::statement(qsizetype rows) const
{
    const qsizetype perRow = m_rowParts.size() - 1;
    QString sql = m_head + u' ';
    for (qsizetype r = 0; r < rows; ++r) {
        if (r > 0)
            sql += u", "_s;
        sql += m_rowParts.first();
        for (qsizetype k = 1; k < m_rowParts.size(); ++k)
            sql += placeholder(r * perRow + k - 1) + m_rowParts.at(k);
    }
    if (!m_tail.isEmpty())
        sql += u' ' + m_tail;
    return sql;
}

Status SqlRows::exec(const QList<QVariantList> &rows, const QString &doing,
                     const RowReader &read) const
{
    const qsizetype perRow = m_rowParts.size() - 1;
    for (qsizetype start = 0; start < rows.size();) {
        qsizetype chunk = m_maxRows;
        while (chunk > rows.size() - start)
            chunk /= 2;
        SqlQuery q(m_db, statement(chunk));
        for (qsizetype r = 0; r < chunk; ++r) {
            const QVariantList &values = rows.at(start + r);
            Q_ASSERT(values.size() == perRow);
            for (qsizetype k = 0; k < perRow; ++k)
                q.bind(placeholder(r * perRow + k), values.value(k));
        }
        if (auto done = q.exec(doing); !done)
            return done;
        while (read && q.next())
            read(q);
        start += chunk;
    }
    return ok();
}

} // namespace wedsync::server
