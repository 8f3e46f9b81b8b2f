// Two versions of a dashboard compared in words.
#include "LayoutDiff.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::SectionConfig)

namespace {

SectionConfig section(const QString &id, const QString &type, int position, int columns = 6)
{
    SectionConfig s;
    s.id = id;
    s.organizationId = u"org-1"_s;
    s.sectionType = type;
    s.layout.position = position;
    s.layout.columns = columns;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s};
    return s;
}

// Four half-width tiles on two rows.
QList<SectionConfig> dashboard()
{
    return {section(u"a"_s, u"timeline"_s, 0), section(u"b"_s, u"budget"_s, 1),
            section(u"c"_s, u"photos"_s, 2), section(u"d"_s, u"guest_list"_s, 3)};
}

QList<SectionConfig> withPosition(QList<SectionConfig> list, const QString &id, int position)
{
    for (SectionConfig &s : list) {
        if (s.id == id)
            s.layout.position = position;
    }
    return list;
}

QStringList texts(const LayoutDiff &diff)
{
    QStringList out;
    for (const LayoutChange &c : diff.changes)
        out.append(c.text);
    return out;
}

} // namespace

class TestLayoutDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void identicalIsEmpty();
    void onlyTheMovedTileIsMoved();
    void addedAndRemoved();
    void fields_data();
    void fields();
    void summary();
};

void TestLayoutDiff::identicalIsEmpty()
{
    const LayoutDiff diff = diffLayouts(dashboard(), dashboard());
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.summary(), u"No changes"_s);
    // Same order under other numbers is no move either.
    QList<SectionConfig> renumbered = dashboard();
    for (SectionConfig &s : renumbered)
        s.layout.position = s.layout.position * 10 + 5;
    QVERIFY(diffLayouts(dashboard(), renumbered).isEmpty());
}

void TestLayoutDiff::onlyTheMovedTileIsMoved()
{
    // d to the front: the others shift along, but only d was moved.
    const QList<SectionConfig> after = withPosition(dashboard(), u"d"_s, -1);
    const LayoutDiff diff = diffLayouts(dashboard(), after);
    QCOMPARE(texts(diff),
             (QStringList {u"Guest list moved to row 1, column 1 (was row 3, column 7)."_s}));
    QCOMPARE(diff.changes.first().kind, LayoutChangeKind::Moved);
    QCOMPARE(diff.changes.first().sectionId, u"d"_s);
}

void TestLayoutDiff::addedAndRemoved()
{
    QList<SectionConfig> after = dashboard();
    after.removeAt(0); // timeline goes; the rest float up
    after.append(section(u"e"_s, u"documents"_s, 9, 12));
    const LayoutDiff diff = diffLayouts(dashboard(), after);
    QCOMPARE(texts(diff),
             (QStringList {u"Timeline removed (it was at row 1, column 1)."_s,
                           u"Documents added at row 5, column 1."_s}));
    QCOMPARE(diff.count(LayoutChangeKind::Removed), 1);
    QCOMPARE(diff.count(LayoutChangeKind::Added), 1);
    QCOMPARE(diff.count(LayoutChangeKind::Moved), 0);
}

