#pragma once
// Someone else saved the permissions of a section this admin is editing: each cell both
// changed, side by side (yours, theirs), and a choice per cell. Nothing is overwritten unseen.

#include "PermissionMatrixModel.h"

#include <QDialog>

class QTableWidget;

namespace wedsync {

class CellConflictDialog : public QDialog
{
    Q_OBJECT
public:
    CellConflictDialog(PermissionMatrixModel *model, const QString &sectionId,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Chooses every cell's side at once (what the buttons do).
    void chooseAll(bool theirs);
    void accept() override;

private:
    struct Cell
    {
        Role role;
        CellFlag flag;
        bool mine;
        bool theirs;
    };
    PermissionMatrixModel *m_model;
    QString m_sectionId;
    QList<Cell> m_cells;
    QTableWidget *m_table;
};

} // namespace wedsync
