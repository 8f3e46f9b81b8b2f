#pragma once
// One dashboard as the layout editor holds it: the sections as the server last had them (the
// base) and as the planner is editing them, every edit an undoable command on one QUndoStack,
// the grid packed by the one packing rule, and what is wrong with it (validator messages per
// field, integrity findings). Changes saved elsewhere are applied in place; where the planner
// has unsaved edits to the same fields, the section holds a conflict until each such field is
// chosen (keep mine / take theirs). Holds no I/O: the page hands it what the feed loaded and
// asks it what to save.

#include "GridPacking.h"
#include "IntegrityChecker.h"
#include "LayoutSavePlan.h"
#include "Result.h"
#include "SectionConfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;

namespace wedsync {

struct SectionDelta;

// One field both this planner and someone else changed since the base. A section someone else
// removed while this planner had unsaved edits to it is one conflict on the field "removed"
// (base and mine: the section as JSON, theirs: null): taking theirs removes it, keeping mine
// saves it again as a new section.
struct FieldConflict
{
    QString field; // SectionFields name
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
};

class LayoutDocument : public QObject
{
    Q_OBJECT
public:
    explicit LayoutDocument(QObject *parent = nullptr);
    ~LayoutDocument() override;

    // A new dashboard (loaded, or another scope chosen): base and working copy become
    // `sections`, the undo stack and every conflict are cleared. `organizationId` and
    // `weddingId` (empty: the organization's default) are given to new sections.
    void reset(const QString &organizationId, const QString &weddingId,
               const QList<SectionConfig> &sections, qint64 layoutVersion);
    QString organizationId() const { return m_organizationId; }
    QString weddingId() const { return m_weddingId; }
    qint64 layoutVersion() const { return m_layoutVersion; }
    void setLayoutVersion(qint64 version);

    // Read-only: every edit below is refused (support staff). Coordinators: grant fields
    // (isGrantField) are refused, and so are sections coordinatorEditsSectionType() refuses.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setMayChangeGrants(bool may);
    bool mayChangeGrants() const { return m_mayChangeGrants; }
    bool mayEdit(const QString &sectionId) const;
    // For a wedding's dashboard: the organization's own sections. A coordinator's new section
    // keeps the grants of the organization's section of its type, as the server requires.
    void setOrganizationDefaults(const QList<SectionConfig> &sections);
    const QList<SectionConfig> &organizationDefaults() const { return m_organizationDefaults; }

    // The working copy, in packing order (position, then id).
    const QList<SectionConfig> &sections() const { return m_sections; }
    const QList<SectionConfig> &base() const { return m_base; }
    std::optional<SectionConfig> section(QStringView id) const;
    // The id a section has now, given one it had (a created section's local id, after the save
    // that gave it a server id); other ids are returned as they are.
    QString resolvedId(const QString &id) const;
    const GridLayout &grid() const { return m_grid; }
    // Section types of the seed not on this dashboard yet (what "Add" offers).
    QStringList absentSectionTypes() const;

    QUndoStack *undoStack() const { return m_undo; }

    // Edits; each pushes one command named for what it does ("Move Timeline"), or returns an
    // error (translated) and changes nothing: read-only, a field the operator may not change,
    // an unknown id, a type already on the dashboard.
    Result<bool> moveTile(const QString &id, int column, int row);
    Result<bool> resizeTile(const QString &id, int columns, int rows);
    // One field (SectionFields name) from the inspector. Consecutive edits of the same field
    // of the same section merge into one undo step (typing a title is one step).
    Result<bool> setField(const QString &id, const QString &field, const QJsonValue &value);
    // A new section of `sectionType` at the end, with the seed's defaults; its (local) id.
    Result<QString> addSection(const QString &sectionType);
    // A new section of `sectionType` with `sourceId`'s visibility, layout span, customization
    // (title suffixed " (copy)") and permissions, placed right after it; its id.
    Result<QString> duplicateSection(const QString &sourceId, const QString &sectionType);
    Result<bool> removeSection(const QString &id);
    // Who sees, edits and hides sections (the permission matrix's edits): `edited` holds the
    // sections to change, each with new grant fields (roles, canView, canEdit, canHide) only;
    // one step named `text`. Refused as a whole when any section may not be changed, or when
    // a non-grant field differs; false when nothing changes.
    Result<bool> editGrants(const QList<SectionConfig> &edited, const QString &text);

