// A supplier's compliance figures, the advancement check with what is still missing, tier
// switches, initial tiers from roles, role changes, deactivation, and the JSON of the figures.
#include "ComplianceJson.h"
#include "ComplianceProgress.h"
#include "ComplianceTierPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::ComplianceStats)

namespace {

using S = RequirementStatus;

const ComplianceTierRule Basic {u"t-basic"_s, u"basic"_s, 1, 0, 0};
const ComplianceTierRule Verified {u"t-verified"_s, u"verified"_s, 2, 80, 100};
const ComplianceTierRule Premier {u"t-premier"_s, u"premier"_s, 3, 100, 250};
const QList<ComplianceTierRule> Tiers {Premier, Basic, Verified}; // not in level order

ComplianceStats statsOf(int total, int completed, int earnedPoints)
{
    ComplianceStats stats;
    stats.total = total;
    stats.completed = completed;
    stats.earnedPoints = earnedPoints;
    stats.completionPercent = total ? completed * 100.0 / total : 0;
    return stats;
}

} // namespace

class TestComplianceProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stats_data()
    {
        QTest::addColumn<QList<RequirementProgress>>("records");
        QTest::addColumn<ComplianceStats>("expected");
        QTest::newRow("none") << QList<RequirementProgress> {} << ComplianceStats {};
        QTest::newRow("all pending")
            << QList<RequirementProgress> {{S::Pending, 10}, {S::Pending, 20}}
            << ComplianceStats {2, 0, 0, 2, 0, 30, 0, 0.0};
        QTest::newRow("every state")
            << QList<RequirementProgress> {{S::Pending, 5},           {S::Draft, 10},
                                           {S::InProgress, 10},       {S::Submitted, 20},
                                           {S::RevisionRequired, 15}, {S::Approved, 30},
                                           {S::Approved, 25},         {S::Rejected, 40},
                                           {S::Legacy, 100},          {S::Inactive, 100}}
            << ComplianceStats {8, 2, 4, 1, 1, 155, 55, 25.0};
        QTest::newRow("one third rounds to one decimal")
            << QList<RequirementProgress> {{S::Approved, 10}, {S::Pending, 10}, {S::Draft, 10}}
            << ComplianceStats {3, 1, 1, 1, 0, 30, 10, 33.3};
        QTest::newRow("two thirds")
            << QList<RequirementProgress> {{S::Approved, 10}, {S::Approved, 10}, {S::Draft, 10}}
            << ComplianceStats {3, 2, 1, 0, 0, 30, 20, 66.7};
        QTest::newRow("only legacy and inactive count nothing")
            << QList<RequirementProgress> {{S::Legacy, 10}, {S::Inactive, 10}}
            << ComplianceStats {};
    }
    void stats()
    {
        QFETCH(QList<RequirementProgress>, records);
        QFETCH(ComplianceStats, expected);
        QCOMPARE(computeComplianceStats(records), expected);
    }

    void advancement_data()
    {
        QTest::addColumn<ComplianceTierRule>("current");
        QTest::addColumn<ComplianceStats>("stats");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("next"); // empty: highest tier
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<int>("approvalsNeeded");
        QTest::addColumn<int>("pointsNeeded");
        // Verified needs 80 % and 100 points.
        QTest::newRow("both met") << Basic << statsOf(5, 4, 100) << true << u"verified"_s << true
                                  << 0 << 0;
        QTest::newRow("points missing")
            << Basic << statsOf(5, 4, 70) << true << u"verified"_s << false << 0 << 30;
        QTest::newRow("approvals missing")
            << Basic << statsOf(5, 2, 120) << true << u"verified"_s << false << 2 << 0;
        QTest::newRow("2 approvals and 30 points")
            << Basic << statsOf(5, 2, 70) << true << u"verified"_s << false << 2 << 30;
        // 80 % of 7 is 5.6: six approvals, and 5 of 7 (71.4 %) is not enough.
        QTest::newRow("percent rounds up to whole approvals")
            << Basic << statsOf(7, 5, 100) << true << u"verified"_s << false << 1 << 0;
        QTest::newRow("exactly the percent")
            << Basic << statsOf(10, 8, 100) << true << u"verified"_s << true << 0 << 0;
        QTest::newRow("no requirements")
            << Basic << statsOf(0, 0, 0) << true << u"verified"_s << false << 0 << 100;
        QTest::newRow("inactive supplier never eligible")
            << Basic << statsOf(5, 5, 200) << false << u"verified"_s << false << 0 << 0;
        QTest::newRow("verified to premier")
            << Verified << statsOf(6, 5, 300) << true << u"premier"_s << false << 1 << 0;
        QTest::newRow("highest tier")
            << Premier << statsOf(6, 6, 300) << true << QString() << false << 0 << 0;
    }
    void advancement()
    {
        QFETCH(ComplianceTierRule, current);
        QFETCH(ComplianceStats, stats);
        QFETCH(bool, active);
        QFETCH(QString, next);
        QFETCH(bool, eligible);
        QFETCH(int, approvalsNeeded);
        QFETCH(int, pointsNeeded);
        const AdvancementCheck check = checkAdvancement(current, Tiers, stats, active);
        QCOMPARE(check.currentTierId, current.id);
        QCOMPARE(check.nextTier ? check.nextTier->name : QString(), next);
        QCOMPARE(check.eligible, eligible);
        QCOMPARE(check.approvalsNeeded, approvalsNeeded);
        QCOMPARE(check.pointsNeeded, pointsNeeded);
        QCOMPARE(check.supplierInactive, !active);
        if (check.nextTier) {
            QCOMPARE(check.completionMet, approvalsNeeded == 0 && stats.total > 0);
            QCOMPARE(check.pointsMet, pointsNeeded == 0);
            QCOMPARE(check.requiredPoints, check.nextTier->minimumPoints);
        }
    }

    void advancementJsonRoundTrip()
    {
        const AdvancementCheck check = checkAdvancement(Basic, Tiers, statsOf(5, 2, 70));
        const QJsonObject json = advancementCheckToJson(check);
        QCOMPARE(json.value(u"missing"_s).toObject().value(u"approvals"_s).toInt(), 2);
        QCOMPARE(json.value(u"missing"_s).toObject().value(u"points"_s).toInt(), 30);
        QCOMPARE(json.value(u"nextTier"_s).toObject().value(u"name"_s).toString(), u"verified"_s);
        auto back = advancementCheckFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), check);

        const AdvancementCheck top = checkAdvancement(Premier, Tiers, statsOf(1, 1, 1));
        QVERIFY(advancementCheckToJson(top).value(u"nextTier"_s).isNull());
        QCOMPARE(advancementCheckFromJson(advancementCheckToJson(top)).value(), top);

        QJsonObject broken = json;
        broken.insert(u"missing"_s, QJsonObject {{u"approvals"_s, u"two"_s}});
        auto refused = advancementCheckFromJson(broken);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().fields.isEmpty());
        QCOMPARE(refused.error().fields.first().field, u"missing.approvals"_s);
    }

    void statsJsonRoundTrip()
    {
        const ComplianceStats stats {8, 2, 4, 1, 1, 155, 55, 25.0};
        QCOMPARE(complianceStatsFromJson(complianceStatsToJson(stats)).value(), stats);
        QVERIFY(!complianceStatsFromJson(QJsonObject {{u"total"_s, 1}}).ok());
    }

    void initialTier()
    {
        const QHash<QString, QString> mappings {{u"photographer"_s, Verified.id}};
        QCOMPARE(initialTierFor(u"photographer"_s, mappings, Tiers), std::optional(Verified));
        QCOMPARE(initialTierFor(u"vendor"_s, mappings, Tiers), std::optional(Basic));
        // A mapping to a tier that no longer exists falls back like no mapping.
        QCOMPARE(initialTierFor(u"vendor"_s, {{u"vendor"_s, u"gone"_s}}, Tiers),
                 std::optional(Basic));
        // Without a tier named basic: the lowest level.
        const QList<ComplianceTierRule> noBasic {Premier, Verified};
        QCOMPARE(initialTierFor(u"vendor"_s, {}, noBasic), std::optional(Verified));
        QCOMPARE(initialTierFor(u"vendor"_s, {}, {}), std::nullopt);
    }

    void tierSwitch()
    {
        const QList<SupplierRequirementState> records {{u"insurance"_s, S::Approved},
                                                       {u"licence"_s, S::Submitted},
                                                       {u"contract"_s, S::Pending},
                                                       {u"hygiene"_s, S::Legacy},
                                                       {u"old"_s, S::Inactive}};
        const TierSwitchPlan plan = planTierSwitch(
            records, {u"insurance"_s, u"hygiene"_s, u"references"_s, u"portfolio"_s});
        QCOMPARE(plan.added, (QStringList {u"references"_s, u"portfolio"_s}));
        QCOMPARE(plan.reopened, QStringList {u"hygiene"_s});
        QCOMPARE(plan.kept, QStringList {u"insurance"_s});
        // Only counted records become legacy; an inactive one stays as it is.
        QCOMPARE(plan.legacy, (QStringList {u"licence"_s, u"contract"_s}));
        QVERIFY(!plan.isEmpty());

        const TierSwitchPlan same
            = planTierSwitch({{u"a"_s, S::Approved}, {u"b"_s, S::Pending}}, {u"a"_s, u"b"_s});
        QVERIFY(same.isEmpty());
        QCOMPARE(same.kept, (QStringList {u"a"_s, u"b"_s}));

        const TierSwitchPlan fresh = planTierSwitch({}, {u"a"_s});
        QCOMPARE(fresh.added, QStringList {u"a"_s});
    }

    void roleChange()
    {
        const QHash<QString, QString> mappings {{u"photographer"_s, Verified.id}};
        QCOMPARE(tierAfterRoleChange(u"vendor"_s, u"photographer"_s, mappings, Tiers),
                 std::optional(Verified));
        QCOMPARE(tierAfterRoleChange(u"photographer"_s, u"vendor"_s, mappings, Tiers),
                 std::optional(Basic));
        // Both roles start in basic: no switch.
        QCOMPARE(tierAfterRoleChange(u"vendor"_s, u"couple"_s, mappings, Tiers), std::nullopt);
    }

    void deactivation()
    {
        const QList<SupplierRequirementState> records {{u"a"_s, S::Approved},
                                                       {u"b"_s, S::Legacy},
                                                       {u"c"_s, S::Submitted},
                                                       {u"d"_s, S::Inactive}};
        QCOMPARE(recordsToDeactivate(records), (QStringList {u"a"_s, u"c"_s}));
    }
};

QTEST_APPLESS_MAIN(TestComplianceProgress)
#include "tst_complianceprogress.moc"
