#include "storage/SqliteBusyWait.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <thread>

namespace wedsync::server {

namespace {

using namespace std::chrono_literals;

constexpr int FineTries = 40; // 40 × 50 µs: 2 ms
constexpr auto FineStep = 50us;
constexpr auto CoarseStep = 1ms;

// `timeoutMs` is the limit itself, carried in the pointer.
int waitOnce(void *timeoutMs, int tries)
{
    const qint64 limit = static_cast<qint64>(reinterpret_cast<std::intptr_t>(timeoutMs));
    if (tries < FineTries) {
        std::this_thread::sleep_for(FineStep);
        return 1;
    }
    // Waited so far, counting the sleeps only (a try itself takes microseconds).
    const qint64 waited = std::chrono::duration_cast<std::chrono::milliseconds>(
                              FineStep * FineTries + CoarseStep * (tries - FineTries))
                              .count();
    if (waited >= limit)
        return 0;
    std::this_thread::sleep_for(CoarseStep);
    return 1;
}

} // namespace

bool installSqliteBusyWait(QSqlDatabase &db, int timeoutMs)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return false;
    return sqlite3_busy_handler(connection, &waitOnce,
                                reinterpret_cast<void *>(static_cast<std::intptr_t>(timeoutMs)))
        == SQLITE_OK;
}

} // namespace wedsync::server
