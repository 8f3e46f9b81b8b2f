#pragma once
// The calendar sync runner's worker: lives on its own thread, opens its database connection
// and network access there at first use, and runs one sync or connection test at a time.

#include "Clock.h"
#include "calendar/CalendarRemote.h"
#include "calendar/CreatedEventsRemoval.h"
#include "calendar/MicrosoftClient.h"
#include "common/Mailbox.h"
#include "jobs/OAuthTokenClient.h"
#include "jobs/RateLimiter.h"
#include "storage/CalendarRows.h"
#include "storage/DatabaseUrl.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace wedsync::server {

class Database;
class SecretBox;

class CalendarSyncWorker : public QObject
{
    Q_OBJECT

public:
    CalendarSyncWorker(DatabaseUrl url, const Clock &clock, const SecretBox *box,
                       CalendarClients clients);
    ~CalendarSyncWorker() override;

    // Calls to run on this worker's thread (it moves there with the worker).
    Mailbox &mailbox() { return *m_mailbox; }

    // On the worker's thread. The account must have been claimed (claimRun); it is released
    // with its new status whatever happens.
    void sync(const QString &accountId);
    Result<QList<RemoteCalendar>> test(const QString &accountId);
    // Deletes the events WedSync created in the account's calendars (see CreatedEventsRemoval);
    // the account must have been claimed, and stays claimed.
    CreatedEventsRemoval removeCreatedEvents(const QString &accountId);
    // A Google or Microsoft sign-in's code exchanged for tokens (RFC 6749 §4.1.3 with the
    // PKCE verifier).
    OAuthTokenAnswer exchangeCode(const OAuthEndpoint &endpoint, const QString &code,
                                  const QByteArray &verifier, const QString &redirectUri);
    // Invoked by name, blocking, as the runner stops.
    Q_INVOKABLE void close();

private:
    bool ensureOpen(QString *error);
    Result<CalendarAccount> load(const QString &accountId);

    DatabaseUrl m_url;
    const Clock &m_clock;
    const SecretBox *m_box;
    CalendarClients m_clients;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Mailbox *m_mailbox; // a child: it moves to the worker's thread with it
    RateLimiter m_limiter;
};

} // namespace wedsync::server
