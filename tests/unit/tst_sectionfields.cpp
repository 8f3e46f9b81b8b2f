// A section's fields one by one: read, written, compared and sent as a patch the server's
// decoder accepts, giving back exactly the edited values.
#include "SectionFields.h"
#include "SectionJson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

SectionConfig before()
{
    SectionConfig s;
    s.id = u"5b0f3c9e-8a3d-4f0e-9c57-0b6a1e2f3a41"_s;
    s.organizationId = u"0d3c2b1a-1111-4222-8333-444455556666"_s;
    s.sectionType = u"timeline"_s;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s};
    s.visibility.conditions = QJsonObject {{u"hasWeddingAccess"_s, true}};
    s.visibility.weddingPhases = {u"planning"_s};
    s.visibility.hasWeddingPhases = true;
    s.layout.position = 3;
    s.layout.size = u"medium"_s;
    s.layout.columns = 6;
    s.layout.responsive = QJsonObject {{u"mobile"_s, QJsonObject {{u"columns"_s, 12}}}};
    s.customization = {u"Timeline"_s, u"Every cue"_s, u"#aabbcc"_s, u"calendar"_s,
                       QJsonObject {{u"accent"_s, u"gold"_s}}};
    s.permissions = {{u"admin"_s}, {u"admin"_s}, {}};
    s.metadata.version = 4;
    return s;
}

} // namespace

class TestSectionFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesMatchTheDiffsOrder();
    void displayNamesAreWords();
    void grantAndPlacementFields();
    void roundTripThroughPatch_data();
    void roundTripThroughPatch();
    void patchOfSeveralFieldsSharesGroups();
    void placementIsNotPatched();
    void wrongTypeLeavesTheSectionAlone();
    void changedFieldsInOrder();
    void phasesNullEmptyAndListDiffer();
};

void TestSectionFields::namesMatchTheDiffsOrder()
{
    QCOMPARE(sectionFieldNames(),
             (QStringList {u"title"_s, u"subtitle"_s, u"color"_s, u"icon"_s, u"theme"_s, u"roles"_s,
                           u"phases"_s, u"conditions"_s, u"position"_s, u"columns"_s, u"size"_s,
                           u"responsive"_s, u"canView"_s, u"canEdit"_s, u"canHide"_s}));
}

void TestSectionFields::displayNamesAreWords()
{
    QCOMPARE(sectionFieldDisplayName(u"roles"), u"Visible to roles"_s);
    QCOMPARE(sectionFieldDisplayName(u"color"), u"Colour"_s);
    for (const QString &field : sectionFieldNames())
        QVERIFY2(sectionFieldDisplayName(field) != field || field == u"title"_s, qPrintable(field));
    QCOMPARE(sectionFieldDisplayName(u"nonsense"), u"nonsense"_s);
}

void TestSectionFields::grantAndPlacementFields()
{
    QStringList grants;
    QStringList placement;
    for (const QString &field : sectionFieldNames()) {
        if (isGrantField(field))
            grants.append(field);
        if (isPlacementField(field))
            placement.append(field);
    }
    QCOMPARE(grants, (QStringList {u"roles"_s, u"canView"_s, u"canEdit"_s, u"canHide"_s}));
    QCOMPARE(placement, (QStringList {u"position"_s, u"columns"_s}));
}

void TestSectionFields::roundTripThroughPatch_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    const QJsonArray phases {u"wedding_day"_s, u"post_wedding"_s};
    QTest::newRow("title") << u"title"_s << QJsonValue(u"Run sheet"_s);
    QTest::newRow("title cleared") << u"title"_s << QJsonValue(QString());
    QTest::newRow("subtitle") << u"subtitle"_s << QJsonValue(u"Hour by hour"_s);
    QTest::newRow("color") << u"color"_s << QJsonValue(u"#112233"_s);
    QTest::newRow("icon") << u"icon"_s << QJsonValue(u"mdi:clock"_s);
    QTest::newRow("theme") << u"theme"_s
                           << QJsonValue(QJsonObject {{u"accent"_s, u"rose"_s}, {u"dark"_s, true}});
    QTest::newRow("theme emptied") << u"theme"_s << QJsonValue(QJsonObject {});
    QTest::newRow("roles") << u"roles"_s
                           << QJsonValue(QJsonArray {u"admin"_s, u"couple"_s, u"guest"_s});
    QTest::newRow("roles none") << u"roles"_s << QJsonValue(QJsonArray {});
    QTest::newRow("phases list") << u"phases"_s << QJsonValue(phases);
    QTest::newRow("phases empty") << u"phases"_s << QJsonValue(QJsonArray {});
    QTest::newRow("phases null") << u"phases"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("conditions") << u"conditions"_s
                                << QJsonValue(QJsonObject {
                                       {u"minimumRole"_s, u"coordinator"_s},
                                       {u"customField"_s, QJsonObject {{u"vip"_s, true}}}});
    QTest::newRow("size") << u"size"_s << QJsonValue(u"full"_s);
    QTest::newRow("responsive") << u"responsive"_s
                                << QJsonValue(QJsonObject {
                                       {u"tablet"_s, QJsonObject {{u"columns"_s, 6}}},
                                       {u"desktop"_s, QJsonObject {{u"columns"_s, 4}}}});
    QTest::newRow("canView") << u"canView"_s << QJsonValue(QJsonArray {u"couple"_s});
    QTest::newRow("canEdit") << u"canEdit"_s << QJsonValue(QJsonArray {u"coordinator"_s});
    QTest::newRow("canHide") << u"canHide"_s << QJsonValue(QJsonArray {u"admin"_s});
}

