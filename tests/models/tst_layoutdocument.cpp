// The layout editor's document: edits as undo steps, what is wrong, what a save sends, and
// changes saved elsewhere merged field by field.
#include "LayoutDocument.h"
#include "SectionFields.h"
#include "SectionJson.h"
#include "SectionValidator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QString Org = u"0d3c2b1a-1111-4222-8333-444455556666"_s;
const QString Wedding = u"7e0c1b2a-2222-4333-8444-555566667777"_s;

QString uuid(int n)
{
    return u"5b0f3c9e-8a3d-4f0e-9c57-0000000000%1"_s.arg(n, 2, 10, QChar(u'0'));
}

SectionConfig section(int n, const QString &type, int position, int columns = 6)
{
    SectionConfig s;
    s.id = uuid(n);
    s.organizationId = Org;
    s.sectionType = type;
    s.layout.position = position;
    s.layout.columns = columns;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s};
    s.permissions.canView = {u"admin"_s, u"coordinator"_s};
    s.permissions.canEdit = {u"admin"_s};
    s.metadata.version = 3;
    return s;
}

// Two rows of half-width tiles: timeline budget / photos billing.
QList<SectionConfig> dashboard()
{
    return {section(1, u"timeline"_s, 0), section(2, u"budget"_s, 1), section(3, u"photos"_s, 2),
            section(4, u"billing"_s, 3)};
}

QStringList order(const LayoutDocument &doc)
{
    QStringList out;
    for (const SectionConfig &s : doc.sections())
        out.append(s.sectionType);
    return out;
}

struct Loaded
{
    LayoutDocument doc;
    Loaded() { doc.reset(Org, {}, dashboard(), 7); }
};

} // namespace

class TestLayoutDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsInPackingOrder();
    void moveIsOneUndoStep();
    void keyboardNudges();
    void moveThatChangesNothingPushesNothing();
    void resizeSetsSpanAndHeight();
    void typingMergesIntoOneStep();
    void typingBackIsNoStep();
    void invalidValueKeepsItsMessage();
    void textLimitsAndTypes();
    void findingsFollowEdits();
    void readOnlyRefusesEverything();
    void coordinatorRefusals();
    void addDuplicateRemove();
    void coordinatorsNewSectionKeepsDefaultGrants();
    void savePlanOfEdits();
    void acceptSavedRenamesCreatedThenUndo();
    void replayAfterAReloadShowsTheSavedEdit();
    void echoOfACreateBeforeItsAnswer();
    void undoAfterSaveSendsTheReverse();
    void remoteChangeWithoutEditsIsTaken();
    void remoteChangeMergesFieldByField();
    void conflictsResolveBothWays();
    void editsSettleOrUpdateConflicts();
    void echoChangesNothing();
    void remoteNewSectionIsAdded();
    void remoteRemoval();
    void remoteRemovalOfEditedIsAConflict();
};

void TestLayoutDocument::loadsInPackingOrder()
{
    QList<SectionConfig> shuffled = dashboard();
    std::reverse(shuffled.begin(), shuffled.end());
    LayoutDocument doc;
    QSignalSpy changed(&doc, &LayoutDocument::changed);
    doc.reset(Org, {}, shuffled, 7);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(order(doc), (QStringList {u"timeline"_s, u"budget"_s, u"photos"_s, u"billing"_s}));
    QCOMPARE(doc.layoutVersion(), 7);
    QCOMPARE(doc.grid().tiles.size(), 4);
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.hasErrors());
    QCOMPARE(doc.absentSectionTypes(),
             (QStringList {u"admin"_s, u"dashboard"_s, u"documents"_s, u"guest_list"_s,
                           u"vendor_management"_s}));
}

void TestLayoutDocument::moveIsOneUndoStep()
{
    Loaded l;
    QSignalSpy changed(&l.doc, &LayoutDocument::changed);
    // Drop billing (row 2, column 7) at the top left.
    const Result<bool> moved = l.doc.moveTile(uuid(4), 1, 1);
    QVERIFY(moved.ok() && moved.value());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(order(l.doc), (QStringList {u"billing"_s, u"timeline"_s, u"budget"_s, u"photos"_s}));
    QCOMPARE(l.doc.undoStack()->count(), 1);
    QCOMPARE(l.doc.undoStack()->undoText(), u"Move Billing"_s);
    QVERIFY(l.doc.isModified());
    QCOMPARE(l.doc.modifiedIds(), (QStringList {uuid(4), uuid(1), uuid(2), uuid(3)}));
    l.doc.undoStack()->undo();
    QCOMPARE(order(l.doc), (QStringList {u"timeline"_s, u"budget"_s, u"photos"_s, u"billing"_s}));
    QVERIFY(!l.doc.isModified());
    l.doc.undoStack()->redo();
    QCOMPARE(order(l.doc).first(), u"billing"_s);
}

