#pragma once
// One "Resync now" of a tenant: asks the server, then follows the resync event it started until
// it reaches an outcome (live events, or asking again every few seconds), and says so.

#include "SyncHealth.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace wedsync {

class ApiClient;

class ResyncOperation : public QObject
{
    Q_OBJECT
public:
    ResyncOperation(ApiClient *api, const QString &organizationId, QObject *parent = nullptr);

    void start();
    QString organizationId() const { return m_organizationId; }
    QString eventId() const { return m_eventId; }
    bool isFinished() const { return m_finished; }
    // Finished without delivering anything: no client of the tenant was connected.
    bool reachedNobody() const { return m_reachedNobody; }
    // How long to wait for an outcome before giving up (default 30 s), and how often to ask.
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }

    // Live events from the feed: the resync's own event, once it has an outcome, finishes it.
    void noteEvents(const QList<wedsync::SyncEvent> &events);

Q_SIGNALS:
    void progress(const QString &message);
    // ok: every connected client has the tenant's configuration again. Deletes itself after.
    void finished(bool ok, const QString &message);

private:
    void onAccepted(const QJsonObject &answer);
    void poll();
    bool isOurs(const SyncEvent &event) const;
    void conclude(const SyncEvent &event);
    void finish(bool ok, const QString &message);

    ApiClient *m_api;
    QString m_organizationId;
    QString m_eventId;
    QDateTime m_requestedAt;
    QTimer m_timeout;
    QTimer m_poll;
    bool m_accepted = false;
    bool m_reachedNobody = false;
    bool m_finished = false;
};

} // namespace wedsync
