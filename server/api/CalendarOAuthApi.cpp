#include "api/CalendarOAuthApi.h"

#include "JsonReader.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/CalendarAccountsApi.h"
#include "auth/SecretBox.h"
#include "calendar/CalendarAccountJson.h"
#include "calendar/CalendarCredentials.h"
#include "calendar/CalendarSyncRunner.h"
#include "common/Ids.h"
#include "http/PendingAnswer.h"
#include "jobs/OAuthFlow.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/OAuthSessionRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString OAuthPath = u"/api/v1/calendar/accounts/{account:uuid}/oauth"_s;
const QString Again = u"start the account's sign-in again"_s;

QByteArray verifierData(const QString &sessionId)
{
    return "calendar_oauth_session:" + sessionId.toUtf8() + ":verifier";
}

ApiResponse unavailable(const QString &message)
{
    return ApiResponse::error(503, u"unavailable"_s, message);
}

} // namespace

CalendarOAuthApi::CalendarOAuthApi(Database &db, const Clock &clock, const SecretBox *box,
                                   CalendarSyncRunner *runner)
    : m_db(db)
    , m_clock(clock)
    , m_box(box)
    , m_runner(runner)
{ }

void CalendarOAuthApi::registerRoutes(Router &router)
{
    router.addOrDie(calendarRoute(
        u"POST"_s, OAuthPath + u"/start"_s,
        u"Starts linking a Google or Microsoft calendar account in the system browser "
        "(authorization code + PKCE): the server keeps the verifier and the state for 10 minutes "
        "and answers the "
        "address to open. redirectUri is a loopback http://127.0.0.1:<port>/<path> or "
        "http://[::1]:<port>/<path>. Also relinks an expired account (its mappings stay)."_s,
        u"OAuthStart"_s, u"OAuthStarted"_s, 200,
        [this](ApiRequest &request) { return start(request); }));
    router.addOrDie(calendarRoute(
        u"POST"_s, OAuthPath + u"/finish"_s,
        u"Finishes linking with the code (or the error) the browser brought to the redirect "
        "URI: the server exchanges the code with the provider off the request thread, seals the "
        "tokens and answers the account, now connected. A state is used once."_s,
        u"OAuthFinish"_s, u"CalendarAccount"_s, 200,
        [this](ApiRequest &request) { return finish(request); }));
}

ApiResponse CalendarOAuthApi::start(ApiRequest &request)
{
    auto body = readBodyWithFields(request, {u"redirectUri"_s});
    if (!body)
        return writeFailure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QString redirectUri = reader.string(u"redirectUri"_s, {}, true);
    if (errors.isEmpty())
        errors << oauthflow::redirectErrors(redirectUri);
    if (!errors.isEmpty())
        return writeFailure(request,
                            Error {u"validation_failed"_s, u"Some fields need fixing."_s, errors});
    CalendarAccount account;
    if (auto stop = locateCalendarAccount(m_db, m_clock, request, &account))
        return *stop;
    if (!CalendarClients().of(account.provider))
        return ApiResponse::error(400, u"oauth_not_configured"_s,
                                  u"Only a Google or Microsoft account links through the browser; "
                                  "a CalDAV account signs in with its user name and app "
                                  "password."_s);
    if (!m_runner)
        return unavailable(u"Calendar sync is not running on this server."_s);
    const OAuthCalendarClient *client = m_runner->clients().of(account.provider);
    if (!client->isConfigured())
        return ApiResponse::error(
            400, u"oauth_not_configured"_s,
            u"This server has no %1 client, so %1 calendars cannot be linked: its "
            "administrator starts it with --%2-client and the client file (see the server's "
            "README)."_s.arg(client->providerName, client->provider));
    if (!m_box)
        return unavailable(u"This server cannot keep sign-ins (no AES-GCM on its CPU)."_s);

    const QDateTime now = m_clock.now();
    const QByteArray verifier = oauthflow::randomToken();
    const QString state = QString::fromLatin1(oauthflow::randomToken());
    OAuthSessionRow session;
    session.id = ids::create();
    session.organizationId = account.organizationId;
    session.subjectId = account.id;
    session.stateHash = OAuthSessionRepository::hashState(state);
    session.sealedVerifier = m_box->seal(verifier, verifierData(session.id));
    session.redirectUri = redirectUri;
    session.createdBy = account.userId;
    session.createdAt = now;
    session.expiresAt = now.addSecs(qint64(oauthflow::SessionMinutes) * 60);
    if (auto stored = OAuthSessionRepository(m_db, OAuthSessionRepository::Subject::CalendarAccount)
                          .insert(session, now);
        !stored)
        return errorResponse(request, stored.error());
    return ApiResponse::json(QJsonObject {
        {u"authorizationUrl"_s,
         oauthflow::authorizationUrl(client->authorizationUrl, client->clientId, redirectUri, state,
                                     verifier, client->scope)},
        {u"state"_s, state},
        {u"expiresAt"_s, session.expiresAt.toUTC().toString(Qt::ISODate)},
    });
}

