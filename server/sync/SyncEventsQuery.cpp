#include "sync/SyncEventsQuery.h"

#include "api/ApiReplies.h"
#include "api/KeysetCursor.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

std::optional<ApiResponse> readInt(const ApiRequest &request, const QString &name, int min, int max,
                                   int *value)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool isNumber = false;
    const int number = request.query.queryItemValue(name).toInt(&isNumber);
    if (!isNumber || number < min || number > max)
        return invalidQuery(name,
                            u"%1 is a whole number from %2 to %3."_s.arg(name).arg(min).arg(max));
    *value = number;
    return std::nullopt;
}

} // namespace

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
    filter->limit = DefaultPageSize;
    if (auto stop = readInt(request, u"limit"_s, 1, MaxPageSize, &filter->limit))
        return stop;
    if (auto stop = readInt(request, u"offset"_s, 0, 100'000'000, &filter->offset))
        return stop;
    if (request.query.hasQueryItem(u"cursor"_s)) {
        if (request.query.hasQueryItem(u"offset"_s))
            return invalidQuery(u"cursor"_s, u"Use either cursor or offset, not both."_s);
        KeysetCursor cursor;
        if (!KeysetCursor::decode(request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded),
                                  &cursor))
            return invalidQuery(u"cursor"_s,
                                u"This cursor is not one the server gave out; "
                                "start again without it."_s);
        filter->beforeAt = cursor.at;
        filter->beforeId = cursor.id;
    }
    return std::nullopt;
}

} // namespace wedsync::server
