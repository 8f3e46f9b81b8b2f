#include "storage/ConfigSettingRepository.h"

#include "auth/ConfigSecrets.h"
#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <array>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"scope_key, setting_type, document, parent_baseline, version,"
                        " updated_by, updated_at, summary"_s;

const QString EntryColumns = u"SELECT id, scope_key, organization_id, setting_type, version,"
                             " snapshot, summary, changed_by, occurred_at FROM config_history"_s;

SqlFilter historyFilter(const ConfigSettingRepository::Filter &filter)
{
    SqlFilter out;
    out.compare(u"scope_key"_s, u"="_s, filter.scopeKey);
    out.compare(u"setting_type"_s, u"="_s, filter.settingType);
    if (filter.beforeAt.isValid() && !filter.beforeId.isEmpty())
        out.before(u"occurred_at"_s, u"id"_s, sql::timestamp(filter.beforeAt), filter.beforeId);
    return out;
}

} // namespace

ConfigSettingRepository::ConfigSettingRepository(Database &db, const Clock &clock,
                                                 const ConfigSecrets &secrets)
    : m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
{ }

StoredConfig ConfigSettingRepository::readConfig(const SqlQuery &q) const
{
    StoredConfig c;
    const QString scopeKey = q.text(0);
    c.scope = configScopeFromKey(scopeKey).value_or(ConfigScope {});
    c.type = configSettingTypeFromName(q.text(1)).value_or(ConfigSettingType::Rbac);
    auto document = m_secrets.open(scopeKey, c.type, sql::toJsonObject(q.value(2)));
    c.document = std::move(document.document);
    c.unreadableSecrets = std::move(document.unreadable);
    // A baseline's secret that does not open reads as absent: the next propagation replaces it.
    if (!q.value(3).isNull())
        c.parentBaseline = m_secrets.open(scopeKey, c.type, sql::toJsonObject(q.value(3))).document;
    c.version = q.value(4).toLongLong();
    c.updatedBy = q.text(5);
    c.updatedAt = sql::toDateTime(q.value(6));
    c.summary = q.text(7);
    return c;
}

ConfigHistoryEntry ConfigSettingRepository::readEntry(const SqlQuery &q) const
{
    ConfigHistoryEntry e;
    e.id = q.text(0);
    e.scopeKey = q.text(1);
    e.organizationId = q.text(2);
    e.settingType = q.text(3);
    e.version = q.value(4).toLongLong();
    e.snapshot = sql::toJsonObject(q.value(5));
    if (const auto type = configSettingTypeFromName(e.settingType)) {
        auto snapshot = m_secrets.open(e.scopeKey, *type, e.snapshot);
        e.snapshot = std::move(snapshot.document);
        e.unreadableSecrets = std::move(snapshot.unreadable);
    }
    e.summary = q.text(6);
    e.changedBy = q.text(7);
    e.occurredAt = sql::toDateTime(q.value(8));
    return e;
}

Result<StoredConfig> ConfigSettingRepository::find(const ConfigScope &scope, ConfigSettingType type)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM config_settings WHERE scope_key = :scope AND setting_type = :type"_s);
    q.bind(u":scope"_s, scope.key()).bind(u":type"_s, configSettingTypeName(type));
    if (auto done = q.exec(u"reading a configuration"_s); !done)
        return done.error();
    if (q.next()) {
        StoredConfig found = readConfig(q);
        found.scope = scope;
        return found;
    }
    StoredConfig empty;
    empty.scope = scope;
    empty.type = type;
    return empty;
}

