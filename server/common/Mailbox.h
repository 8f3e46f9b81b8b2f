#pragma once
// Runs calls on the thread of the object it lives in, one at a time and in the order posted,
// from any thread:
//
//   worker->mailbox().post([=] { worker->run(job); });   // runs on the worker's thread
//
// The calls travel through a std::mutex, and a queued call by name only wakes the receiver.
// A functor queued with QMetaObject::invokeMethod would be handed over by Qt's own queue, which
// ThreadSanitizer cannot see (Qt is not instrumented): every capture would look raced. Calls
// still waiting when the mailbox goes are dropped with it.

#include <QObject>

#include <deque>
#include <functional>
#include <mutex>

namespace wedsync::server {

class Mailbox : public QObject
{
    Q_OBJECT

public:
    explicit Mailbox(QObject *parent = nullptr);
    ~Mailbox() override;

    void post(std::function<void()> call);

private:
    Q_INVOKABLE void deliver();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_calls;
};

} // namespace wedsync::server
