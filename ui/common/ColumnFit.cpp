#include "common/ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace wedsync {

ColumnFit::ColumnFit(QTableView *view, int stretchColumn, int stretchMinimum)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretchColumn(stretchColumn)
    , m_stretchMinimum(stretchMinimum)
{
    setObjectName(QStringLiteral("columnFit"));
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &ColumnFit::onSectionResized);
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFit::fit);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFit::fit);
        // New rows may be wider than the column: once per burst, after it is painted.
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFit::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::fitLater);
    }
    fit();
}

QString ColumnFit::viewName() const
{
    return m_view->objectName();
}

int ColumnFit::headerTextWidth(const QHeaderView *header, int logicalIndex)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return 0;
    const QString text
        = model->headerData(logicalIndex, header->orientation(), Qt::DisplayRole).toString();
    const QStyle *style = header->style();
    int width = header->fontMetrics().horizontalAdvance(text)
        + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 6;
    if (header->isSortIndicatorShown())
        width += style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
            + style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return width;
}

void ColumnFit::restoreWidths(const QList<int> &widths)
{
    m_userWidths = widths;
    QHeaderView *header = m_view->horizontalHeader();
    {
        const QScopedValueRollback adjusting(m_adjusting, true);
        for (int column = 0; column < std::min<int>(int(widths.size()), header->count());
             ++column) {
            if (column != m_stretchColumn && widths.at(column) > 0)
                header->resizeSection(column, widths.at(column));
        }
    }
    fit();
}

void ColumnFit::fitLater()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fit();
    });
}

void ColumnFit::fit()
{
    if (m_adjusting)
        return;
    const QScopedValueRollback adjusting(m_adjusting, true);
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *asView = m_view; // sizeHintForColumn is public there
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || column == m_stretchColumn)
            continue;
        // Until the user sizes the columns, what is on screen fits (never shrinking one).
        const int headerText = headerTextWidth(header, column);
        int needed = headerText;
        if (m_userWidths.isEmpty()) {
            const int cells = asView->sizeHintForColumn(column); // visible rows
            needed = std::max(needed, m_contentCap > 0 ? std::min(cells, m_contentCap) : cells);
        }
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
        others += header->sectionSize(column);
    }
    if (m_stretchColumn < 0 || m_stretchColumn >= header->count())
        return;
    const int minimum = std::max(m_stretchMinimum, headerTextWidth(header, m_stretchColumn));
    const int room = m_view->viewport()->width() - others;
    header->resizeSection(m_stretchColumn, std::max(minimum, room));
}

void ColumnFit::onSectionResized(int logicalIndex, int oldSize, int newSize)
{
    if (m_adjusting)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    // A column hidden or shown by the screen (its size goes to or from 0) is not the user's
    // choice: fit the rest around it.
    if (oldSize == 0 || newSize == 0 || header->isSectionHidden(logicalIndex)) {
        fitLater();
        return;
    }
    // The user dragged a column: keep what they chose, and give the text column the rest.
    m_userWidths.resize(header->count());
    for (int column = 0; column < header->count(); ++column)
        m_userWidths[column] = header->sectionSize(column);
    m_userWidths[logicalIndex] = newSize;
    if (logicalIndex != m_stretchColumn)
        fit();
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    const bool refit = (watched == m_viewport && event->type() == QEvent::Resize)
        || (watched == m_view
            && (event->type() == QEvent::LanguageChange || event->type() == QEvent::Show
                || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange));
    if (refit)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace wedsync