void TestLayoutDocument::keyboardNudges()
{
    Loaded l;
    // Timeline one step right: into budget's place, budget comes first.
    QVERIFY(l.doc.moveTile(uuid(1), 7, 1).value());
    QCOMPARE(order(l.doc).mid(0, 2), (QStringList {u"budget"_s, u"timeline"_s}));
    // Then one row down: below, where photos was.
    const auto rect = [&l](int n) {
        return l.doc.grid().tiles.at(*l.doc.grid().indexOf(uuid(n))).rect;
    };
    QCOMPARE(rect(1).column, 7);
    QVERIFY(l.doc.moveTile(uuid(1), rect(1).column, rect(1).row + 2).value());
    QCOMPARE(rect(1).row, 3);
    QCOMPARE(l.doc.undoStack()->count(), 2);
    l.doc.undoStack()->undo();
    l.doc.undoStack()->undo();
    QCOMPARE(l.doc.sections(), dashboard());
}

void TestLayoutDocument::moveThatChangesNothingPushesNothing()
{
    Loaded l;
    QSignalSpy changed(&l.doc, &LayoutDocument::changed);
    const Result<bool> moved = l.doc.moveTile(uuid(2), 7, 1);
    QVERIFY(moved.ok());
    QVERIFY(!moved.value());
    QCOMPARE(l.doc.undoStack()->count(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!l.doc.moveTile(u"nope"_s, 1, 1).ok());
}

void TestLayoutDocument::resizeSetsSpanAndHeight()
{
    Loaded l;
    QVERIFY(l.doc.resizeTile(uuid(3), 12, 3).value());
    const SectionConfig photos = *l.doc.section(uuid(3));
    QCOMPARE(photos.layout.columns, 12);
    QCOMPARE(photos.layout.size, u"large"_s);
    QCOMPARE(l.doc.undoStack()->undoText(), u"Resize Photos"_s);
    const LayoutSavePlan plan = l.doc.savePlan();
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.patches.first().fields, QStringList {u"size"_s});
    QCOMPARE(plan.moves.size(), 1);
    QCOMPARE(plan.moves.first().columns, 12);
    QCOMPARE(plan.moves.first().version, 4);
    QVERIFY(l.doc.resizeTile(uuid(3), 40, 9).value()); // clamped
    QCOMPARE(l.doc.section(uuid(3))->layout.columns, 12);
    QCOMPARE(l.doc.section(uuid(3))->layout.size, u"full"_s);
}

void TestLayoutDocument::typingMergesIntoOneStep()
{
    Loaded l;
    for (const QString &typed : {u"W"_s, u"We"_s, u"Wed"_s})
        QVERIFY(l.doc.setField(uuid(1), u"title"_s, typed).value());
    QCOMPARE(l.doc.undoStack()->count(), 1);
    QCOMPARE(l.doc.undoStack()->undoText(), u"Change Title of Timeline"_s);
    QCOMPARE(l.doc.section(uuid(1))->customization.title, u"Wed"_s);
    QVERIFY(l.doc.setField(uuid(1), u"subtitle"_s, u"Day"_s).value());
    QVERIFY(l.doc.setField(uuid(1), u"title"_s, u"Wedd"_s).value());
    QCOMPARE(l.doc.undoStack()->count(), 3);
    QVERIFY(l.doc.setField(uuid(2), u"title"_s, u"Money"_s).value());
    QCOMPARE(l.doc.undoStack()->count(), 4);
    l.doc.undoStack()->undo();
    l.doc.undoStack()->undo();
    QCOMPARE(l.doc.section(uuid(1))->customization.title, u"Wed"_s);
    l.doc.undoStack()->undo();
    l.doc.undoStack()->undo();
    QCOMPARE(l.doc.section(uuid(1))->customization.title, QString());
    QVERIFY(!l.doc.isModified());
}

void TestLayoutDocument::typingBackIsNoStep()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(1), u"icon"_s, u"c"_s).value());
    QVERIFY(l.doc.setField(uuid(1), u"icon"_s, QString()).value());
    QCOMPARE(l.doc.undoStack()->count(), 0);
    QVERIFY(!l.doc.isModified());
    // The same value again is no edit.
    QVERIFY(!l.doc.setField(uuid(1), u"icon"_s, QString()).value());
}

