// The conflict center's models: the merge a resolver works on (one-sided changes merged and
// marked, conflicts waiting for a choice, undoable choices, the Apply kind, the result checked
// by the section rules) and the queue's words; and the outbox's refused edit as a conflict,
// listed once beside the server's record of it.
#include "ConflictListModel.h"
#include "ConflictMergeModel.h"
#include "ConflictPaths.h"
#include "ModelRoles.h"
#include "SectionFields.h"
#include "conflicts/OutboxConflicts.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QJsonObject section(const QString &title, const QString &subtitle, int columns, qint64 version)
{
    return {{u"id"_s, u"0b8f0c3e-4c1e-4e7a-9a55-1f6f3e0b1c11"_s},
            {u"organizationId"_s, u"5f0c8a2e-1d3b-4b6a-8c7d-2e9f4a6b8c10"_s},
            {u"sectionType"_s, u"budget"_s},
            {u"version"_s, version},
            {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"couple"_s}}}},
            {u"layout"_s, QJsonObject {{u"position"_s, 1}, {u"columns"_s, columns}}},
            {u"customization"_s, QJsonObject {{u"title"_s, title}, {u"subtitle"_s, subtitle}}},
            {u"permissions"_s,
             QJsonObject {{u"canView"_s, QJsonArray {u"admin"_s}},
                          {u"canEdit"_s, QJsonArray {u"admin"_s}},
                          {u"canHide"_s, QJsonArray {u"admin"_s}}}}};
}

ConflictItem budgetConflict()
{
    ConflictItem item;
    item.id = u"c1"_s;
    item.organizationId = u"o1"_s;
    item.source = u"offline_edit"_s;
    item.entityType = u"section_configuration"_s;
    item.entityId = u"s1"_s;
    item.label = u"Budget"_s;
    item.base = section(u"Budget"_s, u"Money"_s, 6, 3);
    item.mine = section(u"Budget"_s, u"Mine"_s, 8, 3); // subtitle + columns
    item.theirs = section(u"Our budget"_s, u"Theirs"_s, 6, 4); // title + subtitle
    return item;
}

} // namespace

class tst_ConflictModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneSidedChangesAreMergedAndConflictsWait();
    void choicesAreUndoableAndNameTheResolution();
    void anOwnValueIsCheckedBySectionRules();
    void theMergeRunsAgainstTheEntityAsItIsNow();
    void anOutboxRecordIsListedOnceBesideItsServerTwin();
    void theQueueSpeaksInPeoplesWords();
    void aCrmClientsFieldsAreNamedAsFields();
    void aCrmClientIsMergedAgainstTheCrmsRecord();
};

void tst_ConflictModels::oneSidedChangesAreMergedAndConflictsWait()
{
    ConflictMergeModel model;
    QAbstractItemModelTester tester(&model);
    model.setConflict(budgetConflict());
    QCOMPARE(model.rowCount(), 3); // title (theirs), subtitle (both), columns (mine)
    const int title = model.rowOf(u"customization.title"_s);
    const int subtitle = model.rowOf(u"customization.subtitle"_s);
    const int columns = model.rowOf(u"layout.columns"_s);
    QVERIFY(title >= 0 && subtitle >= 0 && columns >= 0);
    QVERIFY(!model.needsChoice(title));
    QVERIFY(!model.needsChoice(columns));
    QVERIFY(model.needsChoice(subtitle));
    QCOMPARE(model.data(model.index(title, ConflictMergeModel::ResultColumn)).toString(),
             u"Our budget"_s);
    QCOMPARE(model.data(model.index(columns, ConflictMergeModel::ResultColumn)).toString(), u"8"_s);
    QCOMPARE(model.data(model.index(subtitle, ConflictMergeModel::FieldColumn)).toString(),
             sectionFieldDisplayName(u"subtitle"));
    QVERIFY(!model.isComplete());
    QVERIFY(model.resolutionKind().isEmpty());
    QVERIFY(!model.result());
}

