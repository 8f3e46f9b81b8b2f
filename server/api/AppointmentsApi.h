#pragma once
// /api/v1/organizations/{org}/appointments...: a tenant's appointments (consultations,
// tastings, rehearsals, meetings, the wedding days). Whoever reads the organization reads
// them (platform staff, its admins and coordinators); its admins, coordinators and platform
// admins write them, with If-Match on changes and deletes. Another tenant's is 404.

#include "AppointmentRules.h"
#include "Clock.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class AppointmentService;
class Database;
class ReaderPool;

class AppointmentsApi
{
public:
    AppointmentsApi(AppointmentService &service, Database &db, const Clock &clock);
    void registerRoutes(Router &router);
    // The list is read on these threads when given (storage/ReaderPool).
    void setReaders(ReaderPool *readers) { m_readers = readers; }

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse create(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse patch(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);

    // 404 unless the organization is visible and {appointment} is one of its (live)
    // appointments; fills `found` otherwise.
    std::optional<ApiResponse> locate(const ApiRequest &request, appointments::Appointment *found);
    // 403 unless the caller plans in the (visible) organization.
    std::optional<ApiResponse> requireWriter(const ApiRequest &request);
    // The current appointment as details.current of a 412 (null when gone).
    QJsonValue currentOf(const ApiRequest &request);

    AppointmentService &m_service;
    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
