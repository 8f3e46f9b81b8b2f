#pragma once
// What changed between two versions of a dashboard, in sentences a planner reads: tiles
// moved, added and removed, and each field changed, plus a one-line summary.

#include "SectionConfig.h"

#include <QList>
#include <QString>

namespace wedsync {

enum class LayoutChangeKind : quint8 { Added, Removed, Moved, Changed };

struct LayoutChange
{
    LayoutChangeKind kind = LayoutChangeKind::Changed;
    QString sectionId;
    // For Changed: "title", "subtitle", "color", "icon", "theme", "roles", "phases",
    // "conditions", "columns", "size", "responsive", "canView", "canEdit" or "canHide".
    QString field;
    QString text; // translated sentence
    friend bool operator==(const LayoutChange &, const LayoutChange &) = default;
};

struct LayoutDiff
{
    // Removed tiles first (in the old order), then the new layout's tiles in position order,
    // each with its move or addition and then its field changes.
    QList<LayoutChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    qsizetype count(LayoutChangeKind kind) const;
    qsizetype changedTiles() const; // tiles with at least one field changed
    // "2 moved, 1 added, 1 removed, 3 changed" (counting tiles) or "No changes".
    QString summary() const;
};

// Tiles are matched by id. A tile counts as moved when the order had to change around it:
// of the tiles in both versions, the fewest whose moving explains the new order (so a tile
// that only floats up because another one went is not "moved").
LayoutDiff diffLayouts(const QList<SectionConfig> &before, const QList<SectionConfig> &after);

} // namespace wedsync
