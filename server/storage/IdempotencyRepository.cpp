#include "storage/IdempotencyRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonObject headersJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonObject {{u"headers"_s, list}};
}

QList<QPair<QByteArray, QByteArray>> headersFrom(const QJsonObject &object)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const QJsonArray list = object.value(u"headers"_s).toArray();
    for (const QJsonValue &pair : list) {
        const QJsonArray item = pair.toArray();
        if (item.size() == 2)
            out.append({item.at(0).toString().toLatin1(), item.at(1).toString().toLatin1()});
    }
    return out;
}

} // namespace

IdempotencyRepository::IdempotencyRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::optional<IdempotentAnswer>> IdempotencyRepository::find(const QString &userId,
                                                                    const QString &key)
{
    SqlQuery q(m_db,
               u"SELECT method, target, request_hash, status, response_body, response_headers,"
               " created_at, expires_at FROM idempotency_keys"
               " WHERE user_id = :user AND idempotency_key = :key AND expires_at > :now"_s);
    q.bind(u":user"_s, userId).bind(u":key"_s, key).bind(u":now"_s, sql::timestamp(m_clock.now()));
    if (auto done = q.exec(u"reading an idempotency key"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<IdempotentAnswer>();
    IdempotentAnswer answer;
    answer.userId = userId;
    answer.key = key;
    answer.method = q.text(0);
    answer.target = q.text(1);
    answer.requestHash = q.text(2);
    answer.status = q.value(3).toInt();
    answer.body = q.text(4).toUtf8();
    answer.headers = headersFrom(sql::toJsonObject(q.value(5)));
    answer.createdAt = sql::toDateTime(q.value(6));
    answer.expiresAt = sql::toDateTime(q.value(7));
    return std::optional<IdempotentAnswer>(std::move(answer));
}

Status IdempotencyRepository::insert(const IdempotentAnswer &answer)
{
    // An expired answer may still be there until the next purge: it no longer counts.
    SqlQuery old(m_db,
                 u"DELETE FROM idempotency_keys WHERE user_id = :user AND idempotency_key = :key"
                 " AND expires_at <= :now"_s);
    old.bind(u":user"_s, answer.userId)
        .bind(u":key"_s, answer.key)
        .bind(u":now"_s, sql::timestamp(m_clock.now()));
    if (auto done = old.exec(u"replacing an expired idempotency key"_s); !done)
        return done;
    SqlQuery q(m_db,
               u"INSERT INTO idempotency_keys (user_id, idempotency_key, method, target,"
               " request_hash, status, response_body, response_headers, created_at, expires_at)"
               " VALUES (:user, :key, :method, :target, :hash, :status, :body, :headers, :at,"
               " :expires)"_s);
    q.bind(u":user"_s, answer.userId)
        .bind(u":key"_s, answer.key)
        .bind(u":method"_s, answer.method)
        .bind(u":target"_s, answer.target)
        .bind(u":hash"_s, answer.requestHash)
        .bind(u":status"_s, answer.status)
        // A 204 has no body; the column is NOT NULL (a null QString would bind NULL).
        .bind(u":body"_s, answer.body.isEmpty() ? u""_s : QString::fromUtf8(answer.body))
        .bind(u":headers"_s, sql::jsonText(headersJson(answer.headers)))
        .bind(u":at"_s, sql::timestamp(answer.createdAt))
        .bind(u":expires"_s, sql::timestamp(answer.expiresAt));
    return q.exec(u"storing an idempotency key"_s);
}

Result<int> IdempotencyRepository::purgeExpired()
{
    SqlQuery q(m_db, u"DELETE FROM idempotency_keys WHERE expires_at <= :now"_s);
    q.bind(u":now"_s, sql::timestamp(m_clock.now()));
    if (auto done = q.exec(u"purging expired idempotency keys"_s); !done)
        return done.error();
    return q.rowsAffected();
}

} // namespace wedsync::server
