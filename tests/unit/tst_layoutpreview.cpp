// Previewing a dashboard as a role or a member, in a phase or at a moment.
// Registered with TZ set far from UTC and from the weddings' zones: the machine's zone must
// never decide a wedding's phase.
#include "LayoutPreview.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::Role)
Q_DECLARE_METATYPE(wedsync::WeddingPhase)
Q_DECLARE_METATYPE(wedsync::TileAccess)

namespace {

const QString Org = u"org-1"_s;
const QString WeddingId = u"wed-1"_s;
const QStringList Planners {u"admin"_s, u"coordinator"_s};

SectionConfig section(const QString &type, const QStringList &roles, const QStringList &phases = {},
                      const QJsonObject &conditions = {})
{
    SectionConfig s;
    s.id = u"id-"_s + type;
    s.organizationId = Org;
    s.weddingId = WeddingId;
    s.sectionType = type;
    s.visibility.roles = roles;
    s.visibility.weddingPhases = phases;
    s.visibility.hasWeddingPhases = !phases.isEmpty();
    s.visibility.conditions = conditions;
    s.permissions.canEdit = Planners;
    return s;
}

// A wedding-day dashboard like the demo's.
QList<SectionConfig> layout()
{
    const QStringList everyone {u"admin"_s,  u"coordinator"_s, u"photographer"_s,
                                u"couple"_s, u"vendor"_s,      u"guest"_s};
    return {
        section(u"timeline"_s, everyone),
        section(u"photos"_s,
                {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"guest"_s},
                {u"wedding_day"_s, u"post_wedding"_s}),
        section(u"documents"_s, {u"admin"_s, u"coordinator"_s, u"vendor"_s}, {u"wedding_day"_s}),
        section(u"vendor_management"_s, {u"admin"_s, u"coordinator"_s, u"vendor"_s}, {},
                QJsonObject {{u"minimumRole"_s, u"couple"_s}}),
        section(u"budget"_s, {u"admin"_s, u"coordinator"_s, u"couple"_s}),
    };
}

// Kiritimati is UTC+14: its wedding day starts at 10:00 UTC the day before.
WeddingContext wedding()
{
    return {WeddingId, QDate(2026, 6, 20), QTimeZone("Pacific/Kiritimati"), u"confirmed"_s};
}

// The rule id behind the sentence the preview chose.
QString ruleOf(const TilePreview &tile)
{
    for (const PermissionReason &reason : tile.permission.explanation) {
        if (reason.text == tile.reason)
            return reason.rule;
    }
    return u"(none)"_s;
}

} // namespace

class TestLayoutPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byRoleAndPhase_data();
    void byRoleAndPhase();
    void vendorOnTheWeddingDay();
    void phaseIsCountedInTheWeddingsZone();
    void aMemberWithFullAccess();
    void organizationWideHasNoPhase();
};

void TestLayoutPreview::initTestCase()
{
    // The registration sets TZ; without it this test would prove less.
    QCOMPARE(qgetenv("TZ"), QByteArray("Pacific/Pago_Pago"));
}

void TestLayoutPreview::byRoleAndPhase_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<WeddingPhase>("phase");
    QTest::addColumn<QString>("type");
    QTest::addColumn<TileAccess>("access");
    QTest::addColumn<QString>("rule");

    const auto Day = WeddingPhase::WeddingDay;
    QTest::newRow("vendor reads the timeline")
        << Role::Vendor << Day << u"timeline"_s << TileAccess::ReadOnly << u"no_edit_grant"_s;
    QTest::newRow("vendor is not shown photos")
        << Role::Vendor << Day << u"photos"_s << TileAccess::Hidden << u"no_view_grant"_s;
    QTest::newRow("vendor reads the run sheet on the day")
        << Role::Vendor << Day << u"documents"_s << TileAccess::ReadOnly << u"no_edit_grant"_s;
    QTest::newRow("vendor does not see the run sheet the day after")
        << Role::Vendor << WeddingPhase::PostWedding << u"documents"_s << TileAccess::Hidden
        << u"wedding_phase"_s;
    QTest::newRow("vendor is below the minimum role")
        << Role::Vendor << Day << u"vendor_management"_s << TileAccess::Hidden
        << u"visibility_conditions"_s;
    QTest::newRow("couple does not see photos while planning")
        << Role::Couple << WeddingPhase::Planning << u"photos"_s << TileAccess::Hidden
        << u"wedding_phase"_s;
    QTest::newRow("couple sees photos after the wedding")
        << Role::Couple << WeddingPhase::PostWedding << u"photos"_s << TileAccess::ReadOnly
        << u"no_edit_grant"_s;
    QTest::newRow("coordinator edits the budget")
        << Role::Coordinator << WeddingPhase::PreWedding << u"budget"_s << TileAccess::Editable
        << u"can_edit_grant"_s;
}

