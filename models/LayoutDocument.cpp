#include "LayoutDocument.h"

#include "GridEdits.h"
#include "LayoutCommands.h"
#include "SectionEditRule.h"
#include "SectionFields.h"
#include "SectionJson.h"
#include "SectionNames.h"
#include "SectionValidator.h"

#include <QSet>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString RemovedField = u"removed"_s;
const QStringList Staff {u"admin"_s, u"coordinator"_s};

Error refusal(const QString &code, const QString &message)
{
    return Error {code, message, {}};
}

qsizetype indexOf(const QList<SectionConfig> &sections, QStringView id)
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).id == id)
            return i;
    }
    return -1;
}

// The tiles' places written back into the sections: position and span, and the size of a
// tile whose height changed.
QList<SectionConfig> withPlacements(QList<SectionConfig> sections, const QList<GridTile> &tiles)
{
    for (const GridTile &tile : tiles) {
        const qsizetype i = indexOf(sections, tile.id);
        if (i < 0)
            continue;
        SectionLayout &layout = sections[i].layout;
        layout.position = tile.position;
        layout.columns = tile.columns;
        if (tile.rows != tileRowsForSize(layout.size))
            layout.size = tileSizeForRows(tile.rows);
    }
    return sections;
}

bool sameFields(const SectionConfig &a, const SectionConfig &b)
{
    return changedSectionFields(a, b).isEmpty();
}

} // namespace

LayoutDocument::LayoutDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{ }

LayoutDocument::~LayoutDocument() = default;

void LayoutDocument::reset(const QString &organizationId, const QString &weddingId,
                           const QList<SectionConfig> &sections, qint64 layoutVersion)
{
    m_organizationId = organizationId;
    m_weddingId = weddingId;
    m_layoutVersion = layoutVersion;
    m_undo->clear();
    m_aliases.clear();
    m_base = sections;
    const bool hadConflicts = !m_conflicts.isEmpty();
    m_conflicts.clear();
    setSections(sections);
    if (hadConflicts)
        Q_EMIT conflictsChanged();
}

void LayoutDocument::setLayoutVersion(qint64 version)
{
    m_layoutVersion = version;
}

void LayoutDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void LayoutDocument::setMayChangeGrants(bool may)
{
    m_mayChangeGrants = may;
}

void LayoutDocument::setOrganizationDefaults(const QList<SectionConfig> &sections)
{
    m_organizationDefaults = sections;
}

bool LayoutDocument::mayEditSection(const SectionConfig &section) const
{
    return !m_readOnly && (m_mayChangeGrants || coordinatorEditsSection(section));
}

bool LayoutDocument::mayEdit(const QString &sectionId) const
{
    const auto found = section(resolvedId(sectionId));
    return found && mayEditSection(*found);
}

std::optional<SectionConfig> LayoutDocument::section(QStringView id) const
{
    const qsizetype i = indexOf(m_sections, id);
    return i < 0 ? std::nullopt : std::optional(m_sections.at(i));
}

QString LayoutDocument::resolvedId(const QString &id) const
{
    return m_aliases.value(id, id);
}

QStringList LayoutDocument::absentSectionTypes() const
{
    QStringList out = seedSectionTypes();
    for (const SectionConfig &s : m_sections)
        out.removeAll(s.sectionType);
    return out;
}

Result<bool> LayoutDocument::checkEditable(const QString &id, const QString &field) const
{
    if (m_readOnly)
        return refusal(u"read_only"_s, tr("This layout is open read-only."));
    const auto found = section(id);
    if (!found)
        return refusal(u"not_found"_s, tr("There is no such section on this dashboard."));
    if (!m_mayChangeGrants && isGrantField(field))
        return refusal(u"forbidden"_s,
                       tr("Only admins change who sees or edits a section (%1).")
                           .arg(sectionFieldDisplayName(field)));
    if (!mayEditSection(*found))
        return refusal(u"forbidden"_s,
                       tr("Only admins change the %1 section.").arg(sectionDisplayName(*found)));
    return true;
}

