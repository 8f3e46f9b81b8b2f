#include "common/WorkQueue.h"

#include <QtGlobal>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace wedsync::server {

WorkQueue::WorkQueue(int threads, std::function<void(int thread)> leaving, QObject *parent)
    : QObject(parent)
    , m_leaving(std::move(leaving))
{
    if (::pipe2(m_wakePipe, O_CLOEXEC | O_NONBLOCK) != 0)
        qFatal("WorkQueue: cannot make a pipe");
    m_finishReady = std::make_unique<QSocketNotifier>(m_wakePipe[0], QSocketNotifier::Read);
    connect(m_finishReady.get(), &QSocketNotifier::activated, this, &WorkQueue::finishWaiting);
    m_threads.reserve(size_t(std::max(0, threads)));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this, i] { serve(i); });
}

WorkQueue::~WorkQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_queue.clear();
    m_finishes.clear();
    m_finishReady.reset();
    ::close(m_wakePipe[0]);
    ::close(m_wakePipe[1]);
}

void WorkQueue::run(Work work)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(work));
    }
    m_wake.notify_one();
}

void WorkQueue::serve(int thread)
{
    for (;;) {
        Work work;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            work = std::move(m_queue.front());
            m_queue.pop_front();
        }
        Finish finish = work(thread);
        work = nullptr; // what it captured goes here, before the finish can run
        if (!finish)
            continue;
        bool signal = false;
        {
            const std::lock_guard lock(m_finishMutex);
            m_finishes.push_back(std::move(finish));
            signal = !std::exchange(m_finishSignalled, true);
        }
        // One byte while finishes wait unseen: the pipe never fills.
        if (signal) {
            const char byte = 1;
            while (::write(m_wakePipe[1], &byte, 1) < 0 && errno == EINTR) { }
        }
    }
    if (m_leaving)
        m_leaving(thread);
}

void WorkQueue::finishWaiting()
{
    char bytes[16];
    while (::read(m_wakePipe[0], bytes, sizeof bytes) > 0) { }
    std::vector<Finish> finishes;
    {
        const std::lock_guard lock(m_finishMutex);
        finishes.swap(m_finishes);
        m_finishSignalled = false;
    }
    for (Finish &finish : finishes) {
        finish();
        finish = nullptr;
    }
}

} // namespace wedsync::server
