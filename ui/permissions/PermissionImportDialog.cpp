#include "permissions/PermissionImportDialog.h"

#include "permissions/MatrixChangesTree.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

PermissionImportDialog::PermissionImportDialog(const QString &fileName,
                                               const Result<PermissionsImport> &preview,
                                               const QList<IntegrityFinding> &findings,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"permissionImportDialog"_s);
    const QString name = QFileInfo(fileName).fileName();
    setWindowTitle(tr("Import permissions from %1").arg(name));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(u"importChanges"_s);
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);

    if (!preview) {
        // Every problem, where it is and what to do; nothing was changed.
        m_summary->setText(tr("%1 cannot be imported; nothing was changed. %2")
                               .arg(name, preview.error().message));
        m_changes->setHeaderLabels({tr("Where"), tr("Problem")});
        for (const FieldError &problem : preview.error().fields) {
            auto *item = new QTreeWidgetItem(m_changes, {problem.field, problem.message});
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(1, problem.message);
        }
        buttons->setStandardButtons(QDialogButtonBox::Close);
    } else {
        const MatrixDiff &diff = preview.value().diff;
        m_canApply = !diff.isEmpty();
        showMatrixChanges(m_changes, diff, tr("After import"));
        QString text = diff.isEmpty()
            ? tr("%1 changes nothing: this dashboard already has these permissions.").arg(name)
            : tr("Importing %1 changes %n cell(s)", nullptr, int(diff.changeCount())).arg(name)
                + u' '
                + tr("on %n section(s). It is applied on the server as one change, all or "
                     "nothing, and recorded in the audit trail.",
                     nullptr, int(diff.rows.size()));
        text += findingsParagraph(
            tr("After the import, %n new finding(s):", nullptr, int(findings.size())), findings);
        m_summary->setText(text);
        buttons->setStandardButtons(QDialogButtonBox::Cancel);
        if (m_canApply) {
            auto *apply
                = buttons->addButton(tr("Apply %n change(s)", nullptr, int(diff.changeCount())),
                                     QDialogButtonBox::AcceptRole);
            apply->setObjectName(u"applyImport"_s);
            apply->setDefault(true);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace wedsync