void TestLayoutDocument::invalidValueKeepsItsMessage()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(2), u"color"_s, u"teal-ish"_s).value());
    QCOMPARE(l.doc.section(uuid(2))->customization.color, u"teal-ish"_s);
    QVERIFY(l.doc.hasErrors());
    const QList<FieldError> errors = l.doc.errors(uuid(2));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"customization.color"_s);
    QVERIFY(!errors.first().message.isEmpty());
    QVERIFY(l.doc.errors(uuid(1)).isEmpty());
    QVERIFY(l.doc.setField(uuid(2), u"roles"_s, QJsonArray {u"admin"_s, u"wizard"_s}).value());
    QCOMPARE(l.doc.errors(uuid(2)).size(), 2);
    l.doc.undoStack()->undo();
    l.doc.undoStack()->undo();
    QVERIFY(!l.doc.hasErrors());
}

void TestLayoutDocument::textLimitsAndTypes()
{
    Loaded l;
    // A long title is cut on save, not refused while typing.
    QVERIFY(l.doc.setField(uuid(1), u"title"_s, QString(150, u'x')).value());
    QVERIFY(!l.doc.hasErrors());
    // Past the hard cap nothing is kept.
    const Result<bool> huge
        = l.doc.setField(uuid(1), u"subtitle"_s, QString(SectionLimits::TextUnits + 1, u'x'));
    QVERIFY(!huge.ok());
    QVERIFY(!huge.error().message.isEmpty());
    QCOMPARE(l.doc.section(uuid(1))->customization.subtitle, QString());
    QVERIFY(!l.doc.setField(uuid(1), u"columns"_s, u"six"_s).ok());
    QVERIFY(!l.doc.setField(uuid(1), u"nonsense"_s, 1).ok());
    QVERIFY(!l.doc.setField(uuid(1), u"position"_s, 9).ok());
    QCOMPARE(l.doc.undoStack()->count(), 1);
}

void TestLayoutDocument::findingsFollowEdits()
{
    Loaded l;
    QVERIFY(l.doc.findings().isEmpty());
    QVERIFY(l.doc.setField(uuid(2), u"canEdit"_s, QJsonArray {u"admin"_s, u"couple"_s}).value());
    const auto edit = std::find_if(
        l.doc.findings().cbegin(), l.doc.findings().cend(),
        [](const IntegrityFinding &f) { return f.rule == IntegrityRule::EditWithoutView; });
    QVERIFY(edit != l.doc.findings().cend());
    QCOMPARE(edit->subjectId, uuid(2));
    l.doc.undoStack()->undo();
    QVERIFY(l.doc.findings().isEmpty());
}

void TestLayoutDocument::readOnlyRefusesEverything()
{
    Loaded l;
    QSignalSpy readOnly(&l.doc, &LayoutDocument::readOnlyChanged);
    l.doc.setReadOnly(true);
    QCOMPARE(readOnly.size(), 1);
    QVERIFY(!l.doc.mayEdit(uuid(1)));
    QVERIFY(!l.doc.moveTile(uuid(1), 7, 1).ok());
    QVERIFY(!l.doc.resizeTile(uuid(1), 3, 1).ok());
    QVERIFY(!l.doc.setField(uuid(1), u"title"_s, u"x"_s).ok());
    QVERIFY(!l.doc.addSection(u"documents"_s).ok());
    QVERIFY(!l.doc.duplicateSection(uuid(1), u"documents"_s).ok());
    QVERIFY(!l.doc.removeSection(uuid(1)).ok());
    QCOMPARE(l.doc.undoStack()->count(), 0);
    QCOMPARE(l.doc.sections(), dashboard());
}

void TestLayoutDocument::coordinatorRefusals()
{
    Loaded l;
    l.doc.setMayChangeGrants(false);
    QVERIFY(l.doc.mayEdit(uuid(1)));
    QVERIFY(!l.doc.mayEdit(uuid(4))); // billing
    const Result<bool> grant
        = l.doc.setField(uuid(1), u"roles"_s, QJsonArray {u"admin"_s, u"couple"_s});
    QVERIFY(!grant.ok());
    QCOMPARE(grant.error().code, u"forbidden"_s);
    QVERIFY(!l.doc.setField(uuid(4), u"title"_s, u"Invoices"_s).ok());
    QVERIFY(!l.doc.removeSection(uuid(4)).ok());
    // Dropping timeline after billing would move billing up: the server would refuse that
    // reorder. So would a copy that pushes billing along.
    QVERIFY(!l.doc.moveTile(uuid(1), 7, 3).ok());
    QVERIFY(!l.doc.duplicateSection(uuid(1), u"guest_list"_s).ok());
    QCOMPARE(l.doc.undoStack()->count(), 0);
    QVERIFY(l.doc.setField(uuid(1), u"title"_s, u"Run sheet"_s).value());
    QVERIFY(l.doc.moveTile(uuid(2), 1, 1).value()); // budget and timeline trade places
    QCOMPARE(l.doc.section(uuid(4))->layout.position, 3);
    // A billing section that names coordinators in canEdit is theirs to change.
    QList<SectionConfig> sections = dashboard();
    sections[3].permissions.canEdit.append(u"coordinator"_s);
    l.doc.reset(Org, {}, sections, 8);
    QVERIFY(l.doc.setField(uuid(4), u"title"_s, u"Invoices"_s).value());
}

