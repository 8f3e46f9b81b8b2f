#include "ConflictListModel.h"

#include "ConflictPaths.h"
#include "ModelRoles.h"
#include "SectionFields.h"
#include "WireWords.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

ConflictListModel::ConflictListModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

void ConflictListModel::setItems(const QList<ConflictItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ConflictListModel::removeIds(const QStringList &ids)
{
    int removed = 0;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    return removed;
}

void ConflictListModel::update(const ConflictItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConflictListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

void ConflictListModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ConflictListModel::nameOf(const QString &id) const
{
    if (id.isEmpty())
        return tr("unknown");
    if (const auto it = m_names.constFind(id); it != m_names.cend() && !it->isEmpty())
        return *it;
    return shortenedId(id);
}

QString ConflictListModel::sourceText(const QString &source)
{
    if (source == u"offline_edit")
        return tr("Offline edit");
    if (source == u"concurrent_save")
        return tr("Concurrent save");
    if (source == u"crm_sync")
        return tr("CRM sync");
    if (source == u"calendar_sync")
        return tr("Calendar sync");
    if (source == u"outbox")
        return tr("This console's outbox");
    return wireNameAsWords(source);
}

QString ConflictListModel::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

QString ConflictListModel::fieldsText(const ConflictItem &item)
{
    QStringList names;
    for (const QString &path : item.conflictFields) {
        const QString name = conflictPathDisplayName(item.entityType, path);
        if (!names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return item.oneSidedChanges > 0 ? tr("none (merges by itself)") : tr("none");
    return names.join(u", "_s);
}

QString ConflictListModel::sideText(const QString &by, const QDateTime &at) const
{
    const QString who = nameOf(by);
    if (!at.isValid())
        return who;
    return tr("%1 · %2").arg(who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ConflictItem &c = m_items.at(index.row());
    const qint64 age
        = c.createdAt.isValid() ? std::max<qint64>(0, c.createdAt.secsTo(m_clock->now())) : 0;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case EntityColumn: {
            const QString label = c.label.isEmpty() ? nameOf(c.entityId) : c.label;
            return c.fromThisConsole || c.isLocal() ? tr("%1 (this console)").arg(label) : label;
        }
        case OrganizationColumn:
            return nameOf(c.organizationId);
        case SourceColumn:
            return sourceText(c.source);
        case FieldsColumn:
            return fieldsText(c);
        case MineColumn:
            return sideText(c.mineBy, c.mineAt);
        case TheirsColumn:
            return sideText(c.theirsBy, c.theirsAt);
        case AgeColumn:
            return c.createdAt.isValid() ? ageText(age) : QString();
        }
    }
    if (role == IdRole)
        return c.id;
    if (role == OrganizationRole)
        return c.organizationId;
    if (role == KindRole)
        return c.source;
    if (role == SortRole) {
        if (index.column() == AgeColumn)
            return age;
        if (index.column() == FieldsColumn)
            return int(c.conflictFields.size());
        return data(index, Qt::DisplayRole);
    }
    if (role == FilterRole) {
        return QStringList {c.label,       nameOf(c.organizationId), sourceText(c.source),
                            fieldsText(c), nameOf(c.mineBy),         nameOf(c.theirsBy),
                            c.entityId}
            .join(u' ');
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title, which narrow windows cut.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Entity");
    case OrganizationColumn:
        return tr("Organization");
    case SourceColumn:
        return tr("Source");
    case FieldsColumn:
        return tr("Fields in conflict");
    case MineColumn:
        return tr("Refused change");
    case TheirsColumn:
        return tr("Change on the server");
    case AgeColumn:
        return tr("Waiting");
    }
    return {};
}

} // namespace wedsync
