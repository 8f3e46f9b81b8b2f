#include "storage/ConfigPolicyRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

void addTo(ConfigOptOuts *out, const QString &kind, const QString &target)
{
    if (kind == u"rule"_s) {
        out->ruleIds << target;
    } else if (auto type = configSettingTypeFromName(target)) {
        out->settingTypes << *type;
    }
}

} // namespace

ConfigPolicyRepository::ConfigPolicyRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QList<ConfigSyncRule>> ConfigPolicyRepository::rules()
{
    SqlQuery q(m_db, u"SELECT rule_json FROM config_sync_rules ORDER BY position, id"_s);
    if (auto done = q.exec(u"reading the sync rules"_s); !done)
        return done.error();
    QList<ConfigSyncRule> out;
    while (q.next()) {
        if (auto rule = configSyncRuleFromJson(sql::toJsonObject(q.value(0))))
            out << rule.value();
    }
    return out;
}

Result<ConfigOptOuts> ConfigPolicyRepository::optOuts(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT kind, target FROM config_opt_outs WHERE organization_id = :org"
               " ORDER BY kind, target"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading opt-outs"_s); !done)
        return done.error();
    ConfigOptOuts out;
    while (q.next())
        addTo(&out, q.text(0), q.text(1));
    return out;
}

Result<QHash<QString, ConfigOptOuts>> ConfigPolicyRepository::allOptOuts()
{
    SqlQuery q(m_db, u"SELECT organization_id, kind, target FROM config_opt_outs"_s);
    if (auto done = q.exec(u"reading opt-outs"_s); !done)
        return done.error();
    QHash<QString, ConfigOptOuts> out;
    while (q.next())
        addTo(&out[q.text(0)], q.text(1), q.text(2));
    return out;
}

Status ConfigPolicyRepository::addOptOut(const QString &organizationId, const QString &kind,
                                         const QString &target, const QString &userId)
{
    SqlQuery exists(m_db,
                    u"SELECT COUNT(*) FROM config_opt_outs WHERE organization_id = :org"
                    " AND kind = :kind AND target = :target"_s);
    exists.bind(u":org"_s, organizationId).bind(u":kind"_s, kind).bind(u":target"_s, target);
    if (auto done = exists.exec(u"reading opt-outs"_s); !done)
        return done;
    if (exists.next() && exists.value(0).toLongLong() > 0)
        return ok();
    SqlQuery q(m_db,
               u"INSERT INTO config_opt_outs (organization_id, kind, target, created_by,"
               " created_at) VALUES (:org, :kind, :target, :by, :at)"_s);
    q.bind(u":org"_s, organizationId)
        .bind(u":kind"_s, kind)
        .bind(u":target"_s, target)
        .bind(u":by"_s, sql::nullableText(userId))
        .bind(u":at"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"adding an opt-out"_s);
}

Result<bool> ConfigPolicyRepository::removeOptOut(const QString &organizationId,
                                                  const QString &kind, const QString &target)
{
    SqlQuery q(m_db,
               u"DELETE FROM config_opt_outs WHERE organization_id = :org AND kind = :kind"
               " AND target = :target"_s);
    q.bind(u":org"_s, organizationId).bind(u":kind"_s, kind).bind(u":target"_s, target);
    if (auto done = q.exec(u"removing an opt-out"_s); !done)
        return done.error();
    return q.rowsAffected() > 0;
}

} // namespace wedsync::server
