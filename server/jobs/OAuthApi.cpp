#include "jobs/OAuthApi.h"

#include "JsonReader.h"
#include "Pkce.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/IntegrationRequests.h"
#include "api/IntegrationService.h"
#include "api/IntegrationWire.h"
#include "api/SchemaBuilders.h"
#include "auth/IntegrationCredentials.h"
#include "common/Ids.h"
#include "http/PendingAnswer.h"
#include "jobs/JobRunner.h"
#include "storage/IntegrationRepository.h"
#include "storage/OAuthSessionRepository.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString OAuthPath = u"/integrations/{integration:uuid}/oauth"_s;

QByteArray randomToken()
{
    QByteArray octets(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(octets.data()),
                                         reinterpret_cast<quint32 *>(octets.data() + 32));
    return crm::pkceVerifierFromBytes(octets);
}

ApiResponse stateInvalid(const QString &message)
{
    return ApiResponse::error(400, u"oauth_state_invalid"_s, message);
}

QByteArray formPair(const QString &key, const QString &value)
{
    return key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

OAuthApi::OAuthApi(IntegrationService &service, JobRunner &runner, Database &db, const Clock &clock,
                   const IntegrationCredentials &credentials)
    : m_service(service)
    , m_runner(runner)
    , m_db(db)
    , m_clock(clock)
    , m_credentials(credentials)
{ }

void OAuthApi::registerRoutes(Router &router)
{
    router.addOrDie(crmrequest::route(
        u"POST"_s, crmrequest::organizationPath() + OAuthPath + u"/start"_s,
        u"Starts an OAuth 2.0 sign-in (authorization code + PKCE) of a custom oauth2 "
        "integration: the server keeps the PKCE verifier and the state for 10 minutes and "
        "answers the authorization URL to open in the system browser. redirectUri is a "
        "loopback http://127.0.0.1:<port>/<path> or http://[::1]:<port>/<path>. Also relinks "
        "an expired connection (mappings and clients stay)."_s,
        u"OAuthStart"_s, u"OAuthStarted"_s, 200,
        [this](ApiRequest &request) { return start(request); }));
    router.addOrDie(crmrequest::route(
        u"POST"_s, crmrequest::organizationPath() + OAuthPath + u"/finish"_s,
        u"Finishes the sign-in with the code (or the error) the browser brought to the "
        "redirect URI: the server exchanges the code at the token endpoint off the request "
        "thread, seals the tokens and answers the integration, now connected. A state is "
        "used once and expires after 10 minutes (400 oauth_state_invalid)."_s,
        u"OAuthFinish"_s, u"Integration"_s, 200,
        [this](ApiRequest &request) { return finish(request); }));
}

bool OAuthApi::isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || !url.userInfo().isEmpty()
        || url.hasFragment())
        return false;
    const QString host = url.host();
    return host == u"127.0.0.1"_s || host == u"::1"_s;
}

