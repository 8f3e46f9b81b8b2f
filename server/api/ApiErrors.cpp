#include "api/ApiErrors.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wedsync::server {

int statusForError(const QString &code)
{
    static const QHash<QString, int> statuses {
        {u"malformed_json"_s, 400},
        {u"invalid_body"_s, 400},
        {u"invalid_character"_s, 400},
        {u"validation_failed"_s, 400},
        {u"invalid_section"_s, 400},
        {u"invalid_id"_s, 400},
        {u"unauthenticated"_s, 401},
        {u"invalid_token"_s, 401},
        {u"token_expired"_s, 401},
        {u"session_revoked"_s, 401},
        {u"invalid_credentials"_s, 401},
        {u"invalid_refresh_token"_s, 401},
        {u"refresh_token_expired"_s, 401},
        {u"refresh_token_reused"_s, 401},
        {u"account_disabled"_s, 403},
        {u"no_console_access"_s, 403},
        {u"forbidden"_s, 403},
        {u"not_found"_s, 404},
        {u"unique_violation"_s, 409},
        {u"conflict"_s, 409},
        {u"version_conflict"_s, 412},
        {u"precondition_required"_s, 428},
        {u"invalid_permissions_document"_s, 422},
        // Configuration secrets (auth/ConfigSecrets): no AES-GCM here, or a sealed one that
        // does not open (to restore or apply).
        {u"config_secrets_unavailable"_s, 422},
        {u"config_secret_unreadable"_s, 422},
        // Supplier compliance (api/ComplianceService).
        {u"invalid_transition"_s, 422},
        {u"not_a_supplier"_s, 422},
        {u"own_submission"_s, 403},
        {u"record_closed"_s, 409},
        {u"supplier_inactive"_s, 409},
        {u"already_initialized"_s, 409},
        {u"too_many_attempts"_s, 429},
        {u"account_locked"_s, 429},
    };
    return statuses.value(code, 500);
}

ApiResponse errorResponse(const ApiRequest &request, const Error &error)
{
    const int status = statusForError(error.code);
    if (status == 500)
        return ApiResponse::internalError(request.requestId, error.code + u": "_s + error.message);
    return ApiResponse::fromError(status, error);
}

ApiResponse notFound(const QString &what)
{
    return ApiResponse::error(404, u"not_found"_s, u"%1 was not found."_s.arg(what));
}

} // namespace wedsync::server
