// Integrity findings a planner sees: the seed's checks, our lint rules, ordering and JSON.
#include "IntegrityChecker.h"
#include "IntegrityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::SectionConfig)
Q_DECLARE_METATYPE(wedsync::UserPermissionRecord)

namespace {

const QString Org = u"org-1"_s;
const QString Wedding = u"wed-1"_s;

// A section no rule objects to: shown to admin, coordinator and couple, nothing else set.
SectionConfig section(const QString &id, const QString &type, int position, int columns = 6)
{
    SectionConfig s;
    s.id = id;
    s.organizationId = Org;
    s.sectionType = type;
    s.layout.position = position;
    s.layout.columns = columns;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s, u"couple"_s};
    return s;
}

SectionConfig withWedding(SectionConfig s, const QString &weddingId)
{
    s.weddingId = weddingId;
    return s;
}

SectionConfig withRoles(SectionConfig s, const QStringList &roles)
{
    s.visibility.roles = roles;
    return s;
}

SectionConfig withGrants(SectionConfig s, const QStringList &canView, const QStringList &canEdit,
                         const QStringList &canHide = {})
{
    s.permissions.canView = canView;
    s.permissions.canEdit = canEdit;
    s.permissions.canHide = canHide;
    return s;
}

SectionConfig withPhases(SectionConfig s, const QStringList &phases)
{
    s.visibility.weddingPhases = phases;
    s.visibility.hasWeddingPhases = true;
    return s;
}

SectionConfig sized(SectionConfig s, const QString &size)
{
    s.layout.size = size;
    return s;
}

SectionConfig titled(SectionConfig s, const QString &title)
{
    s.customization.title = title;
    return s;
}

UserPermissionRecord user(const QString &id, std::optional<Role> role, const QStringList &types,
                          const QString &name = {})
{
    return {id, name, role, types};
}

QList<IntegrityFinding> withRule(const QList<IntegrityFinding> &findings, QStringView rule)
{
    QList<IntegrityFinding> out;
    for (const auto &f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

QStringList subjects(const QList<IntegrityFinding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out.append(f.subjectId);
    return out;
}

QStringList messageTexts(const QList<IntegrityFinding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out.append(f.message);
    return out;
}

} // namespace

class TestIntegrityChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void cleanOrganizationIsValid();
    void sectionRules_data();
    void sectionRules();
    void userRules_data();
    void userRules();
    void gridOverlaps_data();
    void gridOverlaps();
    void messages_data();
    void messages();
    void titlesAreNotPlaceholders();
    void reportOrderAndValidity();
    void jsonEncoding();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
};