ApiResponse OAuthApi::start(ApiRequest &request)
{
    IntegrationRow integration;
    if (auto stop
        = crmrequest::requireManagedIntegration(request, m_db, m_clock, m_service, &integration))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    const QString integrationId = request.param(u"integration"_s);
    auto body = crmrequest::readBody(request, {u"redirectUri"_s});
    if (!body)
        return crmrequest::failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QString redirectUri = reader.string(u"redirectUri"_s, {}, true);
    if (errors.isEmpty() && (redirectUri.size() > 2000 || !isLoopbackRedirect(redirectUri)))
        errors << FieldError {u"redirectUri"_s,
                              u"Use a loopback address on this computer: "
                              "http://127.0.0.1:<port>/<path> or http://[::1]:<port>/<path> "
                              "(RFC 8252 §7.3); other hosts and https are not accepted."_s};
    if (!errors.isEmpty())
        return crmrequest::failure(request, crmrequest::invalid(errors));

    if (integration.provider != u"custom"_s || integration.authType != u"oauth2"_s)
        return ApiResponse::error(400, u"oauth_not_configured"_s,
                                  u"This connection does not sign in with OAuth 2.0: only a "
                                  "custom REST connection whose sign-in method is oauth2 can be "
                                  "linked this way."_s);
    auto sealed = IntegrationRepository(m_db).sealedCredentials(integrationId);
    if (!sealed)
        return crmrequest::failure(request, sealed.error());
    QJsonObject credentials;
    if (!sealed->isEmpty()) {
        auto opened = m_credentials.open(integrationId, sealed.value());
        if (!opened)
            return crmrequest::failure(request, opened.error());
        credentials = opened.value();
    }
    QList<FieldError> missing;
    for (const QString &key : {u"authorizationUrl"_s, u"tokenUrl"_s, u"clientId"_s}) {
        if (credentials.value(key).toString().isEmpty())
            missing << FieldError {u"credentials."_s + key, u"Needed to sign in with OAuth 2.0."_s};
    }
    if (!missing.isEmpty())
        return ApiResponse::fromError(
            400,
            Error {u"oauth_not_configured"_s,
                   u"Enter the authorization server's authorization URL, token URL and "
                   "client id in the connection's settings before signing in."_s,
                   missing});

    const QDateTime now = m_clock.now();
    const QByteArray verifier = randomToken();
    const QString state = QString::fromLatin1(randomToken());
    OAuthSessionRow session;
    session.id = ids::create();
    session.organizationId = organizationId;
    session.integrationId = integrationId;
    session.stateHash = OAuthSessionRepository::hashState(state);
    auto sealedVerifier = m_credentials.sealVerifier(session.id, verifier);
    if (!sealedVerifier)
        return crmrequest::failure(request, sealedVerifier.error());
    session.sealedVerifier = sealedVerifier.value();
    session.redirectUri = redirectUri;
    session.createdBy = actorOf(request).userId;
    session.createdAt = now;
    session.expiresAt = now.addSecs(qint64(SessionMinutes) * 60);
    if (auto stored = OAuthSessionRepository(m_db).insert(session, now); !stored)
        return crmrequest::failure(request, stored.error());

    QUrl authorization(credentials.value(u"authorizationUrl"_s).toString());
    QByteArray query = authorization.query(QUrl::FullyEncoded).toLatin1();
    const QString scope = credentials.value(u"scope"_s).toString();
    for (const auto &[key, value] : QList<std::pair<QString, QString>> {
             {u"response_type"_s, u"code"_s},
             {u"client_id"_s, credentials.value(u"clientId"_s).toString()},
             {u"redirect_uri"_s, redirectUri},
             {u"state"_s, state},
             {u"code_challenge"_s, QString::fromLatin1(crm::pkceChallenge(verifier))},
             {u"code_challenge_method"_s, u"S256"_s},
             {u"scope"_s, scope}}) {
        if (key == u"scope"_s && value.isEmpty())
            continue;
        if (!query.isEmpty())
            query += '&';
        query += formPair(key, value);
    }
    authorization.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return ApiResponse::json(QJsonObject {
        {u"authorizationUrl"_s, authorization.toString(QUrl::FullyEncoded)},
        {u"state"_s, state},
        {u"expiresAt"_s, session.expiresAt.toUTC().toString(Qt::ISODate)},
    });
}

