#include "jobs/OAuthApi.h"

#include "JsonReader.h"
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
#include "jobs/OAuthFlow.h"
#include "storage/IntegrationRepository.h"
#include "storage/OAuthSessionRepository.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString OAuthPath = u"/integrations/{integration:uuid}/oauth"_s;
const QString Again = u"start the connection's sign-in again"_s;

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
    if (errors.isEmpty())
        errors << oauthflow::redirectErrors(redirectUri);
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
    const QByteArray verifier = oauthflow::randomToken();
    const QString state = QString::fromLatin1(oauthflow::randomToken());
    OAuthSessionRow session;
    session.id = ids::create();
    session.organizationId = organizationId;
    session.subjectId = integrationId;
    session.stateHash = OAuthSessionRepository::hashState(state);
    auto sealedVerifier = m_credentials.sealVerifier(session.id, verifier);
    if (!sealedVerifier)
        return crmrequest::failure(request, sealedVerifier.error());
    session.sealedVerifier = sealedVerifier.value();
    session.redirectUri = redirectUri;
    session.createdBy = actorOf(request).userId;
    session.createdAt = now;
    session.expiresAt = now.addSecs(qint64(oauthflow::SessionMinutes) * 60);
    if (auto stored = OAuthSessionRepository(m_db).insert(session, now); !stored)
        return crmrequest::failure(request, stored.error());

    return ApiResponse::json(QJsonObject {
        {u"authorizationUrl"_s,
         oauthflow::authorizationUrl(QUrl(credentials.value(u"authorizationUrl"_s).toString()),
                                     credentials.value(u"clientId"_s).toString(), redirectUri,
                                     state, verifier, credentials.value(u"scope"_s).toString())},
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
    const oauthflow::Finish sent = oauthflow::readFinish(body.value(), &errors);
    if (!errors.isEmpty())
        return crmrequest::failure(request, crmrequest::invalid(errors));

    OAuthSessionRepository sessions(m_db);
    OAuthSessionRow row;
    if (auto stop = oauthflow::take(
            sessions, sent.state, organizationId, integrationId, m_clock.now(), Again,
            [&request](const Error &e) { return crmrequest::failure(request, e); }, &row))
        return *stop;
    const QString &code = sent.code;
    const QString &error = sent.error;
    const QString &description = sent.errorDescription;

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
                                  integration.name, QString()};

    auto later = request.answerLater();
    if (!later)
        return ApiResponse::internalError(request.requestId, u"no deferred answer"_s);
    const MutationActor actor = actorOf(request);
    const QString requestId = request.requestId;
    m_runner.exchangeOAuthCode(
        endpoint, code, verifier.value(), row.redirectUri,
        [service = &m_service, later, actor, requestId, organizationId, integrationId,
         stored = credentials.value()](const OAuthTokenAnswer &answer) {
            if (auto failed = oauthflow::tokenFailure(
                    answer, u"The connection is not linked; start the sign-in again."_s)) {
                later->answer(*failed);
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
