#pragma once
// Filters and sorts a console model by its shared roles: rows must equal every role value set
// (tenant, kind, status, ...) and contain the search text in FilterRole; sorting uses SortRole.

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace wedsync {

class RoleFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Above this many source rows a filter change resets the proxy instead of removing and
    // inserting rows range by range (views then lose their selection).
    static constexpr int IncrementalRefilterMaxRows = 5000;

    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    // Keep only rows whose `role` (read on column 0) equals `value`; an invalid value clears it.
    void setRoleFilter(int role, const QVariant &value);
    QVariant roleFilter(int role) const { return m_roleFilters.value(role); }
    // Case-insensitive substring of FilterRole; empty shows every row.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QHash<int, QVariant> m_roleFilters;
    QString m_searchText;
};

} // namespace wedsync
