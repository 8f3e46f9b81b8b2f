#pragma once
// The Suppliers screen's tables: the review queue (submissions, oldest first), the suppliers
// with their tier and figures, and one supplier's requirements. Filled by the screen from
// services/compliance; they never fetch.

#include "SupplierCompliance.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace wedsync {

// Rows of one kind, replaced as a whole; the names of people for the "by" columns.
template<typename Item> class ComplianceTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<Item> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    const QList<Item> &items() const { return m_items; }
    const Item &item(int row) const { return m_items.at(row); }
    int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (m_items.at(row).id == id)
                return row;
        }
        return -1;
    }
    void setToday(const QDate &today) { m_today = today; }
    // The language changed: headers and words are asked again (the selection stays).
    void retranslate()
    {
        Q_EMIT this->headerDataChanged(Qt::Horizontal, 0, this->columnCount() - 1);
        if (!m_items.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, 0),
                                     this->index(int(m_items.size()) - 1, this->columnCount() - 1));
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

protected:
    QList<Item> m_items;
    QDate m_today = QDate::currentDate();
};

class ReviewQueueModel : public ComplianceTableModel<RequirementRecord>
{
    Q_OBJECT
public:
    enum Column { RequirementColumn, SupplierColumn, SubmittedColumn, DueColumn, ColumnCount };
    using ComplianceTableModel::ComplianceTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

class SupplierListModel : public ComplianceTableModel<SupplierSummary>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        TierColumn,
        ApprovedColumn, // "7 of 10"
        PointsColumn, // "60 of 120"
        NextColumn, // "Eligible" for the next tier
        ColumnCount
    };
    using ComplianceTableModel::ComplianceTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

class RequirementRecordModel : public ComplianceTableModel<RequirementRecord>
{
    Q_OBJECT
public:
    enum Column { RequirementColumn, PointsColumn, StatusColumn, DueColumn, ColumnCount };
    using ComplianceTableModel::ComplianceTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace wedsync
