#pragma once
// The query of GET /api/v1/sync/events: filters, paging (limit, cursor or offset) and the
// opaque cursor of the newest-first order.

#include "http/Router.h"
#include "storage/SyncEventRepository.h"

#include <optional>

namespace wedsync::server {

struct SyncEventsQuery
{
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultPageSize = 100;

    // Fills `filter` (not its tenant scope) or answers 400 naming the parameter.
    static std::optional<ApiResponse> read(const ApiRequest &request,
                                           SyncEventRepository::Filter *filter);
};

} // namespace wedsync::server
