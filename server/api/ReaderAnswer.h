#pragma once
// Answers a request from a reader thread (storage/ReaderPool) instead of the event loop:
//
//   return answerFromReader(m_readers, m_db, request, [=](Database &db) { return read(db); });
//
// `read` runs on a reader with that reader's connection and must not touch the request (gone
// by then), the event loop's objects or its connection: give it copies of what it needs and
// objects safe across threads (the caches guarded by a mutex). Without a pool, or where the
// request cannot answer later, it runs here on `here`. A reader whose connection is lost or
// cannot be opened answers 503 with Retry-After, as the event loop does in an outage.

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <functional>

namespace wedsync::server {

class Database;
class ReaderPool;

using ReaderWork = std::function<ApiResponse(Database &db)>;

ApiResponse answerFromReader(ReaderPool *pool, Database &here, const ApiRequest &request,
                             ReaderWork read);

// Runs `work` (on `db`'s thread) and answers 500 for an exception it throws, and `lost` for a
// 5xx it answers once `db` has found its connection lost. For readers and writers alike.
ApiResponse answerGuarded(const std::function<ApiResponse()> &work, const Database &db,
                          const QString &requestId, const ApiResponse &lost);

// 503 database_unavailable with `message` and Retry-After: 1 (the event loop's outage answer
// replaces that guess with the reconnect's own time, see HttpServer::deliver).
ApiResponse databaseUnavailable(const QString &message);

// What an error answer made on a reader needs of its request, which is gone by then: its id.
ApiRequest answeringRequest(const QString &requestId);

} // namespace wedsync::server
