#include "AuditModel.h"

#include "ModelRoles.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_records.clear();
    m_ids.clear();
    m_records = unseen(records);
    endResetModel();
}

QList<AuditRecord> AuditModel::unseen(const QList<AuditRecord> &records)
{
    QList<AuditRecord> fresh;
    fresh.reserve(records.size());
    for (const AuditRecord &record : records) {
        if (m_ids.contains(record.id))
            continue;
        m_ids.insert(record.id);
        fresh.append(record);
    }
    return fresh;
}

int AuditModel::appendRecords(const QList<AuditRecord> &records)
{
    const QList<AuditRecord> fresh = unseen(records);
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_records.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

int AuditModel::prependRecords(const QList<AuditRecord> &records)
{
    QList<AuditRecord> fresh = unseen(records);
    if (fresh.isEmpty())
        return 0;
    std::stable_sort(fresh.begin(), fresh.end(), [](const AuditRecord &a, const AuditRecord &b) {
        return a.occurredAt > b.occurredAt;
    });
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_records = fresh + m_records;
    endInsertRows();
    m_total += int(fresh.size());
    return int(fresh.size());
}

void AuditModel::clear()
{
    setRecords({});
    m_total = 0;
}

void AuditModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, ActorColumn), index(rowCount() - 1, OrganizationColumn));
}

QString AuditModel::name(const QString &id) const
{
    return m_names.value(id, id);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.occurredAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case ActorColumn:
            return r.actorId.isEmpty() ? tr("system") : name(r.actorId);
        case OrganizationColumn:
            return r.organizationId.isEmpty() ? tr("platform") : name(r.organizationId);
        case EntityTypeColumn:
            return r.entityType;
        case EntityIdColumn:
            return r.entityId;
        case ActionColumn:
            return r.action;
        case RequestColumn:
            return r.requestId;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActorColumn || index.column() == OrganizationColumn)
            return index.column() == ActorColumn ? r.actorId : r.organizationId;
        return {};
    case SortRole:
        if (index.column() == TimeColumn)
            return r.occurredAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case FilterRole:
        return QString(r.entityType % u' ' % r.entityId % u' ' % r.action % u' ' % name(r.actorId));
    case IdRole:
        return r.id;
    case OrganizationRole:
        return r.organizationId;
    case KindRole:
        return r.action;
    case ObjectRole:
        return auditRecordToJson(r);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case OrganizationColumn:
        return tr("Organization");
    case EntityTypeColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity id");
    case ActionColumn:
        return tr("Action");
    case RequestColumn:
        return tr("Request");
    }
    return {};
}

} // namespace wedsync
