#pragma once
// One entry of the route table: what it answers and how it is described (for OpenAPI).

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/PathPattern.h"

#include <QString>

#include <functional>

namespace wedsync::server {

// Who may call a route; the router's guard enforces it before the handler runs.
enum class AuthRequirement {
    Public, // no token needed (health, login, refresh)
    Authenticated, // any valid access token (e.g. /auth/me, logout)
    Console, // a token of someone with console access: platform staff, org admin/coordinator
};
QString authRequirementName(AuthRequirement auth); // "public" | "authenticated" | "console"

using RouteHandler = std::function<ApiResponse(ApiRequest &)>;

struct Route
{
    QString method; // "GET", "POST", "PUT", "PATCH", "DELETE"
    PathPattern path;
    QString summary; // one sentence for the API description
    QString tag; // group in the API description, e.g. "auth", "sections"
    AuthRequirement auth = AuthRequirement::Console;
    QString requestSchema; // schema name of the JSON body, empty if none
    QString responseSchema; // schema name of the success body, empty if none (204)
    int successStatus = 200;
    RouteHandler handler;
};

// A route that needs console access, grouped under `tag`: what every /api/v1 resource file
// builds (its own short helper binds the tag).
inline Route consoleRoute(const QString &tag, const QString &method, const QString &path,
                          const QString &summary, const QString &request, const QString &response,
                          int status, RouteHandler handler)
{
    return Route {method,
                  *PathPattern::parse(path),
                  summary,
                  tag,
                  AuthRequirement::Console,
                  request,
                  response,
                  status,
                  std::move(handler)};
}

} // namespace wedsync::server