Result<bool> LayoutDocument::checkPlacements(const QList<SectionConfig> &edited) const
{
    for (const SectionConfig &now : edited) {
        const auto was = section(now.id);
        if (!was || mayEditSection(*was))
            continue;
        if (was->layout.position != now.layout.position || was->layout.columns != now.layout.columns
            || was->layout.size != now.layout.size)
            return refusal(u"forbidden"_s,
                           tr("This would move the %1 section, which only admins "
                              "change; move the other tiles instead.")
                               .arg(sectionDisplayName(*was)));
    }
    return true;
}

bool LayoutDocument::push(const QList<SectionConfig> &edited, const QString &text)
{
    QList<SectionDelta> deltas = sectionDeltas(m_sections, edited);
    if (deltas.isEmpty())
        return false;
    m_undo->push(new LayoutCommand(this, text, std::move(deltas)));
    return true;
}

Result<bool> LayoutDocument::placeTiles(const QString &id, const QString &text,
                                        const TileEdit &edit)
{
    const QString current = resolvedId(id);
    if (auto ok = checkEditable(current); !ok)
        return ok;
    const QList<SectionConfig> edited
        = withPlacements(m_sections, edit(gridTilesOf(m_sections), current));
    if (auto ok = checkPlacements(edited); !ok)
        return ok;
    return push(edited, text.arg(sectionDisplayName(*section(current))));
}

Result<bool> LayoutDocument::moveTile(const QString &id, int column, int row)
{
    return placeTiles(id, tr("Move %1"),
                      [column, row](const QList<GridTile> &tiles, QStringView current) {
                          return wedsync::moveTile(tiles, current, column, row);
                      });
}

Result<bool> LayoutDocument::resizeTile(const QString &id, int columns, int rows)
{
    return placeTiles(id, tr("Resize %1"),
                      [columns, rows](const QList<GridTile> &tiles, QStringView current) {
                          return wedsync::resizeTile(tiles, current, columns, rows);
                      });
}

Result<bool> LayoutDocument::setField(const QString &id, const QString &field,
                                      const QJsonValue &value)
{
    const QString current = resolvedId(id);
    if (!sectionFieldNames().contains(field))
        return refusal(u"unknown_field"_s, tr("There is no field %1 on a section.").arg(field));
    if (field == u"position")
        return refusal(u"unknown_field"_s, tr("A tile's position changes by moving it."));
    if (auto ok = checkEditable(current, field); !ok)
        return ok;
    if (value.isString() && value.toString().size() > SectionLimits::TextUnits)
        return refusal(
            u"too_long"_s,
            tr("%1 is too long: at most %2 characters.")
                .arg(sectionFieldDisplayName(field), QString::number(SectionLimits::TextUnits)));
    const SectionConfig before = *section(current);
    const SectionConfig after = withSectionField(before, field, value);
    if (after == before && sectionFieldValue(before, field) != value)
        return refusal(u"wrong_type"_s,
                       tr("%1 cannot take that value.").arg(sectionFieldDisplayName(field)));
    if (after == before)
        return false;
    // One section, one field: no need to compare the whole dashboard for the step.
    m_undo->push(new SetFieldCommand(
        this, tr("Change %2 of %1").arg(sectionDisplayName(before), sectionFieldDisplayName(field)),
        {{current, before, after, {field}}}));
    return true;
}

Result<bool> LayoutDocument::editGrants(const QList<SectionConfig> &edited, const QString &text)
{
    QList<SectionConfig> next = m_sections;
    for (const SectionConfig &change : edited) {
        const QString id = resolvedId(change.id);
        const auto at = std::find_if(next.begin(), next.end(),
                                     [&id](const SectionConfig &s) { return s.id == id; });
        if (at == next.end())
            return refusal(u"not_found"_s, tr("There is no such section on this dashboard."));
        for (const QString &field : changedSectionFields(*at, change)) {
            if (!isGrantField(field))
                return refusal(u"unknown_field"_s,
                               tr("Only who sees, edits and hides a section changes here (%1).")
                                   .arg(sectionFieldDisplayName(field)));
            if (auto ok = checkEditable(id, field); !ok)
                return ok;
        }
        SectionConfig copy = *at;
        copy.visibility.roles = change.visibility.roles;
        copy.permissions = change.permissions;
        *at = copy;
    }
    return push(next, text);
}

