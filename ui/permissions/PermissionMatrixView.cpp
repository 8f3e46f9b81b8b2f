#include "permissions/PermissionMatrixView.h"

#include "ModelRoles.h"
#include "PermissionMatrixModel.h"
#include "permissions/PermissionCellDelegate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace wedsync {

PermissionMatrixView::PermissionMatrixView(PermissionMatrixModel *model, QWidget *parent)
    : QTableView(parent)
    , m_matrix(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_delegate(new PermissionCellDelegate(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterKeyColumn(PermissionMatrixModel::SectionColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // one Tab stop; arrows move inside
    setWordWrap(false);
    verticalHeader()->hide();
    // Role columns as wide as their toggles (or their header); the section names take the rest
    // of the width.
    for (int column = 1; column < model->columnCount(); ++column)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(PermissionMatrixModel::SectionColumn,
                                             QHeaderView::Stretch);
    horizontalHeader()->setSectionsClickable(true);
    // Every role cell asks for the same width: measuring the rows on screen is enough (all 300
    // rows cost a third of the first paint, bench_permissionmatrixpaint).
    horizontalHeader()->setResizeContentsPrecision(0);
}

} // namespace wedsync
