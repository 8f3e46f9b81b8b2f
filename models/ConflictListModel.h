#pragma once
// The conflict center's queue: one row per open conflict, from the server or from this
// console's outbox, with the entity, its organization, the source, the fields in conflict,
// who changed each side and when, and how long it has waited. Rows leave as soon as they close.

#include "Clock.h"
#include "ConflictItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace wedsync {

class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EntityColumn, // the entity's label, with "this console" for the outbox's own edits
        OrganizationColumn,
        SourceColumn,
        FieldsColumn, // the fields in conflict, by their names
        MineColumn, // who and when
        TheirsColumn,
        AgeColumn,
        ColumnCount
    };

    explicit ConflictListModel(const Clock *clock, QObject *parent = nullptr);

    // Replaces every row (a new list from the feed); the order given is kept.
    void setItems(const QList<ConflictItem> &items);
    // Drops the rows with these ids (closed elsewhere or here); returns how many went.
    int removeIds(const QStringList &ids);
    // Replaces the row with the same id (a detail or a 412 answer brought more), if present.
    void update(const ConflictItem &item);
    void clear() { setItems({}); }

    const ConflictItem &item(int row) const { return m_items.at(row); }
    const QList<ConflictItem> &items() const { return m_items; }
    int rowOf(const QString &id) const;

    // Display names for ids (organizations, people); unknown ids are shortened.
    void setNames(const QHash<QString, QString> &names);
    QString nameOf(const QString &id) const;

    // Words for a source ("offline_edit" → "Offline edit") and an age ("3 h", "2 d").
    static QString sourceText(const QString &source);
    static QString ageText(qint64 seconds);
    // "Title, Visible to roles" for a conflict's paths.
    static QString fieldsText(const ConflictItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString sideText(const QString &by, const QDateTime &at) const;

    const Clock *m_clock;
    QList<ConflictItem> m_items;
    QHash<QString, QString> m_names;
};

} // namespace wedsync
