#pragma once
// The value types of the console's realtime client: connection state, timers, a row change.

#include <QDebug>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace wedsync {

// Offline: not connected and not trying (never opened, or close()d).
// Connecting: opening the socket, or waiting (backoff) to try again after a loss.
// Resyncing: the socket is up; channels are rejoining and replaying what they missed.
// Online: every channel has joined and caught up (or was refused, which is final).
enum class ConnectionState { Offline, Connecting, Online, Resyncing };

QDebug operator<<(QDebug debug, ConnectionState state);

struct RealtimeTimers
{
    int heartbeatMs = 25000;
    int heartbeatTimeoutMs = 10000; // also bounds the WebSocket handshake
    int reconnectMinMs = 1000;
    int reconnectMaxMs = 30000;
    double jitter = 0.3; // ± this fraction of each backoff delay
    int joinTimeoutMs = 10000;
};

struct RowChange
{
    QString table;
    QString type; // INSERT UPDATE DELETE
    QJsonObject record;
    QJsonObject oldRecord;
    qint64 seq = 0;
    bool replayed = false;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::RowChange)
Q_DECLARE_METATYPE(wedsync::ConnectionState)
