#pragma once
// A permission template (an rbac document's templates.<id>) applied to an organization's
// permission matrix: each section of the template's types gets the template's cells for the
// roles it names; other sections, roles and flags keep theirs. The console shows
// diffMatrices(before, after) before the planner confirms.

#include "PermissionMatrix.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace wedsync {

// Error (code "validation_failed", field "appliedTemplate") when the document has no template
// `templateId`.
Result<PermissionMatrix> applyPermissionTemplate(const QJsonObject &rbacDocument,
                                                 const QString &templateId,
                                                 PermissionMatrix matrix);

} // namespace wedsync
