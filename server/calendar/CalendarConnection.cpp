#include "calendar/CalendarConnection.h"

#include "calendar/CalDavRemote.h"
#include "calendar/CalendarCredentials.h"
#include "calendar/GoogleCalendarRemote.h"
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
                                       const SecretBox *box, const GoogleClient &google)
    : m_fetcher(fetcher)
    , m_db(db)
    , m_clock(clock)
    , m_box(box)
    , m_google(google)
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
    if (account.provider != u"google"_s)
        return Error {u"provider_unsupported"_s,
                      tr("This server cannot sync %1 calendars yet.").arg(account.provider),
                      {}};
    if (!m_google.isConfigured())
        return Error {u"google_not_configured"_s,
                      tr("This server has no Google client (--google-client), so it cannot "
                         "reach Google calendars."),
                      {}};
    if (m_credentials.value(u"refreshToken"_s).toString().isEmpty())
        return Error {u"google_not_linked"_s,
                      tr("The account is not linked to Google yet: sign in with Google."),
                      {}};
    const QDateTime expires
        = QDateTime::fromString(m_credentials.value(u"expiresAt"_s).toString(), Qt::ISODate);
    // The expiry is an instant of the token endpoint's answer, counted on the real clock (as
    // OAuthTokenClient does), not on the server's test clock.
    if (!expires.isValid()
        || expires.addSecs(-ExpiryMarginSecs) <= QDateTime::currentDateTimeUtc()) {
        auto renewed = refreshGoogle();
        if (!renewed)
            return renewed.error();
    }
    m_remote = std::make_unique<GoogleCalendarRemote>(
        m_fetcher, m_google.apiUrl, m_credentials.value(u"accessToken"_s).toString(),
        [this] { return refreshGoogle(); });
    return m_remote.get();
}

Result<QString> CalendarConnection::refreshGoogle()
{
    OAuthTokenClient tokens(
        m_fetcher,
        OAuthEndpoint {m_google.tokenUrl, m_google.clientId, m_google.clientSecret, u"Google"_s});
    const OAuthTokenAnswer answer
        = tokens.refresh(m_credentials.value(u"refreshToken"_s).toString());
    if (answer.outcome == OAuthTokenAnswer::Outcome::Rejected)
        return Error {u"google_unauthorized"_s,
                      tr("Google no longer accepts this account's sign-in (%1): link the account "
                         "again.")
                          .arg(answer.error),
                      {}};
    if (answer.outcome != OAuthTokenAnswer::Outcome::Ok)
        return Error {u"google_unreachable"_s, answer.message, {}};
    // Google's refresh answer has no refresh token: the one we hold stays (merged keeps it).
    m_credentials = OAuthTokenClient::merged(m_credentials, answer);
    if (auto stored = calendarcredentials::store(m_db, m_clock, m_box, m_accountId, m_credentials);
        !stored)
        return stored.error();
    return answer.accessToken;
}

} // namespace wedsync::server
