#pragma once
// The delivery worker: on the event loop, every poll interval (and when woken), takes the
// deliveries that are due from the database, claims each for one attempt (so that neither a
// second server on the same PostgreSQL nor this one sends it twice at once), opens the
// endpoint's secret, sends, and records the outcome: delivered, failed with the next attempt
// of the retry schedule, or dead after 24 hours. Nothing is kept only in memory: a restart
// picks up where the rows say.

#include "Clock.h"
#include "WebhookRecords.h"
#include "webhooks/WebhookSender.h"
#include "webhooks/WebhookSettings.h"
#include "webhooks/WebhookTargetGuard.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace wedsync::server {

class Database;
class SecretBox;

class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    WebhookDispatcher(Database &db, const Clock &clock, const SecretBox *box,
                      WebhookSettings settings, QObject *parent = nullptr);

    void start();
    // Looks for due deliveries now (after a ping or a redelivery was queued).
    void wake();
    const WebhookTargetGuard &guard() const { return m_guard; }

Q_SIGNALS:
    // A delivery's attempt ended and is recorded (ServerApp announces it to the admins).
    void attemptFinished(const wedsync::webhooks::Delivery &delivery, bool delivered);

private:
    void poll();
    void attempt(const webhooks::Delivery &delivery);
    void record(const webhooks::Delivery &delivery, const WebhookSender::Outcome &outcome);

    Database &m_db;
    const Clock &m_clock;
    const SecretBox *m_box;
    WebhookSettings m_settings;
    WebhookTargetGuard m_guard;
    QNetworkAccessManager m_network;
    WebhookSender m_sender;
    QTimer m_timer;
    QSet<QString> m_inFlight;
    bool m_pollQueued = false;
};

} // namespace wedsync::server
