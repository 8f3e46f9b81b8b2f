#include "storage/ReaderPool.h"

#include "storage/Database.h"

namespace wedsync::server {

ReaderPool::ReaderPool(DatabaseUrl url, int threads, Rerun rerun)
    : m_url(std::move(url))
    , m_rerun(rerun)
    , m_connections(size_t(std::max(0, threads)))
    // A connection is closed on the thread that opened it.
    , m_queue(threads, [this](int reader) { m_connections[size_t(reader)].reset(); })
{ }

ReaderPool::~ReaderPool() = default;

void ReaderPool::run(Read read)
{
    m_queue.run([this, read = std::move(read)](int reader) {
        std::unique_ptr<Database> &db = m_connections[size_t(reader)];
        Error openError;
        if (!db) {
            auto opened = Database::open(m_url);
            if (opened)
                db = std::move(opened).value();
            else
                openError = opened.error();
        }
        Finish finish = read(db.get(), openError);
        if (db && db->isLost() && m_rerun == Rerun::Never) {
            db.reset(); // opened again for the next one
        } else if (db && db->isLost()) {
            // Found lost by this read (the database restarted since the connection was made):
            // once more on a new one, so that a database that is back answers at once.
            db.reset();
            if (auto reopened = Database::open(m_url)) {
                db = std::move(reopened).value();
                finish = read(db.get(), {});
                if (db->isLost())
                    db.reset(); // opened again for the next read
            }
        }
        return finish;
    });
}

} // namespace wedsync::server
