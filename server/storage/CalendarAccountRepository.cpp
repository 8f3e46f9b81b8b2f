#include "storage/CalendarAccountRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns
    = u"id, organization_id, user_id, provider, name, server_url, username, calendars, direction,"
      " conflict_strategy, schedule_minutes, time_zone, status, status_message, running_since,"
      " last_sync_at, next_sync_at, version, created_at, updated_at"_s;

CalendarAccount readAccount(const SqlQuery &q)
{
    CalendarAccount a;
    a.id = q.text(0);
    a.organizationId = q.text(1);
    a.userId = q.text(2);
    a.provider = q.text(3);
    a.name = q.text(4);
    a.serverUrl = q.text(5);
    a.username = q.text(6);
    a.calendars = sql::toStringList(q.value(7));
    a.direction = q.text(8);
    a.conflictStrategy = q.text(9);
    a.scheduleMinutes = q.value(10).toInt();
    a.timeZone = q.text(11);
    a.status = q.text(12);
    a.statusMessage = q.text(13);
    a.runningSince = sql::toDateTime(q.value(14));
    a.lastSyncAt = sql::toDateTime(q.value(15));
    a.nextSyncAt = sql::toDateTime(q.value(16));
    a.version = q.value(17).toLongLong();
    a.createdAt = sql::toDateTime(q.value(18));
    a.updatedAt = sql::toDateTime(q.value(19));
    return a;
}

void bindSettings(SqlQuery &q, const CalendarAccount &a)
{
    q.bind(u":name"_s, a.name)
        .bind(u":url"_s, sql::text(a.serverUrl))
        .bind(u":username"_s, sql::text(a.username))
        .bind(u":calendars"_s, sql::jsonText(a.calendars))
        .bind(u":direction"_s, a.direction)
        .bind(u":strategy"_s, a.conflictStrategy)
        .bind(u":minutes"_s, a.scheduleMinutes)
        .bind(u":zone"_s, a.timeZone)
        .bind(u":status"_s, a.status)
        .bind(u":message"_s, sql::text(a.statusMessage));
}

Error notFound()
{
    return Error {u"not_found"_s, u"The calendar account was not found."_s, {}};
}

} // namespace

CalendarAccountRepository::CalendarAccountRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<CalendarAccount> CalendarAccountRepository::create(CalendarAccount a)
{
    a.id = ids::create();
    a.version = 1;
    a.createdAt = a.updatedAt = m_clock.now();
    a.nextSyncAt = a.createdAt;
    SqlQuery q(m_db,
               u"INSERT INTO calendar_accounts (id, organization_id, user_id, provider, name,"
               " server_url, username, calendars, direction, conflict_strategy, schedule_minutes,"
               " time_zone, status, status_message, next_sync_at, version, created_at, updated_at)"
               " VALUES (:id, :org, :user, :provider, :name, :url, :username, :calendars,"
               " :direction, :strategy, :minutes, :zone, :status, :message, :next, 1, :now,"
               " :now2)"_s);
    q.bind(u":id"_s, a.id)
        .bind(u":org"_s, a.organizationId)
        .bind(u":user"_s, a.userId)
        .bind(u":provider"_s, a.provider)
        .bind(u":next"_s, sql::timestamp(a.nextSyncAt))
        .bind(u":now"_s, sql::timestamp(a.createdAt))
        .bind(u":now2"_s, sql::timestamp(a.createdAt));
    bindSettings(q, a);
    if (auto done = q.exec(u"storing a calendar account"_s); !done)
        return done.error();
    return a;
}

Result<std::optional<CalendarAccount>>
CalendarAccountRepository::find(const QString &organizationId, const QString &userId,
                                const QString &id)
{
    if (!ids::isUuid(id))
        return std::optional<CalendarAccount>();
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM calendar_accounts WHERE id = :id AND organization_id = :org"
                     " AND user_id = :user"_s);
    q.bind(u":id"_s, ids::normalized(id)).bind(u":org"_s, organizationId).bind(u":user"_s, userId);
    if (auto done = q.exec(u"reading a calendar account"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<CalendarAccount>();
    return std::optional<CalendarAccount>(readAccount(q));
}

Result<std::optional<CalendarAccount>> CalendarAccountRepository::findById(const QString &id)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM calendar_accounts WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a calendar account"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<CalendarAccount>();
    return std::optional<CalendarAccount>(readAccount(q));
}

Result<QList<CalendarAccount>> CalendarAccountRepository::list(const QString &organizationId,
                                                               const QString &userId)
{
    const QString scope = organizationId.isEmpty() ? QString() : u" AND organization_id = :org"_s;
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM calendar_accounts WHERE user_id = :user"_s + scope
                   + u" ORDER BY created_at, id"_s);
    q.bind(u":user"_s, userId);
    if (!organizationId.isEmpty())
        q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"listing calendar accounts"_s); !done)
        return done.error();
    QList<CalendarAccount> accounts;
    while (q.next())
        accounts << readAccount(q);
    return accounts;
}

