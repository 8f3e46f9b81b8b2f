#pragma once
// The status bar's right-hand side: connection state (online; offline — showing cached data;
// reconnecting; resyncing), the other operators online now, edits waiting to be sent, what
// became of sent edits (a notice that opens their list), and when the data on screen was last
// updated.

#include "presence/OperatorPresence.h"
#include "realtime/RealtimeTypes.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace wedsync {

class ConnectionStatusBar : public QWidget
{
    Q_OBJECT
public:
    // The built-in server's side of the story, when the console runs one.
    enum class BuiltInServer { NotUsed, Starting, Restarting, Running, Stopped };
    explicit ConnectionStatusBar(QWidget *parent = nullptr);

    void setConnectionState(ConnectionState state);
    // The page shows the last known state from the cache rather than a live answer.
    void setShowingCache(bool showingCache);
    void setOperators(const QList<OperatorPresence> &operators);
    void setPendingEdits(int count);
    // What became of sent edits ("1 edit applied · 1 conflict to resolve"); empty hides it.
    void setOutboxNotice(const QString &notice);
    void setLastUpdate(const QDateTime &at, bool fromCache);
    // Stopped shows a Restart action; `why` is the tooltip (the server's last words).
    void setBuiltInServer(BuiltInServer state, const QString &why = {});
    BuiltInServer builtInServer() const { return m_builtIn; }
    // Back to "not signed in": offline, nobody, no time.
    void reset();
    // While the window's status bar shows a message, who else is online and the time of the
    // last update step aside so that the message reads whole (a Spanish sentence was cut at
    // 1024 px); the connection state stays.
    void setMessageShown(bool shown);

    ConnectionState connectionState() const { return m_state; }
    QString stateText() const;
    QString presenceText() const;
    QString lastUpdateText() const;
    QString outboxNotice() const { return m_outboxNoticeText; }

    static QString stateText(ConnectionState state, bool everOnline, bool showingCache);

Q_SIGNALS:
    // The user clicked the edits notice (or the waiting count): show the list of edits.
    void outboxRequested();
    // The user asked to start the stopped built-in server again.
    void restartServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_dot = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_presence = nullptr;
    QLabel *m_pending = nullptr;
    QToolButton *m_outboxNotice = nullptr;
    QToolButton *m_restart = nullptr;
    QLabel *m_lastUpdate = nullptr;
    QTimer m_ageTimer; // "just now" turns into the time
    BuiltInServer m_builtIn = BuiltInServer::NotUsed;
    QString m_builtInWhy;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_everOnline = false;
    bool m_showingCache = false;
    QList<OperatorPresence> m_operators;
    int m_pendingCount = 0;
    QString m_outboxNoticeText;
    QDateTime m_lastUpdateAt;
    bool m_lastFromCache = false;
};

} // namespace wedsync
