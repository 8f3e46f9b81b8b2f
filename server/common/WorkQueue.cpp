#include "common/WorkQueue.h"

namespace wedsync::server {

WorkQueue::WorkQueue(int threads, std::function<void(int thread)> leaving)
    : m_leaving(std::move(leaving))
{
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
    m_queue.clear(); // and the finishes not run yet go with m_finishes
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
        m_finishes.post(std::move(finish));
    }
    if (m_leaving)
        m_leaving(thread);
}

} // namespace wedsync::server
