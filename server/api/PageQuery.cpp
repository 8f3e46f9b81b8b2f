#include "api/PageQuery.h"

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

std::optional<ApiResponse> readPageQuery(const ApiRequest &request, int maxLimit, PageQuery *page)
{
    if (auto stop = readInt(request, u"limit"_s, 1, maxLimit, &page->limit))
        return stop;
    if (auto stop = readInt(request, u"offset"_s, 0, 100'000'000, &page->offset))
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
        page->beforeAt = cursor.at;
        page->beforeId = cursor.id;
    }
    return std::nullopt;
}

} // namespace wedsync::server
