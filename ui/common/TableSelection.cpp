#include "common/TableSelection.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace wedsync {

bool selectRow(QTableView *view, const std::function<bool(int row)> &wanted)
{
    QAbstractItemModel *model = view->model();
    int chosen = model->rowCount() > 0 ? 0 : -1;
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (wanted(row)) {
            chosen = row;
            found = true;
            break;
        }
    }
    if (chosen < 0)
        return false;
    view->selectionModel()->setCurrentIndex(
        model->index(chosen, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(model->index(chosen, 0));
    return found;
}

void setUpRowTable(QTableView *view, bool multi)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(multi ? QAbstractItemView::ExtendedSelection
                                 : QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
}

} // namespace wedsync
