#include "api/ApiReply.h"

#include "ServicesLogging.h"
#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Seconds from a Retry-After value: delta-seconds or an HTTP-date; -1 if absent or unreadable.
int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0, 24 * 3600));
}

bool isJsonContentType(const QByteArray &contentType)
{
    return contentType.toLower().contains("json");
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
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
    if (!nam) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.code = u"network_error"_s;
        error.message = QCoreApplication::translate("wedsync::ApiReply",
                                                    "The console has no network access object.");
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

    const QUrl server = m_client->baseUrl();
    if (m_timedOut) {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.code = u"timeout"_s;
        error.url = server;
        const int timeoutMs
            = m_request.timeoutMs >= 0 ? m_request.timeoutMs : m_client->timeoutMs();
        error.details.insert(u"timeoutMs"_s, timeoutMs);
        error.message = QCoreApplication::translate("wedsync::ApiReply",
                                                    "The server did not answer in time.");
        if (!(m_request.isIdempotent() && scheduleRetry(backoffDelayMs())))
            finishWithError(std::move(error));
        return;
    }
    if (m_status == 0) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.code = u"network_error"_s;
        error.url = server;
        error.message = networkErrorString;
        error.details.insert(u"networkError"_s, int(networkError));
        const bool retry = m_request.isIdempotent() && isTransientNetworkError(networkError);
        if (!(retry && scheduleRetry(backoffDelayMs())))
            finishWithError(std::move(error));
        return;
    }

    const bool jsonBody = isJsonContentType(header("Content-Type"));
    QJsonParseError parseError {};
    if (!m_body.isEmpty() && jsonBody) {
        const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            m_json
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    if (m_status >= 200 && m_status < 400) {
        if (jsonBody && !m_body.isEmpty() && parseError.error != QJsonParseError::NoError) {
            ApiError error;
            error.kind = ApiError::Kind::Protocol;
            error.code = u"protocol_error"_s;
            error.url = server;
            error.message = parseError.errorString();
            finishWithError(std::move(error));
            return;
        }
        finishOk();
        return;
    }

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = m_status;
    error.url = server;
    error.retryAfterSecs = parseRetryAfter(header("Retry-After"));
    const QJsonObject envelope = m_json.toObject().value(u"error"_s).toObject();
    error.code = envelope.value(u"code"_s).toString();
    error.message = envelope.value(u"message"_s).toString();
    error.details = envelope.value(u"details"_s).toObject();
    if (error.code.isEmpty())
        error.code = u"http_"_s + QString::number(m_status);

    const RetryPolicy policy = m_client->retryPolicy();
    if (m_status == 429 || m_status == 503) {
        // A request refused for load was not carried out, so any method may be sent again;
        // a wait longer than the policy allows is left to the user ("try again in N s").
        int delayMs = backoffDelayMs();
        if (error.retryAfterSecs >= 0) {
            delayMs = error.retryAfterSecs * 1000 + int(QRandomGenerator::global()->bounded(250));
            if (error.retryAfterSecs * 1000 > policy.maxDelayMs)
                delayMs = -1;
        }
        if (delayMs >= 0 && scheduleRetry(delayMs))
            return;
    } else if ((m_status == 502 || m_status == 504) && m_request.isIdempotent()) {
        if (scheduleRetry(backoffDelayMs()))
            return;
    }
    if (m_status == 401 && !ApiClient::isCredentialCall(m_request.path))
        Q_EMIT m_client->unauthorized(error);
    finishWithError(std::move(error));
}

bool ApiReply::scheduleRetry(int delayMs)
{
    if (m_attempts >= m_client->retryPolicy().maxAttempts)
        return false;
    qCDebug(lcApi) << m_request.method.constData() << m_request.path << "retry in" << delayMs
                   << "ms";
    m_retryTimer.start(std::max(0, delayMs));
    return true;
}

int ApiReply::backoffDelayMs() const
{
    // Exponential backoff with "equal jitter": half the step is fixed, half random, so that
    // clients cut off together do not come back together.
    const RetryPolicy policy = m_client->retryPolicy();
    qint64 step = std::max(1, policy.initialDelayMs);
    for (int i = 1; i < m_attempts && step < policy.maxDelayMs; ++i)
        step *= 2;
    step = std::min<qint64>(step, std::max(1, policy.maxDelayMs));
    const qint64 half = step / 2;
    return int(half + qint64(QRandomGenerator::global()->bounded(quint32(step - half + 1))));
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
