#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.transactionDepth() > 0) {
        m_nested = true;
        m_active = true;
        db.enterNested();
        return;
    }
    if (auto begun = db.beginOutermost(); begun)
        m_active = true;
    else
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested)
        m_db.leaveNested(false);
    else
        m_db.rollbackOutermost();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.isEmpty()
            ? Error {u"storage_error"_s, u"The transaction is no longer active."_s, {}}
            : m_error;
    m_active = false;
    if (m_nested) {
        m_db.leaveNested(true);
        return ok();
    }
    return m_db.commitOutermost();
}

} // namespace wedsync::server
