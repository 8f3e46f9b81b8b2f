#pragma once
// Threads that take work from one queue in arrival order, and hand what each piece returns back
// to the thread that made the queue (its event loop), in the order it was returned:
//
//   queue.run([copies](int thread) -> WorkQueue::Finish {
//       Result r = compute(copies);            // on a worker; `thread` is its index
//       return [r] { use(r); };                // on the queue's thread, later
//   });
//
// Every hand-off goes through std::mutex and std::condition_variable, and the way back through a
// pipe the queue's thread watches (QSocketNotifier): ThreadSanitizer sees each of them. Qt's own
// code is not instrumented, so work handed over through QThreadPool's queue, or back through a
// queued call (an event Qt allocates on one thread and frees on the other), looks like a data
// race to it and hides real ones. What a piece of work captured is destroyed on its
// worker, before its finish can run; what a finish captured, on the queue's thread.

#include <QObject>
#include <QSocketNotifier>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace wedsync::server {

class WorkQueue : public QObject
{
    Q_OBJECT

public:
    using Finish = std::function<void()>;
    using Work = std::function<Finish(int thread)>;

    // `leaving` runs on each worker as it stops, with its index: to close what it opened there.
    explicit WorkQueue(int threads, std::function<void(int thread)> leaving = {},
                       QObject *parent = nullptr);
    // Waits for the work in progress; queued work and finishes not yet run are dropped here.
    ~WorkQueue() override;

    int threadCount() const { return int(m_threads.size()); }
    void run(Work work);

private:
    void finishWaiting();
    void serve(int thread);

    std::function<void(int)> m_leaving;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Work> m_queue;
    bool m_stopping = false;
    std::mutex m_finishMutex;
    std::vector<Finish> m_finishes;
    bool m_finishSignalled = false;
    int m_wakePipe[2] = {-1, -1}; // a worker writes a byte when finishes wait; this thread reads
    std::unique_ptr<QSocketNotifier> m_finishReady;
    std::vector<std::thread> m_threads;
};

} // namespace wedsync::server
