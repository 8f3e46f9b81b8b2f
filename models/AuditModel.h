#pragma once
// The audit trail table: pages appended at the bottom as the user scrolls, live rows inserted
// on top, each row once.

#include "AuditRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace wedsync {

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn, // translated words; KindRole keeps the raw action
        OrganizationColumn,
        EntityColumn, // translated entity type, with the row's title or name when it has one
        EntityIdColumn,
        ColumnCount
    };

    explicit AuditModel(QObject *parent = nullptr);

    void setRecords(const QList<AuditRecord> &records); // newest first, as the server pages them
    int appendRecords(const QList<AuditRecord> &records); // the next page, at the bottom
    int prependRecords(const QList<AuditRecord> &records); // live rows, on top
    void clear();

    // Total rows the query matches on the server (for "120 of 4,311").
    void setTotal(int total) { m_total = total; }
    int total() const { return m_total; }

    // Display names for ids (organizations, actors); unknown ids are shown as they are.
    void setNames(const QHash<QString, QString> &names);
    // The signed-in user, named by what the session knows (platform staff are nobody's members).
    void setSignedInUser(const QString &userId, const QString &label);

    // Human words for an action ("update" → "Update") and an entity type ("session" →
    // "Sign-in"); unknown values are made readable from the raw text.
    static QString actionText(const QString &action);
    static QString entityTypeText(const QString &entityType);
    // The title or name the row's after (or before) state gives its entity; empty if none.
    static QString entityLabel(const AuditRecord &record);
    // A person's name, the signed-in user's label, or a shortened id.
    QString actorText(const QString &actorId) const;
    // Everyone the rows have named (and the signed-in user), sorted by name: the actor picker.
    struct Actor
    {
        QString id;
        QString name;
        QString email;
    };
    QList<Actor> knownActors() const;

    const AuditRecord &record(int row) const { return m_records.at(row); }
    QList<AuditRecord> records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> unseen(const QList<AuditRecord> &records);
    QString name(const QString &id) const;

    QList<AuditRecord> m_records;
    QSet<QString> m_ids;
    QHash<QString, QString> m_names;
    struct ActorNames
    {
        QString name;
        QString email;
    };
    QHash<QString, ActorNames> m_actors;
    QString m_selfId;
    QString m_selfLabel;
    int m_total = 0;
};

} // namespace wedsync
