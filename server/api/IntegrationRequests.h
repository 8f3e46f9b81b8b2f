#pragma once
// What the CRM hub's handlers share: who may do what (org admins manage, coordinators and
// platform staff read, support also retries), the body reader that names unknown fields, and
// the lookups that answer 404 exactly like a missing object for another tenant's.

#include "IntegrationRules.h"
#include "JsonReader.h"
#include "api/IntegrationService.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;

namespace crmrequest {

const QString &organizationPath(); // /api/v1/organizations/{org:uuid}
Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler);

// 403 unless the caller manages the organization's integrations (its admins, platform admins).
std::optional<ApiResponse> requireManager(const ApiRequest &request);
// 403 unless the caller may retry its jobs (managers and support staff).
std::optional<ApiResponse> requireRetrier(const ApiRequest &request);

// The integration of path parameters "org" and "integration" for a manager: 404 when the
// organization is not visible or the integration is not its, 403 for a caller who does not
// manage it; fills `row` otherwise.
std::optional<ApiResponse> requireManagedIntegration(ApiRequest &request, Database &db,
                                                     const Clock &clock,
                                                     IntegrationService &service,
                                                     IntegrationRow *row);

// A JSON body with only `allowed` keys.
Result<QJsonObject> readBody(ApiRequest &request, const QStringList &allowed);
Error invalid(QList<FieldError> errors);

// Maps the service's errors to statuses (tier_limit 402, ...), 412 with the current state.
ApiResponse failure(const ApiRequest &request, const Error &error, const QJsonValue &current = {});

// Rows of an import batch or a dry run: [{row, fields}], fields' keys are client fields.
QList<ImportRow> readRows(JsonReader &reader, int maxRows);

} // namespace crmrequest

} // namespace wedsync::server
