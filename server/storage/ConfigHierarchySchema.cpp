#include "storage/ConfigHierarchySchema.h"

#include "ConfigSyncRule.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"''"_s) + u'\'';
}

// The seed's three rules, written once at migration time; later edits are data.
QStringList defaultRuleRows()
{
    QStringList out;
    int position = 0;
    for (const ConfigSyncRule &rule : defaultConfigSyncRules()) {
        const QString json = QString::fromUtf8(
            QJsonDocument(configSyncRuleToJson(rule)).toJson(QJsonDocument::Compact));
        out << u"INSERT INTO config_sync_rules (id, position, rule_json, updated_at)"
               " VALUES (%1, %2, %3, '1970-01-01T00:00:00.000Z')"_s.arg(quoted(rule.id))
                   .arg(position++)
                   .arg(quoted(json));
    }
    return out;
}

} // namespace

Migration configHierarchyMigration()
{
    Migration m;
    m.version = 15;
    m.name = u"configuration hierarchy: settings, history, sync rules, opt-outs, change requests"_s;
    m.statements = {
        u"CREATE TABLE config_settings ("
        " id {{uuid}} PRIMARY KEY,"
        " scope_key TEXT NOT NULL CHECK (length(scope_key) BETWEEN 8 AND 90),"
        " layer TEXT NOT NULL CHECK (layer IN ('platform', 'tenant', 'user')),"
        " organization_id {{uuid}} REFERENCES organizations (id) ON DELETE CASCADE,"
        " user_id {{uuid}} REFERENCES users (id) ON DELETE CASCADE,"
        " setting_type TEXT NOT NULL CHECK (setting_type IN ('rbac', 'modules', 'auth',"
        " 'notifications', 'mfa', 'business_type')),"
        " document {{json}} NOT NULL,"
        " parent_baseline {{json}},"
        // 0: the scope has accepted a parent's document but written nothing of its own yet.
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 0),"
        " summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 500),"
        " updated_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " updated_at TEXT NOT NULL,"
        " CHECK ((layer = 'platform') = (organization_id IS NULL)),"
        " CHECK ((layer = 'user') = (user_id IS NOT NULL)),"
        " UNIQUE (scope_key, setting_type))"_s,
        u"CREATE INDEX config_settings_org_type ON config_settings"
        " (organization_id, setting_type, layer)"_s,

        u"CREATE TABLE config_history ("
        " id {{uuid}} PRIMARY KEY,"
        " scope_key TEXT NOT NULL,"
        " organization_id {{uuid}} REFERENCES organizations (id) ON DELETE CASCADE,"
        " setting_type TEXT NOT NULL,"
        " version BIGINT NOT NULL,"
        " snapshot {{json}} NOT NULL,"
        " summary TEXT NOT NULL CHECK (length(summary) <= 500),"
        " changed_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " occurred_at TEXT NOT NULL,"
        " UNIQUE (scope_key, setting_type, version))"_s,
        u"CREATE INDEX config_history_scope_time ON config_history"
        " (scope_key, setting_type, occurred_at, id)"_s,

        u"CREATE TABLE config_sync_rules ("
        " id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),"
        " position INTEGER NOT NULL,"
        " rule_json {{json}} NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,

        u"CREATE TABLE config_opt_outs ("
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL CHECK (kind IN ('rule', 'setting_type')),"
        " target TEXT NOT NULL CHECK (length(target) BETWEEN 1 AND 64),"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " PRIMARY KEY (organization_id, kind, target))"_s,

        u"CREATE TABLE config_change_requests ("
        " id {{uuid}} PRIMARY KEY,"
        " scope_key TEXT NOT NULL,"
        " layer TEXT NOT NULL CHECK (layer IN ('platform', 'tenant', 'user')),"
        " organization_id {{uuid}} REFERENCES organizations (id) ON DELETE CASCADE,"
        " setting_type TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'applied')),"
        " author_id {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " approver_id {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " payload {{json}} NOT NULL,"
        " base_version BIGINT NOT NULL,"
        " summary TEXT NOT NULL CHECK (length(summary) <= 500),"
        " applied_version BIGINT,"
        " version BIGINT NOT NULL DEFAULT 1,"
        " created_at TEXT NOT NULL,"
        " decided_at TEXT)"_s,
        u"CREATE INDEX config_change_requests_scope ON config_change_requests"
        " (organization_id, created_at, id)"_s,
    };
    m.statements += defaultRuleRows();
    return m;
}

Migration configSecretsSealedMigration()
{
    Migration m;
    m.version = 21;
    m.name = u"Configuration secrets: the start-up sealing pass, once finished"_s;
    // One row once a start has found no configuration secret left in plain text. The servers
    // that stored them so (schema 18 and older) refuse a database at this version, so none can
    // appear afterwards and later starts skip the pass.
    m.statements = {
        u"CREATE TABLE config_secrets_sealed ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " completed_at TEXT NOT NULL)"_s,
    };
    return m;
}

} // namespace wedsync::server