void TestIntegrityChecker::initTestCase()
{
    // Messages join names with the locale's list pattern; pin it so wording tests are stable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestIntegrityChecker::cleanOrganizationIsValid()
{
    IntegrityInput input;
    input.sections = {section(u"a"_s, u"timeline"_s, 1), section(u"b"_s, u"budget"_s, 2),
                      withWedding(section(u"c"_s, u"photos"_s, 1), Wedding)};
    input.weddingIds = {Wedding};
    input.users = {user(u"u1"_s, Role::Guest, {u"timeline"_s, u"photos"_s})};
    const IntegrityReport report = IntegrityChecker().check(input);
    QVERIFY(report.valid);
    QCOMPARE(report.findings, QList<IntegrityFinding>());
}

void TestIntegrityChecker::sectionRules_data()
{
    QTest::addColumn<QList<SectionConfig>>("sections");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("expected"); // subject ids the rule reports, in order
    QTest::addColumn<int>("severity");

    const auto E = int(IntegritySeverity::Error);
    const auto W = int(IntegritySeverity::Warning);
    const auto I = int(IntegritySeverity::Info);
    const QString dup = IntegrityRule::DuplicatePosition.toString();

    // Seed: duplicate positions within one dashboard (organization + wedding-or-none).
    QTest::newRow("duplicate position, org dashboard")
        << QList {section(u"a"_s, u"timeline"_s, 3), section(u"b"_s, u"budget"_s, 3),
                  section(u"c"_s, u"photos"_s, 4)}
        << dup << QStringList {u"b"_s, u"a"_s} << E; // report order: budget, timeline
    QTest::newRow("duplicate position, same wedding")
        << QList {withWedding(section(u"a"_s, u"timeline"_s, 1), Wedding),
                  withWedding(section(u"b"_s, u"budget"_s, 1), Wedding)}
        << dup << QStringList {u"b"_s, u"a"_s} << E;
    QTest::newRow("same position, org vs wedding dashboard: fine")
        << QList {section(u"a"_s, u"timeline"_s, 1),
                  withWedding(section(u"b"_s, u"budget"_s, 1), Wedding)}
        << dup << QStringList {} << E;
    QTest::newRow("same position, two weddings: fine")
        << QList {withWedding(section(u"a"_s, u"timeline"_s, 1), Wedding),
                  withWedding(section(u"b"_s, u"budget"_s, 1), u"wed-2"_s)}
        << dup << QStringList {} << E;

    // Seed: invalid role names (extended to the permission lists).
    const QString inv = IntegrityRule::InvalidRole.toString();
    QTest::newRow("invalid role in visibility")
        << QList {withRoles(section(u"a"_s, u"timeline"_s, 1), {u"admin"_s, u"planner"_s})} << inv
        << QStringList {u"a"_s} << W;
    QTest::newRow("role names are case sensitive")
        << QList {withRoles(section(u"a"_s, u"timeline"_s, 1), {u"Admin"_s})} << inv
        << QStringList {u"a"_s} << W;
    QTest::newRow("invalid role in canEdit")
        << QList {withGrants(section(u"a"_s, u"timeline"_s, 1), {}, {u"editor"_s})} << inv
        << QStringList {u"a"_s} << W;
    QTest::newRow("all roles valid") << QList {withRoles(
        section(u"a"_s, u"timeline"_s, 1),
        {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"vendor"_s, u"guest"_s})}
                                     << inv << QStringList {} << W;

    // Seed: references to weddings that do not exist.
    const QString unk = IntegrityRule::UnknownWedding.toString();
    QTest::newRow("unknown wedding")
        << QList {withWedding(section(u"a"_s, u"timeline"_s, 1), u"gone"_s)} << unk
        << QStringList {u"a"_s} << E;
    QTest::newRow("existing wedding")
        << QList {withWedding(section(u"a"_s, u"timeline"_s, 1), Wedding)} << unk << QStringList {}
        << E;
    QTest::newRow("organization-wide section needs no wedding")
        << QList {section(u"a"_s, u"timeline"_s, 1)} << unk << QStringList {} << E;

    // Lint: edit without view.
    const QString ewv = IntegrityRule::EditWithoutView.toString();
    QTest::newRow("photographer edits, nobody shows it to them")
        << QList {withGrants(section(u"a"_s, u"timeline"_s, 1), {}, {u"photographer"_s})} << ewv
        << QStringList {u"a"_s} << W;
    QTest::newRow("couple edits, shown directly")
        << QList {withGrants(section(u"a"_s, u"timeline"_s, 1), {}, {u"couple"_s})} << ewv
        << QStringList {} << W;
    QTest::newRow("photographer edits, inherits vendor's view") << QList {withGrants(
        withRoles(section(u"a"_s, u"timeline"_s, 1), {u"vendor"_s}), {}, {u"photographer"_s})}
                                                                << ewv << QStringList {} << W;
    QTest::newRow("couple does not inherit vendor's view") << QList {withGrants(
        withRoles(section(u"a"_s, u"timeline"_s, 1), {u"vendor"_s}), {}, {u"couple"_s})}
                                                           << ewv << QStringList {u"a"_s} << W;
    QTest::newRow("photographer edits, extra view grant") << QList {withGrants(
        section(u"a"_s, u"timeline"_s, 1), {u"photographer"_s}, {u"photographer"_s})}
                                                          << ewv << QStringList {} << W;
    QTest::newRow("vendor edit without view is reported as escalation instead")
        << QList {withGrants(section(u"a"_s, u"timeline"_s, 1), {}, {u"vendor"_s})} << ewv
        << QStringList {} << W;

    // Lint: hide without view.
    const QString hwv = IntegrityRule::HideWithoutView.toString();
    QTest::newRow("vendor hides what it cannot see")
        << QList {withGrants(section(u"a"_s, u"timeline"_s, 1), {}, {}, {u"vendor"_s})} << hwv
        << QStringList {u"a"_s} << W;
    QTest::newRow("couple hides what it sees")
        << QList {withGrants(section(u"a"_s, u"timeline"_s, 1), {}, {}, {u"couple"_s})} << hwv
        << QStringList {} << W;

    // Lint: guests and vendors reaching edit indirectly.
    const QString esc = IntegrityRule::EditEscalation.toString();
    QTest::newRow("vendor edits through a view grant")
        << QList {withGrants(section(u"a"_s, u"budget"_s, 1), {u"vendor"_s}, {u"vendor"_s})} << esc
        << QStringList {u"a"_s} << W;
    QTest::newRow("guest edits with wedding access only")
        << QList {withGrants(section(u"a"_s, u"photos"_s, 1), {}, {u"guest"_s})} << esc
        << QStringList {u"a"_s} << W;
    QTest::newRow("vendor shown directly may edit") << QList {withGrants(
        withRoles(section(u"a"_s, u"budget"_s, 1), {u"vendor"_s}), {}, {u"vendor"_s})}
                                                    << esc << QStringList {} << W;
    QTest::newRow("couple via view grant is no outsider") << QList {withGrants(
        withRoles(section(u"a"_s, u"budget"_s, 1), {u"admin"_s}), {u"couple"_s}, {u"couple"_s})}
                                                          << esc << QStringList {} << W;

    // Lint: sections nobody sees.
    const QString nrv = IntegrityRule::NoRoleCanView.toString();
    QTest::newRow("no role listed, no grant")
        << QList {withRoles(section(u"a"_s, u"notes"_s, 1), {})} << nrv << QStringList {u"a"_s}
        << W;
    QTest::newRow("only a view grant")
        << QList {withGrants(withRoles(section(u"a"_s, u"notes"_s, 1), {}), {u"guest"_s}, {})}
        << nrv << QStringList {} << W;

    const QString ph = IntegrityRule::PhaseHidden.toString();
    QTest::newRow("phase list omits phases")
        << QList {withPhases(section(u"a"_s, u"timeline"_s, 1), {u"planning"_s, u"pre_wedding"_s})}
        << ph << QStringList {u"a"_s} << I;
    QTest::newRow("phase list names every phase") << QList {withPhases(
        section(u"a"_s, u"timeline"_s, 1),
        {u"post_wedding"_s, u"planning"_s, u"wedding_day"_s, u"pre_wedding"_s})}
                                                  << ph << QStringList {} << I;
    QTest::newRow("no phase list: every phase")
        << QList {section(u"a"_s, u"timeline"_s, 1)} << ph << QStringList {} << I;

    const QString nev = IntegrityRule::NeverVisible.toString();
    QTest::newRow("empty phase list") << QList {withPhases(section(u"a"_s, u"timeline"_s, 1), {})}
                                      << nev << QStringList {u"a"_s} << E;
    QTest::newRow("phase list of typos")
        << QList {withPhases(section(u"a"_s, u"timeline"_s, 1), {u"weddingday"_s})} << nev
        << QStringList {u"a"_s} << E;
    QTest::newRow("one real phase")
        << QList {withPhases(section(u"a"_s, u"timeline"_s, 1), {u"wedding_day"_s})} << nev
        << QStringList {} << E;

    // Lint: the grid.
    const QString ov = IntegrityRule::TileOverlap.toString();
    QTest::newRow("two tiles in one slot")
        << QList {section(u"a"_s, u"timeline"_s, 1), section(u"b"_s, u"budget"_s, 1)} << ov
        << QStringList {u"b"_s} << W;
    QTest::newRow("tiles that wrap do not overlap")
        << QList {section(u"a"_s, u"timeline"_s, 1, 8), section(u"b"_s, u"budget"_s, 2, 8)} << ov
        << QStringList {} << W;
    const QString span = IntegrityRule::TileSpanInvalid.toString();
    QTest::newRow("14 columns") << QList {section(u"a"_s, u"timeline"_s, 1, 14)} << span
                                << QStringList {u"a"_s} << E;
    QTest::newRow("0 columns") << QList {section(u"a"_s, u"timeline"_s, 1, 0)} << span
                               << QStringList {u"a"_s} << E;
    QTest::newRow("12 columns") << QList {section(u"a"_s, u"timeline"_s, 1, 12)} << span
                                << QStringList {} << E;
}

void TestIntegrityChecker::sectionRules()
{
    QFETCH(QList<SectionConfig>, sections);
    QFETCH(QString, rule);
    QFETCH(QStringList, expected);
    QFETCH(int, severity);

    IntegrityInput input;
    input.sections = sections;
    input.weddingIds = {Wedding, u"wed-2"_s};
    const IntegrityReport report = IntegrityChecker().check(input);
    const QList<IntegrityFinding> found = withRule(report.findings, rule);
    QCOMPARE(subjects(found), expected);
    for (const auto &f : found) {
        QCOMPARE(int(f.severity), severity);
        QCOMPARE(f.subjectKind, IntegritySubject::Section);
        QVERIFY(!f.sectionType.isEmpty());
        QVERIFY2(!f.message.isEmpty(), qPrintable(rule));
    }
    // An error makes the whole configuration invalid.
    if (!expected.isEmpty() && severity == int(IntegritySeverity::Error))
        QVERIFY(!report.valid);
}

void TestIntegrityChecker::userRules_data()
{
    QTest::addColumn<UserPermissionRecord>("record");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<int>("severity");

    const auto E = int(IntegritySeverity::Error);
    const auto W = int(IntegritySeverity::Warning);
    const QString noRole = IntegrityRule::UserWithoutRole.toString();
    const QString restricted = IntegrityRule::RestrictedSection.toString();
    const QString missing = IntegrityRule::MissingRequiredSection.toString();

    QTest::newRow("permissions without role")
        << user(u"u"_s, std::nullopt, {u"timeline"_s}) << noRole << true << E;
    QTest::newRow("no role and no permissions")
        << user(u"u"_s, std::nullopt, {}) << noRole << false << E;
    QTest::newRow("role and permissions")
        << user(u"u"_s, Role::Guest, {u"timeline"_s, u"photos"_s}) << noRole << false << E;

    QTest::newRow("guest holds budget")
        << user(u"u"_s, Role::Guest, {u"timeline"_s, u"photos"_s, u"budget"_s}) << restricted
        << true << W;
    QTest::newRow("vendor holds guest list")
        << user(u"u"_s, Role::Vendor, {u"timeline"_s, u"documents"_s, u"guest_list"_s})
        << restricted << true << W;
    QTest::newRow("couple holds budget")
        << user(u"u"_s, Role::Couple, {u"timeline"_s, u"budget"_s, u"guest_list"_s, u"photos"_s})
        << restricted << false << W;
    QTest::newRow("photographer holds billing") << user(
        u"u"_s, Role::Photographer, {u"timeline"_s, u"photos"_s, u"documents"_s, u"billing"_s})
                                                << restricted << true << W;
    QTest::newRow("coordinator holds billing")
        << user(u"u"_s, Role::Coordinator,
                {u"timeline"_s, u"vendor_management"_s, u"guest_list"_s, u"budget"_s, u"billing"_s})
        << restricted << false << W;

    QTest::newRow("couple without photos")
        << user(u"u"_s, Role::Couple, {u"timeline"_s, u"budget"_s, u"guest_list"_s}) << missing
        << true << E;
    QTest::newRow("admin with dashboard, admin, billing")
        << user(u"u"_s, Role::Admin, {u"dashboard"_s, u"admin"_s, u"billing"_s}) << missing << false
        << E;
    QTest::newRow("admin without billing")
        << user(u"u"_s, Role::Admin, {u"dashboard"_s, u"admin"_s}) << missing << true << E;
    QTest::newRow("vendor needs documents")
        << user(u"u"_s, Role::Vendor, {u"timeline"_s}) << missing << true << E;
    QTest::newRow("role without any section")
        << user(u"u"_s, Role::Guest, {}) << missing << true << E;
}

void TestIntegrityChecker::userRules()
{
    QFETCH(UserPermissionRecord, record);
    QFETCH(QString, rule);
    QFETCH(bool, reported);
    QFETCH(int, severity);

    IntegrityInput input;
    input.users = {record};
    const IntegrityReport report = IntegrityChecker().check(input);
    const QList<IntegrityFinding> found = withRule(report.findings, rule);
    QCOMPARE(found.size(), reported ? 1 : 0);
    if (reported) {
        QCOMPARE(int(found.first().severity), severity);
        QCOMPARE(found.first().subjectKind, IntegritySubject::User);
        QCOMPARE(found.first().subjectId, record.userId);
        QVERIFY(found.first().sectionType.isEmpty());
    }
    QCOMPARE(report.valid, report.count(IntegritySeverity::Error) == 0);
}

void TestIntegrityChecker::gridOverlaps_data()
{
    QTest::addColumn<QList<SectionConfig>>("sections");
    QTest::addColumn<QStringList>("expected"); // tile_overlap and tile_span_invalid messages

    // The grid of GridPacking: medium tiles are two rows tall. Welcome fills columns 1-6 of
    // rows 1-2; a 12-wide slot does not fit beside it and goes below.
    QTest::newRow("slot goes below a half row")
        << QList {titled(section(u"a"_s, u"welcome"_s, 1, 6), u"Welcome"_s),
                  section(u"b"_s, u"timeline"_s, 2, 12), section(u"c"_s, u"budget"_s, 2, 12)}
        << QStringList {u"Timeline and Budget overlap at row 3, columns 1–12."_s};
    QTest::newRow("slot fits after a half row")
        << QList {section(u"a"_s, u"welcome"_s, 1, 12), section(u"b"_s, u"welcome"_s, 2, 6),
                  section(u"c"_s, u"timeline"_s, 3, 6), section(u"d"_s, u"budget"_s, 3, 6)}
        << QStringList {u"Timeline and Budget overlap at row 3, columns 7–12."_s};
    QTest::newRow("slot floats up beside a tall tile")
        << QList {sized(section(u"a"_s, u"welcome"_s, 1, 6), u"large"_s),
                  sized(section(u"b"_s, u"notes"_s, 2, 6), u"small"_s),
                  sized(section(u"c"_s, u"timeline"_s, 3, 6), u"small"_s),
                  sized(section(u"d"_s, u"budget"_s, 3, 4), u"small"_s)}
        << QStringList {u"Timeline and Budget overlap at row 2, columns 7–10."_s};
    QTest::newRow("narrower tile overlaps only its own columns")
        << QList {section(u"a"_s, u"timeline"_s, 5, 8), section(u"b"_s, u"budget"_s, 5, 3)}
        << QStringList {u"Timeline and Budget overlap at row 1, columns 1–3."_s};
    QTest::newRow("single column")
        << QList {section(u"a"_s, u"timeline"_s, 5, 1), section(u"b"_s, u"budget"_s, 5, 4)}
        << QStringList {u"Timeline and Budget overlap at row 1, column 1."_s};
    QTest::newRow("three in one slot: every pair")
        << QList {section(u"a"_s, u"timeline"_s, 1, 4), section(u"b"_s, u"budget"_s, 1, 4),
                  section(u"c"_s, u"photos"_s, 1, 4)}
        << QStringList {u"Timeline and Budget overlap at row 1, columns 1–4."_s,
                        u"Timeline and Photos overlap at row 1, columns 1–4."_s,
                        u"Budget and Photos overlap at row 1, columns 1–4."_s};
    QTest::newRow("input order does not matter")
        << QList {section(u"c"_s, u"photos"_s, 3, 4), section(u"b"_s, u"budget"_s, 1, 4),
                  section(u"a"_s, u"timeline"_s, 1, 4)}
        << QStringList {u"Timeline and Budget overlap at row 1, columns 1–4."_s};
    QTest::newRow("four quarter tiles fill a row")
        << QList {section(u"a"_s, u"a"_s, 1, 3), section(u"b"_s, u"b"_s, 2, 3),
                  section(u"c"_s, u"c"_s, 3, 3), section(u"d"_s, u"d"_s, 4, 3)}
        << QStringList {};
    QTest::newRow("too wide tile names its row")
        << QList {section(u"a"_s, u"welcome"_s, 1, 12), section(u"b"_s, u"notes"_s, 2, 4),
                  section(u"c"_s, u"timeline"_s, 3, 14)}
        << QStringList {u"Timeline is 14 columns wide but a row has only 12; it spills past "
                        u"column 12 on row 5."_s};
    QTest::newRow("other dashboards are laid out apart")
        << QList {section(u"a"_s, u"timeline"_s, 1, 12),
                  withWedding(section(u"b"_s, u"budget"_s, 1, 12), Wedding)}
        << QStringList {};
}

void TestIntegrityChecker::gridOverlaps()
{
    QFETCH(QList<SectionConfig>, sections);
    QFETCH(QStringList, expected);

    const QList<IntegrityFinding> all = IntegrityChecker().checkSections(sections, {Wedding});
    QList<IntegrityFinding> grid = withRule(all, IntegrityRule::TileOverlap);
    grid.append(withRule(all, IntegrityRule::TileSpanInvalid));
    QCOMPARE(messageTexts(grid), expected);
}

void TestIntegrityChecker::messages_data()
{
    QTest::addColumn<QList<SectionConfig>>("sections");
    QTest::addColumn<UserPermissionRecord>("record");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");

    const UserPermissionRecord nobody;
    QTest::newRow("duplicate position names the others")
        << QList {section(u"a"_s, u"timeline"_s, 2), section(u"b"_s, u"budget"_s, 2),
                  titled(section(u"c"_s, u"photos"_s, 2), u"Gallery"_s)}
        << nobody << IntegrityRule::DuplicatePosition.toString()
        << u"Timeline is at position 2 together with Budget and Gallery on the same "
           u"dashboard; give each section its own position."_s;
    QTest::newRow("invalid roles are quoted and the valid ones listed")
        << QList {withRoles(section(u"a"_s, u"guest_list"_s, 1), {u"Admin"_s, u"planner"_s})}
        << nobody << IntegrityRule::InvalidRole.toString()
        << u"Guest list names roles that do not exist: \"Admin\" and \"planner\". Valid roles "
           u"are admin, coordinator, photographer, couple, vendor and guest."_s;
    QTest::newRow("escalation through a view grant")
        << QList {withGrants(section(u"a"_s, u"budget"_s, 1), {u"vendor"_s}, {u"vendor"_s})}
        << nobody << IntegrityRule::EditEscalation.toString()
        << u"The Vendor role can edit Budget although Budget is not shown to Vendor directly: "
           u"they see it only through an extra view permission. Show Budget to Vendor on "
           u"purpose or remove the edit permission."_s;
    QTest::newRow("escalation through wedding access")
        << QList {withGrants(section(u"a"_s, u"photos"_s, 1), {}, {u"guest"_s})} << nobody
        << IntegrityRule::EditEscalation.toString()
        << u"The Guest role can edit Photos although Photos is not shown to Guest directly: "
           u"only those with full access to a wedding see it, and they can then edit it. "
           u"Show Photos to Guest on purpose or remove the edit permission."_s;
    QTest::newRow("edit without view")
        << QList {withGrants(section(u"a"_s, u"budget"_s, 1), {}, {u"photographer"_s})} << nobody
        << IntegrityRule::EditWithoutView.toString()
        << u"The Photographer role may edit Budget but cannot see it; let Photographer view "
           u"it or remove the edit permission."_s;
    QTest::newRow("phase gap names the phases")
        << QList {withPhases(section(u"a"_s, u"timeline"_s, 1), {u"planning"_s, u"pre_wedding"_s})}
        << nobody << IntegrityRule::PhaseHidden.toString()
        << u"Nobody sees Timeline in these wedding phases: Wedding day and Post-wedding."_s;
    QTest::newRow("missing required sections")
        << QList<SectionConfig> {}
        << user(u"u1"_s, Role::Couple, {u"timeline"_s, u"budget"_s}, u"Jane Doe"_s)
        << IntegrityRule::MissingRequiredSection.toString()
        << u"Jane Doe (Couple) is missing sections every Couple needs: Guest list and "
           u"Photos."_s;
    QTest::newRow("user named by id when nameless")
        << QList<SectionConfig> {} << user(u"u-42"_s, std::nullopt, {u"timeline"_s})
        << IntegrityRule::UserWithoutRole.toString()
        << u"u-42 holds permissions on sections but has no role in the organization; give "
           u"them a role or remove the permissions."_s;
}

void TestIntegrityChecker::messages()
{
    QFETCH(QList<SectionConfig>, sections);
    QFETCH(UserPermissionRecord, record);
    QFETCH(QString, rule);
    QFETCH(QString, message);

    IntegrityInput input;
    input.sections = sections;
    if (!record.userId.isEmpty())
        input.users = {record};
    // The message about the first section (or the user) of the row.
    const QString subject = sections.isEmpty() ? record.userId : sections.first().id;
    QStringList texts;
    for (const auto &f : withRule(IntegrityChecker().check(input).findings, rule)) {
        if (f.subjectId == subject)
            texts.append(f.message);
    }
    QCOMPARE(texts, QStringList {message});
}

void TestIntegrityChecker::titlesAreNotPlaceholders()
{
    // A planner's title is text, not a template: "%2" in it must survive into the message.
    const QList<SectionConfig> sections {titled(section(u"a"_s, u"budget"_s, 4), u"50% off %2"_s),
                                         section(u"b"_s, u"timeline"_s, 4)};
    const auto found = withRule(IntegrityChecker().checkSections(sections, {}),
                                IntegrityRule::DuplicatePosition);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).message,
             u"50% off %2 is at position 4 together with Timeline on the same dashboard; give "
             u"each section its own position."_s);
    QCOMPARE(found.at(1).message,
             u"Timeline is at position 4 together with 50% off %2 on the same dashboard; give "
             u"each section its own position."_s);
}

