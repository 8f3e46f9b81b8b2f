#pragma once
// The cells a permission change would make, one line each (section, role, permission, now →
// after), as the import and template dialogs show them before anything is sent.

#include "IntegrityChecker.h"
#include "PermissionMatrixEdits.h"

class QTreeWidget;

namespace wedsync {

// Replaces the tree's lines and headers with `diff`'s cells; `afterHeader` names the last
// column ("After import").
void showMatrixChanges(QTreeWidget *tree, const MatrixDiff &diff, const QString &afterHeader);
// `heading`, then one bulleted line per finding (nothing when there is none), to follow a
// preview's summary.
QString findingsParagraph(const QString &heading, const QList<IntegrityFinding> &findings);

} // namespace wedsync
