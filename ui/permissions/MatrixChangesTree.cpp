#include "permissions/MatrixChangesTree.h"

#include "SectionNames.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace wedsync {

namespace {

QString flagTitle(MatrixFlag flag)
{
    switch (flag) {
    case MatrixFlag::View:
        return QCoreApplication::translate("wedsync::MatrixChangesTree", "view");
    case MatrixFlag::Edit:
        return QCoreApplication::translate("wedsync::MatrixChangesTree", "edit");
    case MatrixFlag::Hide:
        return QCoreApplication::translate("wedsync::MatrixChangesTree", "hide");
    }
    return {};
}

QString allowed(bool on)
{
    return on ? QCoreApplication::translate("wedsync::MatrixChangesTree", "allowed")
              : QCoreApplication::translate("wedsync::MatrixChangesTree", "not allowed");
}

} // namespace

QString findingsParagraph(const QString &heading, const QList<IntegrityFinding> &findings)
{
    if (findings.isEmpty())
        return {};
    QStringList lines {heading};
    for (const IntegrityFinding &finding : findings)
        lines.append(QStringLiteral("• ") + finding.message);
    return QStringLiteral("\n\n") + lines.join(u'\n');
}

void showMatrixChanges(QTreeWidget *tree, const MatrixDiff &diff, const QString &afterHeader)
{
    tree->clear();
    tree->setHeaderLabels({QCoreApplication::translate("wedsync::MatrixChangesTree", "Section"),
                           QCoreApplication::translate("wedsync::MatrixChangesTree", "Role"),
                           QCoreApplication::translate("wedsync::MatrixChangesTree", "Permission"),
                           QCoreApplication::translate("wedsync::MatrixChangesTree", "Now"),
                           afterHeader});
    for (const MatrixRowDiff &row : diff.rows) {
        const QString section
            = row.title.isEmpty() ? sectionTypeDisplayName(row.sectionType) : row.title;
        for (const MatrixFlagChange &change : row.changes) {
            new QTreeWidgetItem(tree,
                                {section, roleDisplayName(change.role), flagTitle(change.flag),
                                 allowed(change.before), allowed(change.after)});
        }
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
}

} // namespace wedsync
