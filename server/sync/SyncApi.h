#pragma once
// /api/v1/sync: the sync health dashboard (per-tenant health, events, live connections, open
// conflicts) and "resync now". Platform staff see every tenant, an organization's admins
// theirs; others get 403 and another tenant's organization is 404.

#include "Clock.h"
#include "http/Router.h"

namespace wedsync::server {

class ChangeNotifier;
class ConnectionSampler;
class Database;
class SyncMonitor;

class SyncApi
{
public:
    SyncApi(SyncMonitor &monitor, ConnectionSampler &sampler, const ChangeNotifier &notifier,
            Database &db, const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse health(ApiRequest &request);
    ApiResponse events(ApiRequest &request);
    ApiResponse resync(ApiRequest &request);
    ApiResponse connections(ApiRequest &request);
    ApiResponse conflicts(ApiRequest &request);
    ApiResponse resolveConflict(ApiRequest &request);

    SyncMonitor &m_monitor;
    ConnectionSampler &m_sampler;
    const ChangeNotifier &m_notifier;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
