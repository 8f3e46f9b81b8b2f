#include "webhooks/WebhookDispatcher.h"

#include "WebhookBackoff.h"
#include "WebhookEvents.h"
#include "auth/SecretBox.h"
#include "storage/WebhookDeliveryRepository.h"
#include "storage/WebhookEndpointRepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)

namespace wedsync::server {

using webhooks::Delivery;

WebhookDispatcher::WebhookDispatcher(Database &db, const Clock &clock, const SecretBox *box,
                                     WebhookSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_box(box)
    , m_settings(settings)
    , m_guard(settings.allowPrivateTargets)
    , m_sender(m_network, m_guard, clock, settings.timeoutMs, this)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer.setInterval(m_settings.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &WebhookDispatcher::poll);
}

void WebhookDispatcher::start()
{
    m_timer.start();
    wake();
}

void WebhookDispatcher::wake()
{
    if (m_pollQueued)
        return;
    m_pollQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pollQueued = false;
        poll();
    });
}

void WebhookDispatcher::poll()
{
    const int room = m_settings.maxInFlight - static_cast<int>(m_inFlight.size());
    if (room <= 0)
        return;
    WebhookDeliveryRepository deliveries(m_db, m_clock);
    auto due = deliveries.due(room + static_cast<int>(m_inFlight.size()));
    if (!due) {
        qCWarning(lcWebhooks).noquote() << "cannot read due deliveries:" << due.error().message;
        return;
    }
    // Longer than any attempt may take: a delivery whose server died is tried again after it.
    const QDateTime leaseUntil = m_clock.now().addMSecs(m_settings.timeoutMs + 2000);
    for (const Delivery &d : std::as_const(due.value())) {
        if (m_inFlight.contains(d.id) || m_inFlight.size() >= m_settings.maxInFlight)
            continue;
        auto claimed = deliveries.claim(d, leaseUntil);
        if (!claimed || !claimed.value())
            continue; // another server took it
        m_inFlight.insert(d.id);
        attempt(d);
    }
}

void WebhookDispatcher::attempt(const Delivery &d)
{
    WebhookEndpointRepository endpoints(m_db, m_clock);
    auto endpoint = endpoints.find(d.organizationId, d.endpointId);
    auto sealed = endpoints.sealedSecret(d.endpointId);
    QString problem;
    QByteArray secret;
    if (!endpoint || !sealed) {
        problem = u"The endpoint could not be read; the attempt will be repeated."_s;
    } else if (!endpoint->has_value()) {
        problem = u"The endpoint was deleted."_s;
    } else if (!endpoint->value().enabled && d.eventType != QLatin1String(webhooks::PingEvent)) {
        problem = u"The endpoint is disabled; redeliver once it is enabled again."_s;
    } else if (!m_box) {
        problem = u"This server cannot open webhook secrets (its CPU lacks AES-GCM)."_s;
    } else {
        auto opened
            = m_box->open(sealed.value(), WebhookEndpointRepository::secretBinding(d.endpointId));
        if (!opened)
            problem = u"The endpoint's secret cannot be opened (%1)."_s.arg(opened.error().code);
        else
            secret = opened.value();
    }
    if (!problem.isEmpty()) {
        const bool retry = !endpoint || !sealed;
        WebhookSender::Outcome out {false, 0, -1, problem};
        if (retry) {
            record(d, out);
        } else {
            (void)WebhookDeliveryRepository(m_db, m_clock)
                .recordFailure(d.id, 0, -1, problem, std::nullopt);
            m_inFlight.remove(d.id);
            Q_EMIT attemptFinished(d, false);
        }
        return;
    }
    WebhookSender::Attempt attempt {d.id,        d.eventId,
                                    d.eventType, QUrl(endpoint->value().url, QUrl::StrictMode),
                                    d.payload,   secret};
    m_sender.send(attempt,
                  [this, d](const WebhookSender::Outcome &outcome) { record(d, outcome); });
}

void WebhookDispatcher::record(const Delivery &d, const WebhookSender::Outcome &outcome)
{
    WebhookDeliveryRepository deliveries(m_db, m_clock);
    Status stored = ok();
    if (outcome.delivered) {
        stored = deliveries.recordDelivered(d.id, outcome.responseCode, outcome.latencyMs);
    } else {
        const auto next = webhooks::nextAttemptAt(d.createdAt, d.attemptCount + 1, m_clock.now(),
                                                  m_settings.timeScale);
        stored = deliveries.recordFailure(d.id, outcome.responseCode, outcome.latencyMs,
                                          outcome.error, next);
    }
    if (!stored)
        qCWarning(lcWebhooks).noquote()
            << "cannot record delivery" << d.id << ":" << stored.error().message;
    m_inFlight.remove(d.id);
    Q_EMIT attemptFinished(d, outcome.delivered);
    // More may be waiting behind this one.
    wake();
}

} // namespace wedsync::server
