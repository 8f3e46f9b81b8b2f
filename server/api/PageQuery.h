#pragma once
// The paging parameters of a newest-first list: limit, and either offset or the opaque cursor
// (api/KeysetCursor) that a previous page gave out.

#include "http/Router.h"

#include <QDateTime>

#include <optional>

namespace wedsync::server {

struct PageQuery
{
    int limit = 100;
    int offset = 0;
    QDateTime beforeAt; // from the cursor; invalid without one
    QString beforeId;
};

// Reads limit (1..maxLimit, else `page->limit` stays), offset and cursor, or answers 400
// invalid_query naming the parameter.
std::optional<ApiResponse> readPageQuery(const ApiRequest &request, int maxLimit, PageQuery *page);

// The same into a repository's filter (limit, offset, beforeAt, beforeId).
template<typename Filter>
std::optional<ApiResponse> readPageInto(const ApiRequest &request, int defaultLimit, int maxLimit,
                                        Filter *filter)
{
    PageQuery page;
    page.limit = defaultLimit;
    if (auto stop = readPageQuery(request, maxLimit, &page))
        return stop;
    filter->limit = page.limit;
    filter->offset = page.offset;
    filter->beforeAt = page.beforeAt;
    filter->beforeId = page.beforeId;
    return std::nullopt;
}

} // namespace wedsync::server
