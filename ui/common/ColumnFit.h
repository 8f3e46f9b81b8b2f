#pragma once
// Keeps a table's columns readable: none narrower than its header text, one text column takes
// the room that is left (never less than its own minimum), and beyond that the table scrolls
// sideways. Widths the user drags are kept (widths()/restoreWidths() let the app remember them
// per account).

#include <QList>
#include <QObject>

class QHeaderView;
class QTableView;

namespace wedsync {

class ColumnFit : public QObject
{
    Q_OBJECT
public:
    // `stretchColumn` grows into free room; it is at least `stretchMinimum` pixels wide.
    ColumnFit(QTableView *view, int stretchColumn, int stretchMinimum = 220);

    // The view's objectName: the key under which its widths are remembered.
    QString viewName() const;
    // The widths the user chose (empty until they drag a column).
    QList<int> widths() const { return m_userWidths; }
    void restoreWidths(const QList<int> &widths);
    // The widest a column grows to fit its cells (its header text always fits): longer values
    // wrap (see WrappedRows) or are elided. 0: no cap.
    void setContentCap(int pixels)
    {
        m_contentCap = pixels;
        fit();
    }
    void fit();

    // What a header section needs to show its text without eliding it.
    static int headerTextWidth(const QHeaderView *header, int logicalIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSectionResized(int logicalIndex, int oldSize, int newSize);
    void fitLater();

    QTableView *m_view;
    QWidget *m_viewport; // kept: the view may be half destroyed when it sends events
    int m_stretchColumn;
    int m_stretchMinimum;
    int m_contentCap = 0;
    bool m_adjusting = false;
    bool m_fitPending = false;
    QList<int> m_userWidths;
};

} // namespace wedsync
