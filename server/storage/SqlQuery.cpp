#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_db(db)
{
    // In the body: m_prepareError is declared after m_query, so it does not exist yet while
    // m_query's initializer runs (a failed prepare wrote into it before it was constructed).
    m_query = db.acquireStatement(sql, &m_prepareError);
}

SqlQuery::~SqlQuery()
{
    m_db.releaseStatement(m_query);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    if (m_query)
        m_query->bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec(const QString &doing)
{
    if (!m_query)
        return m_prepareError;
    if (!m_query->exec())
        return m_db.sqlError(m_query->lastError(), doing);
    return ok();
}

bool SqlQuery::next()
{
    return m_query && m_query->next();
}

QVariant SqlQuery::value(int column) const
{
    return m_query ? m_query->value(column) : QVariant();
}

QString SqlQuery::text(int column) const
{
    return value(column).toString();
}

int SqlQuery::rowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : 0;
}

} // namespace wedsync::server
