#pragma once
// Change requests (LaunchDarkly's "four eyes"): an admin proposes a document for the platform
// or an organization, based on the version they saw; another admin of the same level approves
// it (applied through ConfigService, audited, in the same transaction as the decision) or
// rejects it. The author can do neither: a second person has to look at it.

#include "api/ConfigService.h"
#include "storage/ConfigChangeRequestRepository.h"

namespace wedsync::server {

class ConfigChangeRequestService
{
public:
    ConfigChangeRequestService(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                               ConfigService &config);

    // Errors: not_found (type not held there), validation_failed.
    Result<ConfigChangeRequest> propose(const MutationActor &actor, const ConfigScope &scope,
                                        ConfigSettingType type, const QJsonObject &document,
                                        const QString &summary);
    // Errors: not_found, forbidden (the author), conflict (decided already, or the settings
    // changed since the request's base version), config_secret_unreadable (a secret of the
    // proposal does not open).
    Result<ConfigChangeRequest> approve(const MutationActor &actor, const QString &organizationId,
                                        const QString &id);
    Result<ConfigChangeRequest> reject(const MutationActor &actor, const QString &organizationId,
                                       const QString &id);
    Result<std::optional<ConfigChangeRequest>> find(const QString &organizationId,
                                                    const QString &id);

private:
    // The proposed request `id` that `actor` may decide.
    Result<ConfigChangeRequest> decidable(const MutationActor &actor, const QString &organizationId,
                                          const QString &id);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    ConfigService &m_config;
};

} // namespace wedsync::server
