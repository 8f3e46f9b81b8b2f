// What saving an edited dashboard sends, and that the server could take it in that order.
#include "GridEdits.h"
#include "LayoutSavePlan.h"
#include "SectionJson.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

SectionConfig section(const QString &id, const QString &type, int position, int columns = 6,
                      qint64 version = 1)
{
    SectionConfig s;
    s.id = id;
    s.organizationId = u"org"_s;
    s.sectionType = type;
    s.layout.position = position;
    s.layout.columns = columns;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s};
    s.metadata.version = version;
    return s;
}

QList<SectionConfig> dashboard()
{
    return {section(u"a"_s, u"timeline"_s, 0, 6, 3), section(u"b"_s, u"budget"_s, 1, 6, 5),
            section(u"c"_s, u"photos"_s, 2, 6, 1), section(u"d"_s, u"guest_list"_s, 3, 6, 2)};
}

SectionConfig *find(QList<SectionConfig> &list, const QString &id)
{
    for (SectionConfig &s : list) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

// The positions on the server's dashboard, keyed by id.
using Positions = QHash<QString, int>;

bool distinct(const Positions &positions)
{
    const QList<int> values = positions.values();
    return QSet<int>(values.cbegin(), values.cend()).size() == values.size();
}

} // namespace

class TestLayoutSavePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedSendsNothing();
    void fieldEditIsOnePatch();
    void sizeGoesInThePatch();
    void placementOnlyIsOnlyAMove();
    void patchedAndMovedCarriesTheNextVersion();
    void deletesAndCreates();
    void stepsNeverCollidePositions();
};

void TestLayoutSavePlan::unchangedSendsNothing()
{
    const LayoutSavePlan plan = planLayoutSave(dashboard(), dashboard());
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.sectionCount(), 0);
}

void TestLayoutSavePlan::fieldEditIsOnePatch()
{
    QList<SectionConfig> edited = dashboard();
    find(edited, u"b"_s)->customization.title = u"Money"_s;
    find(edited, u"b"_s)->permissions.canView = {u"couple"_s};
    const LayoutSavePlan plan = planLayoutSave(dashboard(), edited);
    QCOMPARE(plan.patches.size(), 1);
    QVERIFY(plan.moves.isEmpty() && plan.deletes.isEmpty() && plan.creates.isEmpty());
    const PlannedPatch &patch = plan.patches.first();
    QCOMPARE(patch.id, u"b"_s);
    QCOMPARE(patch.version, 5);
    QCOMPARE(patch.fields, (QStringList {u"title"_s, u"canView"_s}));
    QCOMPARE(applySectionPatch(dashboard().at(1), patch.body).value(), edited.at(1));
    QCOMPARE(plan.sectionCount(), 1);
}

void TestLayoutSavePlan::sizeGoesInThePatch()
{
    QList<SectionConfig> edited = dashboard();
    find(edited, u"c"_s)->layout.size = u"large"_s;
    const LayoutSavePlan plan = planLayoutSave(dashboard(), edited);
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.patches.first().fields, QStringList {u"size"_s});
    QCOMPARE(plan.patches.first().body,
             (QJsonObject {{u"layout"_s, QJsonObject {{u"size"_s, u"large"_s}}}}));
    QVERIFY(plan.moves.isEmpty());
}

void TestLayoutSavePlan::placementOnlyIsOnlyAMove()
{
    // Drag "d" to the front: moveTile renumbers with the old positions.
    QList<SectionConfig> edited = dashboard();
    const QList<GridTile> tiles = moveTile(gridTilesOf(edited), u"d", 1, 1);
    for (const GridTile &tile : tiles)
        find(edited, tile.id)->layout.position = tile.position;
    find(edited, u"a"_s)->layout.columns = 4;
    QList<SectionConfig> base = dashboard();
    const LayoutSavePlan plan = planLayoutSave(base, edited);
    QVERIFY(plan.patches.isEmpty());
    QVERIFY(!plan.moves.isEmpty());
    for (const PlannedMove &move : plan.moves) {
        const SectionConfig *now = find(edited, move.id);
        QCOMPARE(move.position, now->layout.position);
        QCOMPARE(move.columns, now->layout.columns);
        QCOMPARE(move.version, find(base, move.id)->metadata.version);
    }
    QCOMPARE(plan.moves.first().id, u"d"_s);
    QCOMPARE(plan.moves.first().position, 0);
}

void TestLayoutSavePlan::patchedAndMovedCarriesTheNextVersion()
{
    QList<SectionConfig> edited = dashboard();
    find(edited, u"b"_s)->layout.columns = 12;
    find(edited, u"b"_s)->customization.icon = u"coins"_s;
    const LayoutSavePlan plan = planLayoutSave(dashboard(), edited);
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.patches.first().version, 5);
    QCOMPARE(plan.patches.first().fields, QStringList {u"icon"_s});
    QCOMPARE(plan.moves.size(), 1);
    QCOMPARE(plan.moves.first().id, u"b"_s);
    QCOMPARE(plan.moves.first().columns, 12);
    QCOMPARE(plan.moves.first().version, 6);
    QCOMPARE(plan.sectionCount(), 1);
}

