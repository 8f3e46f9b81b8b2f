#pragma once
// Runs calendar syncs and connection tests off the request path: one worker thread with its
// own database connection and network access (a QSqlDatabase and a QNetworkAccessManager stay
// on the thread that made them). Accounts whose next sync is due are started every
// `scheduleCheckMs`; a sync is claimed in the database first (calendar_accounts.running_since)
// so that a second start, here or on another server of the same PostgreSQL, is refused. When a
// sync starts and when it ends (and when the account is created, changed, linked or
// deleted), the account as its owner reads it is published on user:<owner>:calendars (event
// calendar_account), so each of their consoles follows it live.

#include "Clock.h"
#include "calendar/CalendarRemote.h"
#include "calendar/CreatedEventsRemoval.h"
#include "calendar/MicrosoftClient.h"
#include "common/Mailbox.h"
#include "jobs/OAuthTokenClient.h"
#include "storage/CalendarRows.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace wedsync::server {

class Database;
class RealtimePublisher;
class SecretBox;
class CalendarSyncWorker;

class CalendarSyncRunner : public QObject
{
    Q_OBJECT

public:
    // `box` may be null (no credentials can be opened: every sync fails and says so);
    // `publisher` may be null (nothing is published).
    // `clients`: the server's OAuth clients at Google and Microsoft (an unconfigured one: that
    // provider's accounts cannot sync).
    CalendarSyncRunner(Database &db, const Clock &clock, const SecretBox *box,
                       RealtimePublisher *publisher, DatabaseUrl url, CalendarClients clients = {},
                       int scheduleCheckMs = 60000, QObject *parent = nullptr);
    ~CalendarSyncRunner() override;

    void start();
    void stop();

    // Claims and queues a sync of the account; false when one is running already.
    Result<bool> startSync(const QString &accountId);
    // Discovers the account's calendars on the worker; `done` on this thread.
    using TestDone = std::function<void(const Result<QList<RemoteCalendar>> &)>;
    void testConnection(const QString &accountId, TestDone done);
    // Exchanges a sign-in's code with `client` on the worker (never on the request thread);
    // `done` on this thread.
    using ExchangeDone = std::function<void(const OAuthTokenAnswer &)>;
    void exchangeCode(const OAuthCalendarClient &client, const QString &code,
                      const QByteArray &verifier, const QString &redirectUri, ExchangeDone done);
    const CalendarClients &clients() const { return m_clients; }
    // Deletes the events WedSync created in a claimed account's calendars on the worker (see
    // CreatedEventsRemoval); `done` on this thread. The claim is the caller's to end.
    using RemovalDone = std::function<void(const CreatedEventsRemoval &)>;
    void removeCreatedEvents(const QString &accountId, RemovalDone done);
    // Publishes the account as its owner reads it on user:<owner>:calendars (event
    // calendar_account): after a sync starts or ends, the account is linked, created or changed.
    void publish(const QString &accountId);
    // The same event for an account just deleted: {"id", "removed": true}.
    void publishRemoved(const CalendarAccount &account);

Q_SIGNALS:
    // A sync was claimed (the account now reads "syncing"), and one ended (its log line and the
    // account's times are stored).
    void syncStarted(const QString &accountId);
    void syncFinished(const QString &accountId);

private:
    void checkSchedules();
    bool isRunning() const;
    // Runs work(worker) on the worker's thread, then done(its result) on this one.
    template<typename Work, typename Done> void onWorker(Work work, Done done);

    Database &m_db;
    const Clock &m_clock;
    RealtimePublisher *m_publisher;
    CalendarClients m_clients;
    QThread *m_thread = nullptr;
    CalendarSyncWorker *m_worker = nullptr;
    Mailbox m_inbox; // what the worker hands back, run on this thread
    QTimer m_schedule;
};

} // namespace wedsync::server