void TestIntegrityChecker::reportOrderAndValidity()
{
    IntegrityInput input;
    input.sections = {
        withPhases(section(u"s-info"_s, u"timeline"_s, 1), {u"wedding_day"_s}), // info
        withGrants(section(u"s-warn"_s, u"budget"_s, 2), {}, {u"photographer"_s}), // warning
        withWedding(section(u"s-err"_s, u"photos"_s, 3), u"gone"_s), // error
    };
    input.users = {user(u"u-warn"_s, Role::Guest, {u"timeline"_s, u"photos"_s, u"billing"_s}),
                   user(u"u-err"_s, std::nullopt, {u"timeline"_s})};
    const IntegrityReport report = IntegrityChecker().check(input);

    QStringList order;
    for (const auto &f : report.findings)
        order.append(integritySeverityName(f.severity) + u':' + f.subjectId);
    QCOMPARE(order,
             (QStringList {u"error:s-err"_s, u"error:u-err"_s, u"warning:s-warn"_s,
                           u"warning:u-warn"_s, u"info:s-info"_s}));
    QVERIFY(!report.valid);
    QCOMPARE(report.count(IntegritySeverity::Error), qsizetype(2));

    // Warnings and information alone leave the configuration valid.
    input.sections.removeLast();
    input.users.removeLast();
    const IntegrityReport warningsOnly = IntegrityChecker().check(input);
    QVERIFY(warningsOnly.valid);
    QCOMPARE(warningsOnly.findings.size(), 3);

    // Sections of the same severity sort by type, so a planner reads them grouped.
    const QList<IntegrityFinding> shuffled {
        {IntegritySeverity::Info, u"x"_s, IntegritySubject::User, u"u1"_s, {}, u"m"_s},
        {IntegritySeverity::Info, u"x"_s, IntegritySubject::Section, u"2"_s, u"timeline"_s, u"m"_s},
        {IntegritySeverity::Info, u"x"_s, IntegritySubject::Section, u"1"_s, u"timeline"_s, u"m"_s},
        {IntegritySeverity::Info, u"x"_s, IntegritySubject::Section, u"9"_s, u"budget"_s, u"m"_s}};
    QCOMPARE(subjects(IntegrityReport::fromFindings(shuffled).findings),
             (QStringList {u"9"_s, u"1"_s, u"2"_s, u"u1"_s}));
}

