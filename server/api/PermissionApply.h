#pragma once
// POST /organizations/{org}/permissions/matrix/apply without HTTP: decoding the request, and
// the plan of what it changes on one dashboard (the organization's own sections, or one
// wedding's): the matrix before and after, the diff, the findings of the result, and the
// section writes that apply it all or nothing at the versions the caller previewed.
//
//   {"operation": "copy_role", "from": "photographer", "to": "vendor", ...}
//   {"operation": "import", "document": {<core/PermissionsDocument.h>}, ...}
//   ... "weddingId": null | uuid, "dryRun": true | false,
//       "expectedVersions": {"<sectionId>": <version>}   (required unless dryRun)

#include "IntegrityChecker.h"
#include "PermissionsDocument.h"
#include "api/SectionService.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace wedsync::server {

struct PermissionApplyRequest
{
    enum class Operation : quint8 { CopyRole, Import };
    Operation operation = Operation::CopyRole;
    Role from = Role::Guest; // copy_role
    Role to = Role::Guest; // copy_role
    PermissionsDocument document; // import
    QString weddingId; // empty: the organization's own sections
    bool dryRun = false;
    // Section id (lower case) -> the version the caller previewed; absent when not sent.
    std::optional<QHash<QString, qint64>> expectedVersions;

    QString operationName() const
    {
        return operation == Operation::CopyRole ? QStringLiteral("copy_role")
                                                : QStringLiteral("import");
    }
};

// What applying the request to the dashboard's sections would change.
struct PermissionApplyPlan
{
    QList<SectionRecord> sections; // the dashboard's, as stored now
    PermissionMatrix before;
    PermissionMatrix after;
    MatrixDiff diff;
    IntegrityReport findings; // of `after`, on its cells (core/PermissionMatrixFindings.h)
};

namespace permissionapply {

// Errors: validation_failed (400) for the request's own fields, naming each one;
// invalid_permissions_document (422) for the rows of an imported file ("document.rows[2]...").
Result<PermissionApplyRequest> decode(const QJsonObject &body);

// `context`: sections the roles also see (the organization's own when `sections` are a
// wedding's). Errors: invalid_permissions_document (422) when a file's row names a section
// type the dashboard does not have.
Result<PermissionApplyPlan> plan(const PermissionApplyRequest &request,
                                 const QString &organizationId, QList<SectionRecord> sections,
                                 const QList<SectionConfig> &context);

// version_conflict (412) unless `expected` names exactly the versions the plan builds on: every
// section it changes, each at its current version, and no section that is not on the dashboard
// (any more). Each problem is a field "expectedVersions.<id>"; `*current` gets those sections
// that still exist.
std::optional<Error> staleExpectations(const QHash<QString, qint64> &expected,
                                       const PermissionApplyPlan &plan,
                                       QList<SectionRecord> *current);

// The version_conflict of sections that moved after the check above (inside the transaction).
Error movedSince(const QList<SectionRecord> &moved);

// One section write per section the plan changes, plus a version check (no write) of every
// other section `expected` names, so that the transaction compares them all again.
QList<SectionChange> sectionChanges(const PermissionApplyPlan &plan,
                                    const QHash<QString, qint64> &expected);

// {organizationId, operation, dryRun, weddingId, diff, findings, matrix, expectedVersions}:
// `matrix` holds the dashboard's rows as they are (applied) or would be (dry run), and
// `expectedVersions` the versions of the changed sections to send back (dry run) or their new
// versions (applied).
QJsonObject resultJson(const QString &organizationId, const PermissionApplyRequest &request,
                       const PermissionApplyPlan &plan, const PermissionMatrix &matrix);

} // namespace permissionapply

} // namespace wedsync::server
