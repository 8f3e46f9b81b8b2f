#pragma once
// Turns a stale offline replay (a keyed write refused with 412) into open sync conflicts, one
// per stale entity with both sides, plus one `conflict` sync event per tenant.

#include "Clock.h"
#include "api/ChangeNotifier.h"
#include "http/Route.h"

#include <functional>

namespace wedsync::server {

class Database;

class ConflictRecorder
{
public:
    ConflictRecorder(Database &db, const Clock &clock);

    // Called after the conflicts committed, with the organizations that got new ones.
    void setOnCommitted(std::function<void(const QStringList &)> callback)
    {
        m_onCommitted = std::move(callback);
    }

    // Inside the caller's transaction: reads details.current of the 412 answer and records.
    Status record(const ApiRequest &request, const ApiResponse &refusal, const QString &userId,
                  QList<RowChangeNote> *announce, QStringList *organizations);
    void committed(const QStringList &organizations) const;

private:
    Database &m_db;
    const Clock &m_clock;
    std::function<void(const QStringList &)> m_onCommitted;
};

} // namespace wedsync::server