void TestLayoutSavePlan::deletesAndCreates()
{
    QList<SectionConfig> edited = dashboard();
    edited.removeAt(2); // c
    SectionConfig added = section(u"local-1"_s, u"documents"_s, 4);
    added.customization.title = u"Contracts"_s;
    added.metadata.createdBy = u"me"_s;
    edited.append(added);
    const LayoutSavePlan plan = planLayoutSave(dashboard(), edited);
    QCOMPARE(plan.deletes.size(), 1);
    QCOMPARE(plan.deletes.first().id, u"c"_s);
    QCOMPARE(plan.deletes.first().version, 1);
    QCOMPARE(plan.creates.size(), 1);
    const PlannedCreate &create = plan.creates.first();
    QCOMPARE(create.localId, u"local-1"_s);
    QVERIFY(!create.body.contains(u"id"_s));
    QVERIFY(!create.body.contains(u"metadata"_s));
    QCOMPARE(create.body.value(u"layout"_s).toObject().value(u"position"_s).toInt(), 4);
    // The body decodes to the section the editor holds, less what the server assigns.
    SectionConfig decoded = sectionFromJson(create.body).value();
    decoded.id = added.id;
    decoded.metadata = added.metadata;
    QCOMPARE(decoded, added);
    QVERIFY(plan.patches.isEmpty() && plan.moves.isEmpty());
    QCOMPARE(plan.sectionCount(), 2);
}

// A mixed save replayed on a model of the server's dashboard: deletes, then patches (which
// never touch positions), then one reorder checked as a whole (as the server checks it), then
// creates one by one. Positions must be distinct after every step, or the server answers 409.
//  - base: a0 b1 c2 d3; the planner removes b, drags d to the front, adds e at the end, and
//    re-adds a "budget" section where b was.
//  - deletes free b's position 1 before anything needs it;
//  - the reorder sends every existing section whose position changed (moveTile reuses the old
//    positions); together with the unmoved ones they hold the edited layout's positions, which
//    are distinct;
//  - the creates take the positions left over in the edited layout, which no existing section
//    holds after the reorder because the edited layout's positions are distinct.
void TestLayoutSavePlan::stepsNeverCollidePositions()
{
    const QList<SectionConfig> base = dashboard();
    QList<SectionConfig> edited = base;
    edited.removeAt(1); // b
    edited.append(section(u"new-budget"_s, u"budget"_s, 1));
    edited.append(section(u"new-docs"_s, u"documents"_s, 9));
    const QList<GridTile> tiles = moveTile(gridTilesOf(edited), u"d", 1, 1);
    for (const GridTile &tile : tiles)
        find(edited, tile.id)->layout.position = tile.position;
    find(edited, u"c"_s)->customization.title = u"Gallery"_s;

    const LayoutSavePlan plan = planLayoutSave(base, edited);
    QCOMPARE(plan.deletes.size(), 1);
    QCOMPARE(plan.patches.size(), 1);
    QCOMPARE(plan.creates.size(), 2);

    Positions server;
    QHash<QString, qint64> versions;
    for (const SectionConfig &s : base) {
        server.insert(s.id, s.layout.position);
        versions.insert(s.id, s.metadata.version);
    }
    for (const PlannedDelete &d : plan.deletes) {
        QCOMPARE(d.version, versions.value(d.id));
        server.remove(d.id);
        QVERIFY(distinct(server));
    }
    for (const PlannedPatch &p : plan.patches) {
        QCOMPARE(p.version, versions.value(p.id)); // If-Match
        QVERIFY(!p.body.value(u"layout"_s).toObject().contains(u"position"_s));
        versions[p.id] += 1;
    }
    for (const PlannedMove &m : plan.moves) {
        QCOMPARE(m.version, versions.value(m.id));
        server[m.id] = m.position;
    }
    QVERIFY2(distinct(server), "the reorder, checked as a whole");
    for (const PlannedCreate &c : plan.creates) {
        server.insert(c.localId, c.body.value(u"layout"_s).toObject().value(u"position"_s).toInt());
        QVERIFY2(distinct(server), qPrintable(c.localId));
    }
    // And the server ends where the planner left it.
    QCOMPARE(server.size(), edited.size());
    for (const SectionConfig &s : edited)
        QCOMPARE(server.value(s.id), s.layout.position);
}

QTEST_GUILESS_MAIN(TestLayoutSavePlan)
#include "tst_layoutsaveplan.moc"
