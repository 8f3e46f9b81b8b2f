#pragma once
// The server's event dispatcher on Linux: epoll instead of Qt's ppoll. Qt's Unix dispatcher
// hands the kernel the whole list of enabled socket notifiers on every turn of the event loop,
// and the kernel asks each socket whether it is ready: with 1,000 realtime clients connected
// that poll was 11-15 % of the hub's CPU while fanning out 50 messages a second (README,
// "Realtime beside Socket.IO and ws"). epoll keeps the interest list in the kernel and returns
// only the sockets that are ready, so a turn costs the same with 10 or 10,000 idle sockets.
//
// What it promises is what QAbstractEventDispatcher asks, as Qt's own dispatchers do it:
// - posted events first (and again after every wake-up), then sockets, then timers;
// - socket notifiers are level-triggered (a notifier fires every turn while its socket is
//   ready and it is enabled); one disabled or deleted by an earlier one in the same turn does
//   not fire;
// - timers fire at their interval, each at most once per turn, and never inside their own
//   timer event; a late timer does not fire several times to catch up; zero-interval timers
//   run every turn and keep the loop from blocking;
// - wakeUp() and interrupt() may be called from any thread (an eventfd).
// All timer types are kept to the millisecond (Qt may fire coarse ones up to 5 % late; this
// never does).
//
// main.cpp installs it for the main thread only; threads keep Qt's dispatcher.

#include <QAbstractEventDispatcher>

#include <atomic>
#include <chrono>
#include <map>
#include <unordered_map>

struct epoll_event;

namespace wedsync::server {

class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // False when the kernel refused an epoll instance or an eventfd: use Qt's dispatcher.
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        bool fallback = false; // a descriptor epoll cannot watch (a file): always ready
    };
    struct Timer
    {
        qint64 intervalMs;
        Qt::TimerType type;
        QObject *object;
        Clock::time_point deadline;
        bool inTimerEvent = false;
    };

    // Tells epoll what the notifiers of `fd` want now (or forgets it when none is left).
    void updateWatch(int fd);
    // Adds a timer that is not registered, due at timer.deadline.
    void arm(int timerId, const Timer &timer);
    // Milliseconds epoll may wait for the next timer: -1 without timers.
    int timeUntilNextTimer() const;
    bool activateSocketNotifiers(const ::epoll_event *events, int count);
    bool activateTimers();
    void drainWakeUps();

    int m_epoll = -1;
    int m_wake = -1; // an eventfd: wakeUp() and interrupt() from any thread
    std::atomic<bool> m_interrupted {false};
    std::unordered_map<int, Watch> m_watches;
    int m_fallbacks = 0; // watches with `fallback`
    std::unordered_map<int, Timer> m_timers;
    std::multimap<Clock::time_point, int> m_deadlines; // timer ids by their next deadline
};

} // namespace wedsync::server
