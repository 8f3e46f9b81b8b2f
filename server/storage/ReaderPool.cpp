#include "storage/ReaderPool.h"

#include "storage/Database.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ReaderPool::ReaderPool(DatabaseUrl url, int threads, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    for (int i = 0; i < threads; ++i) {
        std::unique_ptr<QThread> thread(QThread::create([this] { serve(); }));
        thread->setObjectName(u"reader-%1"_s.arg(i));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

ReaderPool::~ReaderPool()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (const auto &thread : m_threads)
        thread->wait();
    // Queued reads go with the pool, on this thread; finishes posted meanwhile go with this
    // object's posted events, also on this thread.
    m_queue.clear();
}

void ReaderPool::run(Read read)
{
    const QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(read));
    m_wake.wakeOne();
}

void ReaderPool::serve()
{
    std::unique_ptr<Database> db;
    for (;;) {
        Read read;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            read = std::move(m_queue.front());
            m_queue.pop_front();
        }
        Error openError;
        if (!db) {
            auto opened = Database::open(m_url);
            if (opened)
                db = std::move(opened).value();
            else
                openError = opened.error();
        }
        Finish finish = read(db.get(), openError);
        read = nullptr; // what it captured goes here, before the finish can run on the loop
        if (db && db->isLost())
            db.reset(); // opened again for the next read
        if (finish)
            QMetaObject::invokeMethod(this, std::move(finish), Qt::QueuedConnection);
    }
    db.reset(); // a connection is closed on the thread that opened it
}

} // namespace wedsync::server
