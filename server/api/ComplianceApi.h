#pragma once
// /api/v1/organizations/{org}/suppliers and /compliance/...: supplier compliance over REST.
// Reads: the organization's admins and coordinators and platform staff (support included).
// Reviews (a requirement's status) and recalculations: coordinators, admins, platform admins;
// a reviewer never decides their own submission. Set-up, tier switches, role changes and
// deactivation: the organization's admins and platform admins. Another tenant's is 404.
// GET /api/v1/me/compliance: a supplier's own records (no console access needed).

#include "Clock.h"
#include "JsonReader.h"
#include "api/ComplianceService.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class ReaderPool;

class ComplianceApi
{
public:
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultPageSize = 100;

    ComplianceApi(ComplianceService &service, Database &db, const Clock &clock);
    void registerRoutes(Router &router);
    // The supplier and notification lists are read on these threads when given
    // (storage/ReaderPool).
    void setReaders(ReaderPool *readers) { m_readers = readers; }

private:
    ApiResponse tiers(ApiRequest &request);
    ApiResponse requirements(ApiRequest &request);
    ApiResponse suppliers(ApiRequest &request);
    ApiResponse supplier(ApiRequest &request);
    ApiResponse records(ApiRequest &request);
    ApiResponse reviewQueue(ApiRequest &request);
    ApiResponse record(ApiRequest &request);
    ApiResponse changeStatus(ApiRequest &request);
    ApiResponse switchTier(ApiRequest &request);
    ApiResponse advancement(ApiRequest &request);
    ApiResponse initialize(ApiRequest &request);
    ApiResponse changeRole(ApiRequest &request);
    ApiResponse deactivate(ApiRequest &request);
    ApiResponse recalculate(ApiRequest &request);
    ApiResponse notifications(ApiRequest &request);
    ApiResponse mine(ApiRequest &request);

    using SupplierDecoder
        = std::function<void(JsonReader &, const QJsonObject &, SupplierChangeRequest *)>;
    using SupplierOperation = std::function<Result<ComplianceOutcome>(
        const MutationActor &, const SupplierChangeRequest &)>;
    using SupplierAnswer
        = std::function<QJsonObject(const ComplianceOutcome &, const SupplierChangeRequest &)>;
    // An admin's change of one supplier (tier, role, deactivation): body decoded by `decode`
    // (400 naming fields), the supplier located (404), admins only (403), If-Match (unless a
    // dry run), then `operation`; the answer adds `answer` to the supplier and its check.
    ApiResponse supplierChange(ApiRequest &request, const QStringList &fields,
                               const SupplierDecoder &decode, const SupplierOperation &operation,
                               const SupplierAnswer &answer);

    // 404 unless the organization is visible and the path's supplier is one of its suppliers.
    std::optional<ApiResponse> locateSupplier(const ApiRequest &request);

    ComplianceService &m_service;
    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