void TestIntegrityChecker::jsonEncoding()
{
    IntegrityReport report;
    report.valid = false;
    report.findings = {{IntegritySeverity::Error, u"unknown_wedding"_s, IntegritySubject::Section,
                        u"s1"_s, u"timeline"_s, u"Timeline belongs to wedding w9."_s},
                       {IntegritySeverity::Info,
                        u"user_without_role"_s,
                        IntegritySubject::User,
                        u"u1"_s,
                        {},
                        u"No role."_s}};
    const QJsonObject json = integrityReportToJson(report);
    const QByteArray expected
        = R"({"findings":[)"
          R"({"message":"Timeline belongs to wedding w9.","rule":"unknown_wedding",)"
          R"("sectionType":"timeline","severity":"error","subjectId":"s1",)"
          R"("subjectKind":"section"},)"
          R"({"message":"No role.","rule":"user_without_role","sectionType":null,)"
          R"("severity":"info","subjectId":"u1","subjectKind":"user"}],"valid":false})";
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
}

void TestIntegrityChecker::jsonRoundTrip()
{
    IntegrityInput input;
    input.sections = {section(u"a"_s, u"timeline"_s, 1), section(u"b"_s, u"budget"_s, 1),
                      withPhases(section(u"c"_s, u"photos"_s, 2), {u"planning"_s})};
    input.users = {user(u"u1"_s, Role::Vendor, {u"timeline"_s})};
    const IntegrityReport report = IntegrityChecker().check(input);
    QVERIFY(report.findings.size() >= 5);

    const auto decoded = integrityReportFromJson(integrityReportToJson(report));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), report);
}

