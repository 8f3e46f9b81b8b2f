#pragma once
// The inputs of the conflict routes. The lists' query (GET /api/v1/sync/conflicts,
// /organizations/{org}/conflicts): status (open by default, or resolved, dismissed, all),
// source, entityType, entityId, q (a part of the label, or the entity id), and paging: limit,
// cursor or offset. The bodies of resolve and bulk resolve.

#include "http/Router.h"
#include "storage/SyncConflictRepository.h"
#include "sync/ConflictResolver.h"

#include <optional>

namespace wedsync::server {

struct ConflictsQuery
{
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultPageSize = 100;

    // Fills `filter` (not its tenant scope; organizationId only when `withOrganization`) or
    // answers 400 naming the parameter.
    static std::optional<ApiResponse> read(const ApiRequest &request, bool withOrganization,
                                           SyncConflictRepository::Filter *filter);
};

// The most conflicts one bulk resolution closes.
inline constexpr qsizetype MaxBulkResolution = 1000;

// POST /sync/conflicts/{id}/resolve: {resolution: "mine"|"theirs"|"merged", document?,
// entityVersion?}; If-Match: "<version>" stands for entityVersion. Errors: validation_failed
// with a field per problem.
Result<ConflictResolutionRequest> decodeResolution(const ApiRequest &request,
                                                   const QString &conflictId);
// POST /sync/conflicts/resolve: {ids: [uuid, ...] (1..1000, no repeats), resolution:
// "mine"|"theirs"}.
Result<QList<ConflictResolutionRequest>> decodeBulkResolution(const QJsonObject &body);

} // namespace wedsync::server
