#pragma once
// The live event history: sync events newest first, appended in batches (one insertion per
// batch, so a burst of thousands is one layout pass) and bounded by trimming the oldest.

#include "SyncHealth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace wedsync {

class SyncEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TenantColumn,
        KindColumn,
        StatusColumn,
        VersionColumn,
        SourceColumn,
        MessageColumn,
        DurationColumn,
        ColumnCount
    };
    static constexpr int DefaultMaxRows = 100000;

    explicit SyncEventModel(QObject *parent = nullptr);

    // Replaces every row (a REST page or the cache).
    void setEvents(const QList<SyncEvent> &events);
    // Adds events not shown yet on top (newest first) in one insertion, then trims the oldest
    // beyond maxRows() in one removal; an event already shown (same id: its status moved on)
    // is updated in place. Returns how many were added.
    int appendEvents(const QList<SyncEvent> &events);
    // A fresh page (REST) into what is shown, without losing the live history: events already
    // shown are updated in place, newer ones go on top in one insertion; only a page that
    // holds events older than the newest shown (a gap filled in) re-sorts the whole history.
    void mergeEvents(const QList<SyncEvent> &events);
    void clear();

    void setMaxRows(int maxRows);
    int maxRows() const { return m_maxRows; }
    // Organization id -> name, for the tenant column.
    void setTenantNames(const QHash<QString, QString> &names);

    const SyncEvent &event(int row) const { return m_events.at(m_events.size() - 1 - row); }
    int rowOf(const QString &id) const; // -1 if not shown
    QList<SyncEvent> events() const; // newest first
    QStringList kinds() const; // every kind seen, sorted

    // Human words for a kind ("config_change" → "Configuration change"); unknown: the raw text.
    static QString kindText(const QString &kind);
    // What happened, in the console's language, from the event's kind, status and facts (the
    // server's own sentence is English; it is shown only for kinds this console does not know).
    static QString messageText(const SyncEvent &event);
    // What caused it ("sections", "permissions", ...) in words.
    static QString sourceText(const QString &source);
    // A duration as a person reads it: "865 ms", "30 s", "1 min 35 s", "2 h 5 min".
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void kindsChanged();

private:
    QString tenantName(const QString &organizationId) const;
    void noteKind(const QString &kind, bool *changed);
    void trim();
    void reindex();

    // Oldest first, so appending and trimming are cheap; row r is m_events[size - 1 - r].
    QList<SyncEvent> m_events;
    // id -> position counted from the first event ever kept; minus m_dropped: storage index.
    QHash<QString, qint64> m_positions;
    qint64 m_dropped = 0;
    QSet<QString> m_kinds;
    QHash<QString, QString> m_tenantNames;
    int m_maxRows = DefaultMaxRows;
};

} // namespace wedsync
