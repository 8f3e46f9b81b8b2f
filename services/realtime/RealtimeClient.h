#pragma once
// The console's connection to the server's live updates: one socket, its channels, and the
// state a user sees (Offline, Connecting, Resyncing, Online). Reconnects by itself with
// backoff and rejoins every channel where it left off.

#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeTypes.h"
#include "realtime/ReconnectBackoff.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace wedsync {

class RealtimeSocket;

class RealtimeClient : public QObject
{
    Q_OBJECT

public:
    explicit RealtimeClient(QObject *parent = nullptr);
    ~RealtimeClient() override;

    void setTimers(const RealtimeTimers &timers);
    void setServer(const QUrl &httpBase); // derives ws[s]://host:port/realtime/v1/websocket
    void setAccessToken(const QString &token); // also refreshes every joined channel
    void open();
    void close();
    ConnectionState state() const { return m_state; }
    RealtimeChannel *channel(const QString &topic); // owned by the client, one per topic

Q_SIGNALS:
    void stateChanged(wedsync::ConnectionState state);
    void errorOccurred(const QString &message);

private:
    void connectNow();
    void onOpened();
    void onClosed(const QString &reason);
    void onMessage(const RealtimeMessage &message);
    void updateState();
    void setState(ConnectionState state);
    QUrl socketUrl() const;

    RealtimeSocket *m_socket;
    QHash<QString, RealtimeChannel *> m_channels; // by wire topic ("realtime:org:1")
    RealtimeTimers m_timers;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QUrl m_server;
    QString m_accessToken;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_wantOpen = false;
    bool m_outageReported = false;
};

} // namespace wedsync
