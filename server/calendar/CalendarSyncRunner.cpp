#include "calendar/CalendarSyncRunner.h"

#include "common/TsanHandOff.h"

#include "calendar/CalendarAccountJson.h"
#include "calendar/CalendarSyncWorker.h"
#include "realtime/RealtimePublisher.h"
#include "realtime/RealtimeTopic.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wedsync::server {

Q_LOGGING_CATEGORY(lcCalendarSync, "wedsync.server.calendar")

namespace {

Error notRunning()
{
    return Error {u"unavailable"_s, u"Calendar sync is not running on this server."_s, {}};
}

} // namespace

CalendarSyncRunner::CalendarSyncRunner(Database &db, const Clock &clock, const SecretBox *box,
                                       RealtimePublisher *publisher, DatabaseUrl url,
                                       CalendarClients clients, int scheduleCheckMs,
                                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_publisher(publisher)
    , m_clients(std::move(clients))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"calendar-sync"_s);
    m_worker = new CalendarSyncWorker(std::move(url), clock, box, m_clients);
    m_worker->moveToThread(m_thread);
    m_schedule.setInterval(scheduleCheckMs);
    connect(&m_schedule, &QTimer::timeout, this, &CalendarSyncRunner::checkSchedules);
    connect(this, &CalendarSyncRunner::syncStarted, this, &CalendarSyncRunner::publish);
    connect(this, &CalendarSyncRunner::syncFinished, this, &CalendarSyncRunner::publish);
}

CalendarSyncRunner::~CalendarSyncRunner()
{
    stop();
}

void CalendarSyncRunner::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    m_schedule.start();
}

void CalendarSyncRunner::stop()
{
    m_schedule.stop();
    if (!m_worker)
        return;
    if (m_thread->isRunning()) {
        // By name, so that no functor made here is read there (see common/TsanHandOff.h).
        QMetaObject::invokeMethod(m_worker, "close", Qt::BlockingQueuedConnection);
        tsan::tookOver(m_worker);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
    m_worker = nullptr;
}

Result<bool> CalendarSyncRunner::startSync(const QString &accountId)
{
    if (!isRunning())
        return notRunning();
    auto claimed = CalendarAccountRepository(m_db, m_clock).claimRun(accountId);
    if (!claimed || !claimed.value())
        return claimed;
    Q_EMIT syncStarted(accountId);
    // Through mailboxes both ways (common/Mailbox), not queued functors.
    CalendarSyncWorker *worker = m_worker;
    worker->mailbox().post([this, worker, accountId] {
        worker->sync(accountId);
        m_inbox.post([this, accountId] { Q_EMIT syncFinished(accountId); });
    });
    return true;
}

bool CalendarSyncRunner::isRunning() const
{
    return m_worker && m_thread->isRunning();
}

template<typename Work, typename Done> void CalendarSyncRunner::onWorker(Work work, Done done)
{
    CalendarSyncWorker *worker = m_worker;
    worker->mailbox().post([this, worker, work = std::move(work), done = std::move(done)] {
        auto result = work(*worker);
        m_inbox.post([done, result] { done(result); });
    });
}

void CalendarSyncRunner::testConnection(const QString &accountId, TestDone done)
{
    if (!isRunning()) {
        done(notRunning());
        return;
    }
    onWorker([accountId](CalendarSyncWorker &worker) { return worker.test(accountId); },
             std::move(done));
}

void CalendarSyncRunner::exchangeCode(const OAuthCalendarClient &client, const QString &code,
                                      const QByteArray &verifier, const QString &redirectUri,
                                      ExchangeDone done)
{
    if (!isRunning()) {
        OAuthTokenAnswer answer;
        answer.outcome = OAuthTokenAnswer::Outcome::Failed;
        answer.message = notRunning().message;
        done(answer);
        return;
    }
    onWorker(
        [endpoint = client.tokenEndpoint(), code, verifier,
         redirectUri](CalendarSyncWorker &worker) {
            return worker.exchangeCode(endpoint, code, verifier, redirectUri);
        },
        std::move(done));
}

void CalendarSyncRunner::removeCreatedEvents(const QString &accountId, RemovalDone done)
{
    if (!isRunning()) {
        CreatedEventsRemoval outcome;
        outcome.stoppedBy = notRunning();
        done(outcome);
        return;
    }
    onWorker(
        [accountId](CalendarSyncWorker &worker) { return worker.removeCreatedEvents(accountId); },
        std::move(done));
}

namespace {

void broadcast(RealtimePublisher *publisher, const QString &userId, const QJsonObject &payload)
{
    const QString topic = RealtimeTopic::userCalendars(userId).name();
    if (auto sent = publisher->broadcastFromServer(topic, u"calendar_account"_s, payload); !sent)
        qCWarning(lcCalendarSync).noquote()
            << "calendar_account on" << topic << ":" << sent.error().message;
}

} // namespace

void CalendarSyncRunner::publish(const QString &accountId)
{
    if (!m_publisher)
        return;
    auto account = CalendarAccountRepository(m_db, m_clock).findById(accountId);
    if (!account || !account->has_value())
        return; // deleted meanwhile: publishRemoved said so
    broadcast(m_publisher, account->value().userId, calendarjson::toJson(account->value()));
}

void CalendarSyncRunner::publishRemoved(const CalendarAccount &account)
{
    if (m_publisher)
        broadcast(m_publisher, account.userId,
                  QJsonObject {{u"id"_s, account.id}, {u"removed"_s, true}});
}

void CalendarSyncRunner::checkSchedules()
{
    auto due = CalendarAccountRepository(m_db, m_clock).due();
    if (!due)
        return;
    for (const QString &id : due.value())
        (void)startSync(id);
}

} // namespace wedsync::server
