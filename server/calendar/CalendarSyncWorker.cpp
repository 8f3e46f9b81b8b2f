#include "calendar/CalendarSyncWorker.h"

#include "auth/SecretBox.h"
#include "calendar/CalDavRemote.h"
#include "calendar/CalendarSync.h"
#include "calendar/CalendarSyncRunner.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace wedsync::server {

CalendarSyncWorker::CalendarSyncWorker(DatabaseUrl url, const Clock &clock, const SecretBox *box)
    : m_url(std::move(url))
    , m_clock(clock)
    , m_box(box)
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
}

Result<std::pair<CalendarAccount, QString>> CalendarSyncWorker::load(const QString &accountId)
{
    QString error;
    if (!ensureOpen(&error))
        return Error {u"database_unavailable"_s, error, {}};
    CalendarAccountRepository accounts(*m_db, m_clock);
    auto account = accounts.findById(accountId);
    if (!account)
        return account.error();
    if (!account.value())
        return Error {u"not_found"_s, tr("The calendar account no longer exists."), {}};
    auto sealed = accounts.credentials(accountId);
    if (!sealed)
        return sealed.error();
    QString password;
    if (!sealed->isEmpty()) {
        if (!m_box)
            return Error {u"credentials_unavailable"_s,
                          tr("This server cannot open stored passwords (no AES-GCM on its CPU)."),
                          {}};
        auto opened = m_box->open(sealed.value(), CalendarSyncRunner::associatedData(accountId));
        if (!opened)
            return Error {u"credentials_unreadable"_s,
                          tr("The stored password could not be read: enter it again."),
                          {}};
        password = QJsonDocument::fromJson(opened.value()).object().value(u"password"_s).toString();
    }
    return std::pair {account.value().value(), password};
}

void CalendarSyncWorker::sync(const QString &accountId)
{
    auto loaded = load(accountId);
    if (!loaded) {
        if (m_db)
            (void)CalendarAccountRepository(*m_db, m_clock)
                .finishRun(accountId, u"error"_s, loaded.error().message);
        return;
    }
    const auto &[account, password] = loaded.value();
    HttpFetcher fetcher(*m_network, m_limiter);
    CalDavClient client(fetcher, QUrl(account.serverUrl), account.username, password);
    CalDavRemote remote(client);
    CalendarSync run(*m_db, m_clock, remote, account);
    const CalendarSyncLog log = run.run();
    const QString status = log.errors.isEmpty() ? u"connected"_s
        : log.unauthorized                      ? u"expired"_s
                                                : u"error"_s;
    (void)CalendarAccountRepository(*m_db, m_clock)
        .finishRun(accountId, status, log.errors.value(0));
}

Result<QList<CalDavCalendar>> CalendarSyncWorker::test(const QString &accountId)
{
    auto loaded = load(accountId);
    if (!loaded)
        return loaded.error();
    const auto &[account, password] = loaded.value();
    FetchPolicy quick;
    quick.maxAttempts = 2;
    quick.timeoutMs = 15000;
    HttpFetcher fetcher(*m_network, m_limiter, quick);
    CalDavClient client(fetcher, QUrl(account.serverUrl), account.username, password);
    return client.discoverCalendars();
}

} // namespace wedsync::server
