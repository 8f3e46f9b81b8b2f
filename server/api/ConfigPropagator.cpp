#include "api/ConfigPropagator.h"

#include "SyncJson.h"
#include "api/ConfigInputs.h"
#include "api/ConfigWire.h"
#include "realtime/RealtimePublisher.h"
#include "storage/ConfigPolicyRepository.h"
#include "storage/ConfigSettingRepository.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/SyncEventRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace wedsync::server {

Q_LOGGING_CATEGORY(lcConfigSync, "wedsync.config")

QString PropagationReport::status() const
{
    if (failed == 0)
        return u"success"_s;
    return failed == tenants ? u"failed"_s : u"partial"_s;
}

QJsonObject PropagationReport::toJson() const
{
    return QJsonObject {{u"status"_s, status()}, {u"tenants"_s, tenants},
                        {u"changed"_s, changed}, {u"held"_s, held},
                        {u"failed"_s, failed},   {u"users"_s, users},
                        {u"batches"_s, batches}, {u"durationMs"_s, durationMs}};
}

struct ConfigPropagator::Context
{
    MutationActor actor;
    ConfigSettingType type = ConfigSettingType::Rbac;
    QJsonObject oldPlatform;
    QJsonObject newPlatform;
    qint64 platformVersion = 0;
    QList<ConfigSyncRule> rules;
    QHash<QString, ConfigOptOuts> optOuts;
    QHash<QString, StoredConfig> tenants;
    QHash<QString, QList<StoredConfig>> users;
    QHash<QString, QStringList> members;
    bool reachesUsers = false;
};

ConfigPropagator::ConfigPropagator(Database &db, const Clock &clock, const ConfigSecrets &secrets,
                                   const ChangeNotifier &notifier)
    : m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_notifier(notifier)
{ }

ConfigPropagator::TenantPlan ConfigPropagator::plan(const Context &c,
                                                    const QString &organizationId) const
{
    TenantPlan out;
    out.organizationId = organizationId;
    StoredConfig tenant = c.tenants.value(organizationId);
    tenant.scope = ConfigScope::tenant(organizationId);
    tenant.type = c.type;
    ConfigResolveRequest request;
    request.type = c.type;
    request.at = ConfigLayer::Tenant;
    request.rules = c.rules;
    request.optOuts = c.optOuts.value(organizationId);
    request.platform = c.oldPlatform;
    request.tenant = layerInput(tenant);
    const ResolvedConfig before = resolveConfig(request);

    const auto rule = configSyncRuleFor(c.rules, c.type, ConfigLayer::Tenant);
    out.held = request.optOuts.declines(c.type, rule) || (rule && !rule->autoApply);
    // A held tenant keeps what it last accepted; one never synced holds the platform as it was.
    const QJsonObject baseline
        = out.held ? tenant.parentBaseline.value_or(c.oldPlatform) : c.newPlatform;
    if (tenant.parentBaseline != baseline)
        out.newBaseline = baseline;
    request.platform = c.newPlatform;
    request.tenant.parentBaseline = baseline;
    const ResolvedConfig after = resolveConfig(request);
    out.tenantDelta = redactedConfigDiff(c.type, before.effective, after.effective);
    if (!c.reachesUsers)
        return out;

    QHash<QString, StoredConfig> stored;
    for (const StoredConfig &user : c.users.value(organizationId))
        stored.insert(user.scope.userId, user);
    ConfigResolveRequest below = request;
    below.at = ConfigLayer::User;
    for (const QString &userId : c.members.value(organizationId)) {
        const StoredConfig user = stored.value(userId);
        below.user = layerInput(user);
        const ResolvedConfig userBefore = resolveConfigBelow(before, below);
        const bool hasRow = stored.contains(userId);
        if (hasRow && !out.tenantDelta.isEmpty()) {
            below.user.parentBaseline = after.effective;
            out.userBaselines.append({userId, after.effective});
        }
        const ResolvedConfig userAfter = resolveConfigBelow(after, below);
        const auto delta = redactedConfigDiff(c.type, userBefore.effective, userAfter.effective);
        if (!delta.isEmpty())
            out.userDeltas.insert(userId, delta);
    }
    return out;
}

