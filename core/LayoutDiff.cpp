// Two versions of a dashboard compared tile by tile, in words.
#include "LayoutDiff.h"

#include "GridPacking.h"
#include "Role.h"
#include "SectionFields.h"
#include "SectionNames.h"
#include "WeddingPhase.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("wedsync::LayoutDiff", text, comment, n);
}

QString quoted(const QString &value)
{
    return value.isEmpty() ? tr("(none)") : u'“' + value + u'”';
}

QString cell(const GridRect &rect)
{
    return tr("row %1, column %2").arg(QString::number(rect.row), QString::number(rect.column));
}

QString roleNames(const QStringList &names)
{
    QStringList shown;
    for (const QString &name : names) {
        const auto role = roleFromName(name);
        shown.append(role ? roleDisplayName(*role) : quoted(name));
    }
    return QLocale().createSeparatedList(shown);
}

QString phaseNames(const SectionVisibility &visibility)
{
    if (!visibility.hasWeddingPhases && visibility.weddingPhases.isEmpty())
        return tr("every phase");
    if (visibility.weddingPhases.isEmpty())
        return tr("no phase");
    QStringList shown;
    for (const QString &name : visibility.weddingPhases) {
        const auto phase = weddingPhaseFromName(name);
        shown.append(phase ? weddingPhaseDisplayName(*phase) : quoted(name));
    }
    return QLocale().createSeparatedList(shown);
}

QString sizeName(const QString &size)
{
    if (size == u"small")
        return tr("small");
    if (size == u"medium")
        return tr("medium");
    if (size == u"large")
        return tr("large");
    if (size == u"full")
        return tr("full height");
    return quoted(size);
}

// `a` without what `b` holds, keeping `a`'s order and dropping repeats.
QStringList missingFrom(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &item : a) {
        if (!b.contains(item) && !out.contains(item))
            out.append(item);
    }
    return out;
}

// Indexes of `sequence` outside one longest increasing run through it: the fewest elements
// whose moving explains the order.
QSet<qsizetype> outsideLongestIncreasing(const QList<qsizetype> &sequence)
{
    QList<qsizetype> tails; // index into sequence of the last element of a run of length i+1
    QList<qsizetype> previous(sequence.size(), -1);
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        const auto it = std::lower_bound(
            tails.begin(), tails.end(), sequence.at(i),
            [&sequence](qsizetype tail, qsizetype value) { return sequence.at(tail) < value; });
        if (it != tails.begin())
            previous[i] = *(it - 1);
        if (it == tails.end())
            tails.append(i);
        else
            *it = i;
    }
    QSet<qsizetype> kept;
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        kept.insert(i);
    QSet<qsizetype> outside;
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        if (!kept.contains(i))
            outside.insert(i);
    }
    return outside;
}

class ChangeList
{
public:
    explicit ChangeList(QList<LayoutChange> *out)
        : m_out(out)
    { }

    void add(LayoutChangeKind kind, const SectionConfig &section, const QString &text,
             const QString &field = {})
    {
        m_out->append({kind, section.id, field, text});
    }

    void changed(const SectionConfig &section, const QString &field, const QString &text)
    {
        add(LayoutChangeKind::Changed, section, text, field);
    }

private:
    QList<LayoutChange> *m_out;
};

void grantChanges(ChangeList &list, const SectionConfig &after, const QString &field,
                  const QStringList &before, const QStringList &now, const QString &gained,
                  const QString &lost)
{
    const QString name = sectionDisplayName(after);
    if (const QStringList added = missingFrom(now, before); !added.isEmpty())
        list.changed(after, field, gained.arg(name, roleNames(added)));
    if (const QStringList removed = missingFrom(before, now); !removed.isEmpty())
        list.changed(after, field, lost.arg(name, roleNames(removed)));
}

