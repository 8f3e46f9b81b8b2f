#pragma once
// Who else has the same thing open on a topic, and which item each has selected: the layout
// editor's tile on a dashboard ("layout_editing"), the supplier a reviewer looks at
// ("compliance_reviewing"). Told by broadcasts of the given event on the topic
// ({userId, label, itemId, open}). Each console announces itself on opening (each other one
// answers once, so a newcomer learns who is there), on every selection and every heartbeat
// while open, and {open: false} on closing; someone not heard for the expiry time is dropped.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace wedsync {

class RealtimeChannel;

// Another operator with the same thing open.
struct PresentPeer
{
    QString userId;
    QString label; // e-mail or name, as they announce it
    QString itemId; // what they have selected (a tile, a supplier); empty: none
    QDateTime lastSeen; // UTC, local clock
};

class SelectionPresence : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultHeartbeatMs = 20000;
    static constexpr int DefaultExpiryMs = 60000;
    // `event`: the broadcast event every console of this kind uses.
    explicit SelectionPresence(const QString &event, QObject *parent = nullptr);
    ~SelectionPresence() override;

    void setSelf(const QString &userId, const QString &label);
    void setTimers(int heartbeatMs, int expiryMs);
    // Announces this console on `channel` and listens for the others until stop().
    void start(RealtimeChannel *channel);
    void stop(); // {open: false}, and forgets everyone
    void announceSelection(const QString &itemId);
    QList<PresentPeer> peers() const; // by label

Q_SIGNALS:
    void peersChanged(const QList<wedsync::PresentPeer> &peers);

private:
    void announce(bool open);
    void onBroadcast(const QString &event, const QJsonObject &payload, bool replayed);
    void dropSilent();

    QString m_event;
    QString m_userId;
    QString m_label;
    QString m_itemId;
    int m_expiryMs = DefaultExpiryMs;
    QPointer<RealtimeChannel> m_channel;
    QMetaObject::Connection m_connection;
    QHash<QString, PresentPeer> m_peers; // by user id
    QTimer m_heartbeat;
};

} // namespace wedsync
