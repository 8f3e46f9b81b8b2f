#include "storage/ConfigVersionRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

ConfigVersionRepository::ConfigVersionRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<qint64> ConfigVersionRepository::bump(const QString &organizationId)
{
    auto bumped = bumpAll({organizationId});
    if (!bumped)
        return bumped.error();
    return bumped->value(organizationId);
}

Result<QHash<QString, qint64>> ConfigVersionRepository::bumpAll(const QStringList &organizationIds)
{
    // One upsert, so that concurrent writers on PostgreSQL serialise on the row locks.
    const SqlRows upsert(m_db,
                         u"INSERT INTO organization_config_versions (organization_id,"
                         " config_version, updated_at) VALUES"_s,
                         u"(?, 1, ?)"_s,
                         u"ON CONFLICT (organization_id) DO UPDATE SET"
                         " config_version = organization_config_versions.config_version + 1,"
                         " updated_at = excluded.updated_at"
                         " RETURNING organization_id, config_version"_s);
    const QString at = sql::timestamp(m_clock.now());
    QList<QVariantList> rows;
    rows.reserve(organizationIds.size());
    for (const QString &id : organizationIds)
        rows.append({id, at});
    // By lower-case id: PostgreSQL returns a uuid in lower case whatever case it was given in.
    QHash<QString, qint64> returned;
    const auto read = [&returned](const SqlQuery &q) {
        returned.insert(q.text(0).toLower(), q.value(1).toLongLong());
    };
    if (auto done = upsert.exec(rows, u"bumping the configuration version"_s, read); !done)
        return done.error();
    QHash<QString, qint64> out;
    for (const QString &id : organizationIds) {
        const auto version = returned.constFind(id.toLower());
        if (version == returned.cend())
            return Error {u"storage_error"_s, u"The configuration version was not returned."_s, {}};
        out.insert(id, *version);
    }
    return out;
}

Status ConfigVersionRepository::raiseTo(const QString &organizationId, qint64 version)
{
    SqlQuery q(m_db,
               u"INSERT INTO organization_config_versions (organization_id, config_version,"
               " updated_at) VALUES (:org, :version, :at)"
               " ON CONFLICT (organization_id) DO UPDATE SET"
               " config_version = CASE WHEN organization_config_versions.config_version"
               " < excluded.config_version THEN excluded.config_version"
               " ELSE organization_config_versions.config_version END,"
               " updated_at = excluded.updated_at"_s);
    q.bind(u":org"_s, organizationId)
        .bind(u":version"_s, version)
        .bind(u":at"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"setting the configuration version"_s);
}

Result<qint64> ConfigVersionRepository::current(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT config_version FROM organization_config_versions"
               " WHERE organization_id = :org"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading the configuration version"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<std::optional<qint64>>
ConfigVersionRepository::currentOfExisting(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT v.config_version FROM organizations o"
               " LEFT JOIN organization_config_versions v ON v.organization_id = o.id"
               " WHERE o.id = :org"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading the configuration version"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).isNull() ? 0 : q.value(0).toLongLong());
}

Result<QHash<QString, qint64>> ConfigVersionRepository::all()
{
    SqlQuery q(m_db, u"SELECT organization_id, config_version FROM organization_config_versions"_s);
    if (auto done = q.exec(u"reading configuration versions"_s); !done)
        return done.error();
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.text(0), q.value(1).toLongLong());
    return out;
}

} // namespace wedsync::server