Result<StoredConfig> ConfigSettingRepository::write(const StoredConfig &config,
                                                    qint64 expectedVersion, const QString &userId,
                                                    const QString &summary)
{
    StoredConfig out = config;
    out.version = expectedVersion + 1;
    out.updatedBy = userId;
    out.updatedAt = m_clock.now();
    out.summary = summary;
    auto sealed = m_secrets.seal(out.scope.key(), out.type, out.document);
    if (!sealed)
        return sealed.error();
    const QString document = sql::jsonText(sealed.value());
    QVariant baseline;
    if (out.parentBaseline) {
        auto sealedBaseline = m_secrets.seal(out.scope.key(), out.type, *out.parentBaseline);
        if (!sealedBaseline)
            return sealedBaseline.error();
        baseline = sql::jsonText(sealedBaseline.value());
    }
    SqlQuery update(m_db,
                    u"UPDATE config_settings SET document = :doc, parent_baseline = :baseline,"
                    " version = :next, updated_by = :by, updated_at = :at, summary = :summary"
                    " WHERE scope_key = :scope AND setting_type = :type AND version = :expected"_s);
    update.bind(u":doc"_s, document)
        .bind(u":baseline"_s, baseline)
        .bind(u":next"_s, out.version)
        .bind(u":by"_s, sql::nullableText(userId))
        .bind(u":at"_s, sql::timestamp(out.updatedAt))
        .bind(u":summary"_s, summary)
        .bind(u":scope"_s, out.scope.key())
        .bind(u":type"_s, configSettingTypeName(out.type))
        .bind(u":expected"_s, expectedVersion);
    if (auto done = update.exec(u"writing a configuration"_s); !done)
        return done.error();
    const Error conflict {u"version_conflict"_s,
                          u"Someone else changed these settings; reload them and apply your "
                          "change again."_s,
                          {}};
    if (update.rowsAffected() == 0) {
        if (expectedVersion != 0)
            return conflict;
        SqlQuery insert(m_db,
                        u"INSERT INTO config_settings (id, scope_key, layer, organization_id,"
                        " user_id, setting_type, document, parent_baseline, version, updated_by,"
                        " updated_at, summary) VALUES (:id, :scope, :layer, :org, :user, :type,"
                        " :doc, :baseline, 1, :by, :at, :summary)"_s);
        insert.bind(u":id"_s, ids::create())
            .bind(u":scope"_s, out.scope.key())
            .bind(u":layer"_s, configLayerName(out.scope.layer))
            .bind(u":org"_s, sql::nullableText(out.scope.organizationId))
            .bind(u":user"_s, sql::nullableText(out.scope.userId))
            .bind(u":type"_s, configSettingTypeName(out.type))
            .bind(u":doc"_s, document)
            .bind(u":baseline"_s, baseline)
            .bind(u":by"_s, sql::nullableText(userId))
            .bind(u":at"_s, sql::timestamp(out.updatedAt))
            .bind(u":summary"_s, summary);
        if (auto done = insert.exec(u"writing a configuration"_s); !done)
            return done.error().code == u"unique_violation"_s ? conflict : done.error();
    }
    if (auto recorded = appendHistory(out, document, summary); !recorded)
        return recorded.error();
    return out;
}

Status ConfigSettingRepository::setBaseline(const ConfigScope &scope, ConfigSettingType type,
                                            const QJsonObject &baseline)
{
    return setBaselines(type, {{scope, baseline}});
}

Status
ConfigSettingRepository::setBaselines(ConfigSettingType type,
                                      const QList<std::pair<ConfigScope, QJsonObject>> &baselines)
{
    // A propagation writes thousands of them: many rows per statement.
    const SqlRows upsert(m_db,
                         u"INSERT INTO config_settings (id, scope_key, layer, organization_id,"
                         " user_id, setting_type, document, parent_baseline, version, updated_at)"
                         " VALUES"_s,
                         u"(?, ?, ?, ?, ?, ?, '{}', ?, 0, ?)"_s,
                         u"ON CONFLICT (scope_key, setting_type)"
                         " DO UPDATE SET parent_baseline = excluded.parent_baseline"_s);
    const QString typeName = configSettingTypeName(type);
    const QString at = sql::timestamp(m_clock.now());
    QList<QVariantList> rows;
    rows.reserve(baselines.size());
    // Most baselines of a propagation are one document (the platform's, shared, so comparing
    // is cheap), interleaved with each tenant's users' own: the last two are kept ready.
    std::array<std::optional<ConfigSecrets::SealedJson>, 2> ready;
    for (const auto &[scope, baseline] : baselines) {
        if (ready[0] && ready[0]->document() != baseline)
            std::swap(ready[0], ready[1]);
        if (!ready[0] || ready[0]->document() != baseline)
            ready[0] = m_secrets.sealedJson(type, baseline);
        const QString scopeKey = scope.key();
        auto text = ready[0]->text(scopeKey);
        if (!text)
            return text.error();
        rows.append({ids::create(), scopeKey, configLayerName(scope.layer),
                     sql::nullableText(scope.organizationId), sql::nullableText(scope.userId),
                     typeName, text.value(), at});
    }
    return upsert.exec(rows, u"recording a configuration baseline"_s);
}

