#pragma once
// Many rows in few statements: "INSERT … VALUES (…), (…) …" sent in chunks, so that a batch of
// N rows costs a handful of round trips instead of N (what PostgreSQL pays for most). Chunks
// hold a power of two of rows, so the prepared-statement cache sees a few texts per statement,
// and stay under SQLite's lowest limit of bound values. Multi-row VALUES, ON CONFLICT and
// RETURNING read the same on SQLite and PostgreSQL.

#include "storage/SqlQuery.h"

#include <QStringList>
#include <QVariantList>

#include <functional>

namespace wedsync::server {

class SqlRows
{
public:
    // `head` is the statement up to VALUES; `row` one row's tuple with a "?" per bound value,
    // e.g. "(?, ?, '{}', 0)"; `tail` what follows the rows (ON CONFLICT …, RETURNING …).
    SqlRows(Database &db, const QString &head, const QString &row, const QString &tail = {});

    // Gets each row a RETURNING clause gives back.
    using RowReader = std::function<void(const SqlQuery &)>;

    // Binds every row of `rows` (one value per "?", in order) and runs the chunks in order,
    // stopping at the first failure; `doing` names the step for the error message.
    Status exec(const QList<QVariantList> &rows, const QString &doing,
                const RowReader &read = {}) const;

private:
    QString statement(qsizetype rows) const;

    Database &m_db;
    QString m_head;
    QStringList m_rowParts; // the row split at its "?"
    QString m_tail;
    qsizetype m_maxRows = 1;
};

} // namespace wedsync::server
