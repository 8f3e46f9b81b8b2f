#pragma once
// An answer a route handler gives after it has returned, e.g. once a worker thread is done:
//
//   auto later = request.answerLater();
//   pool.start([later, ...] {
//       ... work ...
//       QMetaObject::invokeMethod(context, [later, ...] { later->answer(response); });
//   });
//   return ApiResponse::later();
//
// HttpServer keeps the connection's answers in request order (a pipelined request behind
// this one waits), does not time the connection out or close it ("Connection: close") before
// the answer is written, and drops the answer if the client has gone meanwhile. Call answer()
// on the HTTP server's thread; the first answer counts. One that is never answered (its last
// reference dropped) answers 500, so no client waits for ever.
// Not for routes run inside an idempotency scope (keyed writes): those must answer at once.

#include "http/ApiResponse.h"

#include <functional>

namespace wedsync::server {

class PendingAnswer
{
public:
    using Deliver = std::function<void(ApiResponse)>;

    explicit PendingAnswer(Deliver deliver);
    ~PendingAnswer();
    PendingAnswer(const PendingAnswer &) = delete;
    PendingAnswer &operator=(const PendingAnswer &) = delete;

    void answer(ApiResponse response);
    bool isAnswered() const { return !m_deliver; }

private:
    Deliver m_deliver;
};

} // namespace wedsync::server
