#pragma once
// The permission matrix as a table: the model behind a filter proxy (the search box narrows
// the sections), each cell painted by PermissionCellDelegate, role columns as wide as their
// toggles and the section names taking the rest. The Permissions page shows one; the
// first-paint benchmark measures the same.

#include <QTableView>

class QSortFilterProxyModel;

namespace wedsync {

class PermissionCellDelegate;
class PermissionMatrixModel;

class PermissionMatrixView : public QTableView
{
    Q_OBJECT
public:
    explicit PermissionMatrixView(PermissionMatrixModel *model, QWidget *parent = nullptr);

    PermissionMatrixModel *matrixModel() const { return m_matrix; }
    // What the view shows: the matrix model, filtered on the section names.
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    PermissionCellDelegate *cellDelegate() const { return m_delegate; }

private:
    PermissionMatrixModel *m_matrix;
    QSortFilterProxyModel *m_proxy;
    PermissionCellDelegate *m_delegate;
};

} // namespace wedsync
