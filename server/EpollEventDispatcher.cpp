#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <vector>

namespace wedsync::server {

namespace {

constexpr int MaxEventsPerTurn = 512;

enum class Kind { Read, Write, Exception };

// What to activate for one ready descriptor, looked up again just before it is sent: an
// earlier notifier of the same turn may have disabled or deleted it.
struct Activation
{
    int fd;
    Kind kind;
};

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        return;
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0) {
        close(m_wake);
        m_wake = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wake >= 0)
        close(m_wake);
    if (m_epoll >= 0)
        close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool hasFallback = m_fallbacks > 0;
    // A post arriving after sendPostedEvents() writes the eventfd, so the wait ends at once.
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents)
        && !m_interrupted.load(std::memory_order_relaxed) && !(includeNotifiers && hasFallback);
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load(std::memory_order_relaxed))
        return false;

    int timeoutMs = 0;
    if (canWait)
        timeoutMs = includeTimers ? timeUntilNextTimer() : -1;
    epoll_event events[MaxEventsPerTurn];
    int count = epoll_wait(m_epoll, events, MaxEventsPerTurn, timeoutMs);
    if (count < 0)
        count = 0; // EINTR: a signal; the turn goes on with the timers

    bool activated = false;
    if (includeNotifiers)
        activated = activateSocketNotifiers(events, count);
    else
        drainWakeUps();
    if (includeTimers)
        activated = activateTimers() || activated;
    return activated;
}

bool EpollEventDispatcher::activateSocketNotifiers(const epoll_event *events, int count)
{
    std::vector<Activation> due;
    due.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            drainWakeUps();
            continue;
        }
        const uint32_t ready = events[i].events;
        // As Qt's poll-based dispatcher reads revents: an error or hang-up wakes the readers
        // (and an error the writers), who then meet it in their read or write.
        if (ready & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            due.push_back({fd, Kind::Read});
        if (ready & (EPOLLOUT | EPOLLERR))
            due.push_back({fd, Kind::Write});
        if (ready & EPOLLPRI)
            due.push_back({fd, Kind::Exception});
    }
    for (const auto &[fd, watch] : m_watches) {
        if (m_fallbacks == 0)
            break;
        if (!watch.fallback)
            continue;
        if (watch.read)
            due.push_back({fd, Kind::Read});
        if (watch.write)
            due.push_back({fd, Kind::Write});
    }

    bool activated = false;
    for (const Activation &activation : due) {
        const auto found = m_watches.find(activation.fd);
        if (found == m_watches.end())
            continue;
        QSocketNotifier *notifier = activation.kind == Kind::Read ? found->second.read
            : activation.kind == Kind::Write                      ? found->second.write
                                                                  : found->second.exception;
        if (!notifier)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        activated = true;
    }
    return activated;
}

void EpollEventDispatcher::drainWakeUps()
{
    eventfd_t value = 0;
    while (eventfd_read(m_wake, &value) == 0) { }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Watch &watch = m_watches[int(notifier->socket())];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateWatch(int(notifier->socket()));
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const auto found = m_watches.find(int(notifier->socket()));
    if (found == m_watches.end())
        return;
    Watch &watch = found->second;
    if (watch.read == notifier)
        watch.read = nullptr;
    if (watch.write == notifier)
        watch.write = nullptr;
    if (watch.exception == notifier)
        watch.exception = nullptr;
    updateWatch(found->first);
}

void EpollEventDispatcher::updateWatch(int fd)
{
    Watch &watch = m_watches[fd];
    epoll_event event {};
    event.data.fd = fd;
    if (watch.read)
        event.events |= EPOLLIN | EPOLLRDHUP;
    if (watch.write)
        event.events |= EPOLLOUT;
    if (watch.exception)
        event.events |= EPOLLPRI;
    if (!event.events) {
        if (watch.fallback)
            --m_fallbacks;
        else
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // ENOENT/EBADF once closed: fine
        m_watches.erase(fd);
        return;
    }
    if (watch.fallback)
        return;
    // A descriptor closed without its notifiers unregistered first left epoll by itself, and
    // one reused since is new to epoll: MOD and ADD each fall back to the other.
    if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0)
        return;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    if (errno == EPERM) {
        watch.fallback = true; // a regular file: always ready, as poll() says
        ++m_fallbacks;
    } else {
        qWarning("EpollEventDispatcher: cannot watch descriptor %d (errno %d)", fd, errno);
    }
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    unregisterTimer(timerId);
    arm(timerId,
        Timer {interval, timerType, object, Clock::now() + std::chrono::milliseconds(interval)});
}

void EpollEventDispatcher::arm(int timerId, const Timer &timer)
{
    m_timers.emplace(timerId, timer);
    m_deadlines.emplace(timer.deadline, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end())
        return false;
    auto [first, last] = m_deadlines.equal_range(found->second.deadline);
    for (; first != last; ++first) {
        if (first->second == timerId) {
            m_deadlines.erase(first);
            break;
        }
    }
    m_timers.erase(found);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    std::vector<int> ids;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            ids.push_back(id);
    }
    for (int id : ids)
        unregisterTimer(id);
    return !ids.empty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            out.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    }
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end())
        return -1;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(found->second.deadline
                                                                            - Clock::now());
    return int(std::max<qint64>(0, left.count()));
}

int EpollEventDispatcher::timeUntilNextTimer() const
{
    if (m_deadlines.empty())
        return -1;
    const auto left = m_deadlines.begin()->first - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    // Rounded up: waking before the deadline would only turn the loop for nothing.
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
    return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

bool EpollEventDispatcher::activateTimers()
{
    const Clock::time_point now = Clock::now();
    // The timers due now, taken before any fires: each fires at most once per turn, so
    // zero-interval timers re-armed for `now` wait for the next turn.
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now; ++it)
        due.push_back(it->second);
    bool activated = false;
    for (int id : due) {
        auto found = m_timers.find(id);
        if (found == m_timers.end() || found->second.inTimerEvent || found->second.deadline > now)
            continue; // stopped, still in its own event, or restarted by an earlier timer
        const Timer timer = found->second;
        // The next deadline one interval on; a timer that fell behind does not fire again to
        // catch up but goes one interval from now.
        Clock::time_point next = timer.deadline + std::chrono::milliseconds(timer.intervalMs);
        if (next < now)
            next = now + std::chrono::milliseconds(timer.intervalMs);
        unregisterTimer(id);
        arm(id, Timer {timer.intervalMs, timer.type, timer.object, next, true});
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer.object, &event);
        activated = true;
        found = m_timers.find(id);
        if (found != m_timers.end())
            found->second.inTimerEvent = false;
    }
    return activated;
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wake >= 0)
        eventfd_write(m_wake, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

} // namespace wedsync::server