void TestLayoutDocument::addDuplicateRemove()
{
    Loaded l;
    const Result<QString> added = l.doc.addSection(u"documents"_s);
    QVERIFY(added.ok());
    QVERIFY(isUuid(added.value()));
    const SectionConfig docs = *l.doc.section(added.value());
    QCOMPARE(docs.customization.title, u"Documents"_s);
    QCOMPARE(docs.layout.columns, 6);
    QCOMPARE(docs.layout.size, u"medium"_s);
    QCOMPARE(docs.layout.position, 4);
    QCOMPARE(docs.organizationId, Org);
    QCOMPARE(docs.visibility.roles, (QStringList {u"admin"_s, u"coordinator"_s}));
    QCOMPARE(docs.permissions.canView, (QStringList {u"admin"_s, u"coordinator"_s}));
    QCOMPARE(docs.permissions.canEdit, (QStringList {u"admin"_s, u"coordinator"_s}));
    QCOMPARE(l.doc.undoStack()->undoText(), u"Add Documents"_s);
    QVERIFY(!l.doc.absentSectionTypes().contains(u"documents"_s));
    QVERIFY(!l.doc.hasErrors());

    const Result<QString> again = l.doc.addSection(u"timeline"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, u"section_exists"_s);

    // A copy of timeline as a guest list, right after timeline; the others step aside.
    const Result<QString> copy = l.doc.duplicateSection(uuid(1), u"guest_list"_s);
    QVERIFY(copy.ok());
    QCOMPARE(order(l.doc),
             (QStringList {u"timeline"_s, u"guest_list"_s, u"budget"_s, u"photos"_s, u"billing"_s,
                           u"documents"_s}));
    const SectionConfig guests = *l.doc.section(copy.value());
    QCOMPARE(guests.customization.title, u"Timeline (copy)"_s);
    QCOMPARE(guests.permissions, section(1, {}, 0).permissions);
    QCOMPARE(l.doc.undoStack()->undoText(), u"Duplicate Timeline"_s);
    QVERIFY(!l.doc.duplicateSection(uuid(1), u"budget"_s).ok());

    QVERIFY(l.doc.removeSection(uuid(2)).value());
    QCOMPARE(l.doc.undoStack()->undoText(), u"Remove Budget"_s);
    QVERIFY(l.doc.absentSectionTypes().contains(u"budget"_s));
    QCOMPARE(l.doc.undoStack()->count(), 3);
    l.doc.undoStack()->undo();
    QVERIFY(l.doc.section(uuid(2)));
    l.doc.undoStack()->setIndex(0);
    QCOMPARE(l.doc.sections(), dashboard());
}

