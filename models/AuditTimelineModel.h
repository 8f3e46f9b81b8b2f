#pragma once
// One wedding's audit timeline: the rows of an AuditModel in words, newest first, under a
// header for each day. It follows the audit model (pages at the bottom, live rows on top) with
// row inserts, so that a selection and the scroll position stay where they are.

#include <QAbstractListModel>
#include <QDate>
#include <QList>

namespace wedsync {

class AuditModel;
struct AuditRecord;

class AuditTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit AuditTimelineModel(AuditModel *source, QObject *parent = nullptr);

    // "Today" and "Yesterday" are named from this day (today by default; tests pin it). Days
    // are counted in the computer's time zone, as every time the console shows.
    void setToday(const QDate &today);

    bool isDayHeader(int row) const { return m_rows.at(row).source < 0; }
    // The audit model's row of an entry; -1 for a day header.
    int sourceRow(int row) const { return m_rows.at(row).source; }
    QDate day(int row) const { return m_rows.at(row).day; }
    QString dayText(const QDate &day) const;
    // The entry's sentence ("Erin Evergreen renamed Run sheet to Run sheet v2").
    QString sentence(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        int source = -1; // -1: the day's header
        QDate day;
        QString key; // the record's id, or "day:<date>": what stays the same across updates
    };
    QList<Row> build() const;
    // The rows of the source's records first..last, after those in `rows`.
    void addRows(QList<Row> *rows, int first, int last) const;
    QDate dayOf(const AuditRecord &record) const;
    void follow(const QModelIndex &parent, int first, int last); // the source inserted rows
    void followAnyChange();
    void rebuild(); // after a reset

    AuditModel *m_source;
    QList<Row> m_rows;
    int m_entries = 0; // the source's rows that m_rows shows
    QDate m_today;
};

} // namespace wedsync
