#include "fanout/PostgresFanOut.h"

#include "realtime/TopicMessageJson.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

constexpr int PruneIntervalMs = 60'000;
constexpr int DefaultPingIntervalMs = 5'000;
// Pings that may go unanswered before the listening connection is thought dead.
constexpr int MaxUnansweredPings = 2;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

PostgresFanOut::PostgresFanOut(DatabaseUrl url, const Clock &clock,
                               const RealtimeSettings &settings)
    : m_url(std::move(url))
    , m_clock(clock)
    , m_settings(settings)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_ownNotePrefix(u"{\"i\" : \""_s + m_instanceId + u'"')
{
    m_pruneTimer.setInterval(PruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] {
        if (auto pruned = prune(); !pruned)
            qCWarning(lcStorage) << "pruning realtime messages failed:" << pruned.error().message;
    });
    m_pingTimer.setInterval(DefaultPingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &PostgresFanOut::ping);
}

PostgresFanOut::~PostgresFanOut() = default;

Result<std::unique_ptr<PostgresFanOut>>
PostgresFanOut::open(const DatabaseUrl &url, const Clock &clock, const RealtimeSettings &settings)
{
    if (url.backend != DatabaseUrl::Backend::Postgresql)
        return Error {u"unsupported_backend"_s, u"Sharing realtime topics needs PostgreSQL."_s, {}};
    // Named, so that an operator can tell these connections apart in pg_stat_activity.
    DatabaseUrl named = url;
    if (!named.connectOptions.contains("application_name"_L1)) {
        named.connectOptions += (named.connectOptions.isEmpty() ? u""_s : u";"_s)
            + u"application_name="_s + QString(ApplicationName);
    }
    std::unique_ptr<PostgresFanOut> fanOut(new PostgresFanOut(named, clock, settings));
    auto writer = Database::open(named);
    if (!writer)
        return writer.error();
    fanOut->m_writer = std::move(writer).value();
    if (auto listening = fanOut->listen(); !listening)
        return listening.error();
    fanOut->m_pruneTimer.start();
    fanOut->m_pingTimer.start();
    return fanOut;
}

Status PostgresFanOut::listen()
{
    m_listening.reset();
    auto listening = Database::open(m_url);
    if (!listening)
        return listening.error();
    QSqlDriver *driver = listening.value()->connection().driver();
    if (!driver->subscribeToNotification(QString(Channel))) {
        return Error {
            u"database_unavailable"_s,
            u"Cannot LISTEN on %1: %2"_s.arg(QString(Channel), driver->lastError().text()),
            {}};
    }
    connect(driver, &QSqlDriver::notification, this, &PostgresFanOut::onNotification);
    m_listening = std::move(listening).value();
    m_unansweredPings = 0;
    return ok();
}

void PostgresFanOut::takePendingNotifications()
{
    if (!m_listening)
        return;
    // A notification committed before now may still be on its way: the listening backend sends
    // it when it next goes idle. One round trip settles that, since PostgreSQL (15 and later)
    // sends the notifications signalled to a backend before its ReadyForQuery; libpq keeps them
    // for the driver's slot below, which reads what the socket holds (it does not block).
    QSqlQuery roundTrip(m_listening->connection());
    if (!roundTrip.exec(u"SELECT 1"_s))
        qCWarning(lcStorage) << "the realtime LISTEN connection did not answer:"
                             << roundTrip.lastError().text();
    QSqlDriver *driver = m_listening->connection().driver();
    QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::DirectConnection);
}

void PostgresFanOut::setPingIntervalMs(int ms)
{
    m_pingTimer.setInterval(std::max(10, ms));
}

void PostgresFanOut::ping()
{
    if (m_unansweredPings >= MaxUnansweredPings) {
        qCWarning(lcStorage) << "the realtime LISTEN connection went silent; reopening it";
        if (auto reopened = listen(); !reopened) {
            qCWarning(lcStorage) << "cannot reopen it:" << reopened.error().message;
            return; // the next tick tries again
        }
        Q_EMIT listeningReopened();
    }
    ++m_unansweredPings;
    if (auto ready = ensureWriter(); !ready)
        return;
    SqlQuery q(*m_writer, u"SELECT pg_notify(:channel, :payload)"_s);
    q.bind(u":channel"_s, QString(Channel))
        .bind(u":payload"_s, QString::fromUtf8(compact(QJsonObject {{u"ping"_s, m_instanceId}})));
    if (auto sent = q.exec(u"pinging the realtime channel"_s); !sent) {
        m_writerSuspect = true;
        qCDebug(lcStorage) << "realtime ping failed:" << sent.error().message;
    }
}

