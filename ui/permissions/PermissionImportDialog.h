#pragma once
// What importing a permissions file would do, before anything is sent: every cell it changes
// (section, role, permission, before → after) and the findings the result would have; or, for
// a file that cannot be imported, every problem with its row and field. Nothing changes until
// the admin applies it, and then all of it or none.

#include "IntegrityChecker.h"
#include "PermissionsDocument.h"
#include "Result.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace wedsync {

class PermissionImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `preview`: the import into the dashboard on screen, or why it cannot be imported.
    // `findings`: those of the imported matrix that the dashboard does not have now.
    PermissionImportDialog(const QString &fileName, const Result<PermissionsImport> &preview,
                           const QList<IntegrityFinding> &findings, QWidget *parent = nullptr);

    QTreeWidget *changes() const { return m_changes; }
    bool canApply() const { return m_canApply; }

private:
    QLabel *m_summary;
    QTreeWidget *m_changes;
    bool m_canApply = false;
};

} // namespace wedsync