Result<QHash<QString, StoredConfig>> ConfigSettingRepository::tenants(ConfigSettingType type)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM config_settings WHERE layer = 'tenant' AND setting_type = :type"_s);
    q.bind(u":type"_s, configSettingTypeName(type));
    if (auto done = q.exec(u"reading the tenants' configurations"_s); !done)
        return done.error();
    QHash<QString, StoredConfig> out;
    while (q.next()) {
        const StoredConfig c = readConfig(q);
        out.insert(c.scope.organizationId, c);
    }
    return out;
}

Result<QHash<QString, QList<StoredConfig>>> ConfigSettingRepository::users(ConfigSettingType type)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM config_settings WHERE layer = 'user' AND setting_type = :type"_s);
    q.bind(u":type"_s, configSettingTypeName(type));
    if (auto done = q.exec(u"reading the users' configurations"_s); !done)
        return done.error();
    QHash<QString, QList<StoredConfig>> out;
    while (q.next()) {
        const StoredConfig c = readConfig(q);
        out[c.scope.organizationId].append(c);
    }
    return out;
}

Result<QHash<QString, QStringList>> ConfigSettingRepository::audience()
{
    SqlQuery q(m_db,
               u"SELECT o.id, m.user_id FROM organizations o"
               " LEFT JOIN memberships m ON m.organization_id = o.id ORDER BY o.id"_s);
    if (auto done = q.exec(u"reading the organizations' members"_s); !done)
        return done.error();
    QHash<QString, QStringList> out;
    while (q.next()) {
        QStringList &members = out[q.text(0)];
        if (!q.value(1).isNull())
            members << q.text(1);
    }
    return out;
}

Status ConfigSettingRepository::appendHistory(const StoredConfig &config,
                                              const QString &sealedDocument, const QString &summary)
{
    SqlQuery q(m_db,
               u"INSERT INTO config_history (id, scope_key, organization_id, setting_type, version,"
               " snapshot, summary, changed_by, occurred_at) VALUES (:id, :scope, :org, :type,"
               " :version, :snapshot, :summary, :by, :at)"_s);
    q.bind(u":id"_s, ids::create())
        .bind(u":scope"_s, config.scope.key())
        .bind(u":org"_s, sql::nullableText(config.scope.organizationId))
        .bind(u":type"_s, configSettingTypeName(config.type))
        .bind(u":version"_s, config.version)
        .bind(u":snapshot"_s, sealedDocument)
        .bind(u":summary"_s, sql::text(summary.left(500)))
        .bind(u":by"_s, sql::nullableText(config.updatedBy))
        .bind(u":at"_s, sql::timestamp(config.updatedAt));
    return q.exec(u"recording a configuration version"_s);
}

Result<qint64> ConfigSettingRepository::count(const Filter &filter)
{
    return historyFilter(filter).count(m_db, u"config_history"_s,
                                       u"counting configuration versions"_s);
}

Result<QList<ConfigHistoryEntry>> ConfigSettingRepository::query(const Filter &filter)
{
    return historyFilter(filter).newestFirstBy(m_db, EntryColumns, u"occurred_at"_s, filter.limit,
                                               filter.offset, u"reading configuration versions"_s,
                                               [this](const SqlQuery &q) { return readEntry(q); });
}

Result<std::optional<ConfigHistoryEntry>>
ConfigSettingRepository::historyAt(const ConfigScope &scope, ConfigSettingType type, qint64 version)
{
    SqlQuery q(m_db,
               EntryColumns
                   + u" WHERE scope_key = :scope AND setting_type = :type AND version = :v"_s);
    q.bind(u":scope"_s, scope.key())
        .bind(u":type"_s, configSettingTypeName(type))
        .bind(u":v"_s, version);
    if (auto done = q.exec(u"reading a configuration version"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<ConfigHistoryEntry>();
    return std::optional<ConfigHistoryEntry>(readEntry(q));
}

} // namespace wedsync::server
