#include "SyncEventModel.h"

#include "ModelRoles.h"
#include "SyncJson.h"
#include "TimeText.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

bool olderFirst(const SyncEvent &a, const SyncEvent &b)
{
    return a.occurredAt < b.occurredAt;
}

} // namespace

SyncEventModel::SyncEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SyncEventModel::setEvents(const QList<SyncEvent> &events)
{
    beginResetModel();
    m_events.clear();
    QSet<QString> seen;
    bool kindsChanged = false;
    for (const SyncEvent &event : events) {
        if (seen.contains(event.id))
            continue;
        seen.insert(event.id);
        m_events.append(event);
        noteKind(event.kind, &kindsChanged);
    }
    std::stable_sort(m_events.begin(), m_events.end(), olderFirst);
    if (m_events.size() > m_maxRows)
        m_events.remove(0, m_events.size() - m_maxRows);
    reindex();
    endResetModel();
    if (kindsChanged)
        Q_EMIT this->kindsChanged();
}

int SyncEventModel::appendEvents(const QList<SyncEvent> &events)
{
    QList<SyncEvent> fresh;
    fresh.reserve(events.size());
    QHash<QString, qsizetype> freshIndex;
    bool kindsChanged = false;
    for (const SyncEvent &event : events) {
        noteKind(event.kind, &kindsChanged);
        if (const int row = rowOf(event.id); row >= 0) {
            m_events[m_events.size() - 1 - row] = event;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        if (const auto it = freshIndex.constFind(event.id); it != freshIndex.cend()) {
            fresh[*it] = event; // the newer state of an event in the same batch
            continue;
        }
        freshIndex.insert(event.id, fresh.size());
        fresh.append(event);
    }
    if (fresh.isEmpty()) {
        if (kindsChanged)
            Q_EMIT this->kindsChanged();
        return 0;
    }
    std::stable_sort(fresh.begin(), fresh.end(), olderFirst);

    // New rows go on top: rows 0 .. n-1 in view order, the end of m_events in storage order.
    const int added = int(fresh.size());
    beginInsertRows({}, 0, added - 1);
    const qint64 next = m_dropped + m_events.size();
    for (qsizetype i = 0; i < fresh.size(); ++i)
        m_positions.insert(fresh.at(i).id, next + i);
    m_events.append(fresh);
    endInsertRows();
    trim();
    if (kindsChanged)
        Q_EMIT this->kindsChanged();
    return added;
}

void SyncEventModel::mergeEvents(const QList<SyncEvent> &events)
{
    if (m_events.isEmpty()) {
        setEvents(events);
        return;
    }
    const QDateTime newest = m_events.constLast().occurredAt;
    const bool onlyNewer
        = std::all_of(events.cbegin(), events.cend(), [this, &newest](const SyncEvent &e) {
              return m_positions.contains(e.id) || e.occurredAt >= newest;
          });
    if (onlyNewer) {
        appendEvents(events);
        return;
    }
    QList<SyncEvent> merged = m_events;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < merged.size(); ++i)
        index.insert(merged.at(i).id, i);
    for (const SyncEvent &event : events) {
        if (const auto it = index.constFind(event.id); it != index.cend())
            merged[*it] = event;
        else
            merged.append(event);
    }
    setEvents(merged);
}

void SyncEventModel::clear()
{
    setEvents({});
}

void SyncEventModel::setMaxRows(int maxRows)
{
    m_maxRows = std::max(1, maxRows);
    trim();
}

void SyncEventModel::trim()
{
    const qsizetype excess = m_events.size() - m_maxRows;
    if (excess <= 0)
        return;
    // The oldest rows are the last ones in view order.
    const int first = int(m_events.size() - excess);
    beginRemoveRows({}, first, int(m_events.size()) - 1);
    for (qsizetype i = 0; i < excess; ++i)
        m_positions.remove(m_events.at(i).id);
    m_events.remove(0, excess);
    m_dropped += excess;
    endRemoveRows();
}

void SyncEventModel::reindex()
{
    m_positions.clear();
    m_dropped = 0;
    m_positions.reserve(m_events.size());
    for (qsizetype i = 0; i < m_events.size(); ++i)
        m_positions.insert(m_events.at(i).id, i);
}

int SyncEventModel::rowOf(const QString &id) const
{
    const auto it = m_positions.constFind(id);
    if (it == m_positions.cend())
        return -1;
    const qint64 storage = *it - m_dropped;
    return int(m_events.size() - 1 - storage);
}

