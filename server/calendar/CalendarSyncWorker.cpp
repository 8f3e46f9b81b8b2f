#include "calendar/CalendarSyncWorker.h"

#include "common/TsanHandOff.h"

#include "calendar/CalendarConnection.h"
#include "calendar/CalendarSync.h"
#include "calendar/CalendarSyncRunner.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace wedsync::server {

CalendarSyncWorker::CalendarSyncWorker(DatabaseUrl url, const Clock &clock, const SecretBox *box,
                                       CalendarClients clients)
    : m_url(std::move(url))
    , m_clock(clock)
    , m_box(box)
    , m_clients(std::move(clients))
    , m_mailbox(new Mailbox(this))
{ }

CalendarSyncWorker::~CalendarSyncWorker() = default;

bool CalendarSyncWorker::ensureOpen(QString *error)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (m_db && !m_db->isLost())
        return true;
    auto db = Database::open(m_url);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    m_db = std::move(db).value();
    return true;
}

void CalendarSyncWorker::close()
{
    m_db.reset();
    m_network.reset();
    tsan::handOver(this);
}

Result<CalendarAccount> CalendarSyncWorker::load(const QString &accountId)
{
    QString error;
    if (!ensureOpen(&error))
        return Error {u"database_unavailable"_s, error, {}};
    auto account = CalendarAccountRepository(*m_db, m_clock).findById(accountId);
    if (!account)
        return account.error();
    if (!account.value())
        return Error {u"not_found"_s, tr("The calendar account no longer exists."), {}};
    return account.value().value();
}

void CalendarSyncWorker::sync(const QString &accountId)
{
    auto account = load(accountId);
    if (!account) {
        if (m_db)
            (void)CalendarAccountRepository(*m_db, m_clock)
                .finishRun(accountId, u"error"_s, account.error().message);
        return;
    }
    HttpFetcher fetcher(*m_network, m_limiter);
    CalendarConnection connection(fetcher, *m_db, m_clock, m_box, m_clients);
    auto remote = connection.open(account.value());
    if (!remote) {
        const Error &why = remote.error();
        const QString status = CalendarRemote::isUnauthorized(why) ? u"expired"_s
            : why.code.endsWith(u"_not_linked"_s)                  ? u"pending"_s
                                                                   : u"error"_s;
        (void)CalendarAccountRepository(*m_db, m_clock).finishRun(accountId, status, why.message);
        return;
    }
    CalendarSync run(*m_db, m_clock, *remote.value(), account.value());
    const CalendarSyncLog log = run.run();
    const QString status = log.errors.isEmpty() ? u"connected"_s
        : log.unauthorized                      ? u"expired"_s
                                                : u"error"_s;
    (void)CalendarAccountRepository(*m_db, m_clock)
        .finishRun(accountId, status, log.errors.value(0));
}

Result<QList<RemoteCalendar>> CalendarSyncWorker::test(const QString &accountId)
{
    auto account = load(accountId);
    if (!account)
        return account.error();
    FetchPolicy quick;
    quick.maxAttempts = 2;
    quick.timeoutMs = 15000;
    HttpFetcher fetcher(*m_network, m_limiter, quick);
    CalendarConnection connection(fetcher, *m_db, m_clock, m_box, m_clients);
    auto remote = connection.open(account.value());
    if (!remote)
        return remote.error();
    return remote.value()->discoverCalendars();
}

CreatedEventsRemoval CalendarSyncWorker::removeCreatedEvents(const QString &accountId)
{
    CreatedEventsRemoval outcome;
    auto account = load(accountId);
    if (!account) {
        outcome.stoppedBy = account.error();
        return outcome;
    }
    HttpFetcher fetcher(*m_network, m_limiter);
    CalendarConnection connection(fetcher, *m_db, m_clock, m_box, m_clients);
    auto remote = connection.open(account.value());
    if (!remote) {
        outcome.stoppedBy = remote.error();
        return outcome;
    }
    return server::removeCreatedEvents(*m_db, m_clock, *remote.value(), accountId);
}

OAuthTokenAnswer CalendarSyncWorker::exchangeCode(const OAuthEndpoint &endpoint,
                                                  const QString &code, const QByteArray &verifier,
                                                  const QString &redirectUri)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    FetchPolicy quick;
    quick.maxAttempts = 2;
    quick.timeoutMs = 15000;
    HttpFetcher fetcher(*m_network, m_limiter, quick);
    OAuthTokenClient tokens(fetcher, endpoint);
    return tokens.exchangeCode(code, verifier, redirectUri);
}

} // namespace wedsync::server
