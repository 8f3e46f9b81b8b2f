#include "JsonDiffModel.h"

#include "ModelRoles.h"

namespace wedsync {

JsonDiffModel::JsonDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JsonDiffModel::setDocuments(const QJsonValue &before, const QJsonValue &after)
{
    setEntries(jsonDiff(before, after));
}

void JsonDiffModel::setEntries(const QList<JsonDiffEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int JsonDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JsonDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JsonDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JsonDiffEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PathColumn:
            return entry.path;
        case ChangeColumn:
            return jsonDiffChangeName(entry.change);
        case BeforeColumn:
            return jsonDiffValueText(entry.before);
        case AfterColumn:
            return jsonDiffValueText(entry.after);
        }
        return {};
    case ChangeRole:
        return int(entry.change);
    case SortRole:
    case FilterRole:
        return entry.path;
    }
    return {};
}

QVariant JsonDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Field");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

} // namespace wedsync
