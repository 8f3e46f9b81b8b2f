#pragma once
// A provider's API called with an OAuth access token, from a sync worker: each request is
// signed with the token; the first 401 refreshes the token once (it lives an hour) and asks
// again. A refresh the provider refuses is kept as the reason, for the run's answer to the 401.

#include "Result.h"
#include "jobs/HttpFetcher.h"

#include <functional>
#include <optional>

namespace wedsync::server {

class BearerSession
{
public:
    // A new access token, or an Error (code <provider>_unauthorized when the grant is gone).
    using Refresh = std::function<Result<QString>()>;

    BearerSession(HttpFetcher &fetcher, QString accessToken, Refresh refresh);

    FetchResult send(const FetchRequest &request);
    // Why the token could not be refreshed after a 401, if it could not.
    const std::optional<Error> &refreshError() const { return m_refreshError; }

private:
    HttpFetcher &m_fetcher;
    QString m_accessToken;
    Refresh m_refresh;
    bool m_refreshed = false;
    std::optional<Error> m_refreshError;
};

} // namespace wedsync::server
