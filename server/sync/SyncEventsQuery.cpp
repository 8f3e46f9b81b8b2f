#include "sync/SyncEventsQuery.h"

#include "api/ApiReplies.h"
#include "api/PageQuery.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

std::optional<ApiResponse> SyncEventsQuery::read(const ApiRequest &request,
                                                 SyncEventRepository::Filter *filter)
{
    if (auto stop = rejectUnknownQuery(request,
                                       {u"organizationId"_s, u"kind"_s, u"status"_s, u"from"_s,
                                        u"to"_s, u"limit"_s, u"offset"_s, u"cursor"_s}))
        return stop;
    if (auto stop = readUuidQuery(request, u"organizationId"_s, &filter->organizationId))
        return stop;
    filter->kind = request.query.queryItemValue(u"kind"_s, QUrl::FullyDecoded).trimmed();
    if (filter->kind.size() > 64)
        return invalidQuery(u"kind"_s, u"kind is at most 64 characters."_s);
    filter->status = request.query.queryItemValue(u"status"_s, QUrl::FullyDecoded).trimmed();
    if (!filter->status.isEmpty() && !syncStatusFromName(filter->status))
        return invalidQuery(u"status"_s, u"status is success, partial, failed or pending."_s);
    if (auto stop = readTimeQuery(request, u"from"_s, &filter->from))
        return stop;
    if (auto stop = readTimeQuery(request, u"to"_s, &filter->to))
        return stop;
    if (filter->from.isValid() && filter->to.isValid() && filter->from > filter->to)
        return invalidQuery(u"to"_s, u"to must not be before from."_s);
    return readPageInto(request, DefaultPageSize, MaxPageSize, filter);
}

} // namespace wedsync::server