void TestLayoutDocument::coordinatorsNewSectionKeepsDefaultGrants()
{
    // The organization's dashboard: a new type has no default there, so staff only.
    Loaded l;
    l.doc.setMayChangeGrants(false);
    const SectionConfig docs = *l.doc.section(l.doc.addSection(u"documents"_s).value());
    QCOMPARE(docs.visibility.roles, (QStringList {u"admin"_s, u"coordinator"_s}));
    QVERIFY(docs.permissions.canHide.isEmpty());
    // A coordinator's copy does not widen who sees it either.
    QList<SectionConfig> wide = dashboard().mid(0, 3); // no billing to push along
    wide[0].visibility.roles.append(u"guest"_s);
    wide[0].permissions.canView.append(u"guest"_s);
    l.doc.reset(Org, {}, wide, 1);
    const SectionConfig copy
        = *l.doc.section(l.doc.duplicateSection(uuid(1), u"guest_list"_s).value());
    QCOMPARE(copy.visibility.roles, (QStringList {u"admin"_s, u"coordinator"_s}));

    // A wedding's dashboard: the organization's section of that type gives the grants.
    LayoutDocument wedding;
    wedding.reset(Org, Wedding, {}, 1);
    wedding.setMayChangeGrants(false);
    SectionConfig orgPhotos = section(9, u"photos"_s, 0);
    orgPhotos.visibility.roles = {u"admin"_s, u"couple"_s, u"photographer"_s};
    orgPhotos.permissions.canView = {u"couple"_s, u"photographer"_s};
    orgPhotos.permissions.canHide = {u"couple"_s};
    wedding.setOrganizationDefaults({orgPhotos});
    const SectionConfig photos = *wedding.section(wedding.addSection(u"photos"_s).value());
    QCOMPARE(photos.weddingId, Wedding);
    QCOMPARE(photos.visibility.roles, orgPhotos.visibility.roles);
    QCOMPARE(photos.permissions, orgPhotos.permissions);
    // The organization's billing is admins' only: a coordinator may not add it to a wedding.
    wedding.setOrganizationDefaults({orgPhotos, section(10, u"billing"_s, 1)});
    QVERIFY(!wedding.addSection(u"billing"_s).ok());
    // An admin gets the seed's defaults.
    wedding.setMayChangeGrants(true);
    QVERIFY(wedding.addSection(u"billing"_s).ok());
}

void TestLayoutDocument::savePlanOfEdits()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(1), u"title"_s, u"Run sheet"_s).value());
    QVERIFY(l.doc.moveTile(uuid(2), 1, 1).value());
    QVERIFY(l.doc.removeSection(uuid(3)).value());
    const QString docs = l.doc.addSection(u"documents"_s).value();
    const LayoutSavePlan plan = l.doc.savePlan();
    QCOMPARE(plan.deletes.size(), 1);
    QCOMPARE(plan.deletes.first().id, uuid(3));
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.patches.first().id, uuid(1));
    QCOMPARE(plan.patches.first().body,
             (QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Run sheet"_s}}}}));
    QCOMPARE(plan.moves.size(), 2);
    QCOMPARE(plan.moves.at(0).id, uuid(2));
    QCOMPARE(plan.moves.at(0).version, 3);
    QCOMPARE(plan.moves.at(1).id, uuid(1));
    QCOMPARE(plan.moves.at(1).version, 4); // patched first
    QCOMPARE(plan.creates.size(), 1);
    QCOMPARE(plan.creates.first().localId, docs);
    QCOMPARE(l.doc.modifiedIds(), (QStringList {uuid(2), uuid(1), docs, uuid(3)}));
}

void TestLayoutDocument::replayAfterAReloadShowsTheSavedEdit()
{
    // Saved offline: parked as saved (predicted version 4) ...
    Loaded l;
    QVERIFY(l.doc.setField(uuid(1), u"subtitle"_s, u"Typed offline"_s).value());
    const QString local = l.doc.addSection(u"documents"_s).value();
    SectionConfig parked = *l.doc.section(uuid(1));
    parked.metadata.version = 4;
    l.doc.acceptSaved({parked, *l.doc.section(local)});
    QVERIFY(!l.doc.isModified());
    // ... then reloaded from the server before the outbox replayed: the old subtitle, no new
    // section. The replay's answers arrive next and are what the screen shows, unmodified.
    l.doc.reset(Org, {}, dashboard(), 7);
    SectionConfig replayed = parked;
    SectionConfig created = section(42, u"documents"_s, 4);
    created.metadata.version = 1;
    l.doc.acceptReplayed({replayed});
    l.doc.acceptReplayed({created}, {{uuid(42), local}});
    QCOMPARE(l.doc.section(uuid(1))->customization.subtitle, u"Typed offline"_s);
    QCOMPARE(l.doc.section(uuid(1))->metadata.version, 4);
    QVERIFY(l.doc.section(uuid(42)));
    QVERIFY(!l.doc.section(local));
    QVERIFY2(!l.doc.isModified(), qPrintable(l.doc.modifiedIds().join(u", "_s)));

    // Without the reload (the parked state is the base), the replay changes nothing either.
    Loaded m;
    QVERIFY(m.doc.setField(uuid(2), u"subtitle"_s, u"Typed offline"_s).value());
    SectionConfig parked2 = *m.doc.section(uuid(2));
    parked2.metadata.version = 4;
    m.doc.acceptSaved({parked2});
    m.doc.acceptReplayed({parked2});
    QVERIFY(!m.doc.isModified());
    QCOMPARE(m.doc.section(uuid(2))->customization.subtitle, u"Typed offline"_s);
}

void TestLayoutDocument::acceptSavedRenamesCreatedThenUndo()
{
    Loaded l;
    const QString local = l.doc.addSection(u"documents"_s).value();
    l.doc.select(local);
    QVERIFY(l.doc.setField(local, u"subtitle"_s, u"  Contracts  "_s).value());
    QSignalSpy selection(&l.doc, &LayoutDocument::selectionChanged);

    // The server's answer: its id, its bookkeeping, the subtitle trimmed.
    SectionConfig stored = *l.doc.section(local);
    stored.id = uuid(42);
    stored.customization.subtitle = u"Contracts"_s;
    stored.metadata.version = 1;
    stored.metadata.createdBy = u"planner"_s;
    l.doc.acceptSaved({stored}, {{uuid(42), local}});
    QVERIFY(!l.doc.isModified());
    QVERIFY(!l.doc.section(local));
    QCOMPARE(*l.doc.section(uuid(42)), stored);
    QCOMPARE(l.doc.selectedId(), uuid(42));
    QCOMPARE(selection.size(), 1);
    QCOMPARE(l.doc.resolvedId(local), uuid(42));
    QCOMPARE(l.doc.section(uuid(42))->customization.subtitle, u"Contracts"_s);

    // Undo the subtitle and the add: they find the section under its new id.
    l.doc.undoStack()->undo();
    QCOMPARE(l.doc.section(uuid(42))->customization.subtitle, QString());
    l.doc.undoStack()->undo();
    QVERIFY(!l.doc.section(uuid(42)));
    LayoutSavePlan plan = l.doc.savePlan();
    QCOMPARE(plan.deletes.size(), 1);
    QCOMPARE(plan.deletes.first().id, uuid(42));
    QCOMPARE(plan.deletes.first().version, 1);
    QVERIFY(plan.creates.isEmpty());
    // Redoing the add brings the saved section back: nothing to save but the subtitle, and
    // once that is redone (as typed, trimmed on save) nothing at all.
    l.doc.undoStack()->redo();
    plan = l.doc.savePlan();
    QVERIFY(plan.deletes.isEmpty() && plan.creates.isEmpty());
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.patches.first().fields, QStringList {u"subtitle"_s});
    l.doc.undoStack()->redo();
    QCOMPARE(l.doc.section(uuid(42))->customization.subtitle, u"  Contracts  "_s);
    QVERIFY(!l.doc.isModified());
    // Editing it now patches the server's section.
    QVERIFY(l.doc.setField(local, u"icon"_s, u"file"_s).value());
    QCOMPARE(l.doc.savePlan().patches.first().id, uuid(42));
}

