#include "api/ConfigChangeRequestService.h"

#include "ConfigSettingSchemas.h"
#include "api/ConfigWire.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString entityType()
{
    return u"config_change_request"_s;
}

} // namespace

ConfigChangeRequestService::ConfigChangeRequestService(Database &db, const Clock &clock,
                                                       const ChangeNotifier &notifier,
                                                       ConfigService &config)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_config(config)
{ }

Result<ConfigChangeRequest> ConfigChangeRequestService::propose(const MutationActor &actor,
                                                                const ConfigScope &scope,
                                                                ConfigSettingType type,
                                                                const QJsonObject &document,
                                                                const QString &summary)
{
    if (!configSettingAllowedAt(type, scope.layer))
        return configNotHeld(type, scope.layer);
    if (auto errors = validateConfigDocument(type, scope.layer, document); !errors.isEmpty())
        return Error {u"validation_failed"_s, u"Some settings are not valid; see details.fields."_s,
                      errors};
    auto current = m_config.read(scope, type);
    if (!current)
        return current.error();
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    ConfigChangeRequest request;
    request.scope = scope;
    request.type = type;
    request.authorId = actor.userId;
    request.payload = keepSealedSecrets(configSchema(type), document, current->own().document);
    request.baseVersion = current->own().version;
    request.summary = summary;
    auto created = ConfigChangeRequestRepository(m_db, m_clock, m_config.secrets()).create(request);
    if (!created)
        return created.error();
    if (auto audited = tx.audit(scope.organizationId, entityType(), created->id, u"propose"_s,
                                std::nullopt, configChangeRequestToJson(created.value()));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

Result<std::optional<ConfigChangeRequest>>
ConfigChangeRequestService::find(const QString &organizationId, const QString &id)
{
    return ConfigChangeRequestRepository(m_db, m_clock, m_config.secrets())
        .find(organizationId, id);
}

Result<ConfigChangeRequest> ConfigChangeRequestService::decidable(const MutationActor &actor,
                                                                  const QString &organizationId,
                                                                  const QString &id)
{
    auto found = find(organizationId, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {u"not_found"_s, u"The change request was not found."_s, {}};
    const ConfigChangeRequest request = found->value();
    if (request.status != u"proposed"_s)
        return Error {
            u"conflict"_s, u"This change request has already been %1."_s.arg(request.status), {}};
    if (!request.authorId.isEmpty() && request.authorId == actor.userId)
        return Error {u"forbidden"_s,
                      u"You proposed this change, so you cannot decide on it: another admin "
                      "has to approve or reject it."_s,
                      {}};
    return request;
}

Result<ConfigChangeRequest> ConfigChangeRequestService::approve(const MutationActor &actor,
                                                                const QString &organizationId,
                                                                const QString &id)
{
    auto request = decidable(actor, organizationId, id);
    if (!request)
        return request.error();
    // Applying it without them would drop secrets silently.
    if (!request->unreadableSecrets.isEmpty())
        return configSecretsUnreadable(u"This change request"_s, request->unreadableSecrets,
                                       u"Reject it and propose the change again."_s);
    ConfigChangeRequest decided = request.value();
    decided.status = u"applied"_s;
    decided.approverId = actor.userId;
    IfMatch base;
    base.versions = {decided.baseVersion};
    const QString summary = decided.summary.isEmpty()
        ? u"Change request approved."_s
        : u"Change request approved: %1"_s.arg(decided.summary);
    auto written = m_config.apply(
        actor, decided.scope, decided.type, base, decided.payload, summary,
        u"change_request_apply"_s,
        [&](AuditedTransaction &tx, const StoredConfig &stored) -> Status {
            decided.appliedVersion = stored.version;
            auto done
                = ConfigChangeRequestRepository(m_db, m_clock, m_config.secrets()).decide(decided);
            if (!done)
                return done.error();
            const QJsonObject before = configChangeRequestToJson(request.value());
            decided = done.value();
            return tx.audit(organizationId, entityType(), decided.id, u"approve"_s, before,
                            configChangeRequestToJson(decided));
        });
    if (!written) {
        if (written.error().code == u"version_conflict"_s)
            return Error {u"conflict"_s,
                          u"The settings changed after this request was proposed (it was based "
                          "on version %1); reject it and propose the change again."_s.arg(
                              decided.baseVersion),
                          {}};
        return written.error();
    }
    return decided;
}

Result<ConfigChangeRequest> ConfigChangeRequestService::reject(const MutationActor &actor,
                                                               const QString &organizationId,
                                                               const QString &id)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto request = decidable(actor, organizationId, id);
    if (!request)
        return request.error();
    ConfigChangeRequest decided = request.value();
    decided.status = u"rejected"_s;
    decided.approverId = actor.userId;
    auto done = ConfigChangeRequestRepository(m_db, m_clock, m_config.secrets()).decide(decided);
    if (!done)
        return done.error();
    if (auto audited = tx.audit(organizationId, entityType(), decided.id, u"reject"_s,
                                configChangeRequestToJson(request.value()),
                                configChangeRequestToJson(done.value()));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return done;
}

} // namespace wedsync::server
