#pragma once
// Who reaches which configuration scope, for every configuration route. Platform: every
// console user reads, platform admins write. Organization: whoever sees it reads (another
// tenant's is 404), its admins and platform admins write. User: the user and whoever reads the
// organization's operations (its admins, platform staff) read; only the user writes.

#include "Clock.h"
#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;

// The scope of a configuration route from its path parameters ({org}, {user}), or the answer
// (404) when the caller may not see it.
std::optional<ApiResponse> locateConfigScope(const ApiRequest &request, Database &db,
                                             const Clock &clock, ConfigScope *scope);
// 404 for an unknown {type} (or one not kept at the scope's layer).
std::optional<ApiResponse> readConfigType(const ApiRequest &request, const ConfigScope &scope,
                                          ConfigSettingType *type);
// 403 with who may instead, unless the caller may write `scope`.
std::optional<ApiResponse> requireConfigWriter(const ApiRequest &request, const ConfigScope &scope);

} // namespace wedsync::server
