#pragma once
// Configuration documents as the API changes them: checked by core's ConfigSettingSchemas,
// versioned with If-Match, each write one AuditedTransaction (audit row "config_setting") that
// also records the version's snapshot. A platform write is then propagated to every tenant
// (ConfigPropagator); a tenant's or user's write publishes its delta to tenant:<id>:admins or
// user:<id> after the commit. A rollback is a new version equal to an old snapshot, secrets
// included (the repository opens them; a version whose secret does not open is not restored).

#include "api/AuditedTransaction.h"
#include "api/ConfigInputs.h"
#include "api/ConfigPropagator.h"
#include "api/Preconditions.h"

#include <functional>

namespace wedsync::server {

class ConfigService
{
public:
    ConfigService(Database &db, const Clock &clock, const ConfigSecrets &secrets,
                  const ChangeNotifier &notifier, ConfigPropagator &propagator);

    struct Written
    {
        ConfigInputs inputs; // after the write
        std::optional<PropagationReport> propagation; // platform writes
    };
    // Runs inside the write's transaction before its commit (a change request's decision).
    using InTransaction = std::function<Status(AuditedTransaction &, const StoredConfig &)>;

    // Errors: not_found (the type is not held at that layer).
    Result<ConfigInputs> read(const ConfigScope &scope, ConfigSettingType type);
    // Errors: not_found, validation_failed (per field), version_conflict.
    Result<Written> write(const MutationActor &actor, const ConfigScope &scope,
                          ConfigSettingType type, const IfMatch &ifMatch,
                          const QJsonObject &document, const QString &summary);
    // A new version equal to `version`'s snapshot. Errors: not_found (no such version),
    // version_conflict, validation_failed (the snapshot no longer passes the schema),
    // config_secret_unreadable (a secret of the snapshot does not open).
    Result<Written> rollback(const MutationActor &actor, const ConfigScope &scope,
                             ConfigSettingType type, const IfMatch &ifMatch, qint64 version);
    // The write behind write(), rollback() and an approved change request. Errors also:
    // config_secrets_unavailable (a secret to store and no AES-GCM).
    Result<Written> apply(const MutationActor &actor, const ConfigScope &scope,
                          ConfigSettingType type, const IfMatch &ifMatch, QJsonObject document,
                          const QString &summary, const QString &action,
                          const InTransaction &inTransaction = {});
    // What changed from version `from` to `to` (0: the empty document before the first).
    // Errors: not_found.
    Result<QList<ConfigChange>> diff(const ConfigScope &scope, ConfigSettingType type, qint64 from,
                                     qint64 to);
    // Replaces an organization's opt-outs (audited as "config_opt_outs").
    Result<ConfigOptOuts> replaceOptOuts(const MutationActor &actor, const QString &organizationId,
                                         const ConfigOptOuts &optOuts);

    const ConfigSecrets &secrets() const { return m_secrets; }

private:
    // A version's document; `unreadableSecrets` lists its secrets that did not open.
    Result<QJsonObject> snapshot(const ConfigScope &scope, ConfigSettingType type, qint64 version,
                                 QStringList *unreadableSecrets = nullptr);
    void publishDelta(const ConfigScope &scope, ConfigSettingType type, qint64 version,
                      const QList<ConfigChange> &delta) const;

    Database &m_db;
    const Clock &m_clock;
    const ConfigSecrets &m_secrets;
    const ChangeNotifier &m_notifier;
    ConfigPropagator &m_propagator;
};

// Errors of the configuration routes.
Error configNotHeld(ConfigSettingType type, ConfigLayer layer);
// config_secret_unreadable: `what` ("Version 3", "This change request") holds secrets that do
// not open; details.fields names them.
Error configSecretsUnreadable(const QString &what, const QStringList &paths,
                              const QString &instead);

} // namespace wedsync::server