void SyncEventModel::setTenantNames(const QHash<QString, QString> &names)
{
    if (names == m_tenantNames)
        return;
    m_tenantNames = names;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, TenantColumn), index(rowCount() - 1, TenantColumn));
}

QList<SyncEvent> SyncEventModel::events() const
{
    QList<SyncEvent> newestFirst(m_events.crbegin(), m_events.crend());
    return newestFirst;
}

QStringList SyncEventModel::kinds() const
{
    QStringList kinds(m_kinds.cbegin(), m_kinds.cend());
    kinds.sort();
    return kinds;
}

void SyncEventModel::noteKind(const QString &kind, bool *changed)
{
    if (!m_kinds.contains(kind)) {
        m_kinds.insert(kind);
        *changed = true;
    }
}

QString SyncEventModel::tenantName(const QString &organizationId) const
{
    return m_tenantNames.value(organizationId, organizationId);
}

int SyncEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SyncEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncEventModel::kindText(const QString &kind)
{
    if (kind == u"config_change")
        return tr("Configuration change");
    if (kind == u"client_applied")
        return tr("Clients caught up");
    if (kind == u"conflict")
        return tr("Conflict");
    if (kind == u"resync")
        return tr("Resync");
    if (kind == SyncEventKind::ResyncUnheard)
        return tr("Resync (no client connected)");
    return kind;
}

QString SyncEventModel::messageText(const SyncEvent &event)
{
    const qint64 version = event.configVersion;
    const bool failed = event.status == SyncStatus::Failed;
    if (event.kind == SyncEventKind::ConfigChange) {
        if (failed)
            return tr("Version %1 could not be sent to the clients").arg(version);
        if (event.source == u"permissions")
            return tr("Permissions changed (version %1)").arg(version);
        if (event.source == u"sections")
            return tr("Sections changed (version %1)").arg(version);
        return tr("Configuration changed (version %1)").arg(version);
    }
    if (event.kind == SyncEventKind::Resync) {
        if (failed)
            return tr("Resync could not be sent to the clients");
        const int delivered = event.details.value(u"delivered"_s).toInt();
        if (delivered == 0)
            return tr("No client was connected; nothing to deliver");
        return tr("%n client(s) asked to reload version %1", nullptr, delivered).arg(version);
    }
    if (event.kind == SyncEventKind::ClientApplied)
        return tr("Every connected client runs version %1").arg(version);
    if (event.kind == SyncEventKind::Conflict) {
        const int count
            = std::max<int>(1, int(event.details.value(u"conflictIds"_s).toArray().size()));
        return tr("%n offline change(s) refused: changed by someone else first", nullptr, count);
    }
    return event.message;
}

QString SyncEventModel::sourceText(const QString &source)
{
    if (source == u"sections")
        return tr("Sections");
    if (source == u"permissions")
        return tr("Permissions");
    if (source == u"resync")
        return tr("Resync");
    if (source == u"clients")
        return tr("Clients");
    if (source == u"outbox")
        return tr("Offline edit");
    return source;
}

QString SyncEventModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return seconds % 60 == 0 ? tr("%1 min").arg(minutes)
                                 : tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    }
    return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60)
                             : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QVariant SyncEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncEvent &e = event(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.occurredAt);
        case TenantColumn:
            return tenantName(e.organizationId);
        case KindColumn:
            return kindText(e.kind);
        case StatusColumn:
            return syncStatusDisplayName(e.status);
        case VersionColumn:
            return QString::number(e.configVersion);
        case SourceColumn:
            return sourceText(e.source);
        case MessageColumn:
            return messageText(e);
        case DurationColumn:
            return durationText(e.durationMs);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return e.kind;
        if (index.column() == DurationColumn)
            return tr("%1 ms").arg(e.durationMs);
        return index.column() == MessageColumn ? messageText(e) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return e.occurredAt.toMSecsSinceEpoch();
        case StatusColumn:
            return int(e.status);
        case VersionColumn:
            return e.configVersion;
        case DurationColumn:
            return e.durationMs;
        case KindColumn:
            return e.kind;
        }
        return data(index, Qt::DisplayRole);
    case FilterRole:
        return QString(messageText(e) % u' ' % sourceText(e.source) % u' '
                       % tenantName(e.organizationId) % u' ' % kindText(e.kind));
    case StatusRole:
        return int(e.status);
    case IdRole:
        return e.id;
    case OrganizationRole:
        return e.organizationId;
    case KindRole:
        return e.kind;
    case ObjectRole:
        return syncEventToJson(e);
    }
    return {};
}

QVariant SyncEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(timeZoneText());
    case TenantColumn:
        return tr("Tenant");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Version");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace wedsync