void TestLayoutPreview::byRoleAndPhase()
{
    QFETCH(Role, role);
    QFETCH(WeddingPhase, phase);
    QFETCH(QString, type);
    QFETCH(TileAccess, access);
    QFETCH(QString, rule);

    const WeddingContext w = wedding();
    const LayoutPreview preview
        = previewLayout(layout(), profileForRole(role, Org), &w, momentInPhase(w, phase));
    QCOMPARE(preview.phase, std::optional(phase));
    const TilePreview *tile = preview.tile(QString(u"id-"_s + type));
    QVERIFY(tile);
    QCOMPARE(tile->access, access);
    QCOMPARE(ruleOf(*tile), rule);
    QVERIFY(tile->reason.startsWith(roleName(role) + u" may"_s));
}

void TestLayoutPreview::vendorOnTheWeddingDay()
{
    // Exactly the tiles the engine hides, in the layout's order, each with the engine's words.
    const WeddingContext w = wedding();
    const LayoutPreview preview = previewLayout(layout(), profileForRole(Role::Vendor, Org), &w,
                                                momentInPhase(w, WeddingPhase::WeddingDay));
    QCOMPARE(preview.tiles.size(), 5);
    QCOMPARE(preview.count(TileAccess::Hidden), 3);
    QCOMPARE(preview.count(TileAccess::ReadOnly), 2);
    QCOMPARE(preview.count(TileAccess::Editable), 0);
    QCOMPARE(preview.tile(u"id-photos")->reason,
             u"vendor may not view photos: no rule grants it — visible to admin, coordinator, "
             "photographer, couple, guest"_s);
    QCOMPARE(preview.tile(u"id-budget")->access, TileAccess::Hidden);
    const PermissionEngine engine;
    for (const SectionConfig &s : layout()) {
        const EffectivePermission expected = engine.evaluate(
            profileForRole(Role::Vendor, Org), s, &w, momentInPhase(w, WeddingPhase::WeddingDay));
        QCOMPARE(preview.tile(s.id)->access == TileAccess::Hidden, !expected.canView);
    }
}

void TestLayoutPreview::phaseIsCountedInTheWeddingsZone()
{
    const WeddingContext w = wedding();
    // 09:00 on the venue's clock is 19:00 UTC the day before, 08:00 the day before in the
    // machine's zone (Pago Pago, UTC-11).
    const QDateTime morning = momentInPhase(w, WeddingPhase::WeddingDay, QTime(9, 0));
    QCOMPARE(morning, QDateTime(QDate(2026, 6, 19), QTime(19, 0), QTimeZone::utc()));
    QCOMPARE(morning.toLocalTime().date(), QDate(2026, 6, 19));
    const LayoutPreview preview
        = previewLayout(layout(), profileForRole(Role::Vendor, Org), &w, morning);
    QCOMPARE(preview.phase, std::optional(WeddingPhase::WeddingDay));
    QCOMPARE(preview.tile(u"id-documents")->access, TileAccess::ReadOnly);
    // One minute before midnight at the venue it is still the eve.
    const QDateTime eve(QDate(2026, 6, 19), QTime(23, 59), QTimeZone("Pacific/Kiritimati"));
    QCOMPARE(previewLayout(layout(), profileForRole(Role::Vendor, Org), &w, eve).phase,
             std::optional(WeddingPhase::PreWedding));
    for (const WeddingPhase phase : allWeddingPhases())
        QCOMPARE(weddingPhaseAt(w.date, w.timeZone, momentInPhase(w, phase)), phase);
}

void TestLayoutPreview::aMemberWithFullAccess()
{
    // A real vendor with full access to this wedding sees the budget a plain vendor does not.
    UserProfile member = profileForRole(Role::Vendor, Org);
    member.userId = u"u-1"_s;
    member.displayName = u"Rosa (florist)"_s;
    member.weddingAccess = {{WeddingId, u"full"_s}};
    const WeddingContext w = wedding();
    const LayoutPreview preview
        = previewLayout(layout(), member, &w, momentInPhase(w, WeddingPhase::WeddingDay));
    const TilePreview *budget = preview.tile(u"id-budget");
    QCOMPARE(budget->access, TileAccess::ReadOnly);
    QVERIFY(budget->permission.canView);
    // Full access grants view, but a condition still applies to everyone it names.
    QCOMPARE(preview.count(TileAccess::Hidden), 1);
    QCOMPARE(preview.tile(u"id-vendor_management")->access, TileAccess::Hidden);
}

void TestLayoutPreview::organizationWideHasNoPhase()
{
    const LayoutPreview preview
        = previewLayout(layout(), profileForRole(Role::Vendor, Org), nullptr,
                        QDateTime(QDate(2026, 6, 21), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(preview.phase, std::nullopt);
    QCOMPARE(preview.tile(u"id-documents")->access, TileAccess::ReadOnly);
    QCOMPARE(preview.tile(u"id-missing"), nullptr);
}

QTEST_GUILESS_MAIN(TestLayoutPreview)
#include "tst_layoutpreview.moc"
