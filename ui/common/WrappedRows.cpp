#include "common/WrappedRows.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Shows a dotted path with a break opportunity after each dot; the model's text is unchanged
// (copying a cell, or searching the model, still sees the path as it is).
class PathDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text.replace(u'.', u".\u200B"_s);
    }
};

} // namespace

WrappedRows::WrappedRows(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(u"wrappedRows"_s);
    // Once per burst of changes, after the columns have their widths.
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, &WrappedRows::fit);
    const auto fitLater = [this] {
        m_fitTimer.start();
    };
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, fitLater);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, fitLater);
    }
}

void WrappedRows::setPathColumn(int column)
{
    m_view->setItemDelegateForColumn(column, new PathDelegate(m_view));
    m_fitTimer.start();
}

void WrappedRows::fit()
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    QHeaderView *columns = m_view->horizontalHeader();
    QHeaderView *rows = m_view->verticalHeader();
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    option.features |= QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDisplay;
    option.textElideMode = m_view->textElideMode();
    option.widget = m_view; // its style sheet's padding counts
    // A cell is drawn a grid line narrower and shorter than its section; its lines get a little
    // air above and below.
    const int grid = m_view->showGrid() ? 1 : 0;
    constexpr int Padding = 2;
    const int lineHeight = rows->defaultSectionSize();
    for (int row = 0; row < model->rowCount(); ++row) {
        int height = lineHeight;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (columns->isSectionHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            option.rect = QRect(0, 0, columns->sectionSize(column) - grid, lineHeight);
            const int cell = m_view->itemDelegateForIndex(index)->sizeHint(option, index).height();
            height = std::max(height, cell + grid + 2 * Padding);
        }
        if (rows->sectionSize(row) != height)
            rows->resizeSection(row, height);
    }
}

} // namespace wedsync