void tst_ConflictModels::choicesAreUndoableAndNameTheResolution()
{
    ConflictMergeModel model;
    model.setConflict(budgetConflict());
    QVERIFY(!model.choose(u"customization.title"_s, FieldChoice {})); // not in conflict
    QVERIFY(model.choose(u"customization.subtitle"_s, FieldChoice {FieldChoice::Side::Theirs, {}}));
    QCOMPARE(model.resolutionKind(), u"theirs"_s);
    QVERIFY(model.choose(u"customization.subtitle"_s, FieldChoice {FieldChoice::Side::Mine, {}}));
    QCOMPARE(model.resolutionKind(), u"mine"_s);
    QCOMPARE(model.undoStack()->count(), 2);
    model.undoStack()->undo();
    QCOMPARE(model.resolutionKind(), u"theirs"_s);
    model.undoStack()->undo();
    QVERIFY(!model.isComplete());
    model.undoStack()->redo();
    model.undoStack()->redo();
    const Result<QJsonObject> result = model.result();
    QVERIFY(result);
    const QJsonObject customization = result->value(u"customization"_s).toObject();
    QCOMPARE(customization.value(u"subtitle"_s).toString(), u"Mine"_s);
    QCOMPARE(customization.value(u"title"_s).toString(), u"Our budget"_s);
    QCOMPARE(result->value(u"layout"_s).toObject().value(u"columns"_s).toInt(), 8);
    QCOMPARE(model.headerData(ConflictMergeModel::MineColumn, Qt::Horizontal).toString(),
             u"Refused change"_s);
    model.chooseAll(FieldChoice::Side::Theirs);
    QCOMPARE(model.undoStack()->undoText(), u"Keep every value on the server"_s);
    QCOMPARE(model.resolutionKind(), u"theirs"_s);
    model.undoStack()->undo();
    QCOMPARE(model.resolutionKind(), u"mine"_s);
}

void tst_ConflictModels::anOwnValueIsCheckedBySectionRules()
{
    ConflictItem item = budgetConflict();
    item.mine = section(u"Budget"_s, u"Mine"_s, 6, 3);
    item.theirs = section(u"Budget"_s, u"Money"_s, 9, 4);
    item.mine.insert(u"layout"_s, QJsonObject {{u"position"_s, 1}, {u"columns"_s, 8}});
    ConflictMergeModel model;
    model.setConflict(item);
    QVERIFY(model.needsChoice(model.rowOf(u"layout.columns"_s)));
    // Thirteen of twelve columns: refused by the section rules, with the field named.
    QVERIFY(model.choose(u"layout.columns"_s, FieldChoice {FieldChoice::Side::Custom, 13}));
    QCOMPARE(model.resolutionKind(), u"merged"_s);
    const Result<QJsonObject> refused = model.result();
    QVERIFY(!refused);
    QVERIFY(!refused.error().fields.isEmpty());
    QVERIFY2(refused.error().fields.first().field.contains(u"columns"_s),
             qPrintable(refused.error().fields.first().field));
    QVERIFY(model.choose(u"layout.columns"_s, FieldChoice {FieldChoice::Side::Custom, 4}));
    QVERIFY(model.result());
}

void tst_ConflictModels::theMergeRunsAgainstTheEntityAsItIsNow()
{
    ConflictItem item = budgetConflict();
    QCOMPARE(item.entityVersion(), std::optional<qint64>(4));
    item.current = section(u"Our budget"_s, u"Mine"_s, 6, 7); // theirs took mine's subtitle
    QCOMPARE(item.entityVersion(), std::optional<qint64>(7));
    ConflictMergeModel model;
    model.setConflict(item);
    QCOMPARE(model.conflictCount(), 0);
    QVERIFY(model.isComplete());
    QCOMPARE(model.resolutionKind(), u"merged"_s);
}

