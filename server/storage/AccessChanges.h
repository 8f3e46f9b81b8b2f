#pragma once
// Telling the realtime hub at once when a user's access changes (a session revoked, an account
// disabled, a membership removed or its role changed), whoever changed it: database triggers
// (migration 4) record it. On PostgreSQL they NOTIFY every instance on the realtime channel
// (PostgresFanOut passes it on); on SQLite, one instance, they append to access_changes, which
// this watcher reads a few times a second (storage/SessionSchema has the triggers).

#include <QObject>
#include <QTimer>

namespace wedsync::server {

class Database;

class AccessChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // `db` must be SQLite and outlive the watcher. Changes recorded before it started are old.
    explicit AccessChangeWatcher(Database &db, int intervalMs = 250, QObject *parent = nullptr);

    // Reads what was recorded since the last look; the timer calls it.
    void poll();

Q_SIGNALS:
    void accessChanged(const QString &userId);

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_lastId = -1;
};

} // namespace wedsync::server
