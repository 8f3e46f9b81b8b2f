#pragma once
// Answers a write from a writer thread (storage/ReaderPool made with Rerun::Never) instead of the
// event loop, so that its transaction's round trips overlap other requests' and other writes':
//
//   return answerFromWriter(m_writers, m_db, notifier, request,
//                           [=](Database &db, const ChangeNotifier &n) { return write(db, n); });
//
// `write` runs one transaction on the connection it is given and publishes through the
// notifier it is given: on a writer, one that queues what commits behind the event loop's own
// writes in commit order (ChangeNotifier::ForwardTo); here, `root` itself. Like a reader's work
// it must not touch the request (gone by then), the event loop's objects or its connection.
// Without a pool, where the request cannot answer later, or inside a transaction of the event
// loop (an Idempotency-Key's, which must hold the write), it runs here on `here`.
// A writer whose connection is lost answers 503: the write is not run again, since whether a
// COMMIT that lost its connection was stored is unknown.

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <functional>

namespace wedsync::server {

class ChangeNotifier;
class Database;
class ReaderPool;

using WriterWork = std::function<ApiResponse(Database &db, const ChangeNotifier &notifier)>;

ApiResponse answerFromWriter(ReaderPool *pool, Database &here, const ChangeNotifier &root,
                             const ApiRequest &request, WriterWork write);

} // namespace wedsync::server
