#include "api/ConfigService.h"

#include "ConfigSettingSchemas.h"
#include "api/ConfigWire.h"
#include "realtime/RealtimePublisher.h"
#include "storage/ConfigPolicyRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error versionConflict()
{
    return Error {u"version_conflict"_s,
                  u"Someone else changed these settings; reload them and apply your change "
                  "again."_s,
                  {}};
}

Error noSuchVersion(qint64 version)
{
    return Error {
        u"not_found"_s, u"Version %1 of these settings does not exist."_s.arg(version), {}};
}

QJsonObject auditSide(const StoredConfig &config)
{
    return QJsonObject {
        {u"scope"_s, configScopeToJson(config.scope)},
        {u"settingType"_s, configSettingTypeName(config.type)},
        {u"version"_s, config.version},
        {u"document"_s, redactConfigSecrets(configSchema(config.type), config.document)}};
}

} // namespace

Error configNotHeld(ConfigSettingType type, ConfigLayer layer)
{
    return Error {u"not_found"_s,
                  u"%1 settings are not kept at the %2 level."_s.arg(configSettingTypeName(type),
                                                                     configLayerName(layer)),
                  {}};
}

Error configSecretsUnreadable(const QString &what, const QStringList &paths, const QString &instead)
{
    QList<FieldError> fields;
    for (const QString &path : paths)
        fields.append({path,
                       u"This secret cannot be decrypted with this server's key; enter it "
                       "again."_s});
    return Error {u"config_secret_unreadable"_s,
                  u"%1 holds a secret this server cannot decrypt (%2): it was sealed for another "
                  "record or with another key file, or it was altered. %3"_s.arg(
                      what, paths.join(u", "_s), instead),
                  fields};
}

ConfigService::ConfigService(Database &db, const Clock &clock, const ConfigSecrets &secrets,
                             const ChangeNotifier &notifier, ConfigPropagator &propagator)
    : m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_notifier(notifier)
    , m_propagator(propagator)
{ }

Result<ConfigInputs> ConfigService::read(const ConfigScope &scope, ConfigSettingType type)
{
    if (!configSettingAllowedAt(type, scope.layer))
        return configNotHeld(type, scope.layer);
    return loadConfigInputs(m_db, m_clock, m_secrets, scope, type);
}

Result<ConfigService::Written>
ConfigService::write(const MutationActor &actor, const ConfigScope &scope, ConfigSettingType type,
                     const IfMatch &ifMatch, const QJsonObject &document, const QString &summary)
{
    return apply(actor, scope, type, ifMatch, document, summary, u"update"_s);
}

Result<ConfigService::Written> ConfigService::rollback(const MutationActor &actor,
                                                       const ConfigScope &scope,
                                                       ConfigSettingType type,
                                                       const IfMatch &ifMatch, qint64 version)
{
    if (!configSettingAllowedAt(type, scope.layer))
        return configNotHeld(type, scope.layer);
    QStringList unreadable;
    auto old = snapshot(scope, type, version, &unreadable);
    if (!old)
        return old.error();
    // Restoring it without them would drop secrets silently.
    if (!unreadable.isEmpty())
        return configSecretsUnreadable(u"Version %1"_s.arg(version), unreadable,
                                       u"Restore another version, or enter the secret again."_s);
    return apply(actor, scope, type, ifMatch, old.value(),
                 u"Rolled back to version %1."_s.arg(version), u"rollback"_s);
}

