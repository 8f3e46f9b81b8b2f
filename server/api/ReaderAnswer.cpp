#include "api/ReaderAnswer.h"

#include "http/HttpLogging.h"
#include "http/PendingAnswer.h"
#include "storage/Database.h"
#include "storage/ReaderPool.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

ApiResponse unavailable()
{
    return databaseUnavailable(
        u"The database is unavailable just now; nothing was changed. Try again in 1 s."_s);
}

} // namespace

ApiResponse databaseUnavailable(const QString &message)
{
    return ApiResponse::error(503, u"database_unavailable"_s, message)
        .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
}

ApiResponse answerGuarded(const std::function<ApiResponse()> &work, const Database &db,
                          const QString &requestId, const ApiResponse &lost)
{
    try {
        ApiResponse response = work();
        if (response.status >= 500 && db.isLost())
            return lost;
        return response;
    } catch (const std::exception &e) {
        return ApiResponse::internalError(requestId,
                                          u"exception: "_s + QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return ApiResponse::internalError(requestId, u"unknown exception"_s);
    }
}

ApiResponse answerFromReader(ReaderPool *pool, Database &here, const ApiRequest &request,
                             ReaderWork read)
{
    const auto later = pool ? request.answerLater() : nullptr;
    if (!later)
        return read(here);
    pool->run([later, read = std::move(read), requestId = request.requestId](
                  Database *db, const Error &openError) mutable -> ReaderPool::Finish {
        ApiResponse response;
        if (db) {
            response = answerGuarded([&] { return read(*db); }, *db, requestId, unavailable());
        } else {
            qCWarning(lcHttp).noquote()
                << "a reader could not open the database:" << openError.message;
            response = unavailable();
        }
        // Answered, and `later` released, on the event loop only: the read's own copy goes
        // on the reader before this finish is handed over (it may run twice: not moved).
        return [later, response = std::move(response)]() mutable {
            later->answer(std::move(response));
        };
    });
    return ApiResponse::later();
}

ApiRequest answeringRequest(const QString &requestId)
{
    ApiRequest answering;
    answering.requestId = requestId;
    return answering;
}

} // namespace wedsync::server
