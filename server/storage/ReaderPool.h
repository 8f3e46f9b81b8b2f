#pragma once
// Threads that read the database for request handlers, each on its own connection, so that a
// read's round trips (PostgreSQL) or page walks (SQLite) do not hold the event loop: while one
// request's rows are read, the loop parses, authenticates and answers the others.
//
//   pool.run([later, ...](Database *db, const Error &openError) mutable -> ReaderPool::Finish {
//       ApiResponse response = db ? read(*db) : unavailable(openError);   // a reader thread
//       return [later = std::move(later), response] { later->answer(response); }; // the loop
//   });
//
// A reader runs one read at a time, taken in arrival order from one queue shared by all of
// them. It opens its connection at its first read. A read that finds the connection lost runs
// once more on a new connection (its first finish is dropped), so a read may run twice.
// What a read returns runs on the pool's thread (the event loop), where whatever it captured is
// also destroyed: hand it what must not be touched elsewhere (e.g. a PendingAnswer).
// The same pool, made with `Rerun::Never`, runs writes (api/WriterAnswer: each one transaction
// with its audit row): a write is never run twice, since a connection lost during its COMMIT
// leaves unknown whether it was stored.

#include "common/Status.h"
#include "common/WorkQueue.h"
#include "storage/DatabaseUrl.h"

#include <functional>
#include <memory>
#include <vector>

namespace wedsync::server {

class Database;

class ReaderPool
{
public:
    using Finish = WorkQueue::Finish;
    // `db` is null when the reader could not open its connection; `openError` says why.
    using Read = std::function<Finish(Database *db, const Error &openError)>;

    enum class Rerun { OnLostConnection, Never };
    ReaderPool(DatabaseUrl url, int threads, Rerun rerun = Rerun::OnLostConnection);
    // Waits for the reads in progress; the ones still queued are dropped (here, on this thread).
    ~ReaderPool();

    void run(Read read);

private:
    DatabaseUrl m_url;
    Rerun m_rerun;
    // Each reader's connection, touched by that reader only (and closed by it as it stops).
    std::vector<std::unique_ptr<Database>> m_connections;
    WorkQueue m_queue;
};

} // namespace wedsync::server
