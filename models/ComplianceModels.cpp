#include "ComplianceModels.h"

#include "ComplianceText.h"
#include "ModelRoles.h"
#include "TimeText.h"

#include <QColor>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Sorting and filtering keys shared by the tables.
QVariant dateSortKey(const QDate &date)
{
    return date.isValid() ? QVariant(date.toJulianDay())
                          : QVariant(std::numeric_limits<qint64>::max());
}

} // namespace

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const RequirementRecord &record = m_items.at(index.row());
    if (role == IdRole)
        return record.id;
    if (role == SortRole) {
        switch (index.column()) {
        case SubmittedColumn:
            return record.submittedAt.toMSecsSinceEpoch();
        case DueColumn:
            return dateSortKey(record.dueDate);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RequirementColumn
        && !record.evidenceRef.isEmpty())
        return tr("Evidence: %1").arg(record.evidenceRef);
    if (role == Qt::ForegroundRole && index.column() == DueColumn && record.dueDate.isValid()
        && record.dueDate < m_today)
        return QColor(0xc6, 0x28, 0x28);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case RequirementColumn:
        return record.title;
    case SupplierColumn:
        return record.supplierName;
    case SubmittedColumn:
        return timeText(record.submittedAt);
    case DueColumn:
        return ComplianceText::dueText(record.dueDate, m_today);
    }
    return {};
}

QStringList ReviewQueueModel::headerNames() const
{
    return {tr("Requirement"), tr("Supplier"), tr("Submitted"), tr("Due")};
}

QVariant SupplierListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SupplierSummary &supplier = m_items.at(index.row());
    if (role == IdRole)
        return supplier.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return supplier.email;
    if (role == Qt::ForegroundRole && !supplier.active)
        return QColor(0x80, 0x80, 0x80);
    if (role == SortRole) {
        switch (index.column()) {
        case ApprovedColumn:
            return supplier.stats.completionPercent;
        case PointsColumn:
            return supplier.stats.earnedPoints;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return supplier.active ? supplier.displayName
                               : tr("%1 (inactive)").arg(supplier.displayName);
    case RoleColumn:
        return ComplianceText::roleText(supplier.role);
    case TierColumn:
        return ComplianceText::tierText(supplier.tierName);
    case ApprovedColumn:
        return tr("%1 of %2").arg(supplier.stats.completed).arg(supplier.stats.total);
    case PointsColumn:
        return tr("%1 of %2").arg(supplier.stats.earnedPoints).arg(supplier.stats.totalPoints);
    case NextColumn:
        return supplier.advancementEligible ? tr("Eligible") : QString();
    }
    return {};
}

QStringList SupplierListModel::headerNames() const
{
    return {tr("Supplier"), tr("Role"), tr("Tier"), tr("Approved"), tr("Points"), tr("Next tier")};
}

QVariant RequirementRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const RequirementRecord &record = m_items.at(index.row());
    if (role == IdRole)
        return record.id;
    const bool counted = isCounted(record.status);
    if (role == Qt::ForegroundRole && !counted)
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::ForegroundRole && index.column() == DueColumn && record.dueDate.isValid()
        && record.dueDate < m_today && record.status != RequirementStatus::Approved)
        return QColor(0xc6, 0x28, 0x28);
    if (role == Qt::ToolTipRole && !record.reviewNote.isEmpty())
        return tr("Reviewer's note: %1").arg(record.reviewNote);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RequirementColumn:
        return record.title;
    case PointsColumn:
        return QLocale().toString(record.points);
    case StatusColumn:
        return ComplianceText::statusText(record.status);
    case DueColumn:
        return record.status == RequirementStatus::Approved || !counted
            ? QString()
            : ComplianceText::dueText(record.dueDate, m_today);
    }
    return {};
}

QStringList RequirementRecordModel::headerNames() const
{
    return {tr("Requirement"), tr("Points"), tr("Status"), tr("Due")};
}

} // namespace wedsync