void TestLayoutDocument::echoOfACreateBeforeItsAnswer()
{
    // Realtime can deliver the created row before the save's own answer arrives.
    Loaded l;
    const QString local = l.doc.addSection(u"documents"_s).value();
    SectionConfig stored = *l.doc.section(local);
    stored.id = uuid(42);
    l.doc.applyRemote(stored);
    QCOMPARE(l.doc.sections().size(), 6); // for now, both
    l.doc.acceptSaved({stored}, {{uuid(42), local}});
    QCOMPARE(l.doc.sections().size(), 5);
    QCOMPARE(l.doc.base().size(), 5);
    QVERIFY(l.doc.section(uuid(42)));
    QVERIFY(!l.doc.isModified());
    l.doc.undoStack()->undo();
    QCOMPARE(l.doc.sections(), dashboard());
    QCOMPARE(l.doc.savePlan().deletes.size(), 1);
}

void TestLayoutDocument::undoAfterSaveSendsTheReverse()
{
    Loaded l;
    QVERIFY(l.doc.moveTile(uuid(2), 1, 1).value());
    QList<SectionConfig> saved;
    for (const PlannedMove &move : l.doc.savePlan().moves) {
        SectionConfig s = *l.doc.section(move.id);
        s.metadata.version = move.version + 1;
        saved.append(s);
    }
    l.doc.acceptSaved(saved);
    QVERIFY(!l.doc.isModified());
    QCOMPARE(l.doc.section(uuid(2))->metadata.version, 4);
    l.doc.undoStack()->undo();
    QVERIFY(l.doc.isModified());
    const LayoutSavePlan plan = l.doc.savePlan();
    QCOMPARE(plan.moves.size(), 2);
    for (const PlannedMove &move : plan.moves) {
        QCOMPARE(move.version, 4);
        QCOMPARE(
            move.position,
            section(move.id == uuid(1) ? 1 : 2, {}, move.id == uuid(1) ? 0 : 1).layout.position);
    }
}

