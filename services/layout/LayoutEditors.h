#pragma once
// Who else has a dashboard open in the layout editor, and which tile each has selected: told by
// "layout_editing" broadcasts on the dashboard's topic ({userId, label, sectionId, open}). Each
// console announces itself on opening (each other editor answers once, so a newcomer learns
// who is there), on every selection and every heartbeat while open, and {open: false} on
// closing; an editor not heard for the expiry time is dropped.

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

// Another operator with the same dashboard open.
struct LayoutEditor
{
    QString userId;
    QString label; // e-mail or name, as they announce it
    QString sectionId; // the tile they have selected; empty: none
    QDateTime lastSeen; // UTC, local clock
};

class LayoutEditors : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultHeartbeatMs = 20000;
    static constexpr int DefaultExpiryMs = 60000;
    static constexpr char Event[] = "layout_editing";

    explicit LayoutEditors(QObject *parent = nullptr);
    ~LayoutEditors() override;

    void setSelf(const QString &userId, const QString &label);
    void setTimers(int heartbeatMs, int expiryMs);
    // Announces this console on `channel` and listens for the others until stop().
    void start(RealtimeChannel *channel);
    void stop(); // {open: false}, and forgets everyone
    void announceSelection(const QString &sectionId);
    QList<LayoutEditor> editors() const; // by label

Q_SIGNALS:
    void editorsChanged(const QList<wedsync::LayoutEditor> &editors);

private:
    void announce(bool open);
    void onBroadcast(const QString &event, const QJsonObject &payload, bool replayed);
    void dropSilent();

    QString m_userId;
    QString m_label;
    QString m_sectionId;
    int m_expiryMs = DefaultExpiryMs;
    QPointer<RealtimeChannel> m_channel;
    QMetaObject::Connection m_connection;
    QHash<QString, LayoutEditor> m_editors; // by user id
    QTimer m_heartbeat;
};

} // namespace wedsync
