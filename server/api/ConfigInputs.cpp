#include "api/ConfigInputs.h"

#include "storage/ConfigPolicyRepository.h"

namespace wedsync::server {

const StoredConfig &ConfigInputs::own() const
{
    switch (scope.layer) {
    case ConfigLayer::Platform:
        return platform;
    case ConfigLayer::Tenant:
        return tenant;
    case ConfigLayer::User:
        return user;
    }
    return platform;
}

ConfigLayerInput layerInput(const StoredConfig &stored)
{
    return ConfigLayerInput {stored.document, stored.parentBaseline};
}

ConfigResolveRequest ConfigInputs::request() const
{
    ConfigResolveRequest r;
    r.type = type;
    r.at = scope.layer;
    r.platform = platform.document;
    r.tenant = layerInput(tenant);
    r.user = layerInput(user);
    r.optOuts = optOuts;
    r.rules = rules;
    return r;
}

Result<ConfigInputs> loadConfigInputs(Database &db, const Clock &clock,
                                      const ConfigSecrets &secrets, const ConfigScope &scope,
                                      ConfigSettingType type)
{
    ConfigInputs in;
    in.scope = scope;
    in.type = type;
    ConfigSettingRepository settings(db, clock, secrets);
    ConfigPolicyRepository policy(db, clock);
    auto rules = policy.rules();
    if (!rules)
        return rules.error();
    in.rules = rules.value();
    auto platform = settings.find(ConfigScope::platform(), type);
    if (!platform)
        return platform.error();
    in.platform = platform.value();
    if (scope.layer == ConfigLayer::Platform)
        return in;
    auto tenant = settings.find(ConfigScope::tenant(scope.organizationId), type);
    if (!tenant)
        return tenant.error();
    in.tenant = tenant.value();
    auto optOuts = policy.optOuts(scope.organizationId);
    if (!optOuts)
        return optOuts.error();
    in.optOuts = optOuts.value();
    if (scope.layer == ConfigLayer::User) {
        auto user = settings.find(scope, type);
        if (!user)
            return user.error();
        in.user = user.value();
    }
    return in;
}

} // namespace wedsync::server