void TestIntegrityChecker::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray finding = R"({"severity":"warning","rule":"r","subjectKind":"section",)"
                               R"("subjectId":"s","sectionType":"budget","message":"m"})";
    QTest::newRow("unknown severity")
        << QByteArray(R"({"valid":true,"findings":[{"severity":"fatal","rule":"r",)"
                      R"("subjectKind":"user","subjectId":"u","message":"m"}]})")
        << u"findings[0].severity"_s;
    QTest::newRow("unknown subject kind")
        << QByteArray(R"({"valid":true,"findings":[{"severity":"info","rule":"r",)"
                      R"("subjectKind":"wedding","subjectId":"u","message":"m"}]})")
        << u"findings[0].subjectKind"_s;
    QTest::newRow("missing message")
        << QByteArray(R"({"valid":true,"findings":[)" + finding
                      + R"(,{"severity":"info",)"
                        R"("rule":"r","subjectKind":"user","subjectId":"u"}]})")
        << u"findings[1].message"_s;
    QTest::newRow("finding is not an object")
        << QByteArray(R"({"valid":true,"findings":[42]})") << u"findings[0]"_s;
    QTest::newRow("valid despite an error")
        << QByteArray(R"({"valid":true,"findings":[{"severity":"error","rule":"r",)"
                      R"("subjectKind":"user","subjectId":"u","message":"m"}]})")
        << u"valid"_s;
    QTest::newRow("invalid without an error")
        << QByteArray(R"({"valid":false,"findings":[)" + finding + R"(]})") << u"valid"_s;
    QTest::newRow("no findings list") << QByteArray(R"({"valid":true})") << u"findings"_s;
}

void TestIntegrityChecker::jsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    const auto decoded = integrityReportFromJson(object);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, u"invalid_integrity_report"_s);
    QStringList fields;
    for (const FieldError &e : decoded.error().fields)
        fields.append(e.field);
    QVERIFY2(fields.contains(field), qPrintable(fields.join(u", ")));

    // The same document with the finding fixed decodes, so the check is about that field.
    const QByteArray sane = R"({"valid":true,"findings":[]})";
    QVERIFY(integrityReportFromJson(QJsonDocument::fromJson(sane).object()).ok());
}

QTEST_GUILESS_MAIN(TestIntegrityChecker)
#include "tst_integritychecker.moc"
