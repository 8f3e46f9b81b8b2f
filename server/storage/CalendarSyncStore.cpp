#include "storage/CalendarSyncStore.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

CalendarSyncStore::CalendarSyncStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QList<EventMapping>> CalendarSyncStore::mappings(const QString &accountId)
{
    SqlQuery q(m_db,
               u"SELECT calendar_href, appointment_id, href, etag, uid, synced_hash, synced_json,"
               " synced_ics, synced_at, conflict_id FROM calendar_event_mappings"
               " WHERE account_id = :account ORDER BY href"_s);
    q.bind(u":account"_s, accountId);
    if (auto done = q.exec(u"reading event mappings"_s); !done)
        return done.error();
    QList<EventMapping> found;
    while (q.next()) {
        EventMapping m;
        m.accountId = accountId;
        m.calendarHref = q.text(0);
        m.appointmentId = q.text(1);
        m.href = q.text(2);
        m.etag = q.text(3);
        m.uid = q.text(4);
        m.syncedHash = q.text(5);
        m.syncedJson = sql::toJsonObject(q.value(6));
        m.syncedIcs = q.text(7).toUtf8();
        m.syncedAt = sql::toDateTime(q.value(8));
        m.conflictId = q.text(9);
        found << m;
    }
    return found;
}

Status CalendarSyncStore::saveMapping(const EventMapping &m)
{
    // The mapping replaces any that holds one of its three keys: a DELETE per key, each on its
    // own unique index (one DELETE with ORs reads every mapping of the account).
    Transaction tx(m_db);
    const std::pair<QString, QList<std::pair<QString, QString>>> keys[] {
        {u"href = :a"_s, {{u":a"_s, m.href}}},
        {u"appointment_id = :a"_s, {{u":a"_s, m.appointmentId}}},
        {u"calendar_href = :a AND uid = :b"_s, {{u":a"_s, m.calendarHref}, {u":b"_s, m.uid}}},
    };
    for (const auto &[where, values] : keys) {
        SqlQuery del(m_db,
                     u"DELETE FROM calendar_event_mappings WHERE account_id = :account AND "_s
                         + where);
        del.bind(u":account"_s, m.accountId);
        for (const auto &[name, value] : values)
            del.bind(name, value);
        if (auto done = del.exec(u"replacing an event mapping"_s); !done)
            return done;
    }
    SqlQuery q(m_db,
               u"INSERT INTO calendar_event_mappings (account_id, calendar_href, appointment_id,"
               " href, etag, uid, synced_hash, synced_json, synced_ics, synced_at, conflict_id)"
               " VALUES (:account, :calendar, :appointment, :href, :etag, :uid, :hash, :json,"
               " :ics, :at, :conflict)"_s);
    q.bind(u":account"_s, m.accountId)
        .bind(u":calendar"_s, m.calendarHref)
        .bind(u":appointment"_s, m.appointmentId)
        .bind(u":href"_s, m.href)
        .bind(u":etag"_s, sql::text(m.etag))
        .bind(u":uid"_s, m.uid)
        .bind(u":hash"_s, m.syncedHash)
        .bind(u":json"_s, sql::jsonText(m.syncedJson))
        .bind(u":ics"_s, QString::fromUtf8(m.syncedIcs))
        .bind(u":at"_s, sql::timestamp(m_clock.now()))
        .bind(u":conflict"_s, sql::nullableText(m.conflictId));
    if (auto done = q.exec(u"storing an event mapping"_s); !done)
        return done;
    return tx.commit();
}

Status CalendarSyncStore::removeMapping(const QString &accountId, const QString &href)
{
    SqlQuery q(m_db,
               u"DELETE FROM calendar_event_mappings WHERE account_id = :account"
               " AND href = :href"_s);
    q.bind(u":account"_s, accountId).bind(u":href"_s, href);
    return q.exec(u"removing an event mapping"_s);
}

