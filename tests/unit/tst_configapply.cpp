// What an organization gets from its effective settings: a permission template applied to its
// matrix (with the change a planner confirms) and the modules of its business type.
#include "ConfigModules.h"
#include "ConfigPermissionTemplate.h"
#include "ConfigTestSupport.h"
#include "PermissionMatrixEdits.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

namespace {

MatrixRow row(const QString &id, const QString &type)
{
    MatrixRow out;
    out.sectionId = id;
    out.sectionType = type;
    out.cell(Role::Admin) = {true, true, true};
    out.cell(Role::Coordinator).view = true;
    return out;
}

} // namespace

class TestConfigApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateChangesOnlyWhatItNames()
    {
        PermissionMatrix before;
        before.rows = {row(u"s1"_s, u"timeline"_s), row(u"s2"_s, u"budget"_s)};
        const QJsonObject rbac
            = doc("{'templates':{'planner':{'sections':{'timeline':{'coordinator':{'edit':true},"
                  "'couple':{'view':true},'admin':{'hide':false}}}}}}");
        const auto after = applyPermissionTemplate(rbac, u"planner"_s, before);
        QVERIFY(after.ok());
        const MatrixDiff diff = diffMatrices(before, after.value());
        QCOMPARE(diff.sectionIds(), QStringList {u"s1"_s});
        QCOMPARE(diff.changeCount(), 3); // coordinator edit, couple view, admin hide
        const MatrixRow *timeline = after->row(u"s1"_s);
        QCOMPARE(timeline->cell(Role::Coordinator), (MatrixCell {true, true, false}));
        QCOMPARE(timeline->cell(Role::Couple), (MatrixCell {true, false, false}));
        QCOMPARE(timeline->cell(Role::Admin), (MatrixCell {true, true, false}));
    }

    void unknownTemplateIsSaid()
    {
        const auto result = applyPermissionTemplate(doc("{'templates':{}}"), u"studio"_s, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().fields.first().field, u"appliedTemplate"_s);
        QCOMPARE(result.error().message, u"There is no permission template “studio”."_s);
    }

    void modulesOfABusinessType()
    {
        const QJsonObject modules
            = doc("{'byBusinessType':{'venue':{'calendar':true,'crm':false,'floor_plan':true}},"
                  "'enabled':{'crm':true,'floor_plan':false,'compliance':true}}");
        QCOMPARE(enabledModules(modules, u"venue"_s),
                 (QStringList {u"calendar"_s, u"compliance"_s, u"crm"_s}));
        QCOMPARE(enabledModules(modules, u"photographer"_s),
                 (QStringList {u"compliance"_s, u"crm"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConfigApply)
#include "tst_configapply.moc"
