#pragma once
// Applying a permission template (Settings › Permissions, published by the platform or the
// organization) to the dashboard on screen: choose the template, read what it is for, and see
// every cell it would change before anything is sent. Nothing changes until the admin applies
// it, and then all of it or none.

#include "IntegrityChecker.h"
#include "PermissionMatrix.h"
#include "PermissionMatrixEdits.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace wedsync {

class PermissionTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    // `rbac`: the organization's effective permission settings ({templates: {id: {label,
    // description, sections}}}); `target`: the matrix on screen, as the server has it.
    // `newFindings`: the findings a matrix would have that the dashboard has not now.
    using FindingsOf = std::function<QList<IntegrityFinding>(const PermissionMatrix &)>;
    PermissionTemplateDialog(const QJsonObject &rbac, const PermissionMatrix &target,
                             FindingsOf newFindings, QWidget *parent = nullptr);

    QComboBox *templates() const { return m_templates; }
    QTreeWidget *changes() const { return m_changes; }
    QPushButton *applyButton() const { return m_apply; }
    bool canApply() const { return !m_diff.isEmpty(); }
    QString templateId() const;
    QString templateLabel() const;
    // The matrix with the chosen template applied, and what changes.
    const PermissionMatrix &result() const { return m_after; }
    const MatrixDiff &diff() const { return m_diff; }

private:
    void preview();

    QJsonObject m_rbac;
    FindingsOf m_newFindings;
    PermissionMatrix m_target;
    PermissionMatrix m_after;
    MatrixDiff m_diff;
    QComboBox *m_templates;
    QLabel *m_description;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QPushButton *m_apply;
};

} // namespace wedsync
