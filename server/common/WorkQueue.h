#pragma once
// Threads that take work from one queue in arrival order, and hand what each piece returns back
// to the thread that made the queue (its event loop), in the order it was returned:
//
//   queue.run([copies](int thread) -> WorkQueue::Finish {
//       Result r = compute(copies);            // on a worker; `thread` is its index
//       return [r] { use(r); };                // on the queue's thread, later
//   });
//
// Work goes in through std::mutex and std::condition_variable, and finishes come back through a
// Mailbox: ThreadSanitizer sees both hand-offs (Qt's own code is not instrumented, so work
// handed over through QThreadPool's queue or a queued functor looks like a data race to it).
// What a piece of work captured is destroyed on its worker, before its finish can run; what a
// finish captured, on the queue's thread.

#include "common/Mailbox.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace wedsync::server {

class WorkQueue
{
public:
    using Finish = std::function<void()>;
    using Work = std::function<Finish(int thread)>;

    // `leaving` runs on each worker as it stops, with its index: to close what it opened there.
    explicit WorkQueue(int threads, std::function<void(int thread)> leaving = {});
    // Waits for the work in progress; queued work and finishes not yet run are dropped here.
    ~WorkQueue();

    int threadCount() const { return int(m_threads.size()); }
    void run(Work work);

private:
    void serve(int thread);

    std::function<void(int)> m_leaving;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Work> m_queue;
    bool m_stopping = false;
    Mailbox m_finishes; // on this queue's thread
    std::vector<std::thread> m_threads;
};

} // namespace wedsync::server