Result<CalendarSyncState> CalendarSyncStore::state(const QString &accountId,
                                                   const QString &calendarHref)
{
    SqlQuery q(m_db,
               u"SELECT sync_token, ctag FROM calendar_sync_state WHERE account_id = :account"
               " AND calendar_href = :calendar"_s);
    q.bind(u":account"_s, accountId).bind(u":calendar"_s, calendarHref);
    if (auto done = q.exec(u"reading a calendar's sync state"_s); !done)
        return done.error();
    CalendarSyncState s;
    if (q.next()) {
        s.syncToken = q.text(0);
        s.ctag = q.text(1);
    }
    return s;
}

Status CalendarSyncStore::saveState(const QString &accountId, const QString &calendarHref,
                                    const CalendarSyncState &s)
{
    SqlQuery del(m_db,
                 u"DELETE FROM calendar_sync_state WHERE account_id = :account"
                 " AND calendar_href = :calendar"_s);
    del.bind(u":account"_s, accountId).bind(u":calendar"_s, calendarHref);
    if (auto done = del.exec(u"replacing a calendar's sync state"_s); !done)
        return done;
    SqlQuery q(m_db,
               u"INSERT INTO calendar_sync_state (account_id, calendar_href, sync_token, ctag,"
               " updated_at) VALUES (:account, :calendar, :token, :ctag, :now)"_s);
    q.bind(u":account"_s, accountId)
        .bind(u":calendar"_s, calendarHref)
        .bind(u":token"_s, sql::nullableText(s.syncToken))
        .bind(u":ctag"_s, sql::nullableText(s.ctag))
        .bind(u":now"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"storing a calendar's sync state"_s);
}

Result<CalendarSyncLog> CalendarSyncStore::startLog(const QString &accountId)
{
    CalendarSyncLog log;
    log.id = ids::create();
    log.accountId = accountId;
    log.startedAt = m_clock.now();
    SqlQuery q(m_db,
               u"INSERT INTO calendar_sync_log (id, account_id, started_at, status, errors)"
               " VALUES (:id, :account, :at, 'running', :errors)"_s);
    q.bind(u":id"_s, log.id)
        .bind(u":account"_s, accountId)
        .bind(u":at"_s, sql::timestamp(log.startedAt))
        .bind(u":errors"_s, sql::jsonText(QStringList()));
    if (auto done = q.exec(u"starting a sync log line"_s); !done)
        return done.error();
    return log;
}

Status CalendarSyncStore::finishLog(const CalendarSyncLog &log)
{
    SqlQuery q(m_db,
               u"UPDATE calendar_sync_log SET finished_at = :at, status = :status,"
               " pulled = :pulled, pushed = :pushed, conflicts = :conflicts, errors = :errors,"
               " duration_ms = :ms WHERE id = :id"_s);
    q.bind(u":at"_s, sql::timestamp(log.finishedAt))
        .bind(u":status"_s, log.status)
        .bind(u":pulled"_s, log.pulled)
        .bind(u":pushed"_s, log.pushed)
        .bind(u":conflicts"_s, log.conflicts)
        .bind(u":errors"_s, sql::jsonText(log.errors))
        .bind(u":ms"_s, log.durationMs)
        .bind(u":id"_s, log.id);
    return q.exec(u"finishing a sync log line"_s);
}

Result<QList<CalendarSyncLog>> CalendarSyncStore::logs(const QString &accountId, int limit)
{
    SqlQuery q(m_db,
               u"SELECT id, started_at, finished_at, status, pulled, pushed, conflicts, errors,"
               " duration_ms FROM calendar_sync_log WHERE account_id = :account"
               " ORDER BY started_at DESC, id DESC LIMIT :limit"_s);
    q.bind(u":account"_s, accountId).bind(u":limit"_s, limit);
    if (auto done = q.exec(u"reading the sync log"_s); !done)
        return done.error();
    QList<CalendarSyncLog> found;
    while (q.next()) {
        CalendarSyncLog l;
        l.id = q.text(0);
        l.accountId = accountId;
        l.startedAt = sql::toDateTime(q.value(1));
        l.finishedAt = sql::toDateTime(q.value(2));
        l.status = q.text(3);
        l.pulled = q.value(4).toInt();
        l.pushed = q.value(5).toInt();
        l.conflicts = q.value(6).toInt();
        l.errors = sql::toStringList(q.value(7));
        l.durationMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        found << l;
    }
    return found;
}

} // namespace wedsync::server
