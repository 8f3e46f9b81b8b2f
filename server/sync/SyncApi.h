#pragma once
// /api/v1/sync: the sync health dashboard (per-tenant health, events, live connections), "resync
// now", and the conflict center (list, detail, resolve, dismiss, bulk resolve). Platform staff
// see every tenant, an organization's admins theirs; others get 403 and another tenant's
// organization is 404. Coordinators may also open and resolve the conflicts of sections they
// could edit (ConflictResolver::refusal), though the lists stay the admins'.

#include "Clock.h"
#include "http/Router.h"
#include "sync/ConflictResolver.h"

namespace wedsync::server {

class ChangeNotifier;
class ConnectionSampler;
class Database;
class ReaderPool;
class SectionService;
class SyncMonitor;

class SyncApi
{
public:
    SyncApi(SyncMonitor &monitor, ConnectionSampler &sampler, const ChangeNotifier &notifier,
            SectionService &sections, Database &db, const Clock &clock);
    // The event and conflict lists are read on these threads when given (storage/ReaderPool).
    void setReaders(ReaderPool *readers) { m_readers = readers; }
    void registerRoutes(Router &router);

private:
    ApiResponse health(ApiRequest &request);
    ApiResponse events(ApiRequest &request);
    ApiResponse resync(ApiRequest &request);
    ApiResponse connections(ApiRequest &request);
    ApiResponse conflicts(ApiRequest &request);
    ApiResponse conflict(ApiRequest &request);
    ApiResponse resolveConflict(ApiRequest &request);
    ApiResponse dismissConflict(ApiRequest &request);
    ApiResponse resolveConflicts(ApiRequest &request);
    // Runs the resolutions (one transaction) and answers with the closed conflicts.
    ApiResponse closeConflicts(ApiRequest &request, const QList<ConflictResolutionRequest> &items,
                               bool single);

    SyncMonitor &m_monitor;
    ConnectionSampler &m_sampler;
    const ChangeNotifier &m_notifier;
    SectionService &m_sections;
    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
