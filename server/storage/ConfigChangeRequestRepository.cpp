#include "storage/ConfigChangeRequestRepository.h"

#include "auth/ConfigSecrets.h"
#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Select
    = u"SELECT id, scope_key, setting_type, status, author_id, approver_id, payload,"
      " base_version, summary, applied_version, version, created_at, decided_at"
      " FROM config_change_requests"_s;

SqlFilter filterOf(const ConfigChangeRequestRepository::Filter &filter)
{
    SqlFilter out;
    if (filter.organizationId.isEmpty())
        out.term(u"organization_id IS NULL"_s);
    else
        out.compare(u"organization_id"_s, u"="_s, filter.organizationId);
    out.equalsIfSet(u"status"_s, filter.status);
    if (filter.beforeAt.isValid() && !filter.beforeId.isEmpty())
        out.before(u"created_at"_s, u"id"_s, sql::timestamp(filter.beforeAt), filter.beforeId);
    return out;
}

} // namespace

ConfigChangeRequestRepository::ConfigChangeRequestRepository(Database &db, const Clock &clock,
                                                             const ConfigSecrets &secrets)
    : m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
{ }

ConfigChangeRequest ConfigChangeRequestRepository::readRequest(const SqlQuery &q) const
{
    ConfigChangeRequest r;
    r.id = q.text(0);
    const QString scopeKey = q.text(1);
    r.scope = configScopeFromKey(scopeKey).value_or(ConfigScope {});
    r.type = configSettingTypeFromName(q.text(2)).value_or(ConfigSettingType::Rbac);
    r.status = q.text(3);
    r.authorId = q.text(4);
    r.approverId = q.text(5);
    auto payload = m_secrets.open(scopeKey, r.type, sql::toJsonObject(q.value(6)));
    r.payload = std::move(payload.document);
    r.unreadableSecrets = std::move(payload.unreadable);
    r.baseVersion = q.value(7).toLongLong();
    r.summary = q.text(8);
    r.appliedVersion = q.value(9).toLongLong();
    r.version = q.value(10).toLongLong();
    r.createdAt = sql::toDateTime(q.value(11));
    r.decidedAt = sql::toDateTime(q.value(12));
    return r;
}

Result<ConfigChangeRequest> ConfigChangeRequestRepository::create(ConfigChangeRequest r)
{
    r.id = ids::create();
    r.status = u"proposed"_s;
    r.version = 1;
    r.createdAt = m_clock.now();
    auto sealed = m_secrets.seal(r.scope.key(), r.type, r.payload);
    if (!sealed)
        return sealed.error();
    SqlQuery q(m_db,
               u"INSERT INTO config_change_requests (id, scope_key, layer, organization_id,"
               " setting_type, status, author_id, payload, base_version, summary, version,"
               " created_at) VALUES (:id, :scope, :layer, :org, :type, 'proposed', :author,"
               " :payload, :base, :summary, 1, :at)"_s);
    q.bind(u":id"_s, r.id)
        .bind(u":scope"_s, r.scope.key())
        .bind(u":layer"_s, configLayerName(r.scope.layer))
        .bind(u":org"_s, sql::nullableText(r.scope.organizationId))
        .bind(u":type"_s, configSettingTypeName(r.type))
        .bind(u":author"_s, sql::nullableText(r.authorId))
        .bind(u":payload"_s, sql::jsonText(sealed.value()))
        .bind(u":base"_s, r.baseVersion)
        .bind(u":summary"_s, sql::text(r.summary.left(500)))
        .bind(u":at"_s, sql::timestamp(r.createdAt));
    if (auto done = q.exec(u"proposing a configuration change"_s); !done)
        return done.error();
    return r;
}

Result<std::optional<ConfigChangeRequest>>
ConfigChangeRequestRepository::find(const QString &organizationId, const QString &id)
{
    SqlQuery q(m_db,
               Select
                   + (organizationId.isEmpty() ? u" WHERE id = :id AND organization_id IS NULL"_s
                                               : u" WHERE id = :id AND organization_id = :org"_s));
    q.bind(u":id"_s, id);
    if (!organizationId.isEmpty())
        q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading a change request"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<ConfigChangeRequest>();
    return std::optional<ConfigChangeRequest>(readRequest(q));
}

Result<ConfigChangeRequest>
ConfigChangeRequestRepository::decide(const ConfigChangeRequest &decided)
{
    ConfigChangeRequest out = decided;
    out.decidedAt = m_clock.now();
    out.version = decided.version + 1;
    SqlQuery q(m_db,
               u"UPDATE config_change_requests SET status = :status, approver_id = :approver,"
               " applied_version = :applied, version = version + 1, decided_at = :at"
               " WHERE id = :id AND status = 'proposed'"_s);
    q.bind(u":status"_s, out.status)
        .bind(u":approver"_s, sql::nullableText(out.approverId))
        .bind(u":applied"_s, out.appliedVersion > 0 ? QVariant(out.appliedVersion) : QVariant())
        .bind(u":at"_s, sql::timestamp(out.decidedAt))
        .bind(u":id"_s, out.id);
    if (auto done = q.exec(u"deciding a change request"_s); !done)
        return done.error();
    if (q.rowsAffected() == 0)
        return Error {u"conflict"_s, u"This change request has already been decided."_s, {}};
    return out;
}

Result<qint64> ConfigChangeRequestRepository::count(const Filter &filter)
{
    return filterOf(filter).count(m_db, u"config_change_requests"_s, u"counting change requests"_s);
}

Result<QList<ConfigChangeRequest>> ConfigChangeRequestRepository::query(const Filter &filter)
{
    return filterOf(filter).newestFirst(m_db, Select, filter.limit, filter.offset,
                                        u"reading change requests"_s,
                                        [this](const SqlQuery &q) { return readRequest(q); });
}

} // namespace wedsync::server
