#pragma once
// The Calendars screen's accounts panel data: the signed-in operator's own calendar accounts
// (no one else's, whatever their role) and, for the one chosen, its sync log. While one of them
// syncs, the list is read again every moment so its status and times stay true. Nothing here
// is cached: the accounts carry no secret, but a stale status would mislead.

#include "CalendarAccountRecords.h"
#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wedsync {

class ApiClient;
class ApiReply;

class CalendarAccountsFeed : public QObject
{
    Q_OBJECT
public:
    static inline const QString CollectionPath = QStringLiteral("/api/v1/calendar/accounts");

    explicit CalendarAccountsFeed(ApiClient *api, QObject *parent = nullptr);

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

private:
    ApiClient *m_api;
    QList<CalendarAccountInfo> m_accounts;
    QPointer<ApiReply> m_pending;
    QPointer<ApiReply> m_pendingLog;
    QTimer m_poll;
};

} // namespace wedsync
