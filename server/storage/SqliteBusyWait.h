#pragma once
// How a SQLite connection waits for another's write lock. SQLite's own busy handler sleeps 1,
// 2, 5, 10, 15 ... ms between tries: an event loop whose write meets a writer thread's
// transaction (about a millisecond) slept several, every other request waiting behind it. This
// one tries again every 50 µs for the first 2 ms, then every millisecond, up to the timeout.

class QSqlDatabase;

namespace wedsync::server {

// False when the connection is not an open SQLite one (its handle is not a sqlite3*).
bool installSqliteBusyWait(QSqlDatabase &db, int timeoutMs);

} // namespace wedsync::server
