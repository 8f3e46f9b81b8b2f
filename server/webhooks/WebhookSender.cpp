#include "webhooks/WebhookSender.h"

#include "WebhookSignature.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "wedsync.server.webhooks")

namespace wedsync::server {

namespace {

// The URL the request is sent to: the checked address in place of the name.
QUrl pinned(const QUrl &url, const QHostAddress &address)
{
    QUrl out = url;
    out.setHost(address.toString());
    return out;
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

WebhookSender::WebhookSender(QNetworkAccessManager &network, const WebhookTargetGuard &guard,
                             const Clock &clock, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_guard(guard)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{ }

void WebhookSender::send(const Attempt &attempt, Done done)
{
    const QString host = attempt.url.host();
    QHostInfo::lookupHost(host, this, [this, attempt, host, done](const QHostInfo &info) {
        QString problem;
        const QHostAddress address = info.error() == QHostInfo::NoError
            ? m_guard.pick(host, info.addresses(), &problem)
            : QHostAddress();
        if (address.isNull()) {
            if (problem.isEmpty())
                problem = u"%1 could not be resolved: %2"_s.arg(host, info.errorString());
            qCWarning(lcWebhooks).noquote()
                << "delivery" << attempt.deliveryId << "refused:" << problem;
            done(Outcome {false, 0, -1, problem});
            return;
        }
        post(attempt, address, done);
    });
}

void WebhookSender::post(const Attempt &attempt, const QHostAddress &address, const Done &done)
{
    QNetworkRequest request(pinned(attempt.url, address));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Host", hostHeader(attempt.url));
    request.setPeerVerifyName(attempt.url.host());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("WedSync-Webhooks/1"));
    request.setRawHeader("X-WedSync-Event", attempt.eventType.toUtf8());
    request.setRawHeader("X-WedSync-Event-Id", attempt.eventId.toUtf8());
    request.setRawHeader("X-WedSync-Delivery", attempt.deliveryId.toUtf8());
    request.setRawHeader(
        webhooks::SignatureHeader,
        webhooks::signatureHeader(attempt.secret, m_clock.now().toSecsSinceEpoch(), attempt.body));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_network.post(request, attempt.body);
    // The answer's body is not kept: read and dropped as it comes.
    connect(reply, &QNetworkReply::readyRead, reply, [reply] { (void)reply->readAll(); });
    auto timedOut = std::make_shared<bool>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt, clock, timedOut, done] {
        reply->deleteLater();
        Outcome out;
        out.latencyMs = static_cast<int>(clock->elapsed());
        out.responseCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*timedOut) {
            out.responseCode = 0;
            out.error = u"No answer within %1 ms; the attempt was abandoned."_s.arg(m_timeoutMs);
        } else if (out.responseCode >= 200 && out.responseCode < 300) {
            out.delivered = true;
        } else if (out.responseCode >= 300 && out.responseCode < 400) {
            const QString location = QString::fromUtf8(reply->rawHeader("Location"));
            out.error = u"The endpoint answered %1 (a redirect to %2); webhooks do not follow "
                        "redirects: save the final address instead."_s.arg(out.responseCode)
                            .arg(location.isEmpty() ? u"nowhere"_s : location.left(200));
        } else if (out.responseCode > 0) {
            out.error = u"The endpoint answered %1."_s.arg(out.responseCode);
        } else {
            out.error = u"The endpoint could not be reached: %1"_s.arg(reply->errorString());
        }
        qCInfo(lcWebhooks).noquote()
            << "delivery" << attempt.deliveryId << attempt.eventType << "to" << attempt.url.host()
            << "->" << (out.responseCode ? QString::number(out.responseCode) : u"no answer"_s)
            << u"in %1 ms"_s.arg(out.latencyMs);
        done(out);
    });
}

} // namespace wedsync::server