Result<CalendarAccount> CalendarAccountRepository::update(const CalendarAccount &account,
                                                          qint64 expectedVersion)
{
    CalendarAccount a = account;
    a.updatedAt = m_clock.now();
    a.version = expectedVersion + 1;
    SqlQuery q(m_db,
               u"UPDATE calendar_accounts SET name = :name, server_url = :url,"
               " username = :username, calendars = :calendars, direction = :direction,"
               " conflict_strategy = :strategy, schedule_minutes = :minutes, time_zone = :zone,"
               " status = :status, status_message = :message, version = version + 1,"
               " updated_at = :now WHERE id = :id AND organization_id = :org AND user_id = :user"
               " AND version = :expected"_s);
    bindSettings(q, a);
    q.bind(u":now"_s, sql::timestamp(a.updatedAt))
        .bind(u":id"_s, a.id)
        .bind(u":org"_s, a.organizationId)
        .bind(u":user"_s, a.userId)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"updating a calendar account"_s); !done)
        return done.error();
    if (q.rowsAffected() == 1)
        return a;
    auto current = find(a.organizationId, a.userId, a.id);
    if (!current)
        return current.error();
    if (!current.value())
        return notFound();
    return Error {u"version_conflict"_s, u"The calendar account was changed meanwhile."_s, {}};
}

Result<bool> CalendarAccountRepository::remove(const QString &organizationId, const QString &userId,
                                               const QString &id)
{
    SqlQuery q(m_db,
               u"DELETE FROM calendar_accounts WHERE id = :id AND organization_id = :org"
               " AND user_id = :user"_s);
    q.bind(u":id"_s, id).bind(u":org"_s, organizationId).bind(u":user"_s, userId);
    if (auto done = q.exec(u"deleting a calendar account"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

Status CalendarAccountRepository::storeCredentials(const QString &id, const QByteArray &sealed)
{
    SqlQuery del(m_db, u"DELETE FROM calendar_account_credentials WHERE account_id = :id"_s);
    del.bind(u":id"_s, id);
    if (auto done = del.exec(u"replacing calendar credentials"_s); !done)
        return done;
    SqlQuery q(m_db,
               u"INSERT INTO calendar_account_credentials (account_id, sealed, updated_at)"
               " VALUES (:id, :sealed, :now)"_s);
    q.bind(u":id"_s, id).bind(u":sealed"_s, sealed).bind(u":now"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"storing calendar credentials"_s);
}

Result<QByteArray> CalendarAccountRepository::credentials(const QString &id)
{
    SqlQuery q(m_db, u"SELECT sealed FROM calendar_account_credentials WHERE account_id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading calendar credentials"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<bool> CalendarAccountRepository::claimRun(const QString &id, int staleSecs)
{
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db,
               u"UPDATE calendar_accounts SET running_since = :now WHERE id = :id"
               " AND (running_since IS NULL OR running_since < :stale)"_s);
    q.bind(u":now"_s, sql::timestamp(now))
        .bind(u":id"_s, id)
        .bind(u":stale"_s, sql::timestamp(now.addSecs(-staleSecs)));
    if (auto done = q.exec(u"starting a calendar sync"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

Status CalendarAccountRepository::finishRun(const QString &id, const QString &status,
                                            const QString &message)
{
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db,
               u"UPDATE calendar_accounts SET running_since = NULL, status = :status,"
               " status_message = :message, last_sync_at = :now,"
               " next_sync_at = :next WHERE id = :id"_s);
    // The next sync is schedule_minutes away; computed here to stay portable.
    auto account = findById(id);
    if (!account)
        return account.error();
    const int minutes = account.value() ? account.value()->scheduleMinutes : 15;
    q.bind(u":status"_s, status)
        .bind(u":message"_s, sql::text(message.left(1000)))
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":next"_s, sql::timestamp(now.addSecs(qint64(minutes) * 60)))
        .bind(u":id"_s, id);
    return q.exec(u"ending a calendar sync"_s);
}

Status CalendarAccountRepository::releaseRun(const QString &id)
{
    SqlQuery q(m_db, u"UPDATE calendar_accounts SET running_since = NULL WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.exec(u"releasing a calendar account"_s);
}

Result<std::optional<CalendarAccount>> CalendarAccountRepository::setStatus(const QString &id,
                                                                            const QString &status,
                                                                            const QString &message)
{
    SqlQuery q(m_db,
               u"UPDATE calendar_accounts SET status = :status, status_message = :message,"
               " version = version + 1, updated_at = :now WHERE id = :id"_s);
    q.bind(u":status"_s, status)
        .bind(u":message"_s, sql::text(message.left(1000)))
        .bind(u":now"_s, sql::timestamp(m_clock.now()))
        .bind(u":id"_s, id);
    if (auto done = q.exec(u"changing a calendar account's status"_s); !done)
        return done.error();
    return findById(id);
}

Result<QStringList> CalendarAccountRepository::due()
{
    SqlQuery q(m_db,
               u"SELECT id FROM calendar_accounts WHERE next_sync_at <= :now"
               " AND running_since IS NULL AND status <> 'disconnected'"
               " ORDER BY next_sync_at LIMIT 50"_s);
    q.bind(u":now"_s, sql::timestamp(m_clock.now()));
    if (auto done = q.exec(u"finding due calendar syncs"_s); !done)
        return done.error();
    QStringList found;
    while (q.next())
        found << q.text(0);
    return found;
}

} // namespace wedsync::server