Result<TopicHistory> PostgresFanOut::openTopicOnce(const QString &wireTopic, qint64 startSeq)
{
    // The first instance to use a topic fixes where its stream starts; the others continue it.
    SqlQuery create(*m_writer,
                    u"INSERT INTO realtime_topic_seq (topic, last_seq) VALUES (:topic, :start)"
                    " ON CONFLICT (topic) DO NOTHING"_s);
    create.bind(u":topic"_s, wireTopic).bind(u":start"_s, startSeq);
    if (auto done = create.exec(u"creating a realtime stream"_s); !done)
        return done.error();
    SqlQuery head(*m_writer, u"SELECT last_seq FROM realtime_topic_seq WHERE topic = :topic"_s);
    head.bind(u":topic"_s, wireTopic);
    if (auto done = head.exec(u"reading a realtime stream"_s); !done)
        return done.error();
    if (!head.next())
        return Error {u"storage_error"_s, u"The realtime stream %1 vanished."_s.arg(wireTopic), {}};
    TopicHistory history;
    history.lastSeq = head.value(0).toLongLong();
    auto retained = readMessages(wireTopic, history.lastSeq - m_settings.retentionCount,
                                 history.lastSeq + 1, m_settings.retentionCount);
    if (!retained)
        return retained.error();
    history.retained = std::move(retained).value();
    return history;
}

Result<std::vector<qint64>> PostgresFanOut::publishAllOnce(const std::vector<Outgoing> &messages)
{
    // One statement, so one round trip and one transaction (autocommit) whatever the batch:
    // the numbering, the storing and the notifying (a PATCH publishes seven messages on three
    // topics).
    QJsonArray rows;
    for (const Outgoing &outgoing : messages) {
        rows.append(QJsonObject {
            {u"n"_s, qint64(rows.size())},
            {u"topic"_s, outgoing.wireTopic},
            {u"message"_s,
             QString::fromUtf8(compact(TopicMessageJson::toJson(outgoing.message, m_instanceId)))},
            {u"at"_s,
             sql::timestamp(QDateTime::fromMSecsSinceEpoch(outgoing.message.atMs, Qt::UTC))}});
    }
    // `c`: each topic's count. `bumped`: each topic's counter raised once by its count, in one
    // order (the ORDER BY) on every server: the row locks are held until the statement commits,
    // so a concurrent publisher on the same topic waits (numbers are committed, and notified, in
    // order) and concurrent batches cannot lock crosswise. A new topic starts at `fresh` + its
    // count; an existing one goes up by `last_seq - fresh` of the row that was not inserted,
    // that is by its count. `m`: the k-th message of a topic takes the k-th of its new numbers.
    // Every INSERT in WITH runs once and to completion whether or not the SELECT reads it; the
    // notifications go out in the order given (ORDER BY n: the SELECT list is evaluated after
    // the sort, and PostgreSQL delivers a transaction's notifications in the order they were
    // sent), so peers see each topic's numbers rising. A notification is {"i", "t", "m", "s"}:
    // the message itself only when it fits (topic names are short, so the envelope adds well
    // under a kilobyte), otherwise the peer reads the stored row.
    SqlQuery publish(
        *m_writer,
        u"WITH r AS (SELECT * FROM json_to_recordset(CAST(:rows AS json))"
        " AS r(n integer, topic text, message text, at text)),"
        " c AS (SELECT topic, count(*) AS count FROM r GROUP BY topic),"
        " bumped AS (INSERT INTO realtime_topic_seq (topic, last_seq)"
        " SELECT c.topic, :fresh + c.count FROM c ORDER BY c.topic"
        " ON CONFLICT (topic) DO UPDATE SET last_seq = realtime_topic_seq.last_seq"
        " + (EXCLUDED.last_seq - :freshAgain) RETURNING topic, last_seq),"
        " m AS (SELECT r.n, r.topic, r.message, r.at, b.last_seq - c.count"
        " + row_number() OVER (PARTITION BY r.topic ORDER BY r.n) AS seq"
        " FROM r JOIN c ON c.topic = r.topic JOIN bumped b ON b.topic = r.topic),"
        " stored AS (INSERT INTO realtime_messages (topic, seq, message, created_at)"
        " SELECT topic, seq, message, at FROM m)"
        " SELECT m.n, m.seq, pg_notify(:channel,"
        " left(json_build_object('i', CAST(:instance AS text), 't', m.topic)::text, -1)"
        " || CASE WHEN octet_length(m.message) + octet_length(m.topic) + 200 <= :inlineLimit"
        " THEN ', \"m\": ' || m.message ELSE '' END"
        " || ', \"s\": \"' || m.seq || '\"}') FROM m ORDER BY m.n"_s);
    const qint64 fresh = m_clock.now().toMSecsSinceEpoch() * 1000;
    publish.bind(u":rows"_s, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)))
        .bind(u":fresh"_s, fresh)
        .bind(u":freshAgain"_s, fresh)
        .bind(u":channel"_s, QString(Channel))
        .bind(u":instance"_s, m_instanceId)
        .bind(u":inlineLimit"_s, qint64(MaxInlineBytes));
    if (auto done = publish.exec(u"publishing realtime messages"_s); !done)
        return done.error();
    std::vector<qint64> seqs(messages.size(), 0);
    qsizetype numbered = 0;
    while (publish.next()) {
        const qint64 n = publish.value(0).toLongLong();
        if (n < 0 || n >= qint64(seqs.size()))
            return Error {u"storage_error"_s, u"An unasked realtime message was numbered."_s, {}};
        seqs[size_t(n)] = publish.value(1).toLongLong();
        ++numbered;
    }
    if (numbered != qsizetype(messages.size()))
        return Error {u"storage_error"_s, u"A realtime message was not numbered."_s, {}};
    return seqs;
}

