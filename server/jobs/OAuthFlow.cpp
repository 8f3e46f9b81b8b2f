#include "jobs/OAuthFlow.h"

#include "JsonReader.h"
#include "Pkce.h"
#include "api/ApiErrors.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wedsync::server::oauthflow {

namespace {

QByteArray formPair(const QString &key, const QString &value)
{
    return key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
}

ApiResponse stateInvalid(const QString &message)
{
    return ApiResponse::error(400, u"oauth_state_invalid"_s, message);
}

} // namespace

QByteArray randomToken()
{
    QByteArray octets(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(octets.data()),
                                         reinterpret_cast<quint32 *>(octets.data() + 32));
    return crm::pkceVerifierFromBytes(octets);
}

bool isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || !url.userInfo().isEmpty()
        || url.hasFragment())
        return false;
    const QString host = url.host();
    return host == u"127.0.0.1"_s || host == u"::1"_s;
}

QList<FieldError> redirectErrors(const QString &redirectUri)
{
    if (redirectUri.size() <= 2000 && isLoopbackRedirect(redirectUri))
        return {};
    return {FieldError {u"redirectUri"_s,
                        u"Use a loopback address on this computer: "
                        "http://127.0.0.1:<port>/<path> or http://[::1]:<port>/<path> "
                        "(RFC 8252 §7.3); other hosts and https are not accepted."_s}};
}

QString authorizationUrl(const QUrl &endpoint, const QString &clientId, const QString &redirectUri,
                         const QString &state, const QByteArray &verifier, const QString &scope)
{
    QUrl authorization = endpoint;
    QByteArray query = authorization.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : QList<std::pair<QString, QString>> {
             {u"response_type"_s, u"code"_s},
             {u"client_id"_s, clientId},
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
    return authorization.toString(QUrl::FullyEncoded);
}

QList<FieldError> finishErrors(const Finish &finish)
{
    QList<FieldError> errors;
    for (const auto &[field, value, limit] :
         {std::tuple {u"state"_s, finish.state, 500}, std::tuple {u"code"_s, finish.code, 4096},
          std::tuple {u"error"_s, finish.error, 100},
          std::tuple {u"errorDescription"_s, finish.errorDescription, 1000}}) {
        if (value.size() > limit)
            errors << FieldError {field, u"At most %1 characters."_s.arg(limit)};
    }
    if (errors.isEmpty() && finish.code.isEmpty() == finish.error.isEmpty())
        errors << FieldError {finish.code.isEmpty() ? u"code"_s : u"error"_s,
                              finish.code.isEmpty()
                                  ? u"Send the code the browser brought to the redirect URI, or "
                                    "the error it brought instead."_s
                                  : u"Send either the code or the error, not both."_s};
    return errors;
}

Finish readFinish(const QJsonObject &body, QList<FieldError> *errors)
{
    JsonReader reader(body, {}, errors);
    Finish sent;
    sent.state = reader.string(u"state"_s, {}, true);
    sent.code = reader.string(u"code"_s);
    sent.error = reader.string(u"error"_s);
    sent.errorDescription = reader.string(u"errorDescription"_s);
    if (errors->isEmpty())
        *errors << finishErrors(sent);
    return sent;
}

std::optional<ApiResponse> take(OAuthSessionRepository &sessions, const QString &state,
                                const QString &organizationId, const QString &subjectId,
                                const QDateTime &now, const QString &again,
                                const std::function<ApiResponse(const Error &)> &failure,
                                OAuthSessionRow *taken)
{
    auto session = sessions.findByState(state);
    if (!session)
        return failure(session.error());
    if (!session->has_value())
        return stateInvalid(u"This sign-in is unknown to the server (no sign-in was started "
                            "with this state): %1."_s.arg(again));
    const OAuthSessionRow row = session->value();
    if (row.organizationId != organizationId)
        return notFound(u"The sign-in"_s);
    if (row.subjectId != subjectId)
        return stateInvalid(u"This sign-in was started for another connection or account: "
                            "finish it there, or %1."_s.arg(again));
    const QString used = u"This sign-in was already finished (a state and its code are used "
                         "only once): %1."_s.arg(again);
    if (row.usedAt.isValid())
        return stateInvalid(used);
    if (row.expiresAt < now)
        return stateInvalid(u"This sign-in expired (it must be finished within %1 minutes of "
                            "starting): %2."_s.arg(SessionMinutes)
                                .arg(again));
    auto took = sessions.take(row.id, now);
    if (!took)
        return failure(took.error());
    if (!took.value())
        return stateInvalid(used);
    *taken = row;
    return std::nullopt;
}

std::optional<ApiResponse> tokenFailure(const OAuthTokenAnswer &answer, const QString &notLinked)
{
    if (answer.outcome == OAuthTokenAnswer::Outcome::Rejected)
        return ApiResponse::error(422, u"oauth_token_rejected"_s, answer.message + u' ' + notLinked,
                                  QJsonObject {{u"error"_s, answer.error}});
    if (answer.outcome == OAuthTokenAnswer::Outcome::Failed)
        return ApiResponse::error(502, u"oauth_token_failed"_s, answer.message + u' ' + notLinked);
    return std::nullopt;
}

} // namespace wedsync::server::oauthflow