QString conditionKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys;
    for (const QString &key : after.keys() + before.keys()) {
        if (!keys.contains(key) && after.value(key) != before.value(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    return QLocale().createSeparatedList(keys);
}

// One sentence (or, for grants, one per direction) for each field SectionFields finds changed;
// the placement is told by the move, except a new span.
void fieldChanges(ChangeList &list, const SectionConfig &b, const SectionConfig &a)
{
    const QString name = sectionDisplayName(a);
    const SectionCustomization &bc = b.customization;
    const SectionCustomization &ac = a.customization;
    const SectionPermissions &bp = b.permissions;
    const SectionPermissions &ap = a.permissions;
    for (const QString &field : changedSectionFields(b, a)) {
        if (field == u"title")
            list.changed(a, field,
                         tr("%1 is now titled %2 (was %3).")
                             .arg(sectionDisplayName(b), quoted(ac.title), quoted(bc.title)));
        else if (field == u"subtitle")
            list.changed(a, field,
                         tr("%1: subtitle changed from %2 to %3.")
                             .arg(name, quoted(bc.subtitle), quoted(ac.subtitle)));
        else if (field == u"color")
            list.changed(a, field,
                         tr("%1: colour changed from %2 to %3.")
                             .arg(name, quoted(bc.color), quoted(ac.color)));
        else if (field == u"icon")
            list.changed(
                a, field,
                tr("%1: icon changed from %2 to %3.").arg(name, quoted(bc.icon), quoted(ac.icon)));
        else if (field == u"theme")
            list.changed(a, field, tr("%1: theme changed.").arg(name));
        else if (field == u"roles")
            grantChanges(list, a, field, b.visibility.roles, a.visibility.roles,
                         tr("%1 is now shown to %2."), tr("%1 is no longer shown to %2."));
        else if (field == u"phases")
            list.changed(a, field,
                         tr("%1 is now shown in %2 (was %3).")
                             .arg(name, phaseNames(a.visibility), phaseNames(b.visibility)));
        else if (field == u"conditions")
            list.changed(
                a, field,
                tr("%1: visibility conditions changed (%2).")
                    .arg(name, conditionKeys(b.visibility.conditions, a.visibility.conditions)));
        else if (field == u"columns")
            list.changed(a, field,
                         tr("%1 now spans %2 of 12 columns (was %3).")
                             .arg(name, QString::number(a.layout.columns),
                                  QString::number(b.layout.columns)));
        else if (field == u"size")
            list.changed(a, field,
                         tr("%1 is now %2 (was %3).")
                             .arg(name, sizeName(a.layout.size), sizeName(b.layout.size)));
        else if (field == u"responsive")
            list.changed(a, field, tr("%1: responsive layout changed.").arg(name));
        else if (field == u"canView")
            grantChanges(list, a, field, bp.canView, ap.canView, tr("%1 can now be viewed by %2."),
                         tr("%1 can no longer be viewed by %2."));
        else if (field == u"canEdit")
            grantChanges(list, a, field, bp.canEdit, ap.canEdit, tr("%1 can now be edited by %2."),
                         tr("%1 can no longer be edited by %2."));
        else if (field == u"canHide")
            grantChanges(list, a, field, bp.canHide, ap.canHide, tr("%1 can now be hidden by %2."),
                         tr("%1 can no longer be hidden by %2."));
    }
}

GridRect placeOf(const GridLayout &layout, const QString &id)
{
    const auto index = layout.indexOf(id);
    return index ? layout.tiles.at(*index).rect : GridRect {};
}

} // namespace

qsizetype LayoutDiff::count(LayoutChangeKind kind) const
{
    return std::count_if(changes.cbegin(), changes.cend(),
                         [kind](const LayoutChange &c) { return c.kind == kind; });
}

qsizetype LayoutDiff::changedTiles() const
{
    QSet<QString> ids;
    for (const LayoutChange &change : changes) {
        if (change.kind == LayoutChangeKind::Changed)
            ids.insert(change.sectionId);
    }
    return ids.size();
}

QString LayoutDiff::summary() const
{
    if (changes.isEmpty())
        return tr("No changes");
    QStringList parts;
    if (const int n = int(count(LayoutChangeKind::Moved)))
        parts.append(tr("%n moved", nullptr, n));
    if (const int n = int(count(LayoutChangeKind::Added)))
        parts.append(tr("%n added", nullptr, n));
    if (const int n = int(count(LayoutChangeKind::Removed)))
        parts.append(tr("%n removed", nullptr, n));
    if (const int n = int(changedTiles()))
        parts.append(tr("%n changed", nullptr, n));
    return parts.join(u", ");
}

LayoutDiff diffLayouts(const QList<SectionConfig> &before, const QList<SectionConfig> &after)
{
    const QList<const SectionConfig *> oldOrder = sectionsInPackingOrder(before);
    const QList<const SectionConfig *> newOrder = sectionsInPackingOrder(after);
    const GridLayout oldGrid = packGrid(gridTilesOf(before));
    const GridLayout newGrid = packGrid(gridTilesOf(after));
    QHash<QString, qsizetype> oldIndex;
    for (qsizetype i = 0; i < oldOrder.size(); ++i)
        oldIndex.insert(oldOrder.at(i)->id, i);
    QSet<QString> kept;
    QList<qsizetype> sequence; // old index of each kept tile, in the new order
    QList<const SectionConfig *> keptNew;
    for (const SectionConfig *section : newOrder) {
        if (oldIndex.contains(section->id)) {
            kept.insert(section->id);
            sequence.append(oldIndex.value(section->id));
            keptNew.append(section);
        }
    }
    QSet<QString> moved;
    for (const qsizetype i : outsideLongestIncreasing(sequence))
        moved.insert(keptNew.at(i)->id);

    LayoutDiff diff;
    ChangeList list(&diff.changes);
    for (const SectionConfig *section : oldOrder) {
        if (!kept.contains(section->id))
            list.add(LayoutChangeKind::Removed, *section,
                     tr("%1 removed (it was at %2).")
                         .arg(sectionDisplayName(*section), cell(placeOf(oldGrid, section->id))));
    }
    for (const SectionConfig *section : newOrder) {
        const GridRect now = placeOf(newGrid, section->id);
        if (!kept.contains(section->id)) {
            list.add(LayoutChangeKind::Added, *section,
                     tr("%1 added at %2.").arg(sectionDisplayName(*section), cell(now)));
            continue;
        }
        const SectionConfig &old = *oldOrder.at(oldIndex.value(section->id));
        const GridRect was = placeOf(oldGrid, section->id);
        if (moved.contains(section->id) && (now.row != was.row || now.column != was.column))
            list.add(LayoutChangeKind::Moved, *section,
                     tr("%1 moved to %2 (was %3).")
                         .arg(sectionDisplayName(*section), cell(now), cell(was)));
        fieldChanges(list, old, *section);
    }
    return diff;
}

} // namespace wedsync