Result<std::vector<TopicMessage>> PostgresFanOut::between(const QString &wireTopic, qint64 afterSeq,
                                                          qint64 beforeSeq)
{
    if (auto ready = ensureWriter(); !ready)
        return ready.error();
    return checked(readMessages(wireTopic, afterSeq, beforeSeq, m_settings.retentionCount));
}

Result<TopicHistory> PostgresFanOut::openTopic(const QString &wireTopic, qint64 startSeq)
{
    if (auto ready = ensureWriter(); !ready)
        return ready.error();
    return checked(openTopicOnce(wireTopic, startSeq));
}

Result<qint64> PostgresFanOut::publish(const QString &wireTopic, const TopicMessage &message)
{
    auto seqs = publishAll({Outgoing {wireTopic, message}});
    if (!seqs)
        return seqs.error();
    return seqs->front();
}

Result<std::vector<qint64>> PostgresFanOut::publishAll(const std::vector<Outgoing> &messages)
{
    if (messages.empty())
        return std::vector<qint64>();
    // The first statement after the database came back finds the old connection dead (nothing
    // was committed on it); once more on a fresh one, so no message is lost.
    for (int attempt = 0;; ++attempt) {
        if (auto ready = ensureWriter(); !ready)
            return ready.error();
        auto seqs = checked(publishAllOnce(messages));
        if (seqs || attempt > 0 || !m_writerSuspect)
            return seqs;
    }
}

Status PostgresFanOut::ensureWriter()
{
    if (!m_writerSuspect)
        return ok();
    // A statement failed: after a database restart or failover QPSQL never reconnects by
    // itself, so a connection that cannot answer SELECT 1 is replaced.
    if (m_writer->execute(u"SELECT 1"_s)) {
        m_writerSuspect = false;
        return ok();
    }
    auto reopened = Database::open(m_url);
    if (!reopened)
        return reopened.error();
    qCWarning(lcStorage) << "reopened the realtime statement connection";
    m_writer = std::move(reopened).value();
    m_writerSuspect = false;
    return ok();
}

