#include "RoleFilterProxyModel.h"

#include "ModelRoles.h"

namespace wedsync {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterRole(FilterRole);
}

void RoleFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    if (m_roleFilters.value(role) == value && (value.isValid() == m_roleFilters.contains(role)))
        return;
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    refilter();
}

void RoleFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    refilter();
}

void RoleFilterProxyModel::refilter()
{
    QAbstractItemModel *source = sourceModel();
    if (!source || source->rowCount() <= IncrementalRefilterMaxRows) {
        invalidateRowsFilter();
        return;
    }
    // A new filter over a large model removes rows in thousands of separate ranges, and views
    // do work per range that grows with the model: a reset filters once, in one pass.
    setSourceModel(nullptr);
    setSourceModel(source);
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (index.data(it.key()) != it.value())
            return false;
    }
    if (m_searchText.isEmpty())
        return true;
    return index.data(FilterRole).toString().contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace wedsync