Result<ConfigService::Written>
ConfigService::apply(const MutationActor &actor, const ConfigScope &scope, ConfigSettingType type,
                     const IfMatch &ifMatch, QJsonObject document, const QString &summary,
                     const QString &action, const InTransaction &inTransaction)
{
    if (!configSettingAllowedAt(type, scope.layer))
        return configNotHeld(type, scope.layer);
    if (auto errors = validateConfigDocument(type, scope.layer, document); !errors.isEmpty())
        return Error {u"validation_failed"_s, u"Some settings are not valid; see details.fields."_s,
                      errors};
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto before = loadConfigInputs(m_db, m_clock, m_secrets, scope, type);
    if (!before)
        return before.error();
    const StoredConfig current = before->own();
    if (!ifMatch.matches(current.version))
        return versionConflict();
    StoredConfig next = current;
    next.document = keepSealedSecrets(configSchema(type), document, current.document);
    ConfigSettingRepository settings(m_db, m_clock, m_secrets);
    auto stored = settings.write(next, current.version, actor.userId, summary);
    if (!stored)
        return stored.error();
    if (auto audited
        = tx.audit(scope.organizationId, configEntityType(), configEntityId(scope, type), action,
                   current.version > 0 ? std::optional(auditSide(current)) : std::nullopt,
                   auditSide(stored.value()));
        !audited)
        return audited.error();
    if (inTransaction) {
        if (auto done = inTransaction(tx, stored.value()); !done)
            return done.error();
    }
    auto after = loadConfigInputs(m_db, m_clock, m_secrets, scope, type);
    if (!after)
        return after.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    Written out {after.value(), std::nullopt};
    if (scope.layer == ConfigLayer::Platform) {
        auto report = m_propagator.propagate(actor, type, current.document, stored->document,
                                             stored->version);
        if (!report)
            return report.error();
        out.propagation = report.value();
    } else {
        publishDelta(
            scope, type, stored->version,
            redactedConfigDiff(type, before->resolve().effective, out.inputs.resolve().effective));
    }
    return out;
}

void ConfigService::publishDelta(const ConfigScope &scope, ConfigSettingType type, qint64 version,
                                 const QList<ConfigChange> &delta) const
{
    RealtimePublisher *publisher = m_notifier.publisher();
    if (!publisher || delta.isEmpty())
        return;
    const QString topic = scope.layer == ConfigLayer::User
        ? u"user:"_s + scope.userId
        : u"tenant:%1:admins"_s.arg(scope.organizationId);
    const QJsonObject message = configDeltaMessage(scope, type, version, delta);
    m_notifier.afterCommit([publisher, topic, message] {
        (void)publisher->broadcastFromServer(topic, u"config_delta"_s, message);
    });
}

Result<QJsonObject> ConfigService::snapshot(const ConfigScope &scope, ConfigSettingType type,
                                            qint64 version, QStringList *unreadableSecrets)
{
    if (version == 0)
        return QJsonObject();
    auto entry = ConfigSettingRepository(m_db, m_clock, m_secrets).historyAt(scope, type, version);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return noSuchVersion(version);
    if (unreadableSecrets)
        *unreadableSecrets = entry->value().unreadableSecrets;
    return entry->value().snapshot;
}

Result<QList<ConfigChange>> ConfigService::diff(const ConfigScope &scope, ConfigSettingType type,
                                                qint64 from, qint64 to)
{
    if (!configSettingAllowedAt(type, scope.layer))
        return configNotHeld(type, scope.layer);
    auto before = snapshot(scope, type, from);
    if (!before)
        return before.error();
    auto after = snapshot(scope, type, to);
    if (!after)
        return after.error();
    return redactedConfigDiff(type, before.value(), after.value());
}

Result<ConfigOptOuts> ConfigService::replaceOptOuts(const MutationActor &actor,
                                                    const QString &organizationId,
                                                    const ConfigOptOuts &optOuts)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    ConfigPolicyRepository policy(m_db, m_clock);
    auto current = policy.optOuts(organizationId);
    if (!current)
        return current.error();
    const auto apply
        = [&](const QString &kind, const QStringList &was, const QStringList &wanted) -> Status {
        for (const QString &target : was) {
            if (!wanted.contains(target)) {
                if (auto done = policy.removeOptOut(organizationId, kind, target); !done)
                    return done.error();
            }
        }
        for (const QString &target : wanted) {
            if (auto done = policy.addOptOut(organizationId, kind, target, actor.userId); !done)
                return done;
        }
        return ok();
    };
    const auto names = [](const QList<ConfigSettingType> &types) {
        QStringList out;
        for (ConfigSettingType type : types)
            out << configSettingTypeName(type);
        return out;
    };
    if (auto done = apply(u"rule"_s, current->ruleIds, optOuts.ruleIds); !done)
        return done.error();
    if (auto done
        = apply(u"setting_type"_s, names(current->settingTypes), names(optOuts.settingTypes));
        !done)
        return done.error();
    if (auto audited = tx.audit(organizationId, u"config_opt_outs"_s, organizationId, u"update"_s,
                                configOptOutsToJson(current.value()), configOptOutsToJson(optOuts));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return optOuts;
}

} // namespace wedsync::server