void TestSectionFields::roundTripThroughPatch()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const SectionConfig base = before();
    const SectionConfig after = withSectionField(base, field, value);
    QCOMPARE(sectionFieldValue(after, field), value);
    QCOMPARE(changedSectionFields(base, after), QStringList {field});

    const QJsonObject patch = sectionPatchFor(after, {field});
    QVERIFY(!patch.isEmpty());
    const Result<SectionConfig> applied = applySectionPatch(base, patch);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(sectionFieldValue(applied.value(), field), value);
    QCOMPARE(applied.value(), after);
}

void TestSectionFields::patchOfSeveralFieldsSharesGroups()
{
    SectionConfig after = before();
    after = withSectionField(after, u"title", u"Day of"_s);
    after = withSectionField(after, u"icon", u"heart"_s);
    after = withSectionField(after, u"canEdit", QJsonArray {u"admin"_s, u"coordinator"_s});
    const QStringList fields = changedSectionFields(before(), after);
    QCOMPARE(fields, (QStringList {u"title"_s, u"icon"_s, u"canEdit"_s}));
    const QJsonObject patch = sectionPatchFor(after, fields);
    QCOMPARE(patch.keys(), (QStringList {u"customization"_s, u"permissions"_s}));
    QCOMPARE(patch.value(u"customization"_s).toObject(),
             (QJsonObject {{u"title"_s, u"Day of"_s}, {u"icon"_s, u"heart"_s}}));
    QCOMPARE(applySectionPatch(before(), patch).value(), after);
}

void TestSectionFields::placementIsNotPatched()
{
    SectionConfig after = withSectionField(before(), u"position", 9);
    after = withSectionField(after, u"columns", 4);
    QCOMPARE(after.layout.position, 9);
    QCOMPARE(after.layout.columns, 4);
    QCOMPARE(changedSectionFields(before(), after), (QStringList {u"position"_s, u"columns"_s}));
    QVERIFY(sectionPatchFor(after, {u"position"_s, u"columns"_s}).isEmpty());
}

void TestSectionFields::wrongTypeLeavesTheSectionAlone()
{
    const SectionConfig base = before();
    QCOMPARE(withSectionField(base, u"title", 42), base);
    QCOMPARE(withSectionField(base, u"roles", u"admin"_s), base);
    QCOMPARE(withSectionField(base, u"roles", QJsonArray {u"admin"_s, 3}), base);
    QCOMPARE(withSectionField(base, u"theme", QJsonArray {}), base);
    QCOMPARE(withSectionField(base, u"columns", 2.5), base);
    QCOMPARE(withSectionField(base, u"columns", u"6"_s), base);
    QCOMPARE(withSectionField(base, u"phases", u"planning"_s), base);
    QCOMPARE(withSectionField(base, u"nonsense", u"x"_s), base);
    QVERIFY(sectionFieldValue(base, u"nonsense").isUndefined());
}

void TestSectionFields::changedFieldsInOrder()
{
    SectionConfig after = before();
    after.permissions.canHide = {u"couple"_s};
    after.layout.size = u"large"_s;
    after.customization.color = u"#000"_s;
    QCOMPARE(changedSectionFields(before(), after),
             (QStringList {u"color"_s, u"size"_s, u"canHide"_s}));
    QVERIFY(changedSectionFields(before(), before()).isEmpty());
    // Identity and bookkeeping are not editable fields.
    after = before();
    after.metadata.version = 9;
    QVERIFY(changedSectionFields(before(), after).isEmpty());
}

void TestSectionFields::phasesNullEmptyAndListDiffer()
{
    SectionConfig unrestricted = before();
    unrestricted.visibility.weddingPhases.clear();
    unrestricted.visibility.hasWeddingPhases = false;
    SectionConfig none = unrestricted;
    none.visibility.hasWeddingPhases = true;
    QVERIFY(sectionFieldValue(unrestricted, u"phases").isNull());
    QCOMPARE(sectionFieldValue(none, u"phases"), QJsonValue(QJsonArray {}));
    QCOMPARE(changedSectionFields(unrestricted, none), QStringList {u"phases"_s});
    QCOMPARE(changedSectionFields(none, unrestricted), QStringList {u"phases"_s});
    // Restricting to no phase and lifting it again both survive the server's decoder.
    QCOMPARE(applySectionPatch(unrestricted, sectionPatchFor(none, {u"phases"_s})).value(), none);
    QCOMPARE(applySectionPatch(none, sectionPatchFor(unrestricted, {u"phases"_s})).value(),
             unrestricted);
}

QTEST_GUILESS_MAIN(TestSectionFields)
#include "tst_sectionfields.moc"
