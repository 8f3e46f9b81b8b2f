#pragma once
// One parameterised statement: bind by name, run, read rows; failures come back as Error.

#include "storage/Database.h"

#include <QVariant>

namespace wedsync::server {

class SqlQuery
{
public:
    // Prepares `sql` (named placeholders ":name"); a preparation failure is reported by exec().
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // A null QVariant binds SQL NULL.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // `doing` names the step for the error message, e.g. "reading organizations".
    Status exec(const QString &doing);

    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    int rowsAffected() const;

private:
    Database &m_db;
    QSqlQuery *m_query = nullptr;
    Error m_prepareError;
};

} // namespace wedsync::server
