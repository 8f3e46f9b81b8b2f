#pragma once
// The Calendars screen's accounts panel data: the signed-in operator's own calendar accounts
// (no one else's, whatever their role) and, for the one chosen, its sync log. Live: the
// server says on user:<id>:calendars when a sync starts or ends (here or on another of the
// operator's consoles, or on its schedule) and when an account is created, changed, linked
// or deleted, and the list is read again. Without that channel
// (offline, or not joined yet) the list is read again every moment while an account syncs.
// Nothing here is cached: the accounts carry no secret, but a stale status would mislead.

#include "CalendarAccountRecords.h"
#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wedsync {

class ApiClient;
class ApiReply;
class RealtimeChannel;
class RealtimeClient;

class CalendarAccountsFeed : public QObject
{
    Q_OBJECT
public:
    static inline const QString CollectionPath = QStringLiteral("/api/v1/calendar/accounts");

    static inline const QString AccountEvent = QStringLiteral("calendar_account");

    // `realtime` may be null (the list is then polled while a sync runs).
    CalendarAccountsFeed(ApiClient *api, RealtimeClient *realtime, QObject *parent = nullptr);

    // Follows the operator's own channel (user:<userId>:calendars); empty: stops.
    void watch(const QString &userId);
    bool isLive() const;
    void reload();
    void loadLog(const QString &accountId);
    // How soon the list is read again while an account syncs (tests make it short).
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    const QList<CalendarAccountInfo> &accounts() const { return m_accounts; }

Q_SIGNALS:
    void loaded(const QList<wedsync::CalendarAccountInfo> &accounts);
    void logLoaded(const QString &accountId, const QList<wedsync::CalendarSyncRun> &runs);
    // `what`: "accounts" | "log".
    void failed(const QString &what, const wedsync::ApiError &error);
    // The server said the account changed (a sync started or ended): its log may have grown.
    void accountChanged(const QString &accountId);

private:
    ApiClient *m_api;
    RealtimeClient *m_realtime;
    QPointer<RealtimeChannel> m_channel;
    QList<QMetaObject::Connection> m_connections;
    QList<CalendarAccountInfo> m_accounts;
    QPointer<ApiReply> m_pending;
    QPointer<ApiReply> m_pendingLog;
    QTimer m_poll;
};

} // namespace wedsync
