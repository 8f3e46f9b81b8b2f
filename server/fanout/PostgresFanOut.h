#pragma once
// Shares the realtime hub's topics between wedsync-server instances on one PostgreSQL
// database: one sequence per topic (realtime_topic_seq), the messages themselves
// (realtime_messages, for peers, large payloads and replay after a restart) and
// LISTEN/NOTIFY to tell the peers.
//
// publish() and publishAll() are one statement, and so one transaction: each topic's counter
// row is bumped with INSERT … ON CONFLICT … RETURNING, whose row lock makes a second publisher
// on the same topic wait until the first commits; the messages are stored and NOTIFY is queued. So
// commits, and with them notifications, come in sequence order per topic. A notification carries
// the message itself when it fits in PostgreSQL's 8000-byte payload, otherwise only (topic, seq)
// and the peer reads the row.
//
// It uses two connections of its own: one that LISTENs and one for its statements, so that
// neither the API's transactions nor a long query can hold a notification back. A ping it
// sends itself every few seconds proves the listening connection alive; a silent one is
// reopened (messages missed meanwhile are fetched by the hub when the next number jumps).
// After a failed statement the statement connection is checked and, if dead (a database
// restart or failover), reopened before the next use.

#include "Clock.h"
#include "realtime/RealtimeFanOut.h"
#include "realtime/RealtimeSettings.h"
#include "storage/Database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace wedsync::server {

class PostgresFanOut final
    : public QObject
    , public RealtimeFanOut
{
    Q_OBJECT

public:
    // The NOTIFY channel every instance listens on.
    static constexpr QLatin1StringView Channel {"wedsync_realtime"};
    // Notifications above this carry only a reference (PostgreSQL's limit is 8000 bytes).
    static constexpr qsizetype MaxInlineBytes = 7000;
    // The application_name of its connections, unless the database URL sets one.
    static constexpr QLatin1StringView ApplicationName {"wedsync-realtime"};

    // Opens both connections and starts listening. `url` must be a PostgreSQL URL whose
    // schema is migrated; `clock` must outlive this object.
    static Result<std::unique_ptr<PostgresFanOut>> open(const DatabaseUrl &url, const Clock &clock,
                                                        const RealtimeSettings &settings);
    ~PostgresFanOut() override;

    // Random per process: tells our own notifications from the peers'.
    const QString &instanceId() const { return m_instanceId; }

    void setListener(RealtimeFanOutListener *listener) override { m_listener = listener; }
    Result<TopicHistory> openTopic(const QString &wireTopic, qint64 startSeq) override;
    // A batch of one (publishAll).
    Result<qint64> publish(const QString &wireTopic, const TopicMessage &message) override;
    // One statement for all (one round trip): the topics' counters are bumped once each, in
    // the order of their names (so that two instances' batches lock them in the same order
    // and cannot deadlock), the messages numbered, stored and notified.
    Result<std::vector<qint64>> publishAll(const std::vector<Outgoing> &messages) override;
    Result<std::vector<TopicMessage>> between(const QString &wireTopic, qint64 afterSeq,
                                              qint64 beforeSeq) override;

    // Deletes stored messages older than the retention age or beyond the retention count of
    // their topic; a timer calls it once a minute.
    Status prune();

    // How often the listening connection pings itself, and after how many silent pings it is
    // reopened; tests shorten it.
    void setPingIntervalMs(int ms);

    // Handles the notifications that have reached the listening connection by now, without
    // waiting for the event loop to notice them: the operator cache runs it before each
    // lookup, so that a request never trusts a caller whose access change has arrived.
    void takePendingNotifications();

Q_SIGNALS:
    // A user's access changed (a session revoked, an account disabled, a membership or staff
    // kind changed or removed), on any instance: reported as the listener's accessChanged too.
    void accessChanged(const QString &userId);
    // The listening connection was reopened: access changes announced while it was away are
    // lost, so whoever relies on them (the operator cache) must start over.
    void listeningReopened();

private:
    PostgresFanOut(DatabaseUrl url, const Clock &clock, const RealtimeSettings &settings);
    Status listen();
    Status ensureWriter();
    // Marks the statement connection for a check when `result` failed.
    template<typename T> T checked(T result)
    {
        if (!result)
            m_writerSuspect = true;
        return result;
    }
    Result<TopicHistory> openTopicOnce(const QString &wireTopic, qint64 startSeq);
    Result<std::vector<qint64>> publishAllOnce(const std::vector<Outgoing> &messages);
    Status pruneOnce();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void ping();
    Result<std::vector<TopicMessage>> readMessages(const QString &wireTopic, qint64 afterSeq,
                                                   qint64 beforeSeq, int limit);

    DatabaseUrl m_url;
    const Clock &m_clock;
    const RealtimeSettings m_settings;
    const QString m_instanceId;
    // How our own messages' notifications begin (json_build_object's layout in publishAllOnce).
    const QString m_ownNotePrefix;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_listening;
    RealtimeFanOutListener *m_listener = nullptr;
    QTimer m_pruneTimer;
    QTimer m_pingTimer;
    int m_unansweredPings = 0;
    bool m_writerSuspect = false;
};

} // namespace wedsync::server
