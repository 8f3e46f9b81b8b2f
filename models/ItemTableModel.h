#pragma once
// A table of items of one kind (each with an `id`), replaced as a whole, whose columns and
// headers a subclass names: what the Suppliers and Integrations screens' tables share. Filled
// by the screens from the services; models never fetch.

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace wedsync {

// Rows of one kind, replaced as a whole, under the column headers a subclass names.
template<typename Item, int Columns> class ItemTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<Item> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    const QList<Item> &items() const { return m_items; }
    const Item &item(int row) const { return m_items.at(row); }
    int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (m_items.at(row).id == id)
                return row;
        }
        return -1;
    }
    static constexpr int columns() { return Columns; }
    void setToday(const QDate &today) { m_today = today; }
    // The language changed: headers and words are asked again (the selection stays).
    void retranslate()
    {
        Q_EMIT this->headerDataChanged(Qt::Horizontal, 0, this->columnCount() - 1);
        if (!m_items.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, 0),
                                     this->index(int(m_items.size()) - 1, this->columnCount() - 1));
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : Columns;
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return headerNames().value(section);
    }

protected:
    // The columns' titles, translated, in column order (asked only for the header).
    virtual QStringList headerNames() const = 0;

    QList<Item> m_items;
    QDate m_today = QDate::currentDate();
};

} // namespace wedsync
