#pragma once
// Answers the section, permission and audit routes share: who is writing, 403 with a reason,
// and the mapping of a failed versioned write to its status (412 carries the current state).

#include "api/AuditedTransaction.h"
#include "http/Router.h"

#include <QJsonArray>

#include <optional>

namespace wedsync::server {

class Database;
class Operator;
struct Organization;

// The caller and request id of a write, for the audit trail.
MutationActor actorOf(const ApiRequest &request);

// 403 "forbidden" with a sentence saying who may do it instead.
ApiResponse forbidden(const QString &message);

// How a versioned write failed: not_found 404, version_conflict 412 (details.current is
// `current`: an object for one resource, an array for a batch), validation_failed and
// invalid_section 400 (details.fields), section_exists / conflict / unique_violation 409,
// precondition_required 428; anything else through errorResponse (storage: 500).
ApiResponse writeFailure(const ApiRequest &request, const Error &error,
                         const QJsonValue &current = {});

// 404 unless the organization of path parameter "org" exists and the caller may see it
// (another tenant's is answered exactly like a missing one).
std::optional<ApiResponse> requireVisibleOrganization(const ApiRequest &request, Database &db,
                                                      const Clock &clock);
// Its first half: 404 unless the caller may see organization "org" (whether it exists is the
// caller's to check, e.g. in the same read as something else).
std::optional<ApiResponse> requireReadableOrganization(const ApiRequest &request);
// Its second half, on any connection (a reader's too: the request is gone by then, its id is
// what an error answer needs): 404 unless organization `id` exists; fills `found` if given.
std::optional<ApiResponse> requireExistingOrganization(Database &db, const Clock &clock,
                                                       const QString &id, const QString &requestId,
                                                       Organization *found = nullptr);

// A JSON object body that holds only `allowed` keys; any other key is a validation_failed
// field naming what the request takes.
Result<QJsonObject> readBodyWithFields(ApiRequest &request, const QStringList &allowed);

// 400 invalid_query naming the parameter (details.parameter and details.fields).
ApiResponse invalidQuery(const QString &name, const QString &message);

// A query parameter that must be a UUID if present: fills `value` (lower case) or answers 400.
std::optional<ApiResponse> readUuidQuery(const ApiRequest &request, const QString &name,
                                         QString *value);
// Rejects query parameters other than `allowed` (a misspelt filter would silently do nothing).
std::optional<ApiResponse> rejectUnknownQuery(const ApiRequest &request,
                                              const QStringList &allowed);
// "true" or "false" (absent: *value left as it is); 400 naming the parameter otherwise.
std::optional<ApiResponse> readBoolQuery(const ApiRequest &request, const QString &name,
                                         bool *value);
// "2025-06-01T12:00:00Z" / with an offset; 400 naming the parameter otherwise.
std::optional<ApiResponse> readTimeQuery(const ApiRequest &request, const QString &name,
                                         QDateTime *value);

} // namespace wedsync::server
