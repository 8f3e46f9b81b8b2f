#include "AuditTimelineModel.h"

#include "AuditModel.h"
#include "AuditSentence.h"
#include "ModelRoles.h"
#include "TimeText.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

AuditTimelineModel::AuditTimelineModel(AuditModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::modelReset, this, &AuditTimelineModel::rebuild);
    connect(source, &QAbstractItemModel::layoutChanged, this, &AuditTimelineModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, &AuditTimelineModel::follow);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &AuditTimelineModel::followAnyChange);
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        // Names learnt later: every sentence may read differently.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
    m_rows = build();
    m_entries = source->rowCount();
}

void AuditTimelineModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QDate AuditTimelineModel::dayOf(const AuditRecord &record) const
{
    return record.occurredAt.toLocalTime().date();
}

void AuditTimelineModel::addRows(QList<Row> *rows, int first, int last) const
{
    for (int i = first; i <= last; ++i) {
        const AuditRecord &record = m_source->record(i);
        const QDate day = dayOf(record);
        // Newest first: a header wherever the day changes.
        if (rows->isEmpty() || day != rows->constLast().day)
            rows->append(Row {-1, day, u"day:"_s + day.toString(Qt::ISODate)});
        rows->append(Row {i, day, record.id});
    }
}

QList<AuditTimelineModel::Row> AuditTimelineModel::build() const
{
    QList<Row> rows;
    const int count = m_source->rowCount();
    rows.reserve(count + count / 8 + 1);
    addRows(&rows, 0, count - 1);
    return rows;
}

void AuditTimelineModel::rebuild()
{
    beginResetModel();
    m_rows = build();
    m_entries = m_source->rowCount();
    endResetModel();
}

void AuditTimelineModel::follow(const QModelIndex &, int first, int last)
{
    // A page at the bottom (the user scrolled): only the new rows are laid out, so that scrolling
    // through a long story stays linear.
    if (first == m_entries && last == m_source->rowCount() - 1) {
        QList<Row> added;
        if (!m_rows.isEmpty())
            added.append(m_rows.constLast()); // the day the page continues
        addRows(&added, first, last);
        if (!m_rows.isEmpty())
            added.removeFirst();
        if (added.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        m_entries = last + 1;
        endInsertRows();
        return;
    }
    // Rows inserted above: the entries shown keep reading their own records meanwhile.
    for (Row &row : m_rows) {
        if (row.source >= first)
            row.source += last - first + 1;
    }
    followAnyChange();
}

void AuditTimelineModel::followAnyChange()
{
    // The audit model only grows at either end, so the old rows are a run of the new ones:
    // what lies between the common start and the common end was inserted (or removed).
    QList<Row> next = build();
    const qsizetype oldSize = m_rows.size(), newSize = next.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && m_rows.at(prefix).key == next.at(prefix).key)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && m_rows.at(oldSize - 1 - suffix).key == next.at(newSize - 1 - suffix).key)
        ++suffix;
    const qsizetype removed = oldSize - prefix - suffix, inserted = newSize - prefix - suffix;
    m_entries = m_source->rowCount();
    if (removed == 0 && inserted > 0) {
        beginInsertRows({}, int(prefix), int(prefix + inserted - 1));
        m_rows = std::move(next);
        endInsertRows();
    } else if (inserted == 0 && removed > 0) {
        beginRemoveRows({}, int(prefix), int(prefix + removed - 1));
        m_rows = std::move(next);
        endRemoveRows();
    } else if (inserted == 0 && removed == 0) {
        m_rows = std::move(next); // the same rows; only their places in the source moved
    } else {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
    }
}

QString AuditTimelineModel::dayText(const QDate &day) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (day == today)
        return tr("Today, %1").arg(date);
    if (day == today.addDays(-1))
        return tr("Yesterday, %1").arg(date);
    return date;
}

QString AuditTimelineModel::sentence(int row) const
{
    if (isDayHeader(row))
        return {};
    return AuditSentence::of(m_source->record(sourceRow(row)),
                             [this](const QString &id) { return m_source->actorText(id); });
}

int AuditTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.source < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return dayText(row.day);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case DayHeaderRole:
            return true;
        case SortRole:
            return row.day;
        }
        return {};
    }
    const AuditRecord &record = m_source->record(row.source);
    switch (role) {
    case Qt::DisplayRole: {
        const QString time
            = QLocale().toString(record.occurredAt.toLocalTime().time(), timeFormatWithSeconds());
        return QString(time % u"   " % sentence(index.row()));
    }
    case Qt::AccessibleTextRole:
        return sentence(index.row());
    case Qt::ToolTipRole:
        return QString(timeText(record.occurredAt) % u" (" % timeZoneText(record.occurredAt)
                       % u")\n" % AuditModel::entityTypeText(record.entityType) % u" · "
                       % AuditModel::actionText(record.action));
    case DayHeaderRole:
        return false;
    case SortRole:
        return record.occurredAt.toMSecsSinceEpoch();
    case IdRole:
        return record.id;
    case OrganizationRole:
        return record.organizationId;
    case KindRole:
        return record.action;
    case ObjectRole:
        return auditRecordToJson(record);
    }
    return {};
}

Qt::ItemFlags AuditTimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A day's header is read on the way (arrows stop on it) but not chosen.
    return isDayHeader(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace wedsync
