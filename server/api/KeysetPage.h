#pragma once
// One page of a newest-first list (audit trail, sync events): the total without the cursor,
// one row more than asked for to know whether a next page exists, and the cursor after it.

#include "api/ApiErrors.h"
#include "api/KeysetCursor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wedsync::server {

// A row's time in the newest-first order; a row type without occurredAt declares an overload
// beside it (found by argument-dependent lookup).
template<typename Row> QDateTime keysetTime(const Row &row)
{
    return row.occurredAt;
}

// Repository: count(Filter) and query(Filter) returning Result<qint64>/Result<QList<Row>>;
// Filter: limit, offset, beforeAt, beforeId. Row: id and occurredAt (or keysetTime(row)).
template<typename Repository, typename Filter, typename ToJson>
ApiResponse keysetPage(const ApiRequest &request, Repository &repository, const Filter &filter,
                       ToJson toJson)
{
    using namespace Qt::StringLiterals;
    Filter counted = filter;
    counted.beforeAt = {};
    counted.beforeId.clear();
    auto total = repository.count(counted);
    if (!total)
        return errorResponse(request, total.error());
    Filter page = filter;
    page.limit = filter.limit + 1;
    auto rows = repository.query(page);
    if (!rows)
        return errorResponse(request, rows.error());
    auto list = rows.value();
    const bool more = list.size() > filter.limit;
    if (more)
        list.resize(filter.limit);
    QJsonArray items;
    for (const auto &row : std::as_const(list))
        items.append(toJson(row));
    return ApiResponse::json(QJsonObject {
        {u"items"_s, items},
        {u"total"_s, total.value()},
        {u"limit"_s, filter.limit},
        {u"offset"_s, filter.offset},
        {u"nextCursor"_s,
         more ? QJsonValue(KeysetCursor {keysetTime(list.last()), list.last().id}.encode())
              : QJsonValue(QJsonValue::Null)},
    });
}

} // namespace wedsync::server
