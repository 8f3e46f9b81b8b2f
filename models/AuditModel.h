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
        OrganizationColumn,
        EntityTypeColumn,
        EntityIdColumn,
        ActionColumn,
        RequestColumn,
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
    int m_total = 0;
};

} // namespace wedsync
