#pragma once
// The audit detail's before/after table: one row per JsonDiff entry (path, change, before,
// after), coloured by the view through ChangeRole.

#include "JsonDiff.h"

#include <QAbstractTableModel>

namespace wedsync {

class JsonDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit JsonDiffModel(QObject *parent = nullptr);

    void setDocuments(const QJsonValue &before, const QJsonValue &after);
    void setEntries(const QList<JsonDiffEntry> &entries);
    const QList<JsonDiffEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JsonDiffEntry> m_entries;
};

} // namespace wedsync