Result<QString> LayoutDocument::checkNewType(const QString &sectionType) const
{
    if (m_readOnly)
        return refusal(u"read_only"_s, tr("This layout is open read-only."));
    if (sectionType.trimmed().isEmpty())
        return refusal(u"validation_failed"_s, tr("Choose the type of the new section."));
    for (const SectionConfig &s : m_sections) {
        if (s.sectionType == sectionType)
            return refusal(u"section_exists"_s,
                           tr("This dashboard already has a %1 section.")
                               .arg(sectionTypeDisplayName(sectionType)));
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A coordinator's new section: the grants of the organization's section of that type, else
// admins and coordinators only (server/api/SectionWriteRules' rule).
void LayoutDocument::grantNewSection(SectionConfig &section) const
{
    if (m_mayChangeGrants)
        return;
    section.visibility.roles = Staff;
    section.permissions = {Staff, Staff, {}};
    if (m_weddingId.isEmpty())
        return;
    for (const SectionConfig &other : m_organizationDefaults) {
        if (other.sectionType == section.sectionType && !other.isWeddingSpecific()) {
            section.visibility.roles = other.visibility.roles;
            section.permissions = other.permissions;
        }
    }
}

Result<QString> LayoutDocument::addSection(const QString &sectionType)
{
    const Result<QString> id = checkNewType(sectionType);
    if (!id)
        return id;
    SectionConfig added;
    added.id = id.value();
    added.organizationId = m_organizationId;
    added.weddingId = m_weddingId;
    added.sectionType = sectionType;
    added.visibility.roles = Staff;
    added.layout.size = u"medium"_s;
    added.layout.columns = 6;
    int last = -1;
    for (const SectionConfig &s : m_sections)
        last = std::max(last, s.layout.position);
    added.layout.position = last + 1;
    added.customization.title = sectionTypeDisplayName(sectionType);
    added.permissions = {Staff, Staff, {}};
    grantNewSection(added);
    if (!mayEditSection(added))
        return refusal(
            u"forbidden"_s,
            tr("Only admins add the %1 section.").arg(sectionTypeDisplayName(sectionType)));
    QList<SectionConfig> edited = m_sections;
    edited.append(added);
    push(edited, tr("Add %1").arg(sectionDisplayName(added)));
    return added.id;
}

Result<QString> LayoutDocument::duplicateSection(const QString &sourceId,
                                                 const QString &sectionType)
{
    const Result<QString> id = checkNewType(sectionType);
    if (!id)
        return id;
    const auto source = section(resolvedId(sourceId));
    if (!source)
        return refusal(u"not_found"_s, tr("There is no such section on this dashboard."));
    SectionConfig copy = *source;
    copy.id = id.value();
    copy.sectionType = sectionType;
    copy.metadata = {};
    copy.customization.title = tr("%1 (copy)").arg(sectionDisplayName(*source));
    grantNewSection(copy);
    if (!mayEditSection(copy))
        return refusal(
            u"forbidden"_s,
            tr("Only admins add the %1 section.").arg(sectionTypeDisplayName(sectionType)));
    // Right after the source: later tiles step aside only as far as they must.
    QList<SectionConfig> edited = m_sections; // in packing order
    const qsizetype at = indexOf(edited, source->id) + 1;
    copy.layout.position = source->layout.position + 1;
    edited.insert(at, copy);
    for (qsizetype i = at + 1; i < edited.size(); ++i) {
        int &position = edited[i].layout.position;
        position = std::max(position, edited.at(i - 1).layout.position + 1);
    }
    if (auto ok = checkPlacements(edited); !ok)
        return ok.error();
    push(edited, tr("Duplicate %1").arg(sectionDisplayName(*source)));
    return copy.id;
}

Result<bool> LayoutDocument::removeSection(const QString &id)
{
    const QString current = resolvedId(id);
    if (auto ok = checkEditable(current); !ok)
        return ok;
    QList<SectionConfig> edited = m_sections;
    const SectionConfig removed = edited.takeAt(indexOf(edited, current));
    return push(edited, tr("Remove %1").arg(sectionDisplayName(removed)));
}

void LayoutDocument::applyDeltas(const QList<SectionDelta> &deltas, bool forward)
{
    QList<SectionConfig> next = m_sections;
    QHash<QString, qsizetype> at; // id -> index in next
    for (qsizetype i = 0; i < next.size(); ++i)
        at.insert(next.at(i).id, i);
    QSet<QString> removed;
    for (const SectionDelta &delta : deltas) {
        const QString id = resolvedId(delta.id);
        const std::optional<SectionConfig> &target = forward ? delta.after : delta.before;
        const std::optional<SectionConfig> &source = forward ? delta.before : delta.after;
        const qsizetype i = at.value(id, -1);
        const bool present = i >= 0 && !removed.contains(id);
        if (!target) {
            removed.insert(id);
        } else if (!source) {
            if (present)
                continue;
            SectionConfig inserted = *target;
            inserted.id = id;
            if (const qsizetype b = indexOf(m_base, id); b >= 0)
                inserted.metadata = m_base.at(b).metadata;
            removed.remove(id);
            if (i >= 0) {
                next[i] = inserted;
            } else {
                at.insert(id, next.size());
                next.append(inserted);
            }
        } else if (present) {
            // Only the fields the step touched: others may have changed since.
            for (const QString &field : delta.fields)
                next[i] = withSectionField(next.at(i), field, sectionFieldValue(*target, field));
        }
    }
    next.removeIf([&removed](const SectionConfig &s) { return removed.contains(s.id); });
    setSections(std::move(next));
}

void LayoutDocument::setSections(QList<SectionConfig> sections)
{
    QList<SectionConfig> ordered;
    ordered.reserve(sections.size());
    for (const SectionConfig *s : sectionsInPackingOrder(sections))
        ordered.append(*s);
    QHash<QString, const SectionConfig *> previous;
    for (const SectionConfig &s : m_sections)
        previous.insert(s.id, &s);
    QHash<QString, QList<FieldError>> errors;
    for (const SectionConfig &s : ordered) {
        // An unchanged section keeps its messages: one keystroke validates one section.
        if (const SectionConfig *was = previous.value(s.id); was && *was == s) {
            if (const auto it = m_errors.constFind(s.id); it != m_errors.cend())
                errors.insert(s.id, *it);
            continue;
        }
        // Typing is not saving: what sanitizeSection() fixes on the server is no error here.
        if (QList<FieldError> problems = validateSection(sanitizeSection(s)); !problems.isEmpty())
            errors.insert(s.id, std::move(problems));
    }
    m_errors = std::move(errors);
    m_sections = std::move(ordered);
    m_grid = packGrid(gridTilesOf(m_sections));
    QSet<QString> weddings;
    if (!m_weddingId.isEmpty())
        weddings.insert(m_weddingId);
    m_findings = IntegrityChecker().checkSections(m_sections, weddings);
    const bool conflictsMoved = pruneConflicts();
    if (!m_selected.isEmpty() && indexOf(m_sections, m_selected) < 0) {
        m_selected.clear();
        Q_EMIT selectionChanged(m_selected);
    }
    Q_EMIT changed();
    if (conflictsMoved)
        Q_EMIT conflictsChanged();
}

// After an edit or undo: a conflict whose section is gone, or whose field is back to theirs,
// is settled; the others show the planner's current value as "mine".
bool LayoutDocument::pruneConflicts()
{
    bool moved = false;
    for (auto it = m_conflicts.begin(); it != m_conflicts.end();) {
        const qsizetype i = indexOf(m_sections, it.key());
        const qsizetype b = indexOf(m_base, it.key());
        QList<FieldConflict> &list = it.value();
        const qsizetype before = list.size();
        list.removeIf([&](const FieldConflict &c) {
            if (i < 0)
                return true;
            if (c.field == RemovedField)
                return b >= 0;
            return b < 0
                || sectionFieldValue(m_sections.at(i), c.field)
                == sectionFieldValue(m_base.at(b), c.field);
        });
        for (FieldConflict &c : list) {
            if (c.field == RemovedField)
                continue;
            const QJsonValue mine = sectionFieldValue(m_sections.at(i), c.field);
            moved = moved || c.mine != mine;
            c.mine = mine;
        }
        moved = moved || list.size() != before;
        if (list.isEmpty())
            it = m_conflicts.erase(it);
        else
            ++it;
    }
    return moved;
}

QList<FieldError> LayoutDocument::errors(const QString &id) const
{
    return m_errors.value(resolvedId(id));
}

bool LayoutDocument::hasErrors() const
{
    return !m_errors.isEmpty();
}

bool LayoutDocument::isModified() const
{
    return !savePlan().isEmpty();
}

QStringList LayoutDocument::modifiedIds() const
{
    QStringList out;
    for (const SectionConfig &s : m_sections) {
        const qsizetype b = indexOf(m_base, s.id);
        if (b < 0 || !sameFields(m_base.at(b), sanitizeSection(s)))
            out.append(s.id);
    }
    for (const SectionConfig &s : m_base) {
        if (indexOf(m_sections, s.id) < 0)
            out.append(s.id);
    }
    return out;
}

LayoutSavePlan LayoutDocument::savePlan() const
{
    // What the server would store: a title typed with spaces around it is no change.
    QList<SectionConfig> edited;
    edited.reserve(m_sections.size());
    for (const SectionConfig &s : m_sections)
        edited.append(sanitizeSection(s));
    return planLayoutSave(m_base, edited);
}

void LayoutDocument::renameSection(const QString &from, const QString &to)
{
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
    m_aliases.insert(from, to);
    if (const qsizetype i = indexOf(m_sections, from); i >= 0) {
        // An echo of the create may have arrived first, as a section of its own.
        if (const qsizetype echo = indexOf(m_sections, to); echo >= 0)
            m_sections.removeAt(echo);
        m_sections[indexOf(m_sections, from)].id = to;
    }
    if (m_conflicts.contains(from))
        m_conflicts.insert(to, m_conflicts.take(from));
    if (m_selected == from) {
        m_selected = to;
        Q_EMIT selectionChanged(to);
    }
}

void LayoutDocument::acceptSaved(const QList<SectionConfig> &saved,
                                 const QHash<QString, QString> &localIdFor)
{
    for (const SectionConfig &s : saved) {
        const QString localId = localIdFor.value(s.id);
        if (!localId.isEmpty() && localId != s.id)
            renameSection(localId, s.id);
    }
    QList<SectionConfig> copy = m_sections;
    for (const SectionConfig &s : saved) {
        if (const qsizetype b = indexOf(m_base, s.id); b >= 0)
            m_base[b] = s;
        else
            m_base.append(s);
        const qsizetype i = indexOf(copy, s.id);
        if (i < 0)
            continue;
        // What the server stored of what was sent (trimmed, a long title cut) becomes the
        // copy's; a field edited again meanwhile stays an edit.
        const SectionConfig sent = sanitizeSection(copy.at(i));
        for (const QString &field : changedSectionFields(copy.at(i), s)) {
            if (sectionFieldValue(sent, field) == sectionFieldValue(s, field))
                copy[i] = withSectionField(copy.at(i), field, sectionFieldValue(s, field));
        }
        copy[i].metadata = s.metadata;
    }
    setSections(std::move(copy));
}

void LayoutDocument::acceptReplayed(const QList<SectionConfig> &saved,
                                    const QHash<QString, QString> &localIdFor)
{
    for (const SectionConfig &s : saved) {
        const QString localId = localIdFor.value(s.id);
        if (!localId.isEmpty() && localId != s.id) {
            renameSection(localId, s.id);
            // Parked as saved under its local id (LayoutPage::onSavedLocally): now it has one.
            m_base.removeIf([&localId](const SectionConfig &b) { return b.id == localId; });
        }
    }
    for (const SectionConfig &s : saved)
        applyRemote(s);
}

void LayoutDocument::acceptDeleted(const QString &id)
{
    const QString current = resolvedId(id);
    if (const qsizetype b = indexOf(m_base, current); b >= 0)
        m_base.removeAt(b);
    if (m_conflicts.remove(current))
        Q_EMIT conflictsChanged();
    Q_EMIT changed();
}

void LayoutDocument::applyRemote(const SectionConfig &theirs)
{
    const qsizetype b = indexOf(m_base, theirs.id);
    const qsizetype i = indexOf(m_sections, theirs.id);
    if (b < 0) {
        // New to this dashboard (or an echo of this planner's create, renamed on acceptSaved).
        m_base.append(theirs);
        QList<SectionConfig> copy = m_sections;
        if (i < 0)
            copy.append(theirs);
        setSections(std::move(copy));
        return;
    }
    const SectionConfig base = m_base.at(b);
    m_base[b] = theirs;
    if (i < 0)
        return; // removed here: the delete stands, with their version
    QList<SectionConfig> copy = m_sections;
    SectionConfig &mine = copy[i];
    const QStringList myFields = changedSectionFields(base, mine);
    QList<FieldConflict> conflicts = m_conflicts.value(theirs.id);
    const qsizetype conflictsBefore = conflicts.size();
    bool conflictsMoved = false;
    for (const QString &field : changedSectionFields(base, theirs)) {
        const QJsonValue their = sectionFieldValue(theirs, field);
        const QJsonValue my = sectionFieldValue(mine, field);
        if (!myFields.contains(field)) {
            mine = withSectionField(mine, field, their);
        } else if (my != their) {
            conflicts.removeIf([&field](const FieldConflict &c) { return c.field == field; });
            conflicts.append({field, sectionFieldValue(base, field), my, their});
            conflictsMoved = true;
        }
    }
    // A conflict their new version settled (they now agree with mine) is gone.
    conflicts.removeIf([&mine, &theirs, &conflictsMoved](const FieldConflict &c) {
        const bool agreed = c.field != RemovedField
            && sectionFieldValue(mine, c.field) == sectionFieldValue(theirs, c.field);
        conflictsMoved = conflictsMoved || agreed;
        return agreed;
    });
    mine.metadata = theirs.metadata;
    if (conflicts.isEmpty())
        m_conflicts.remove(theirs.id);
    else
        m_conflicts.insert(theirs.id, conflicts);
    const bool copyChanged = !sameFields(mine, m_sections.at(i));
    if (copyChanged)
        setSections(std::move(copy));
    else
        m_sections[i].metadata = theirs.metadata;
    if (conflictsMoved || conflicts.size() != conflictsBefore)
        Q_EMIT conflictsChanged();
}

void LayoutDocument::applyRemoteRemoval(const QString &id)
{
    const qsizetype b = indexOf(m_base, id);
    if (b < 0)
        return;
    const SectionConfig base = m_base.takeAt(b);
    const qsizetype i = indexOf(m_sections, id);
    if (i >= 0 && !sameFields(base, m_sections.at(i))) {
        // Unsaved edits of a section someone removed: the planner decides.
        m_conflicts.insert(id,
                           {{RemovedField, sectionToJson(base), sectionToJson(m_sections.at(i)),
                             QJsonValue(QJsonValue::Null)}});
        Q_EMIT conflictsChanged();
        Q_EMIT changed();
        return;
    }
    const bool hadConflicts = m_conflicts.remove(id) > 0;
    QList<SectionConfig> copy = m_sections;
    if (i >= 0)
        copy.removeAt(i);
    setSections(std::move(copy));
    if (hadConflicts)
        Q_EMIT conflictsChanged();
}

QStringList LayoutDocument::conflictedIds() const
{
    QStringList out;
    for (const SectionConfig &s : m_sections) {
        if (m_conflicts.contains(s.id))
            out.append(s.id);
    }
    return out;
}

QList<FieldConflict> LayoutDocument::conflicts(const QString &id) const
{
    return m_conflicts.value(resolvedId(id));
}

void LayoutDocument::resolveConflict(const QString &id, const QString &field, bool takeTheirs)
{
    const QString current = resolvedId(id);
    QList<FieldConflict> list = m_conflicts.value(current);
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&field](const FieldConflict &c) { return c.field == field; });
    const auto found = section(current);
    if (it == list.cend() || !found)
        return;
    const FieldConflict conflict = *it;
    list.removeAt(it - list.cbegin());
    if (list.isEmpty())
        m_conflicts.remove(current);
    else
        m_conflicts.insert(current, list);
    if (takeTheirs) {
        QList<SectionConfig> edited = m_sections;
        const qsizetype i = indexOf(edited, current);
        const bool removal = field == RemovedField;
        if (removal)
            edited.removeAt(i);
        else
            edited[i] = withSectionField(edited.at(i), field, conflict.theirs);
        push(edited,
             tr("Take their %2 of %1")
                 .arg(sectionDisplayName(*found),
                      removal ? tr("removal") : sectionFieldDisplayName(field)));
    }
    Q_EMIT conflictsChanged();
}

void LayoutDocument::select(const QString &id)
{
    const QString current = resolvedId(id);
    if (current == m_selected || (!current.isEmpty() && indexOf(m_sections, current) < 0))
        return;
    m_selected = current;
    Q_EMIT selectionChanged(current);
}

} // namespace wedsync
