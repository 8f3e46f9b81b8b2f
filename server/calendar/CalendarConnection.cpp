#include "calendar/CalendarConnection.h"

#include "calendar/CalDavRemote.h"
#include "calendar/CalendarCredentials.h"
#include "calendar/GoogleCalendarRemote.h"
#include "calendar/GraphCalendarRemote.h"
#include "jobs/OAuthTokenClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::CalendarSyncWorker", text);
}

// A minute's margin: a token that would expire mid-request is refreshed first.
constexpr qint64 ExpiryMarginSecs = 60;

} // namespace

CalendarConnection::CalendarConnection(HttpFetcher &fetcher, Database &db, const Clock &clock,
                                       const SecretBox *box, const CalendarClients &clients)
    : m_fetcher(fetcher)
    , m_db(db)
    , m_clock(clock)
    , m_box(box)
    , m_clients(clients)
{ }

CalendarConnection::~CalendarConnection() = default;

Result<CalendarRemote *> CalendarConnection::open(const CalendarAccount &account)
{
    m_accountId = account.id;
    auto credentials = calendarcredentials::load(m_db, m_clock, m_box, account.id);
    if (!credentials)
        return credentials.error();
    m_credentials = credentials.value();
    if (account.provider == u"caldav"_s) {
        m_dav = std::make_unique<CalDavClient>(m_fetcher, QUrl(account.serverUrl), account.username,
                                               m_credentials.value(u"password"_s).toString());
        m_remote = std::make_unique<CalDavRemote>(*m_dav);
        return m_remote.get();
    }
    m_client = m_clients.of(account.provider);
    if (!m_client)
        return Error {u"provider_unsupported"_s,
                      tr("This server cannot sync %1 calendars yet.").arg(account.provider),
                      {}};
    const QString &name = m_client->providerName;
    if (!m_client->isConfigured())
        return Error {account.provider + u"_not_configured"_s,
                      tr("This server has no %1 client (--%2-client), so it cannot reach %1 "
                         "calendars.")
                          .arg(name, account.provider),
                      {}};
    if (m_credentials.value(u"refreshToken"_s).toString().isEmpty())
        return Error {account.provider + u"_not_linked"_s,
                      tr("The account is not linked to %1 yet: sign in with %1.").arg(name),
                      {}};
    const QDateTime expires
        = QDateTime::fromString(m_credentials.value(u"expiresAt"_s).toString(), Qt::ISODate);
    // The expiry is an instant of the token endpoint's answer, counted on the real clock (as
    // OAuthTokenClient does), not on the server's test clock.
    if (!expires.isValid()
        || expires.addSecs(-ExpiryMarginSecs) <= QDateTime::currentDateTimeUtc()) {
        auto renewed = refresh();
        if (!renewed)
            return renewed.error();
    }
    const QString accessToken = m_credentials.value(u"accessToken"_s).toString();
    const auto renew = [this] {
        return refresh();
    };
    if (account.provider == u"microsoft"_s)
        m_remote = std::make_unique<GraphCalendarRemote>(m_fetcher, m_client->apiUrl, accessToken,
                                                         renew);
    else
        m_remote = std::make_unique<GoogleCalendarRemote>(m_fetcher, m_client->apiUrl, accessToken,
                                                          renew);
    return m_remote.get();
}

Result<QString> CalendarConnection::refresh()
{
    OAuthTokenClient tokens(m_fetcher, m_client->tokenEndpoint());
    const OAuthTokenAnswer answer
        = tokens.refresh(m_credentials.value(u"refreshToken"_s).toString());
    if (answer.outcome == OAuthTokenAnswer::Outcome::Rejected)
        return Error {m_client->provider + u"_unauthorized"_s,
                      tr("%1 no longer accepts this account's sign-in (%2): link the account "
                         "again.")
                          .arg(m_client->providerName, answer.error),
                      {}};
    if (answer.outcome != OAuthTokenAnswer::Outcome::Ok)
        return Error {m_client->provider + u"_unreachable"_s, answer.message, {}};
    // Microsoft's answer carries a new refresh token, which replaces ours; Google's has none,
    // and the one we hold stays (merged keeps it).
    m_credentials = OAuthTokenClient::merged(m_credentials, answer);
    if (auto stored = calendarcredentials::store(m_db, m_clock, m_box, m_accountId, m_credentials);
        !stored)
        return stored.error();
    return answer.accessToken;
}

} // namespace wedsync::server
