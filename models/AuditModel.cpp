#include "AuditModel.h"

#include "ModelRoles.h"
#include "TimeText.h"
#include "WireWords.h"

#include <QJsonObject>
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
        // The server names each actor; live rows (without names) use what was learnt.
        if (!record.actorId.isEmpty() && !record.actorEmail.isEmpty())
            m_actors.insert(record.actorId, {record.actorName, record.actorEmail});
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

void AuditModel::setSignedInUser(const QString &userId, const QString &label)
{
    m_selfId = userId;
    m_selfLabel = label;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, ActorColumn), index(rowCount() - 1, ActorColumn));
}

QString AuditModel::name(const QString &id) const
{
    return m_names.value(id, id);
}

QString AuditModel::actorText(const QString &actorId) const
{
    if (actorId.isEmpty())
        return tr("system");
    if (const auto it = m_names.constFind(actorId); it != m_names.cend() && !it->isEmpty())
        return *it;
    if (const auto it = m_actors.constFind(actorId); it != m_actors.cend())
        return it->name.isEmpty() ? it->email : it->name;
    if (!m_selfId.isEmpty() && actorId == m_selfId && !m_selfLabel.isEmpty())
        return m_selfLabel;
    return shortenedId(actorId);
}

QList<AuditModel::Actor> AuditModel::knownActors() const
{
    QList<Actor> actors;
    for (auto it = m_actors.cbegin(); it != m_actors.cend(); ++it)
        actors.append({it.key(), it->name, it->email});
    if (!m_selfId.isEmpty() && !m_actors.contains(m_selfId))
        actors.append({m_selfId, {}, m_selfLabel});
    std::sort(actors.begin(), actors.end(), [](const Actor &a, const Actor &b) {
        return (a.name.isEmpty() ? a.email : a.name)
                   .localeAwareCompare(b.name.isEmpty() ? b.email : b.name)
            < 0;
    });
    return actors;
}

QString AuditModel::actionText(const QString &action)
{
    if (action == u"create")
        return tr("Create");
    if (action == u"update")
        return tr("Update");
    if (action == u"delete")
        return tr("Delete");
    if (action == u"reorder")
        return tr("Reorder");
    if (action == u"permissions_update")
        return tr("Permissions change");
    if (action == u"login")
        return tr("Sign-in");
    if (action == u"logout")
        return tr("Sign-out");
    if (action == u"refresh_token_reuse")
        return tr("Reused sign-in token");
    if (action == u"demo_seed")
        return tr("Demo data");
    if (action == u"conflict_resolve")
        return tr("Conflict resolved");
    if (action == u"conflict_dismiss")
        return tr("Conflict dismissed");
    if (action == u"resync")
        return tr("Resync");
    return wireNameAsWords(action);
}

QString AuditModel::entityTypeText(const QString &entityType)
{
    if (entityType == u"section_configuration")
        return tr("Section");
    if (entityType == u"session")
        return tr("Sign-in");
    if (entityType == u"organization")
        return tr("Organization");
    if (entityType == u"wedding")
        return tr("Wedding");
    if (entityType == u"user")
        return tr("User");
    if (entityType == u"sync_conflict")
        return tr("Sync conflict");
    return wireNameAsWords(entityType);
}

QString AuditModel::entityLabel(const AuditRecord &record)
{
    const QJsonObject state = record.after ? *record.after : record.before.value_or(QJsonObject());
    const QString title = state.value(u"customization"_s).toObject().value(u"title"_s).toString();
    if (!title.isEmpty())
        return title;
    for (const QString &key :
         {u"title"_s, u"name"_s, u"displayName"_s, u"sectionKey"_s, u"label"_s}) {
        const QString text = state.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
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
            return timeText(r.occurredAt);
        case ActorColumn:
            return actorText(r.actorId);
        case OrganizationColumn:
            return r.organizationId.isEmpty() ? tr("platform") : name(r.organizationId);
        case EntityColumn: {
            const QString label = entityLabel(r);
            return label.isEmpty() ? entityTypeText(r.entityType)
                                   : tr("%1 · %2").arg(entityTypeText(r.entityType), label);
        }
        case EntityIdColumn:
            return r.entityId;
        case ActionColumn:
            return actionText(r.action);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ActorColumn:
            return r.actorId;
        case OrganizationColumn:
            return r.organizationId;
        case ActionColumn:
            return r.action;
        case EntityColumn: // the whole title, which a narrow column may cut
            return QString(data(index, Qt::DisplayRole).toString() % u" (" % r.entityType % u')');
        case EntityIdColumn:
            return r.entityId;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return r.occurredAt.toMSecsSinceEpoch();
        case ActionColumn:
            return r.action;
        case EntityColumn:
            return r.entityType;
        }
        return data(index, Qt::DisplayRole);
    case FilterRole:
        return QString(r.entityType % u' ' % entityTypeText(r.entityType) % u' ' % r.entityId % u' '
                       % r.action % u' ' % actionText(r.action) % u' ' % actorText(r.actorId) % u' '
                       % entityLabel(r));
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
        return tr("Time (%1)").arg(timeZoneText());
    case ActorColumn:
        return tr("Actor");
    case OrganizationColumn:
        return tr("Organization");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity id");
    case ActionColumn:
        return tr("Action");
    }
    return {};
}

} // namespace wedsync
