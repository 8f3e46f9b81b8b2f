#pragma once
// Keeps every row of a word-wrapping table tall enough for its tallest cell, the columns
// scrolled out of sight included (QHeaderView::ResizeToContents measures only the visible
// ones, so a wrapped reason off to the right would be cut in half when scrolled to).
// A column of dotted paths ("templates.planner_led.label") may wrap after its dots instead of
// in the middle of a word: see `setPathColumn`.

#include <QObject>
#include <QTimer>

class QTableView;

namespace wedsync {

class WrappedRows : public QObject
{
    Q_OBJECT
public:
    explicit WrappedRows(QTableView *view);

    // The column whose text is a dotted path: it wraps after a dot.
    void setPathColumn(int column);
    void fit();

private:
    QTableView *m_view;
    QTimer m_fitTimer;
};

} // namespace wedsync
