#pragma once
// Carries a committed platform change down to every tenant and its users (seed 002's
// batching): tenants in batches of `batchSize` per transaction, each recorded as one
// config_change sync_event with its status and a bumped configuration version. A batch is
// written with a few multi-row statements (baselines, versions, events), not a few per tenant. A
// tenant that opted out (or whose rule waits for approval) keeps its last synced baseline; the
// others accept the new platform document as their merge baseline. After each batch commits, only
// the keys that changed reach tenant:<id>:admins and user:<id>; at the end config:<type> gets the
// platform's own delta. A batch that fails is retried tenant by tenant, so that one tenant's
// failure does not block the others (the report says partial).

#include "ConfigDiff.h"
#include "ConfigResolver.h"
#include "SyncHealth.h"
#include "api/AuditedTransaction.h"

#include <QHash>

namespace wedsync::server {

class ConfigSecrets;
struct StoredConfig;

struct PropagationReport
{
    int tenants = 0; // reached (one sync event each)
    int changed = 0; // whose effective settings changed
    int held = 0; // kept their values (opt-out, awaiting approval)
    int failed = 0;
    int users = 0; // users whose effective settings changed
    int batches = 0;
    qint64 durationMs = 0;
    QString status() const; // "success" | "partial" | "failed"
    QJsonObject toJson() const;
};

class ConfigPropagator
{
public:
    ConfigPropagator(Database &db, const Clock &clock, const ConfigSecrets &secrets,
                     const ChangeNotifier &notifier);

    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    Result<PropagationReport> propagate(const MutationActor &actor, ConfigSettingType type,
                                        const QJsonObject &oldPlatform,
                                        const QJsonObject &newPlatform, qint64 platformVersion);

    // One tenant's share of a change, computed before anything is written.
    struct TenantPlan
    {
        QString organizationId;
        bool held = false;
        std::optional<QJsonObject> newBaseline; // to store (nothing: unchanged)
        QList<std::pair<QString, QJsonObject>> userBaselines; // user id, new baseline
        QList<ConfigChange> tenantDelta;
        QHash<QString, QList<ConfigChange>> userDeltas;
    };

private:
    struct Context;
    TenantPlan plan(const Context &context, const QString &organizationId) const;
    // The sync event recording what `plan` did to its tenant.
    SyncEvent event(const Context &context, const TenantPlan &plan, bool failed,
                    qint64 configVersion) const;
    // Writes the baselines, versions and sync events of `plans` inside the open transaction
    // (a failed one: only its sync event).
    Status store(const Context &context, const QList<TenantPlan> &plans, bool failed,
                 QList<RowChangeNote> *changes, QList<ConfigurationWrite> *writes) const;
    // Runs `plans` in one transaction; false when it rolled back.
    bool storeBatch(const Context &context, const QList<TenantPlan> &plans, bool failed,
                    QList<RowChangeNote> *changes, QList<ConfigurationWrite> *writes) const;
    void publish(const Context &context, const QList<TenantPlan> &plans) const;

    Database &m_db;
    const Clock &m_clock;
    const ConfigSecrets &m_secrets;
    const ChangeNotifier &m_notifier;
    int m_batchSize = 500;
};

} // namespace wedsync::server