void TestLayoutDiff::fields_data()
{
    QTest::addColumn<SectionConfig>("before");
    QTest::addColumn<SectionConfig>("changed");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("expected");

    const SectionConfig base = section(u"a"_s, u"timeline"_s, 0);
    SectionConfig s = base;
    s.customization.title = u"Run of the day"_s;
    QTest::newRow("title") << base << s << QStringList {u"title"_s}
                           << QStringList {
                                  u"Timeline is now titled “Run of the day” (was (none))."_s};
    s = base;
    s.customization.subtitle = u"Cues"_s;
    s.customization.color = u"#aa3355"_s;
    s.customization.icon = u"calendar"_s;
    QTest::newRow("subtitle, colour, icon")
        << base << s << QStringList {u"subtitle"_s, u"color"_s, u"icon"_s}
        << QStringList {u"Timeline: subtitle changed from (none) to “Cues”."_s,
                        u"Timeline: colour changed from (none) to “#aa3355”."_s,
                        u"Timeline: icon changed from (none) to “calendar”."_s};
    s = base;
    s.visibility.roles = {u"admin"_s, u"vendor"_s, u"guest"_s};
    QTest::newRow("roles") << base << s << QStringList {u"roles"_s, u"roles"_s}
                           << QStringList {u"Timeline is now shown to Vendor and Guest."_s,
                                           u"Timeline is no longer shown to Coordinator."_s};
    s = base;
    s.visibility.weddingPhases = {u"wedding_day"_s};
    s.visibility.hasWeddingPhases = true;
    QTest::newRow("phases") << base << s << QStringList {u"phases"_s}
                            << QStringList {
                                   u"Timeline is now shown in Wedding day (was every phase)."_s};
    s = base;
    s.visibility.conditions = {{u"minimumRole"_s, u"couple"_s}, {u"hasWeddingAccess"_s, true}};
    QTest::newRow("conditions")
        << base << s << QStringList {u"conditions"_s}
        << QStringList {
               u"Timeline: visibility conditions changed (hasWeddingAccess and minimumRole)."_s};
    s = base;
    s.layout.columns = 1;
    s.layout.size = u"large"_s;
    QTest::newRow("columns and size")
        << base << s << QStringList {u"columns"_s, u"size"_s}
        << QStringList {u"Timeline now spans 1 of 12 columns (was 6)."_s,
                        u"Timeline is now large (was medium)."_s};
    s = base;
    s.permissions.canEdit = {u"couple"_s};
    s.permissions.canHide = {u"admin"_s};
    QTest::newRow("permissions") << base << s << QStringList {u"canEdit"_s, u"canHide"_s}
                                 << QStringList {u"Timeline can now be edited by Couple."_s,
                                                 u"Timeline can now be hidden by Admin."_s};
    SectionConfig before = base;
    before.permissions.canView = {u"guest"_s, u"vendor"_s};
    s = base;
    s.permissions.canView = {u"vendor"_s, u"vendor"_s};
    QTest::newRow("one grant fewer")
        << before << s << QStringList {u"canView"_s}
        << QStringList {u"Timeline can no longer be viewed by Guest."_s};
    s = base;
    s.metadata.version = 9;
    s.metadata.updatedBy = u"someone"_s;
    QTest::newRow("metadata is not a change") << base << s << QStringList {} << QStringList {};
}

void TestLayoutDiff::fields()
{
    QFETCH(SectionConfig, before);
    QFETCH(SectionConfig, changed);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, expected);
    const LayoutDiff diff = diffLayouts({before}, {changed});
    QCOMPARE(texts(diff), expected);
    QStringList got;
    for (const LayoutChange &c : diff.changes) {
        QCOMPARE(c.kind, LayoutChangeKind::Changed);
        QCOMPARE(c.sectionId, u"a"_s);
        got.append(c.field);
    }
    QCOMPARE(got, fields);
}

void TestLayoutDiff::summary()
{
    QList<SectionConfig> after = withPosition(dashboard(), u"d"_s, -1);
    after.removeAt(1); // budget
    after[0].customization.title = u"Run of the day"_s;
    after[0].layout.columns = 12;
    after.append(section(u"e"_s, u"documents"_s, 9));
    after.append(section(u"f"_s, u"notes"_s, 10));
    const LayoutDiff diff = diffLayouts(dashboard(), after);
    QCOMPARE(diff.summary(), u"1 moved, 2 added, 1 removed, 1 changed"_s);
    QCOMPARE(diff.changedTiles(), 1);
}

QTEST_GUILESS_MAIN(TestLayoutDiff)
#include "tst_layoutdiff.moc"
