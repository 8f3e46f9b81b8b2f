#pragma once
// This console's presence on one realtime topic and the other operators present there, for
// the status bar. Platform staff meet on "platform:admins", everyone else on "org:<id>" of
// the organization they look at. The configuration version announced is the one this
// console applied for that organization, never one it only heard of; none before that.

#include "presence/OperatorPresence.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

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

    // Announces this operator on `topic` (joining it if needed); an earlier topic is left.
    void start(const QString &topic, const QString &userId, const QString &email,
               const QString &role);
    // Whoever applies an organization's configuration says which version it applied; it is
    // announced (again) while that organization's topic is tracked.
    void setAppliedConfigVersion(const QString &organizationId, qint64 version);
    // Leaves the topic and forgets the versions applied (the next account starts afresh).
    void stop();

    QString topic() const;
    PresenceMeta meta() const { return m_meta; } // as announced now
    QList<OperatorPresence> operators() const { return m_operators; }

Q_SIGNALS:
    void operatorsChanged(const QList<wedsync::OperatorPresence> &operators);

private:
    void leave();
    void update();
    std::optional<qint64> appliedVersionFor(const QString &topic) const;

    RealtimeClient *m_realtime;
    QPointer<RealtimeChannel> m_channel;
    PresenceMeta m_meta;
    QHash<QString, qint64> m_applied; // organization id -> configuration version applied
    QList<OperatorPresence> m_operators;
};

} // namespace wedsync
