#pragma once
// The colours every screen uses to say "error" and "conflict", readable on the light and the
// dark palette alike.

#include <QColor>
#include <QPalette>

namespace wedsync {

// A red that reads as "error" on this palette (lighter on dark palettes).
QColor errorColor(const QPalette &palette);
// An amber for conflicts, likewise.
QColor conflictColor(const QPalette &palette);

} // namespace wedsync