SyncEvent ConfigPropagator::event(const Context &c, const TenantPlan &plan, bool failed,
                                  qint64 configVersion) const
{
    const QString typeName = configSettingTypeName(c.type);
    SyncEvent event;
    event.organizationId = plan.organizationId;
    event.kind = SyncEventKind::ConfigChange.toString();
    event.status = failed ? SyncStatus::Failed : SyncStatus::Success;
    event.configVersion = configVersion;
    event.source = u"config:"_s + typeName;
    event.actorId = c.actor.userId;
    if (failed)
        event.message = u"Platform %1 settings (version %2) could not be applied to this "
                        "organization; its settings are unchanged."_s.arg(typeName)
                            .arg(c.platformVersion);
    else if (plan.held)
        event.message = u"Platform %1 settings (version %2) were held back: the organization "
                        "opted out or the rule waits for approval."_s.arg(typeName)
                            .arg(c.platformVersion);
    else
        event.message
            = u"Platform %1 settings (version %2) applied: %3 field(s) changed."_s.arg(typeName)
                  .arg(c.platformVersion)
                  .arg(plan.tenantDelta.size());
    QJsonArray keys;
    for (const ConfigChange &change : plan.tenantDelta)
        keys.append(change.path);
    event.details = QJsonObject {{u"settingType"_s, typeName},
                                 {u"platformVersion"_s, c.platformVersion},
                                 {u"held"_s, plan.held},
                                 {u"changedKeys"_s, keys},
                                 {u"users"_s, plan.userDeltas.size()},
                                 {u"requestId"_s, c.actor.requestId}};
    return event;
}

Status ConfigPropagator::store(const Context &c, const QList<TenantPlan> &plans, bool failed,
                               QList<RowChangeNote> *changes,
                               QList<ConfigurationWrite> *writes) const
{
    // A few multi-row statements per batch, not three or four per tenant: on PostgreSQL the
    // round trips were most of a propagation's time.
    QHash<QString, qint64> versions;
    if (!failed) {
        QList<std::pair<ConfigScope, QJsonObject>> baselines;
        QStringList organizations;
        for (const TenantPlan &plan : plans) {
            if (plan.newBaseline)
                baselines.append({ConfigScope::tenant(plan.organizationId), *plan.newBaseline});
            for (const auto &[userId, baseline] : plan.userBaselines)
                baselines.append({ConfigScope::user(plan.organizationId, userId), baseline});
            organizations << plan.organizationId;
        }
        if (auto done
            = ConfigSettingRepository(m_db, m_clock, m_secrets).setBaselines(c.type, baselines);
            !done)
            return done;
        auto bumped = ConfigVersionRepository(m_db, m_clock).bumpAll(organizations);
        if (!bumped)
            return bumped.error();
        versions = bumped.value();
    }
    QList<SyncEvent> events;
    events.reserve(plans.size());
    for (const TenantPlan &plan : plans)
        events.append(event(c, plan, failed, versions.value(plan.organizationId)));
    auto stored = SyncEventRepository(m_db, m_clock).insertAll(events);
    if (!stored)
        return stored.error();
    for (const SyncEvent &one : std::as_const(stored.value())) {
        changes->append(
            {u"sync_events"_s, u"INSERT"_s, one.organizationId, syncEventToRow(one), {}, true});
        writes->append({one.organizationId,
                        u"config"_s,
                        {u"config_propagate"_s},
                        {},
                        c.actor.userId,
                        c.actor.requestId,
                        one.configVersion,
                        one.id});
    }
    return ok();
}

bool ConfigPropagator::storeBatch(const Context &c, const QList<TenantPlan> &plans, bool failed,
                                  QList<RowChangeNote> *changes,
                                  QList<ConfigurationWrite> *writes) const
{
    QList<RowChangeNote> batchChanges;
    QList<ConfigurationWrite> batchWrites;
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    if (auto done = store(c, plans, failed, &batchChanges, &batchWrites); !done) {
        qCWarning(lcConfigSync) << "propagation to" << plans.size() << "tenant(s) from"
                                << plans.first().organizationId
                                << "failed:" << done.error().message;
        return false;
    }
    if (!tx.commit())
        return false;
    *changes += batchChanges;
    *writes += batchWrites;
    return true;
}