void TestLayoutDocument::remoteChangeWithoutEditsIsTaken()
{
    Loaded l;
    QSignalSpy changed(&l.doc, &LayoutDocument::changed);
    SectionConfig theirs = dashboard().at(1);
    theirs.customization.title = u"Spending"_s;
    theirs.metadata.version = 4;
    l.doc.applyRemote(theirs);
    QCOMPARE(*l.doc.section(uuid(2)), theirs);
    QCOMPARE(l.doc.base().at(1), theirs);
    QVERIFY(!l.doc.isModified());
    QCOMPARE(l.doc.undoStack()->count(), 0);
    QCOMPARE(changed.size(), 1);
}

void TestLayoutDocument::remoteChangeMergesFieldByField()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(2), u"title"_s, u"Mine"_s).value());
    QVERIFY(l.doc.setField(uuid(2), u"icon"_s, u"coins"_s).value());
    QSignalSpy conflicts(&l.doc, &LayoutDocument::conflictsChanged);
    SectionConfig theirs = dashboard().at(1);
    theirs.customization.title = u"Theirs"_s; // both changed, differently
    theirs.customization.icon = u"coins"_s; // both changed, the same way
    theirs.customization.color = u"#123456"_s; // only they changed
    theirs.metadata.version = 4;
    l.doc.applyRemote(theirs);
    QCOMPARE(conflicts.size(), 1);
    const SectionConfig now = *l.doc.section(uuid(2));
    QCOMPARE(now.customization.title, u"Mine"_s);
    QCOMPARE(now.customization.icon, u"coins"_s);
    QCOMPARE(now.customization.color, u"#123456"_s);
    QCOMPARE(l.doc.conflictedIds(), QStringList {uuid(2)});
    const QList<FieldConflict> list = l.doc.conflicts(uuid(2));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().field, u"title"_s);
    QCOMPARE(list.first().base, QJsonValue(QString()));
    QCOMPARE(list.first().mine, QJsonValue(u"Mine"_s));
    QCOMPARE(list.first().theirs, QJsonValue(u"Theirs"_s));
    // Saving now sends only what is still mine, against their version.
    const LayoutSavePlan plan = l.doc.savePlan();
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.patches.first().version, 4);
    QCOMPARE(plan.patches.first().fields, QStringList {u"title"_s});
}

void TestLayoutDocument::conflictsResolveBothWays()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(2), u"title"_s, u"Mine"_s).value());
    QVERIFY(l.doc.setField(uuid(2), u"subtitle"_s, u"My sub"_s).value());
    SectionConfig theirs = dashboard().at(1);
    theirs.customization.title = u"Theirs"_s;
    theirs.customization.subtitle = u"Their sub"_s;
    theirs.metadata.version = 4;
    l.doc.applyRemote(theirs);
    QCOMPARE(l.doc.conflicts(uuid(2)).size(), 2);

    l.doc.resolveConflict(uuid(2), u"title"_s, true);
    QCOMPARE(l.doc.section(uuid(2))->customization.title, u"Theirs"_s);
    QCOMPARE(l.doc.undoStack()->undoText(), u"Take their Title of Mine"_s);
    QCOMPARE(l.doc.conflicts(uuid(2)).size(), 1);
    l.doc.resolveConflict(uuid(2), u"subtitle"_s, false);
    QCOMPARE(l.doc.section(uuid(2))->customization.subtitle, u"My sub"_s);
    QVERIFY(l.doc.conflictedIds().isEmpty());
    QCOMPARE(l.doc.savePlan().patches.first().fields, QStringList {u"subtitle"_s});
    // Taking theirs is a step like any other.
    l.doc.undoStack()->undo();
    QCOMPARE(l.doc.section(uuid(2))->customization.title, u"Mine"_s);
}

void TestLayoutDocument::editsSettleOrUpdateConflicts()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(2), u"title"_s, u"Mine"_s).value());
    QVERIFY(l.doc.setField(uuid(2), u"icon"_s, u"mine"_s).value());
    SectionConfig theirs = dashboard().at(1);
    theirs.customization.title = u"Theirs"_s;
    theirs.customization.icon = u"theirs"_s;
    l.doc.applyRemote(theirs);
    QCOMPARE(l.doc.conflicts(uuid(2)).size(), 2);
    QSignalSpy conflicts(&l.doc, &LayoutDocument::conflictsChanged);
    // Typing on: the conflict shows what is typed now.
    QVERIFY(l.doc.setField(uuid(2), u"title"_s, u"Mine!"_s).value());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(l.doc.conflicts(uuid(2)).first().mine, QJsonValue(u"Mine!"_s));
    // Typing what they saved settles it.
    QVERIFY(l.doc.setField(uuid(2), u"icon"_s, u"theirs"_s).value());
    QCOMPARE(l.doc.conflicts(uuid(2)).size(), 1);
    QCOMPARE(l.doc.conflicts(uuid(2)).first().field, u"title"_s);
    // Removing the section settles the rest.
    QVERIFY(l.doc.removeSection(uuid(2)).value());
    QVERIFY(l.doc.conflictedIds().isEmpty());
    QCOMPARE(conflicts.size(), 3);
}