    // What is wrong: the validator's messages for one section (dotted field paths), and the
    // integrity checker's findings for the whole dashboard.
    QList<FieldError> errors(const QString &id) const;
    bool hasErrors() const;
    const QList<IntegrityFinding> &findings() const { return m_findings; }

    // Unsaved edits.
    bool isModified() const;
    QStringList modifiedIds() const; // added, removed or changed, in packing order of the copy
    // What a save sends, from the copy as the server will store it (sanitizeSection: a title
    // typed with spaces around it is no change).
    LayoutSavePlan savePlan() const;
    // The server accepted (part of) a save: these sections are now the base (a created one
    // replaces the local id `localIdFor` named). Edits made meanwhile stay edits.
    void acceptSaved(const QList<SectionConfig> &saved,
                     const QHash<QString, QString> &localIdFor = {});
    void acceptDeleted(const QString &id);
    // Edits parked in the outbox reached the server later, after this document may have been
    // reloaded from the server's older state: they merge in as the server's news (applyRemote),
    // so what is on screen now decides, not what was on screen when the save was made.
    void acceptReplayed(const QList<SectionConfig> &saved,
                        const QHash<QString, QString> &localIdFor = {});

    // Changes saved by someone else (realtime, or a 412's current state). A section without
    // local edits is updated in base and copy (no undo step); one with local edits keeps
    // them: its base moves on, and each field changed on both sides becomes a conflict.
    void applyRemote(const SectionConfig &theirs);
    void applyRemoteRemoval(const QString &id);
    // While any remain, savePlan() would send mine for those fields: the page settles them first.
    // An edit that makes a field agree with theirs settles its conflict too.
    QStringList conflictedIds() const;
    QList<FieldConflict> conflicts(const QString &id) const;
    // Settles one field: theirs replaces mine in the copy (an undoable step), or mine is kept.
    void resolveConflict(const QString &id, const QString &field, bool takeTheirs);

    // The tile the planner works on (the inspector's and the presence's), empty: none.
    void select(const QString &id);
    QString selectedId() const { return m_selected; }

Q_SIGNALS:
    void changed(); // sections, grid, errors or findings changed (once per edit)
    void conflictsChanged();
    void selectionChanged(const QString &id);
    void readOnlyChanged(bool readOnly);

private:
    friend class LayoutCommand;
    // Replaces the working copy (packs, validates, lints, emits changed()).
    void setSections(QList<SectionConfig> sections);
    Result<bool> checkEditable(const QString &id, const QString &field = {}) const;
    bool mayEditSection(const SectionConfig &section) const;
    using TileEdit = std::function<QList<GridTile>(const QList<GridTile> &, QStringView)>;
    // A move or resize: `edit` on the tiles, written back into the sections, as one step.
    Result<bool> placeTiles(const QString &id, const QString &text, const TileEdit &edit);
    // Drops the conflicts an edit settled; true when any changed.
    bool pruneConflicts();
    // Refuses an edit that would shift a section this operator may not change.
    Result<bool> checkPlacements(const QList<SectionConfig> &edited) const;
    Result<QString> checkNewType(const QString &sectionType) const;
    void grantNewSection(SectionConfig &section) const;
    // Pushes one step from the working copy to `edited`; false when nothing changed.
    bool push(const QList<SectionConfig> &edited, const QString &text);
    // A step's deltas applied forwards (redo) or backwards (undo), through resolvedId().
    void applyDeltas(const QList<SectionDelta> &deltas, bool forward);
    void renameSection(const QString &from, const QString &to);

    QString m_organizationId;
    QString m_weddingId;
    qint64 m_layoutVersion = 0;
    bool m_readOnly = false;
    bool m_mayChangeGrants = true;
    QList<SectionConfig> m_base;
    QList<SectionConfig> m_sections;
    GridLayout m_grid;
    QHash<QString, QList<FieldError>> m_errors;
    QList<IntegrityFinding> m_findings;
    QHash<QString, QList<FieldConflict>> m_conflicts;
    QString m_selected;
    QHash<QString, QString> m_aliases; // local id -> server id, kept for the undo steps
    QList<SectionConfig> m_organizationDefaults;
    QUndoStack *m_undo = nullptr;
};

} // namespace wedsync
