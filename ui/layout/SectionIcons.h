#pragma once
// The section icons bundled with the console (resources/icons/sections), what the seed's icon
// names map to, and how a tile paints one in its text colour.

#include <QColor>
#include <QList>
#include <QPixmap>
#include <QString>
#include <QStringView>

namespace wedsync {

struct SectionIcon
{
    QString name; // the name stored in customization.icon, as the seed spells it
    QString resource; // ":/icons/sections/<file>.svg"
};

// The icons the inspector offers, in the order it lists them.
const QList<SectionIcon> &bundledSectionIcons();
// The bundled icon for a stored name: the seed's names and their common aliases ("calendar",
// "mdi:camera"); anything else (or nothing) gets the neutral section icon.
QString sectionIconResource(QStringView iconName);
// True when `iconName` has an icon of its own (not the neutral fallback).
bool isBundledSectionIcon(QStringView iconName);
// The icon at `size` logical pixels drawn in `color`; cached, so 500 tiles share a few pixmaps.
QPixmap sectionIconPixmap(const QString &resource, int size, const QColor &color,
                          qreal devicePixelRatio);

} // namespace wedsync
