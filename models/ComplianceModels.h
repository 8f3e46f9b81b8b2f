#pragma once
// The Suppliers screen's tables: the review queue (submissions, oldest first), the suppliers
// with their tier and figures, and one supplier's requirements. Filled by the screen from
// services/compliance; they never fetch.

#include "ItemTableModel.h"
#include "SupplierCompliance.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace wedsync {

class ReviewQueueModel : public ItemTableModel<RequirementRecord, 4>
{
    Q_OBJECT
public:
    enum Column { RequirementColumn, SupplierColumn, SubmittedColumn, DueColumn, ColumnCount };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

class SupplierListModel : public ItemTableModel<SupplierSummary, 6>
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
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

class RequirementRecordModel : public ItemTableModel<RequirementRecord, 4>
{
    Q_OBJECT
public:
    enum Column { RequirementColumn, PointsColumn, StatusColumn, DueColumn, ColumnCount };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

} // namespace wedsync