ApiResponse OAuthApi::finish(ApiRequest &request)
{
    IntegrationRow integration;
    if (auto stop
        = crmrequest::requireManagedIntegration(request, m_db, m_clock, m_service, &integration))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    const QString integrationId = request.param(u"integration"_s);
    if (!request.header("Idempotency-Key").isEmpty())
        return ApiResponse::error(400, u"idempotency_not_supported"_s,
                                  u"A sign-in's state is used only once, so this request cannot "
                                  "be replayed: send it without the Idempotency-Key header."_s);
    auto body
        = crmrequest::readBody(request, {u"state"_s, u"code"_s, u"error"_s, u"errorDescription"_s});
    if (!body)
        return crmrequest::failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QString state = reader.string(u"state"_s, {}, true);
    const QString code = reader.string(u"code"_s);
    const QString error = reader.string(u"error"_s);
    const QString description = reader.string(u"errorDescription"_s);
    for (const auto &[field, value, limit] :
         {std::tuple {u"state"_s, state, 500}, std::tuple {u"code"_s, code, 4096},
          std::tuple {u"error"_s, error, 100},
          std::tuple {u"errorDescription"_s, description, 1000}}) {
        if (value.size() > limit)
            errors << FieldError {field, u"At most %1 characters."_s.arg(limit)};
    }
    if (errors.isEmpty() && code.isEmpty() == error.isEmpty())
        errors << FieldError {
            code.isEmpty() ? u"code"_s : u"error"_s,
            code.isEmpty() ? u"Send the code the browser brought to the redirect URI, or the "
                             "error it brought instead."_s
                           : u"Send either the code or the error, not both."_s};
    if (!errors.isEmpty())
        return crmrequest::failure(request, crmrequest::invalid(errors));

    const QDateTime now = m_clock.now();
    OAuthSessionRepository sessions(m_db);
    auto session = sessions.findByState(state);
    if (!session)
        return crmrequest::failure(request, session.error());
    if (!session->has_value())
        return stateInvalid(u"This sign-in is unknown to the server (no sign-in was started "
                            "with this state): start the connection's sign-in again."_s);
    const OAuthSessionRow row = session->value();
    if (row.organizationId != organizationId)
        return notFound(u"The sign-in"_s);
    if (row.integrationId != integrationId)
        return stateInvalid(u"This sign-in was started for another connection: finish it "
                            "there, or start this connection's sign-in again."_s);
    if (row.usedAt.isValid())
        return stateInvalid(u"This sign-in was already finished (a state and its code are "
                            "used only once): start the connection's sign-in again."_s);
    if (row.expiresAt < now)
        return stateInvalid(
            u"This sign-in expired (it must be finished within %1 minutes "
            "of starting): start the connection's sign-in again."_s.arg(SessionMinutes));
    auto taken = sessions.take(row.id, now);
    if (!taken)
        return crmrequest::failure(request, taken.error());
    if (!taken.value())
        return stateInvalid(u"This sign-in was already finished (a state and its code are "
                            "used only once): start the connection's sign-in again."_s);

    if (!error.isEmpty()) {
        const QString why = description.isEmpty() ? error : error + u": "_s + description;
        return ApiResponse::error(
            422, u"oauth_denied"_s,
            error == u"access_denied"_s
                ? u"Access to %1 was not granted in the browser (%2), so the connection is "
                  "not linked. Start the sign-in again and approve the access."_s.arg(
                      integration.name, why)
                : u"The authorization server of %1 ended the sign-in with an error (%2), so "
                  "the connection is not linked. Check the client id and scope in the "
                  "connection's settings, then start again."_s.arg(integration.name, why));
    }
    auto verifier = m_credentials.openVerifier(row.id, row.sealedVerifier);
    if (!verifier)
        return crmrequest::failure(request, verifier.error());
    auto sealed = IntegrationRepository(m_db).sealedCredentials(integrationId);
    if (!sealed)
        return crmrequest::failure(request, sealed.error());
    auto credentials = m_credentials.open(integrationId, sealed.value());
    if (!credentials)
        return crmrequest::failure(request, credentials.error());
    const OAuthEndpoint endpoint {QUrl(credentials->value(u"tokenUrl"_s).toString()),
                                  credentials->value(u"clientId"_s).toString(),
                                  credentials->value(u"clientSecret"_s).toString(),
                                  integration.name};

    auto later = request.answerLater();
    if (!later)
        return ApiResponse::internalError(request.requestId, u"no deferred answer"_s);
    const MutationActor actor = actorOf(request);
    const QString requestId = request.requestId;
    m_runner.exchangeOAuthCode(
        endpoint, code, verifier.value(), row.redirectUri,
        [service = &m_service, later, actor, requestId, organizationId, integrationId,
         stored = credentials.value()](const OAuthTokenAnswer &answer) {
            if (answer.outcome == OAuthTokenAnswer::Outcome::Rejected) {
                later->answer(ApiResponse::error(
                    422, u"oauth_token_rejected"_s,
                    answer.message + u" The connection is not linked; start the sign-in again."_s,
                    QJsonObject {{u"error"_s, answer.error}}));
                return;
            }
            if (answer.outcome == OAuthTokenAnswer::Outcome::Failed) {
                later->answer(ApiResponse::error(502, u"oauth_token_failed"_s,
                                                 answer.message
                                                     + u" The connection is not linked; try the "
                                                       "sign-in again."_s));
                return;
            }
            auto linked = service->linkOAuth(actor, organizationId, integrationId,
                                             OAuthTokenClient::merged(stored, answer));
            if (!linked) {
                later->answer(linked.error().code == u"not_found"_s
                                  ? notFound(u"The integration"_s)
                                  : ApiResponse::internalError(requestId, linked.error().message));
                return;
            }
            ApiResponse response = ApiResponse::json(integrationjson::integration(linked.value()));
            later->answer(response);
        });
    return ApiResponse::later();
}

void addOAuthSchemas(QJsonObject *schemas)
{
    using namespace schema;
    QJsonObject redirect = type(u"string"_s);
    redirect.insert(u"maxLength"_s, 2000);
    schemas->insert(u"OAuthStart"_s, object({{u"redirectUri"_s, redirect}}, {u"redirectUri"_s}));
    schemas->insert(u"OAuthStarted"_s,
                    object({{u"authorizationUrl"_s, type(u"string"_s)},
                            {u"state"_s, type(u"string"_s)},
                            {u"expiresAt"_s, dateTime()}},
                           {u"authorizationUrl"_s, u"state"_s, u"expiresAt"_s}));
    schemas->insert(u"OAuthFinish"_s,
                    object({{u"state"_s, type(u"string"_s)},
                            {u"code"_s, type(u"string"_s)},
                            {u"error"_s, type(u"string"_s)},
                            {u"errorDescription"_s, type(u"string"_s)}},
                           {u"state"_s}));
}

} // namespace wedsync::server
