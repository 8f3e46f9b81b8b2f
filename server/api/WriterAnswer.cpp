#include "api/WriterAnswer.h"

#include "api/ChangeNotifier.h"
#include "api/ReaderAnswer.h"
#include "http/HttpLogging.h"
#include "http/PendingAnswer.h"
#include "storage/Database.h"
#include "storage/ReaderPool.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

ApiResponse unavailable(bool maybeStored)
{
    return databaseUnavailable(
        maybeStored
            ? u"The connection to the database was lost during the change. Reload to see whether "
              "it was saved before you try again."_s
            : u"The database is unavailable just now; nothing was changed. Try again in 1 s."_s);
}

} // namespace

ApiResponse answerFromWriter(ReaderPool *pool, Database &here, const ChangeNotifier &root,
                             const ApiRequest &request, WriterWork write)
{
    const bool inTransaction = here.transactionDepth() > 0 || root.isHolding();
    const auto later = pool && !inTransaction ? request.answerLater() : nullptr;
    if (!later)
        return write(here, root);
    pool->run([later, write = std::move(write), &root, requestId = request.requestId](
                  Database *db, const Error &openError) -> ReaderPool::Finish {
        ApiResponse response;
        if (db) {
            const ChangeNotifier notifier(ChangeNotifier::ForwardTo {root});
            response = answerGuarded([&] { return write(*db, notifier); }, *db, requestId,
                                     unavailable(true));
        } else {
            qCWarning(lcHttp).noquote()
                << "a writer could not open the database:" << openError.message;
            response = unavailable(false);
        }
        // Answered, and `later` released, on the event loop only.
        return [later, response = std::move(response)]() mutable {
            later->answer(std::move(response));
        };
    });
    return ApiResponse::later();
}

} // namespace wedsync::server
