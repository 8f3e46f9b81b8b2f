#pragma once
// The colours a tile is painted in: the planner's colour when it is one, else the palette's,
// with text in black or white, whichever reads better on it.

#include <QColor>
#include <QPalette>
#include <QString>

namespace wedsync {

// customization.color when it is #RGB or #RRGGBB, else the palette's button colour.
QColor tileFillColor(const QString &customColor, const QPalette &palette);
// Black or white, whichever has the higher contrast ratio against `background` (WCAG).
QColor readableTextColor(const QColor &background);
// WCAG relative luminance, 0 (black) .. 1 (white).
qreal relativeLuminance(const QColor &color);

} // namespace wedsync