ApiResponse CalendarOAuthApi::finish(ApiRequest &request)
{
    if (!request.header("Idempotency-Key").isEmpty())
        return ApiResponse::error(400, u"idempotency_not_supported"_s,
                                  u"A sign-in's state is used only once, so this request cannot "
                                  "be replayed: send it without the Idempotency-Key header."_s);
    auto body
        = readBodyWithFields(request, {u"state"_s, u"code"_s, u"error"_s, u"errorDescription"_s});
    if (!body)
        return writeFailure(request, body.error());
    QList<FieldError> errors;
    const oauthflow::Finish sent = oauthflow::readFinish(body.value(), &errors);
    if (!errors.isEmpty())
        return writeFailure(request,
                            Error {u"validation_failed"_s, u"Some fields need fixing."_s, errors});
    CalendarAccount account;
    if (auto stop = locateCalendarAccount(m_db, m_clock, request, &account))
        return *stop;
    if (!m_runner || !m_box)
        return unavailable(u"Calendar sync is not running on this server."_s);
    const OAuthCalendarClient *client = m_runner->clients().of(account.provider);
    if (!client || !client->isConfigured())
        return ApiResponse::error(400, u"oauth_not_configured"_s,
                                  u"This account does not link through the browser here."_s);
    OAuthSessionRepository sessions(m_db, OAuthSessionRepository::Subject::CalendarAccount);
    OAuthSessionRow row;
    if (auto stop = oauthflow::take(
            sessions, sent.state, account.organizationId, account.id, m_clock.now(), Again,
            [&request](const Error &e) { return errorResponse(request, e); }, &row))
        return *stop;
    if (!sent.error.isEmpty()) {
        const QString why = sent.errorDescription.isEmpty()
            ? sent.error
            : sent.error + u": "_s + sent.errorDescription;
        return ApiResponse::error(
            422, u"oauth_denied"_s,
            sent.error == u"access_denied"_s
                ? u"Access to the %1 calendar was not granted in the browser (%2), so the "
                  "account is not linked. Start again and allow the access."_s.arg(
                      client->providerName, why)
                : u"%1 ended the sign-in with an error (%2), so the account is not "
                  "linked. Start again."_s.arg(client->providerName, why));
    }
    auto verifier = m_box->open(row.sealedVerifier, verifierData(row.id));
    if (!verifier)
        return errorResponse(request, verifier.error());
    auto later = request.answerLater();
    if (!later)
        return ApiResponse::internalError(request.requestId, u"no deferred answer"_s);
    const QString accountId = account.id;
    const QString requestId = request.requestId;
    const QString provider = client->providerName;
    m_runner->exchangeCode(
        *client, sent.code, verifier.value(), row.redirectUri,
        [this, later, accountId, requestId, provider,
         needs = *client](const OAuthTokenAnswer &answer) {
            if (auto failed
                = oauthflow::tokenFailure(answer, u"The account is not linked; start again."_s)) {
                later->answer(*failed);
                return;
            }
            // Consent pages let a person untick scopes (Google's granular consent).
            if (!needs.grantsEnough(answer.scope)) {
                later->answer(ApiResponse::error(
                    422, u"oauth_scope_missing"_s,
                    u"%1 was not allowed to let WedSync see and edit your calendar events, so "
                    "the account is not linked. Start again and allow editing your calendars on "
                    "%1's page."_s.arg(provider)));
                return;
            }
            // A relink keeps the refresh token held when the answer has none (Google's may not).
            auto held = calendarcredentials::load(m_db, m_clock, m_box, accountId);
            const QJsonObject credentials
                = OAuthTokenClient::merged(held ? held.value() : QJsonObject(), answer);
            if (credentials.value(u"refreshToken"_s).toString().isEmpty()) {
                later->answer(ApiResponse::error(
                    502, u"oauth_token_failed"_s,
                    u"%1 gave no refresh token, so the account could not sync after an hour. "
                    "Remove WedSync's access in your %1 account's security settings, then link "
                    "again."_s.arg(provider)));
                return;
            }
            CalendarAccountRepository accounts(m_db, m_clock);
            if (auto stored
                = calendarcredentials::store(m_db, m_clock, m_box, accountId, credentials);
                !stored) {
                later->answer(ApiResponse::internalError(requestId, stored.error().message));
                return;
            }
            auto linked = accounts.setStatus(accountId, u"connected"_s, QString());
            if (!linked || !linked->has_value()) {
                later->answer(linked
                                  ? notFound(u"The calendar account"_s)
                                  : ApiResponse::internalError(requestId, linked.error().message));
                return;
            }
            later->answer(calendarAccountResponse(linked->value()));
            m_runner->publish(accountId);
        });
    return ApiResponse::later();
}

} // namespace wedsync::server
