#include "storage/AccessChanges.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

AccessChangeWatcher::AccessChangeWatcher(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    poll(); // where the log stands now
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AccessChangeWatcher::poll);
    m_timer.start();
}

void AccessChangeWatcher::poll()
{
    SqlQuery q(m_db, u"SELECT id, user_id FROM access_changes WHERE id > :last ORDER BY id"_s);
    q.bind(u":last"_s, m_lastId);
    if (!q.exec(u"reading access changes"_s))
        return;
    const bool first = m_lastId < 0;
    m_lastId = std::max<qint64>(m_lastId, 0);
    QStringList users;
    while (q.next()) {
        m_lastId = q.value(0).toLongLong();
        if (!first && !users.contains(q.text(1)))
            users << q.text(1);
    }
    if (!users.isEmpty() || first) {
        SqlQuery prune(m_db, u"DELETE FROM access_changes WHERE id <= :last"_s);
        prune.bind(u":last"_s, m_lastId);
        (void)prune.exec(u"forgetting read access changes"_s);
    }
    for (const QString &user : std::as_const(users))
        Q_EMIT accessChanged(user);
}

} // namespace wedsync::server
