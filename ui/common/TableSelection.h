#pragma once
// Selects a row of a table view as a user's click would (current + selected), so the panes that
// follow the selection show it.

#include <functional>

class QTableView;

namespace wedsync {

// The first row for which `wanted(row)` holds, else the first row; true if a wanted row was
// found. Rows are the view's model's (after any proxy).
bool selectRow(QTableView *view, const std::function<bool(int row)> &wanted);

// A read-only list of rows: whole rows selected (`multi`: several with Ctrl/Shift), no editing,
// Tab leaves the table (arrows move in it), no row numbers.
void setUpRowTable(QTableView *view, bool multi = false);

} // namespace wedsync
