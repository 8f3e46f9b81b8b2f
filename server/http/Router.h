#pragma once
// Dispatches a request to the route whose method and path pattern match, with the API's
// answers for everything else: 404 not_found, 405 method_not_allowed (with Allow),
// 400 invalid_id for a badly typed path parameter, and the auth guard for non-public routes.

#include "common/Status.h"
#include "http/Route.h"

#include <QList>

#include <optional>

namespace wedsync::server {

class Router
{
public:
    // Runs before the handler of every non-public route: returns a response to stop the
    // request (401, 403) or nullopt to continue, after recording the caller in the request.
    using Guard = std::function<std::optional<ApiResponse>(const Route &, ApiRequest &)>;

    // Fails for a malformed path pattern or a method+path that is already taken.
    Status add(Route route);
    // Convenience for start-up code: adds or aborts with a message (a programming error).
    void addOrDie(Route route);

    void setGuard(Guard guard) { m_guard = std::move(guard); }

    // Runs a matched, authorized route's handler (e.g. inside an idempotency scope); without
    // one the handler is called directly.
    using Runner = std::function<ApiResponse(const Route &, ApiRequest &)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }

    // The table, in registration order: what an API description walks.
    const QList<Route> &routes() const { return m_routes; }

    ApiResponse dispatch(ApiRequest &request) const;

private:
    QList<Route> m_routes;
    Guard m_guard;
    Runner m_runner;
};

} // namespace wedsync::server
