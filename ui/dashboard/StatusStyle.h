#pragma once
// How sync states look: a colour for light and dark palettes plus a glyph and a word, so that
// colour is never the only cue (success green, partial amber, failed red, pending blue).

#include "SyncHealth.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace wedsync {

struct BadgeStyle
{
    QColor background;
    QColor text;
    QString glyph;
};

bool isDarkPalette(const QPalette &palette);
BadgeStyle statusBadge(SyncStatus status, bool dark);
BadgeStyle severityBadge(SyncSeverity severity, bool dark);
BadgeStyle freshnessBadge(SyncFreshness freshness, bool dark);

} // namespace wedsync
