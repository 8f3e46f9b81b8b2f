#include "api/AuthApi.h"

#include "JsonReader.h"
#include "api/ApiErrors.h"
#include "api/AuthService.h"
#include "api/Authenticator.h"
#include "api/RecordJson.h"
#include "http/PendingAnswer.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// A password check takes ~90 ms of a core: on a worker, at a lower scheduling weight (nice 10)
// than the event loop, so that while logins use every core the requests still get theirs.
// Once per worker thread; Linux schedules threads one by one, elsewhere nothing changes.
void yieldToRequests()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = [] {
        return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

// An answer with the tokens of a session, as login and refresh give it.
ApiResponse sessionResponse(const IssuedTokens &tokens, const Operator *caller)
{
    QJsonObject body {{u"accessToken"_s, tokens.accessToken},
                      {u"tokenType"_s, u"bearer"_s},
                      {u"expiresIn"_s, tokens.expiresIn},
                      {u"refreshToken"_s, tokens.refreshToken},
                      {u"user"_s, json::user(tokens.user)}};
    if (caller)
        body.insert(u"consoleAccess"_s, caller->hasConsoleAccess());
    return ApiResponse::json(body);
}

Result<QJsonObject> parseBody(const ApiRequest &request)
{
    return request.jsonObject();
}

} // namespace

AuthApi::AuthApi(AuthService &service, Authenticator &authenticator)
    : m_service(service)
    , m_authenticator(authenticator)
{ }

void AuthApi::registerRoutes(Router &router)
{
    router.addOrDie(Route {
        u"POST"_s, *PathPattern::parse(u"/api/v1/auth/login"_s),
        u"Signs in with e-mail and password; returns an access and a refresh token."_s, u"auth"_s,
        AuthRequirement::Public, u"LoginRequest"_s, u"Session"_s, 200, [this](ApiRequest &r) {
            return login(r);
        }});
    router.addOrDie(Route {
        u"POST"_s, *PathPattern::parse(u"/api/v1/auth/refresh"_s),
        u"Exchanges a refresh token for new tokens (each refresh token works once)."_s, u"auth"_s,
        AuthRequirement::Public, u"RefreshRequest"_s, u"Session"_s, 200, [this](ApiRequest &r) {
            return refresh(r);
        }});
    router.addOrDie(Route {u"POST"_s,
                           *PathPattern::parse(u"/api/v1/auth/logout"_s),
                           u"Ends the caller's session; its tokens stop working at once."_s,
                           u"auth"_s,
                           AuthRequirement::Authenticated,
                           {},
                           {},
                           204,
                           [this](ApiRequest &r) {
                               return logout(r);
                           }});
    router.addOrDie(
        Route {u"GET"_s,
               *PathPattern::parse(u"/api/v1/auth/me"_s),
               u"The caller: account, platform staff kind, memberships and console access."_s,
               u"auth"_s,
               AuthRequirement::Authenticated,
               {},
               u"Me"_s,
               200,
               [this](ApiRequest &r) {
                   return me(r);
               }});
}

ApiResponse AuthApi::login(ApiRequest &request)
{
    auto body = parseBody(request);
    if (!body)
        return errorResponse(request, body.error());
    QList<FieldError> problems;
    JsonReader reader(body.value(), {}, &problems);
    const QString email = reader.string(u"email"_s, {}, true).trimmed();
    const QString password = reader.string(u"password"_s, {}, true);
    if (problems.isEmpty() && email.isEmpty())
        reader.addError(u"email"_s, u"Enter your e-mail address."_s);
    if (problems.isEmpty() && password.isEmpty())
        reader.addError(u"password"_s, u"Enter your password."_s);
    if (!problems.isEmpty())
        return ApiResponse::fromError(
            400,
            Error {u"validation_failed"_s, u"Enter an e-mail address and a password."_s, problems});

    qint64 retryAfter = 0;
    auto attempt = m_service.beginLogin(email, request.remoteAddress.toString(), &retryAfter);
    if (!attempt) {
        ApiResponse response = errorResponse(request, attempt.error());
        if (response.status == 429)
            response.withHeader(QByteArrayLiteral("Retry-After"),
                                QByteArray::number(qMax<qint64>(1, retryAfter)));
        return response;
    }
    const auto later = m_workers ? request.answerLater() : nullptr;
    if (!later)
        return finishLogin(
            attempt.value(),
            AuthService::checkPassword(m_service.hasher(), attempt.value(), password), request);
    // What the answer needs of the request, which is gone by then.
    ApiRequest answering;
    answering.requestId = request.requestId;
    answering.remoteAddress = request.remoteAddress;
    // The worker keeps no reference to `later` once it has posted its result: the answer is
    // given, or dropped with the queued call, on this thread only.
    m_workers->run([this, later, answering, password, attempt = attempt.value(),
                    hasher = &m_service.hasher()](int) mutable -> WorkQueue::Finish {
        yieldToRequests();
        const PasswordCheck check = AuthService::checkPassword(*hasher, attempt, password);
        return [this, later = std::move(later), answering = std::move(answering),
                attempt = std::move(attempt), check] {
            later->answer(finishLogin(attempt, check, answering));
        };
    });
    return ApiResponse::later();
}

ApiResponse AuthApi::finishLogin(const LoginAttempt &attempt, const PasswordCheck &check,
                                 const ApiRequest &request)
{
    auto tokens = m_service.finishLogin(attempt, check, request.requestId);
    if (!tokens)
        return errorResponse(request, tokens.error());
    auto caller = m_authenticator.loadOperator(tokens->user.id, tokens->sessionId);
    return sessionResponse(tokens.value(), caller ? caller.value().get() : nullptr);
}

ApiResponse AuthApi::refresh(ApiRequest &request)
{
    auto body = parseBody(request);
    if (!body)
        return errorResponse(request, body.error());
    QList<FieldError> problems;
    JsonReader reader(body.value(), {}, &problems);
    const QString token = reader.string(u"refreshToken"_s, {}, true);
    if (!problems.isEmpty())
        return ApiResponse::fromError(
            400, Error {u"validation_failed"_s, u"Send the refresh token."_s, problems});
    auto tokens = m_service.refresh(token, request.requestId);
    if (!tokens)
        return errorResponse(request, tokens.error());
    auto caller = m_authenticator.loadOperator(tokens->user.id, tokens->sessionId);
    return sessionResponse(tokens.value(), caller ? caller.value().get() : nullptr);
}

ApiResponse AuthApi::logout(ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (auto done = m_service.logout(*caller, request.requestId); !done)
        return errorResponse(request, done.error());
    m_authenticator.forgetSession(caller->sessionId());
    return ApiResponse::noContent();
}

ApiResponse AuthApi::me(ApiRequest &request)
{
    return ApiResponse::json(json::me(*callerOf(request)));
}

} // namespace wedsync::server
