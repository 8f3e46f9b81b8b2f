// The server's two ways of handing work between threads: WorkQueue (a pool whose results come
// back to the queue's thread, in the order they were returned) and Mailbox (calls run on the
// thread the mailbox lives in, in the order posted). What a user would notice if they broke: a
// login or a list answered on the wrong thread, out of order, or never.
#include "common/Mailbox.h"
#include "common/WorkQueue.h"

#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <set>

using namespace wedsync::server;

class TestThreadHandOff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOnWorkersAndFinishesHere();
    void eachWorkerKeepsItsIndex();
    void queuedWorkIsDroppedWhenTheQueueGoes();
    void mailboxRunsCallsThereInOrder();
};

void TestThreadHandOff::workRunsOnWorkersAndFinishesHere()
{
    constexpr int Pieces = 200;
    WorkQueue queue(3);
    QCOMPARE(queue.threadCount(), 3);
    QThread *const here = QThread::currentThread();
    std::atomic_int onWorkers = 0;
    QList<int> finished;
    for (int i = 0; i < Pieces; ++i) {
        queue.run([&, i](int) -> WorkQueue::Finish {
            if (QThread::currentThread() != here)
                ++onWorkers;
            return [&, i] {
                QCOMPARE(QThread::currentThread(), here);
                finished << i;
            };
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), Pieces, 10000);
    QCOMPARE(onWorkers.load(), Pieces);
    std::sort(finished.begin(), finished.end());
    for (int i = 0; i < Pieces; ++i)
        QCOMPARE(finished.at(i), i); // each once
    // Work that returns no finish hands nothing back.
    std::atomic_int ran = 0;
    queue.run([&](int) -> WorkQueue::Finish {
        ++ran;
        return {};
    });
    QTRY_COMPARE(ran.load(), 1);
}

void TestThreadHandOff::eachWorkerKeepsItsIndex()
{
    std::mutex mutex;
    std::set<int> left;
    std::map<int, Qt::HANDLE> threadOf;
    bool sameThread = true;
    {
        WorkQueue queue(2, [&](int index) {
            const std::lock_guard lock(mutex);
            left.insert(index);
        });
        std::atomic_int done = 0;
        for (int i = 0; i < 50; ++i) {
            queue.run([&](int index) -> WorkQueue::Finish {
                const std::lock_guard lock(mutex);
                const auto [it, inserted] = threadOf.emplace(index, QThread::currentThreadId());
                sameThread = sameThread && (inserted || it->second == QThread::currentThreadId());
                ++done;
                return {};
            });
        }
        QTRY_COMPARE(done.load(), 50);
    }
    QVERIFY(sameThread); // an index is always the same thread: per-thread state is safe
    QCOMPARE(left, (std::set<int> {0, 1})); // each worker said goodbye as it stopped
}

void TestThreadHandOff::queuedWorkIsDroppedWhenTheQueueGoes()
{
    std::atomic_bool release = false;
    std::atomic_int started = 0;
    bool finishRan = false;
    {
        WorkQueue queue(1);
        queue.run([&](int) -> WorkQueue::Finish {
            ++started;
            while (!release.load())
                QThread::msleep(1);
            return [&] {
                finishRan = true;
            };
        });
        for (int i = 0; i < 5; ++i)
            queue.run([&](int) -> WorkQueue::Finish {
                ++started;
                return {};
            });
        QTRY_COMPARE(started.load(), 1);
        release = true;
    } // waits for the piece in progress; the five behind it never start
    QCOMPARE(started.load(), 1);
    QCoreApplication::processEvents();
    QVERIFY(!finishRan); // its finish went with the queue
}

void TestThreadHandOff::mailboxRunsCallsThereInOrder()
{
    QThread thread;
    auto *mailbox = new Mailbox;
    mailbox->moveToThread(&thread);
    thread.start();
    std::mutex mutex;
    QList<int> order;
    bool allThere = true;
    for (int i = 0; i < 100; ++i) {
        mailbox->post([&, i] {
            const std::lock_guard lock(mutex);
            allThere = allThere && QThread::currentThread() == &thread;
            order << i;
        });
    }
    QTRY_VERIFY([&] {
        const std::lock_guard lock(mutex);
        return order.size() == 100;
    }());
    {
        const std::lock_guard lock(mutex);
        QVERIFY(allThere);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(order.at(i), i);
    }
    thread.quit();
    thread.wait();
    delete mailbox; // its thread has ended
}

QTEST_GUILESS_MAIN(TestThreadHandOff)
#include "tst_threadhandoff.moc"