void tst_ConflictModels::anOutboxRecordIsListedOnceBesideItsServerTwin()
{
    ConflictRecord record;
    record.id = 7;
    record.entityType = u"section_configuration"_s;
    record.entityId = u"S1"_s;
    record.organizationId = u"o1"_s;
    record.label = u"Budget subtitle"_s;
    record.base = section(u"Budget"_s, u"Money"_s, 6, 3);
    record.mine = {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Mine"_s}}}};
    record.theirs = section(u"Budget"_s, u"Theirs"_s, 6, 4);
    record.mineBy = u"u1"_s;
    record.status = u"open"_s;
    // Alone: a local item whose mine is the patch applied to its base (only the subtitle).
    const ConflictItem local = conflictItemOf(record);
    QVERIFY(local.isLocal());
    QCOMPARE(local.conflictFields, QStringList {u"customization.subtitle"_s});
    QCOMPARE(withOutboxConflicts({}, {record}).size(), 1);

    ConflictItem server = budgetConflict();
    server.entityId = u"s1"_s;
    server.mineBy = u"u1"_s;
    const QList<ConflictItem> both = withOutboxConflicts({server}, {record});
    QCOMPARE(both.size(), 1);
    QVERIFY(both.first().fromThisConsole);
    QVERIFY(!both.first().isLocal());
    server.mineBy = u"someone else"_s;
    QCOMPARE(withOutboxConflicts({server}, {record}).size(), 2);
}

void tst_ConflictModels::theQueueSpeaksInPeoplesWords()
{
    FixedClock clock(QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC));
    ConflictListModel model(&clock);
    QAbstractItemModelTester tester(&model);
    ConflictItem item = budgetConflict();
    item.conflictFields = {u"customization.subtitle"_s, u"visibility.roles"_s};
    item.createdAt = clock.now().addSecs(-3 * 3600);
    item.mineBy = u"u1"_s;
    model.setItems({item});
    model.setNames({{u"u1"_s, u"Ana"_s}, {u"o1"_s, u"Evergreen"_s}});
    QCOMPARE(model.data(model.index(0, ConflictListModel::OrganizationColumn)).toString(),
             u"Evergreen"_s);
    QCOMPARE(model.data(model.index(0, ConflictListModel::FieldsColumn)).toString(),
             sectionFieldDisplayName(u"subtitle") + u", "_s + sectionFieldDisplayName(u"roles"));
    QVERIFY(
        model.data(model.index(0, ConflictListModel::MineColumn)).toString().startsWith(u"Ana"_s));
    QCOMPARE(model.data(model.index(0, ConflictListModel::AgeColumn), SortRole).toLongLong(),
             3 * 3600);
    QCOMPARE(model.removeIds({u"c1"_s, u"unknown"_s}), 1);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ConflictModels::aCrmClientsFieldsAreNamedAsFields()
{
    // A CRM client's conflict (source crm_sync) names its fields as the import does.
    QCOMPARE(conflictPathDisplayName(u"crm_client"_s, u"fields.wedding_date"_s), u"Wedding date"_s);
    QCOMPARE(conflictPathDisplayName(u"crm_client"_s, u"email"_s), u"E-mail"_s);
    QVERIFY(conflictPathDisplayName(u"crm_client"_s, u"fields.custom.shoe_size"_s)
                .contains(u"shoe_size"_s));
    // Not a field: the path as it is.
    QCOMPARE(conflictPathDisplayName(u"crm_client"_s, u"fields.colour"_s), u"fields.colour"_s);
    QCOMPARE(conflictPathDisplayName(u"something_else"_s, u"a.b"_s), u"a.b"_s);
    QCOMPARE(conflictPathDisplayName(u"section_configuration"_s, u"layout.width"_s),
             sectionPathDisplayName(u"layout.width"_s));
}

// A CRM client changed in WedSync and at the CRM: the entity as it is now is WedSync's own side,
// so the merge weighs it against the CRM's record, and the name both changed waits for a choice.
void tst_ConflictModels::aCrmClientIsMergedAgainstTheCrmsRecord()
{
    const auto client = [](const QString &first, const QString &notes, qint64 version) {
        QJsonObject fields {{u"first_name"_s, first}, {u"last_name"_s, u"Adams"_s}};
        if (!notes.isEmpty())
            fields.insert(u"notes"_s, notes);
        return QJsonObject {{u"id"_s, u"k1"_s}, {u"version"_s, version}, {u"fields"_s, fields}};
    };
    ConflictItem item;
    item.id = u"c9"_s;
    item.organizationId = u"o1"_s;
    item.source = u"crm_sync"_s;
    item.entityType = u"crm_client"_s;
    item.entityId = u"k1"_s;
    item.base = client(u"Ava"_s, {}, 1);
    item.mine = client(u"Avery"_s, u"Evening calls"_s, 2);
    item.theirs = client(u"Ava-Marie"_s, u"Evening calls"_s, 2);
    item.current = client(u"Avery"_s, u"Evening calls"_s, 2); // WedSync's client now
    ConflictMergeModel model;
    model.setConflict(item);
    const int name = model.rowOf(u"fields.first_name"_s);
    QVERIFY(name >= 0);
    QVERIFY(model.needsChoice(name));
    QCOMPARE(model.data(model.index(name, ConflictMergeModel::TheirsColumn)).toString(),
             u"Ava-Marie"_s);
    QCOMPARE(model.data(model.index(name, ConflictMergeModel::MineColumn)).toString(), u"Avery"_s);
    QVERIFY(!model.isComplete());
    QCOMPARE(item.entityVersion(), 2); // a choice is sent against WedSync's client now
    // The sides are WedSync and the CRM: nothing was refused by a server.
    QCOMPARE(model.headerData(ConflictMergeModel::MineColumn, Qt::Horizontal).toString(),
             u"In WedSync"_s);
    QCOMPARE(model.headerData(ConflictMergeModel::TheirsColumn, Qt::Horizontal).toString(),
             u"In the CRM"_s);
    QVERIFY(model.choose(u"fields.first_name"_s, FieldChoice {FieldChoice::Side::Theirs, {}}));
    QCOMPARE(model.undoStack()->undoText(), u"Keep the CRM's First name"_s);
    QCOMPARE(model.sides().applyTheirs(), u"Keep the &CRM's version"_s);
}

QTEST_GUILESS_MAIN(tst_ConflictModels)
#include "tst_conflictmodels.moc"
