#include "api/ApiReply.h"

#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "api/AttemptClassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

bool isJsonContentType(const QByteArray &contentType)
{
    return contentType.toLower().contains("json");
}

QString quotedTag(const QString &ifMatch)
{
    if (ifMatch == u"*"_s || ifMatch.startsWith(u'"') || ifMatch.startsWith(u"W/"_s))
        return ifMatch;
    return u'"' + ifMatch + u'"';
}

} // namespace

ApiReply::ApiReply(ApiClient *client, RestRequest request, const QString &accessToken)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_accessToken(accessToken)
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiReply::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::startAttempt);
}

ApiReply::~ApiReply()
{
    releaseNetworkReply();
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.code = u"cancelled"_s;
    error.message = QCoreApplication::translate("wedsync::ApiReply", "The request was cancelled.");
    finishWithError(std::move(error));
}

void ApiReply::startAttempt()
{
    if (m_finished)
        return;
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (!nam || m_client->baseUrl().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        // No address yet (the built-in server is still starting): nothing was tried.
        error.code = nam ? ApiError::NotConnectedCode.toString() : u"network_error"_s;
        if (!nam)
            error.message = QCoreApplication::translate(
                "wedsync::ApiReply", "The console has no network access object.");
        // Later, so that the caller who just got this reply from send() hears finished().
        QMetaObject::invokeMethod(
            this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_json = QJsonValue();

    QNetworkRequest request(m_client->urlFor(m_request));
    request.setRawHeader("Accept", "application/json");
    // A token refreshed while this call waited for its retry is the one to use now.
    const QString token
        = m_client->accessToken().isEmpty() ? m_accessToken : m_client->accessToken();
    if (!token.isEmpty() && !ApiClient::isCredentialCall(m_request.path))
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!m_request.ifMatch.isEmpty())
        request.setRawHeader("If-Match", quotedTag(m_request.ifMatch).toUtf8());
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey.toUtf8());

    QByteArray payload;
    if (m_request.body) {
        const QJsonValue &body = *m_request.body;
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    m_network = nam->sendCustomRequest(request, m_request.method, payload);
    connect(m_network, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);

    const int timeoutMs = m_request.timeoutMs >= 0 ? m_request.timeoutMs : m_client->timeoutMs();
    if (timeoutMs > 0)
        m_timeout.start(timeoutMs);
    qCDebug(lcApi) << m_request.method.constData() << m_request.path << "attempt" << m_attempts;
}

void ApiReply::onTimeout()
{
    QNetworkReply *reply = m_network.data(); // one read of the guarded pointer
    if (!reply)
        return;
    m_timedOut = true;
    reply->abort(); // finished() follows with OperationCanceledError
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_network;
    if (!reply || m_finished)
        return;
    m_timeout.stop();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    m_headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        m_body = reply->readAll();
    const QString networkErrorString = reply->errorString();
    releaseNetworkReply();

    QJsonParseError parseError {};
    const bool jsonBody = m_status != 0 && !m_timedOut && !m_body.isEmpty()
        && isJsonContentType(header("Content-Type"));
    if (jsonBody) {
        const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            m_json
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    AttemptResult result;
    result.httpStatus = m_status;
    result.networkError = networkError;
    result.timedOut = m_timedOut;
    result.unreadableBody = jsonBody && parseError.error != QJsonParseError::NoError;
    result.headers = m_headers;
    result.idempotent = m_request.isIdempotent();
    result.credentialCall = ApiClient::isCredentialCall(m_request.path);
    result.attempt = m_attempts;
    const AttemptDecision decision
        = classifyAttempt(result, m_client->retryPolicy(), QDateTime::currentDateTimeUtc());
    if (decision.action == AttemptDecision::Action::Succeed) {
        finishOk();
        return;
    }
    if (decision.retries()) {
        const int delayMs = decision.minDelayMs
            + int(QRandomGenerator::global()->bounded(
                quint32(decision.maxDelayMs - decision.minDelayMs + 1)));
        qCDebug(lcApi) << m_request.method.constData() << m_request.path << "retry in" << delayMs
                       << "ms";
        m_retryTimer.start(delayMs);
        return;
    }

    ApiError error;
    error.kind = decision.errorKind;
    error.url = m_client->baseUrl();
    switch (decision.errorKind) {
    case ApiError::Kind::Timeout:
        error.code = u"timeout"_s;
        error.details.insert(
            u"timeoutMs"_s, m_request.timeoutMs >= 0 ? m_request.timeoutMs : m_client->timeoutMs());
        error.message = QCoreApplication::translate("wedsync::ApiReply",
                                                    "The server did not answer in time.");
        break;
    case ApiError::Kind::Network:
        error.code = u"network_error"_s;
        error.message = networkErrorString;
        error.details.insert(u"networkError"_s, int(networkError));
        break;
    case ApiError::Kind::Protocol:
        error.code = u"protocol_error"_s;
        error.message = parseError.errorString();
        break;
    case ApiError::Kind::Cancelled: // never classified: only abort() cancels
    case ApiError::Kind::Http: {
        error.httpStatus = m_status;
        error.retryAfterSecs = decision.retryAfterSecs;
        const QJsonObject envelope = m_json.toObject().value(u"error"_s).toObject();
        error.code = envelope.value(u"code"_s).toString();
        error.message = envelope.value(u"message"_s).toString();
        error.details = envelope.value(u"details"_s).toObject();
        if (error.code.isEmpty())
            error.code = u"http_"_s + QString::number(m_status);
        break;
    }
    }
    if (decision.unauthorized)
        Q_EMIT m_client->unauthorized(error);
    finishWithError(std::move(error));
}

void ApiReply::finishWithError(ApiError error)
{
    if (error.url.isEmpty())
        error.url = m_client->baseUrl();
    m_error = std::move(error);
    m_ok = false;
    qCDebug(lcApi) << m_request.method.constData() << m_request.path << "failed:" << m_error.code
                   << m_status << "after" << m_attempts << "attempt(s)";
    finish();
}

void ApiReply::finishOk()
{
    m_ok = true;
    m_error = ApiError();
    finish();
}

void ApiReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_retryTimer.stop();
    releaseNetworkReply();
    Q_EMIT finished();
}

void ApiReply::releaseNetworkReply()
{
    if (!m_network)
        return;
    QNetworkReply *reply = m_network;
    m_network = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace wedsync
