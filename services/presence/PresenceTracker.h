#pragma once
// Our own presence on one realtime topic ({user_id, email, role, client:"wedsync-admin",
// config_version}) and the other operators present there, for the status bar. Platform staff
// meet on "platform:admins", everyone else on "org:<id>" of the organization they look at.

#include "presence/OperatorPresence.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace wedsync {

class RealtimeChannel;
class RealtimeClient;

class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    explicit PresenceTracker(RealtimeClient *realtime, QObject *parent = nullptr);
    ~PresenceTracker() override;

    static QString topicFor(bool platformStaff, const QString &organizationId);

    // Tracks `meta` on `topic` (joining it if needed); an earlier topic is left.
    void start(const QString &topic, const QJsonObject &meta);
    void setConfigVersion(qint64 version);
    qint64 configVersion() const
    {
        return m_meta.value(QStringLiteral("config_version")).toInteger();
    }
    void stop();
    QString topic() const;
    QList<OperatorPresence> operators() const { return m_operators; }

Q_SIGNALS:
    void operatorsChanged(const QList<wedsync::OperatorPresence> &operators);

private:
    void update();

    RealtimeClient *m_realtime;
    QPointer<RealtimeChannel> m_channel;
    QJsonObject m_meta;
    QList<OperatorPresence> m_operators;
};

} // namespace wedsync
