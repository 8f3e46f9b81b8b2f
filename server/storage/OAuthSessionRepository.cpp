#include "storage/OAuthSessionRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace wedsync::server {

OAuthSessionRepository::OAuthSessionRepository(Database &db, Subject subject)
    : m_db(db)
    , m_table(subject == Subject::Integration ? u"oauth_sessions"_s : u"calendar_oauth_sessions"_s)
    , m_subjectColumn(subject == Subject::Integration ? u"integration_id"_s
                                                      : u"calendar_account_id"_s)
{ }

QString OAuthSessionRepository::hashState(const QString &state)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(state.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status OAuthSessionRepository::insert(const OAuthSessionRow &row, const QDateTime &now)
{
    SqlQuery purge(
        m_db,
        u"DELETE FROM %1 WHERE %2 = :subject"
        " AND (expires_at < :now OR used_at IS NOT NULL)"_s.arg(m_table, m_subjectColumn));
    purge.bind(u":subject"_s, row.subjectId).bind(u":now"_s, sql::timestamp(now));
    if (auto done = purge.exec(u"removing finished OAuth sign-ins"_s); !done)
        return done;
    SqlQuery q(m_db,
               u"INSERT INTO %1 (id, organization_id, %2, state_hash,"
               " sealed_verifier, redirect_uri, created_by, created_at, expires_at)"
               " VALUES (:id, :org, :subject, :state, :verifier, :redirect, :by, :at,"
               " :expires)"_s.arg(m_table, m_subjectColumn));
    q.bind(u":id"_s, row.id)
        .bind(u":org"_s, row.organizationId)
        .bind(u":subject"_s, row.subjectId)
        .bind(u":state"_s, row.stateHash)
        .bind(u":verifier"_s, row.sealedVerifier)
        .bind(u":redirect"_s, row.redirectUri)
        .bind(u":by"_s,
              row.createdBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(row.createdBy))
        .bind(u":at"_s, sql::timestamp(row.createdAt))
        .bind(u":expires"_s, sql::timestamp(row.expiresAt));
    return q.exec(u"starting an OAuth sign-in"_s);
}

Result<std::optional<OAuthSessionRow>> OAuthSessionRepository::findByState(const QString &state)
{
    SqlQuery q(m_db,
               u"SELECT id, organization_id, %2, state_hash, sealed_verifier,"
               " redirect_uri, created_by, created_at, expires_at, used_at FROM %1"
               " WHERE state_hash = :state"_s.arg(m_table, m_subjectColumn));
    q.bind(u":state"_s, hashState(state));
    if (auto done = q.exec(u"finding an OAuth sign-in"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<OAuthSessionRow>();
    OAuthSessionRow row;
    row.id = ids::normalized(q.text(0));
    row.organizationId = ids::normalized(q.text(1));
    row.subjectId = ids::normalized(q.text(2));
    row.stateHash = q.text(3);
    row.sealedVerifier = q.value(4).toByteArray();
    row.redirectUri = q.text(5);
    row.createdBy = q.text(6);
    row.createdAt = sql::toDateTime(q.value(7));
    row.expiresAt = sql::toDateTime(q.value(8));
    if (!q.value(9).isNull())
        row.usedAt = sql::toDateTime(q.value(9));
    return std::optional<OAuthSessionRow>(row);
}

Result<bool> OAuthSessionRepository::take(const QString &id, const QDateTime &now)
{
    SqlQuery q(m_db,
               u"UPDATE %1 SET used_at = :now WHERE id = :id AND used_at IS NULL"_s.arg(m_table));
    q.bind(u":now"_s, sql::timestamp(now)).bind(u":id"_s, id);
    if (auto done = q.exec(u"taking an OAuth sign-in"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

} // namespace wedsync::server
