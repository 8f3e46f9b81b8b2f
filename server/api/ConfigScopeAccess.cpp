#include "api/ConfigScopeAccess.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/ConfigService.h"
#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

std::optional<ApiResponse> locateConfigScope(const ApiRequest &request, Database &db,
                                             const Clock &clock, ConfigScope *scope)
{
    const Operator *caller = callerOf(request);
    if (!caller)
        return notFound(u"The settings"_s);
    const QString org = request.param(u"org"_s);
    const QString user = request.param(u"user"_s);
    if (org.isEmpty()) {
        *scope = ConfigScope::platform();
        return std::nullopt;
    }
    if (user.isEmpty()) {
        if (auto stop = requireVisibleOrganization(request, db, clock))
            return stop;
        *scope = ConfigScope::tenant(org);
        return std::nullopt;
    }
    const bool self = user == caller->userId() && caller->roleIn(org).has_value();
    if (!self && !caller->canReadOperations(org))
        return notFound(u"The user's settings"_s);
    auto membership = UserRepository(db, clock).membership(user, org);
    if (!membership)
        return errorResponse(request, membership.error());
    if (!membership->has_value())
        return notFound(u"The user's settings"_s);
    *scope = ConfigScope::user(org, user);
    return std::nullopt;
}

std::optional<ApiResponse> readConfigType(const ApiRequest &request, const ConfigScope &scope,
                                          ConfigSettingType *type)
{
    const auto found = configSettingTypeFromName(request.param(u"type"_s));
    if (!found)
        return notFound(u"The setting type"_s);
    if (!configSettingAllowedAt(*found, scope.layer))
        return errorResponse(request, configNotHeld(*found, scope.layer));
    *type = *found;
    return std::nullopt;
}

std::optional<ApiResponse> requireConfigWriter(const ApiRequest &request, const ConfigScope &scope)
{
    const Operator *caller = callerOf(request);
    switch (scope.layer) {
    case ConfigLayer::Platform:
        if (caller && caller->isPlatformAdmin())
            return std::nullopt;
        return forbidden(u"Platform settings are changed by platform admins."_s);
    case ConfigLayer::Tenant:
        if (caller && caller->canAdminister(scope.organizationId))
            return std::nullopt;
        return forbidden(u"An organization's settings are changed by its admins."_s);
    case ConfigLayer::User:
        if (caller && caller->userId() == scope.userId)
            return std::nullopt;
        return forbidden(u"Only the user can change their own settings."_s);
    }
    return forbidden(QString());
}

} // namespace wedsync::server