Result<std::vector<TopicMessage>>
PostgresFanOut::readMessages(const QString &wireTopic, qint64 afterSeq, qint64 beforeSeq, int limit)
{
    std::vector<TopicMessage> out;
    if (limit <= 0 || beforeSeq - afterSeq <= 1)
        return out;
    // The newest `limit` of the range: when not all fit, what is kept must end at the head.
    const QDateTime oldest = m_clock.now().addMSecs(-m_settings.retentionAgeMs);
    SqlQuery q(*m_writer,
               u"SELECT seq, message FROM realtime_messages"
               " WHERE topic = :topic AND seq > :after AND seq < :before"
               " AND created_at >= :oldest ORDER BY seq DESC LIMIT :limit"_s);
    q.bind(u":topic"_s, wireTopic)
        .bind(u":after"_s, afterSeq)
        .bind(u":before"_s, beforeSeq)
        .bind(u":oldest"_s, sql::timestamp(oldest))
        .bind(u":limit"_s, limit);
    if (auto done = q.exec(u"reading realtime messages"_s); !done)
        return done.error();
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        auto message = TopicMessageJson::fromJson(
            QJsonDocument::fromJson(q.text(1).toUtf8()).object(), seq, m_instanceId);
        if (!message) {
            qCWarning(lcStorage) << "skipping realtime message" << wireTopic << seq << ":"
                                 << message.error().message;
            continue;
        }
        out.push_back(std::move(message).value());
    }
    std::reverse(out.begin(), out.end());
    return out;
}

void PostgresFanOut::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    Q_UNUSED(source);
    if (name != Channel)
        return;
    const QString text = payload.toString();
    // Our own messages were delivered here when they were published: several a write, up to
    // MaxInlineBytes each, dropped before they are parsed (the check after the parse stays).
    if (text.startsWith(m_ownNotePrefix))
        return;
    const QJsonObject note = QJsonDocument::fromJson(text.toUtf8()).object();
    // Written by the triggers of migration 4 when a user's access changes, on any instance.
    if (note.contains("revoke"_L1)) {
        const QString userId = note.value("revoke"_L1).toString();
        Q_EMIT accessChanged(userId);
        if (m_listener)
            m_listener->accessChanged(userId);
        return;
    }
    if (note.contains("ping"_L1)) {
        if (note.value("ping"_L1).toString() == m_instanceId)
            m_unansweredPings = 0;
        return;
    }
    // Ours too, should the notification be laid out otherwise.
    if (note.value("i"_L1).toString() == m_instanceId || !m_listener)
        return;
    const QString topic = note.value("t"_L1).toString();
    bool numeric = false;
    const qint64 seq = note.value("s"_L1).toString().toLongLong(&numeric);
    if (topic.isEmpty() || !numeric) {
        qCWarning(lcStorage) << "ignoring a malformed realtime notification";
        return;
    }
    if (note.contains("m"_L1)) {
        auto message = TopicMessageJson::fromJson(note.value("m"_L1).toObject(), seq, m_instanceId);
        if (message) {
            m_listener->deliverShared(topic, std::move(message).value());
            return;
        }
        qCWarning(lcStorage) << "ignoring a malformed realtime notification:"
                             << message.error().message;
        return;
    }
    // Too large to travel inline: read it from the table.
    auto stored = readMessages(topic, seq - 1, seq + 1, 1);
    if (!stored || stored->empty()) {
        qCWarning(lcStorage) << "realtime message" << topic << seq << "is not readable";
        return;
    }
    m_listener->deliverShared(topic, std::move(stored->front()));
}

Status PostgresFanOut::prune()
{
    if (auto ready = ensureWriter(); !ready)
        return ready;
    return checked(pruneOnce());
}

Status PostgresFanOut::pruneOnce()
{
    const QDateTime oldest = m_clock.now().addMSecs(-m_settings.retentionAgeMs);
    SqlQuery byAge(*m_writer, u"DELETE FROM realtime_messages WHERE created_at < :oldest"_s);
    byAge.bind(u":oldest"_s, sql::timestamp(oldest));
    if (auto done = byAge.exec(u"pruning old realtime messages"_s); !done)
        return done;
    SqlQuery byCount(*m_writer,
                     u"DELETE FROM realtime_messages WHERE seq <= (SELECT s.last_seq FROM"
                     " realtime_topic_seq s WHERE s.topic = realtime_messages.topic) - :count"_s);
    byCount.bind(u":count"_s, m_settings.retentionCount);
    return byCount.exec(u"pruning realtime messages beyond retention"_s);
}

} // namespace wedsync::server
