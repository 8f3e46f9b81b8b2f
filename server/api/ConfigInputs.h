#pragma once
// What the resolver needs for one scope, read from storage: the stored documents of the scope
// and the layers above it, the organization's opt-outs and the sync rules.

#include "ConfigResolver.h"
#include "storage/ConfigSettingRepository.h"

namespace wedsync::server {

struct ConfigInputs
{
    ConfigScope scope;
    ConfigSettingType type = ConfigSettingType::Rbac;
    StoredConfig platform;
    StoredConfig tenant; // tenant and user scopes
    StoredConfig user; // user scope
    ConfigOptOuts optOuts;
    QList<ConfigSyncRule> rules;

    // The scope's own stored document.
    const StoredConfig &own() const;
    ConfigResolveRequest request() const;
    ResolvedConfig resolve() const { return resolveConfig(request()); }
};

Result<ConfigInputs> loadConfigInputs(Database &db, const Clock &clock,
                                      const ConfigSecrets &secrets, const ConfigScope &scope,
                                      ConfigSettingType type);

// A stored document as the resolver's input for its layer.
ConfigLayerInput layerInput(const StoredConfig &stored);

} // namespace wedsync::server