void ConfigPropagator::publish(const Context &c, const QList<TenantPlan> &plans) const
{
    RealtimePublisher *publisher = m_notifier.publisher();
    if (!publisher)
        return;
    QList<std::pair<QString, QJsonObject>> messages;
    for (const TenantPlan &plan : plans) {
        if (!plan.tenantDelta.isEmpty())
            messages.append({u"tenant:%1:admins"_s.arg(plan.organizationId),
                             configDeltaMessage(ConfigScope::tenant(plan.organizationId), c.type,
                                                c.platformVersion, plan.tenantDelta)});
        for (auto it = plan.userDeltas.cbegin(); it != plan.userDeltas.cend(); ++it)
            messages.append({u"user:%1"_s.arg(it.key()),
                             configDeltaMessage(ConfigScope::user(plan.organizationId, it.key()),
                                                c.type, c.platformVersion, it.value())});
    }
    if (messages.isEmpty())
        return;
    m_notifier.afterCommit([publisher, messages] {
        for (const auto &[topic, payload] : messages)
            (void)publisher->broadcastFromServer(topic, u"config_delta"_s, payload);
    });
}

Result<PropagationReport> ConfigPropagator::propagate(const MutationActor &actor,
                                                      ConfigSettingType type,
                                                      const QJsonObject &oldPlatform,
                                                      const QJsonObject &newPlatform,
                                                      qint64 platformVersion)
{
    QElapsedTimer timer;
    timer.start();
    Context c;
    c.actor = actor;
    c.type = type;
    c.oldPlatform = oldPlatform;
    c.newPlatform = newPlatform;
    c.platformVersion = platformVersion;
    c.reachesUsers = configSettingAllowedAt(type, ConfigLayer::User);
    PropagationReport report;
    if (configSettingAllowedAt(type, ConfigLayer::Tenant)) {
        ConfigPolicyRepository policy(m_db, m_clock);
        ConfigSettingRepository settings(m_db, m_clock, m_secrets);
        auto rules = policy.rules();
        auto optOuts = policy.allOptOuts();
        auto tenants = settings.tenants(type);
        auto members = settings.audience();
        if (!rules)
            return rules.error();
        if (!optOuts)
            return optOuts.error();
        if (!tenants)
            return tenants.error();
        if (!members)
            return members.error();
        c.rules = rules.value();
        c.optOuts = optOuts.value();
        c.tenants = tenants.value();
        c.members = members.value();
        if (c.reachesUsers) {
            auto users = settings.users(type);
            if (!users)
                return users.error();
            c.users = users.value();
        }
        QStringList organizations = c.members.keys();
        organizations.sort();
        for (qsizetype start = 0; start < organizations.size(); start += m_batchSize) {
            QList<TenantPlan> plans;
            for (const QString &org : organizations.mid(start, m_batchSize))
                plans << plan(c, org);
            QList<RowChangeNote> changes;
            QList<ConfigurationWrite> writes;
            QList<TenantPlan> delivered = plans;
            if (!storeBatch(c, plans, false, &changes, &writes)) {
                // One at a time, so that only the failing tenants fail.
                delivered.clear();
                for (const TenantPlan &one : std::as_const(plans)) {
                    if (storeBatch(c, {one}, false, &changes, &writes)) {
                        delivered << one;
                    } else {
                        ++report.failed;
                        (void)storeBatch(c, {one}, true, &changes, &writes);
                    }
                }
            }
            ++report.batches;
            for (const TenantPlan &one : std::as_const(delivered)) {
                report.changed += one.tenantDelta.isEmpty() ? 0 : 1;
                report.held += one.held ? 1 : 0;
                report.users += int(one.userDeltas.size());
            }
            report.tenants += int(plans.size());
            m_notifier.committed(changes, writes);
            publish(c, delivered);
        }
    }
    const auto platformDelta = redactedConfigDiff(type, oldPlatform, newPlatform);
    if (RealtimePublisher *publisher = m_notifier.publisher();
        publisher && !platformDelta.isEmpty()) {
        const QJsonObject message
            = configDeltaMessage(ConfigScope::platform(), type, platformVersion, platformDelta);
        const QString topic = u"config:"_s + configSettingTypeName(type);
        m_notifier.afterCommit([publisher, topic, message] {
            (void)publisher->broadcastFromServer(topic, u"config_delta"_s, message);
        });
    }
    report.durationMs = timer.elapsed();
    qCInfo(lcConfigSync) << "propagated" << configSettingTypeName(type) << "version"
                         << platformVersion << "to" << report.tenants << "tenants in"
                         << report.durationMs << "ms," << report.failed << "failed";
    return report;
}

} // namespace wedsync::server