void TestLayoutDocument::echoChangesNothing()
{
    Loaded l;
    QVERIFY(l.doc.setField(uuid(1), u"title"_s, u"Run sheet"_s).value());
    SectionConfig saved = *l.doc.section(uuid(1));
    saved.metadata.version = 4;
    l.doc.acceptSaved({saved});
    QSignalSpy changed(&l.doc, &LayoutDocument::changed);
    QSignalSpy conflicts(&l.doc, &LayoutDocument::conflictsChanged);
    l.doc.applyRemote(saved); // our own save, back through realtime
    QCOMPARE(changed.size(), 0);
    QCOMPARE(conflicts.size(), 0);
    QVERIFY(!l.doc.isModified());
    QCOMPARE(l.doc.undoStack()->count(), 1);

    // The echo of the next save may come before its answer: no conflict, nothing left to send.
    QVERIFY(l.doc.setField(uuid(1), u"icon"_s, u"clock"_s).value());
    SectionConfig next = *l.doc.section(uuid(1));
    next.metadata.version = 5;
    l.doc.applyRemote(next);
    QVERIFY(l.doc.conflictedIds().isEmpty());
    QVERIFY(!l.doc.isModified());
    l.doc.acceptSaved({next});
    QVERIFY(!l.doc.isModified());
    QCOMPARE(l.doc.section(uuid(1))->metadata.version, 5);
}

void TestLayoutDocument::remoteNewSectionIsAdded()
{
    Loaded l;
    const SectionConfig docs = section(5, u"documents"_s, 4);
    l.doc.applyRemote(docs);
    QCOMPARE(*l.doc.section(uuid(5)), docs);
    QVERIFY(!l.doc.isModified());
    QVERIFY(!l.doc.absentSectionTypes().contains(u"documents"_s));
}

void TestLayoutDocument::remoteRemoval()
{
    Loaded l;
    l.doc.select(uuid(3));
    QSignalSpy selection(&l.doc, &LayoutDocument::selectionChanged);
    l.doc.applyRemoteRemoval(uuid(3));
    QVERIFY(!l.doc.section(uuid(3)));
    QCOMPARE(l.doc.base().size(), 3);
    QVERIFY(!l.doc.isModified());
    QCOMPARE(selection.size(), 1);
    QVERIFY(l.doc.selectedId().isEmpty());
    l.doc.applyRemoteRemoval(u"unknown"_s);
    QCOMPARE(l.doc.sections().size(), 3);
}

void TestLayoutDocument::remoteRemovalOfEditedIsAConflict()
{
    for (const bool takeTheirs : {false, true}) {
        Loaded l;
        QVERIFY(l.doc.setField(uuid(3), u"title"_s, u"Gallery"_s).value());
        l.doc.applyRemoteRemoval(uuid(3));
        QVERIFY(l.doc.section(uuid(3)));
        QCOMPARE(l.doc.conflictedIds(), QStringList {uuid(3)});
        const FieldConflict removed = l.doc.conflicts(uuid(3)).first();
        QCOMPARE(removed.field, u"removed"_s);
        QVERIFY(removed.theirs.isNull());
        QCOMPARE(removed.mine.toObject().value(u"customization"_s).toObject().value(u"title"_s),
                 QJsonValue(u"Gallery"_s));
        l.doc.resolveConflict(uuid(3), u"removed"_s, takeTheirs);
        QVERIFY(l.doc.conflictedIds().isEmpty());
        if (takeTheirs) {
            QVERIFY(!l.doc.section(uuid(3)));
            QCOMPARE(l.doc.undoStack()->undoText(), u"Take their removal of Gallery"_s);
            QVERIFY(!l.doc.isModified());
        } else {
            // Kept: saved again, as a new section.
            QVERIFY(l.doc.section(uuid(3)));
            const LayoutSavePlan plan = l.doc.savePlan();
            QCOMPARE(plan.creates.size(), 1);
            QCOMPARE(plan.creates.first().localId, uuid(3));
        }
    }
}

QTEST_GUILESS_MAIN(TestLayoutDocument)
#include "tst_layoutdocument.moc"
