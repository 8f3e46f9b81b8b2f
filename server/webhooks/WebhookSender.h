#pragma once
// One attempt to deliver a webhook: resolves the endpoint's host, checks every address with the
// target guard, connects to the checked address (Host header and TLS name stay the endpoint's),
// POSTs the signed body, and reports the answer's status and latency. It runs on the event
// loop and never blocks it. Redirects are not followed: a 3xx is a failure that names where it
// pointed. The secret is used to sign and is never logged.

#include "Clock.h"
#include "webhooks/WebhookTargetGuard.h"

#include <QObject>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace wedsync::server {

class WebhookSender : public QObject
{
    Q_OBJECT

public:
    struct Attempt
    {
        QString deliveryId;
        QString eventId;
        QString eventType;
        QUrl url;
        QByteArray body;
        QByteArray secret;
    };
    struct Outcome
    {
        bool delivered = false; // a 2xx answer
        int responseCode = 0; // 0: no HTTP answer
        int latencyMs = -1; // from sending to the end of the answer; -1: never sent
        QString error; // a sentence for the delivery log when not delivered
    };
    using Done = std::function<void(const Outcome &)>;

    WebhookSender(QNetworkAccessManager &network, const WebhookTargetGuard &guard,
                  const Clock &clock, int timeoutMs, QObject *parent = nullptr);

    // Calls `done` once, later, on this object's thread.
    void send(const Attempt &attempt, Done done);

private:
    void post(const Attempt &attempt, const QHostAddress &address, const Done &done);

    QNetworkAccessManager &m_network;
    const WebhookTargetGuard &m_guard;
    const Clock &m_clock;
    int m_timeoutMs;
};

} // namespace wedsync::server
