#pragma once
// keysetPage() read on a reader thread (api/ReaderAnswer): the caller has checked the query and
// who may read it; the page is read with a Repository made on the reader's connection.

#include "Clock.h"
#include "api/KeysetPage.h"
#include "api/ReaderAnswer.h"

#include <type_traits>

namespace wedsync::server {

// A repository on `db`, made with the clock when it takes one.
template<typename Repository> Repository repositoryOn(Database &db, const Clock &clock)
{
    if constexpr (std::is_constructible_v<Repository, Database &, const Clock &>)
        return Repository(db, clock);
    else
        return Repository(db);
}

// `toJson` runs on the reader: it must capture copies only.
template<typename Repository, typename Filter, typename ToJson>
ApiResponse keysetPageOnReader(ReaderPool *readers, Database &here, const ApiRequest &request,
                               const Clock &clock, Filter filter, ToJson toJson)
{
    return answerFromReader(readers, here, request,
                            [clock = &clock, filter = std::move(filter), toJson,
                             requestId = request.requestId](Database &db) {
                                auto repository = repositoryOn<Repository>(db, *clock);
                                return keysetPage(answeringRequest(requestId), repository, filter,
                                                  toJson);
                            });
}

} // namespace wedsync::server
