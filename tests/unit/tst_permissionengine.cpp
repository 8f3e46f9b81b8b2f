// The permission rules: roles x sections x phases x wedding access, explanations, fast path.
#include "PermissionEngine.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QString WeddingId = u"wedding-1"_s;
constexpr int NoWedding = -1;

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

SectionConfig section(const QString &type, QStringList roles, QStringList canEdit = {},
                      QStringList canHide = {}, QStringList canView = {},
                      std::optional<QStringList> phases = std::nullopt, QJsonObject conditions = {})
{
    SectionConfig s;
    s.id = u"id-"_s + type;
    s.sectionType = type;
    s.visibility.roles = std::move(roles);
    s.visibility.conditions = std::move(conditions);
    if (phases) {
        s.visibility.weddingPhases = *phases;
        s.visibility.hasWeddingPhases = true;
    }
    s.permissions.canEdit = std::move(canEdit);
    s.permissions.canHide = std::move(canHide);
    s.permissions.canView = std::move(canView);
    return s;
}

// The sections the rule table is written against.
const QHash<QString, SectionConfig> &fixtures()
{
    static const QHash<QString, SectionConfig> all = [] {
        QHash<QString, SectionConfig> h;
        h.insert(u"timeline"_s,
                 section(u"timeline"_s, {u"vendor"_s}, {u"couple"_s}, {u"couple"_s}));
        h.insert(u"budget"_s,
                 section(u"budget"_s, {u"admin"_s, u"coordinator"_s}, {u"couple"_s}, {}, {},
                         QStringList {u"planning"_s, u"pre_wedding"_s}));
        h.insert(u"guest_list"_s, section(u"guest_list"_s, {u"couple"_s}, {}, {}, {u"guest"_s}));
        h.insert(u"billing"_s,
                 section(u"billing"_s, {u"admin"_s, u"coordinator"_s}, {}, {u"coordinator"_s}));
        h.insert(u"admin"_s, section(u"admin"_s, {u"coordinator"_s}));
        h.insert(u"photos"_s,
                 section(u"photos"_s, {u"photographer"_s}, {}, {}, {},
                         QStringList {u"wedding_day"_s, u"post_wedding"_s}));
        h.insert(u"documents"_s,
                 section(u"documents"_s, {u"couple"_s, u"vendor"_s}, {}, {}, {}, std::nullopt,
                         obj(R"({"minimumRole": "couple"})")));
        h.insert(u"notes"_s, section(u"notes"_s, {u"guest"_s}, {}, {}, {}, QStringList {}));
        return h;
    }();
    return all;
}

// Wedding on 2026-06-14 (UTC); a moment in each phase.
QDateTime momentIn(int phase)
{
    switch (phase) {
    case int(WeddingPhase::Planning):
        return QDateTime(QDate(2026, 1, 10), QTime(12, 0), QTimeZone::utc());
    case int(WeddingPhase::PreWedding):
        return QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    case int(WeddingPhase::WeddingDay):
        return QDateTime(QDate(2026, 6, 14), QTime(12, 0), QTimeZone::utc());
    default:
        return QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc());
    }
}

WeddingContext theWedding()
{
    return {WeddingId, QDate(2026, 6, 14), QTimeZone::utc(), u"confirmed"_s};
}

UserProfile person(std::optional<Role> role, const QString &access = {})
{
    UserProfile u;
    u.userId = u"user"_s;
    u.role = role;
    if (!access.isEmpty())
        u.weddingAccess.append({WeddingId, access});
    return u;
}

EffectivePermission run(const UserProfile &u, const SectionConfig &s, int phase)
{
    const WeddingContext w = theWedding();
    return PermissionEngine().evaluate(u, s, phase == NoWedding ? nullptr : &w,
                                       phase == NoWedding ? momentIn(0) : momentIn(phase));
}

QStringList rulesFor(const EffectivePermission &p, PermissionFlag flag)
{
    QStringList out;
    for (const PermissionReason &r : p.reasonsFor(flag))
        out.append(r.rule);
    return out;
}

QString textFor(const EffectivePermission &p, const QString &rule)
{
    for (const PermissionReason &r : p.explanation) {
        if (r.rule == rule)
            return r.text;
    }
    return {};
}

} // namespace

class TestPermissionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void wording_data();
    void wording();
    void fastPathAgreesWithExplanation();
    void userWithoutRoleIsGuest();
    void fullAccessOnlyForThisWedding();
    void sydneyWeddingDayThroughEngine();
    void timeRestrictionUsesEvaluationMoment();
    void sectionConditions_data();
    void sectionConditions();
    void conditionsAttachedToResult();
    void compiledSectionCache();
    void stagesAlone();
};

void TestPermissionEngine::rules_data()
{
    QTest::addColumn<QString>("sectionKey");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("access");
    QTest::addColumn<bool>("view");
    QTest::addColumn<bool>("edit");
    QTest::addColumn<bool>("hide");
    QTest::addColumn<QStringList>("viewRules");

    using enum Role;
    const int planning = int(WeddingPhase::Planning), pre = int(WeddingPhase::PreWedding),
              day = int(WeddingPhase::WeddingDay), post = int(WeddingPhase::PostWedding);
    const QString role_ = u"role_visibility"_s, inherited = u"inherited_visibility"_s,
                  canView = u"can_view_grant"_s, full = u"wedding_access_full"_s,
                  none = u"no_view_grant"_s, phase_ = u"wedding_phase"_s,
                  conds = u"visibility_conditions"_s;
    auto row = [](const char *name, const char *key, Role role, int phase, const char *access,
                  bool view, bool edit, bool hide, QStringList viewRules) {
        QTest::newRow(name) << QString::fromLatin1(key) << role << phase
                            << QString::fromLatin1(access) << view << edit << hide << viewRules;
    };

    row("timeline vendor: listed", "timeline", Vendor, NoWedding, "", true, false, false, {role_});
    row("timeline photographer: inherits vendor", "timeline", Photographer, NoWedding, "", true,
        false, false, {inherited});
    row("timeline coordinator: inherits, edits", "timeline", Coordinator, NoWedding, "", true, true,
        false, {inherited});
    row("timeline admin: inherits, edits", "timeline", Admin, NoWedding, "", true, true, false,
        {inherited});
    row("timeline couple: canEdit without view edits nothing, hide stays", "timeline", Couple,
        NoWedding, "", false, false, true, {none});
    row("timeline couple with full access", "timeline", Couple, planning, "full", true, true, true,
        {full});
    row("timeline couple with limited access", "timeline", Couple, planning, "limited", false,
        false, true, {none});
    row("timeline guest", "timeline", Guest, NoWedding, "", false, false, false, {none});
    row("timeline vendor on the day: no phase list", "timeline", Vendor, day, "", true, false,
        false, {role_});

    row("budget admin planning", "budget", Admin, planning, "", true, true, false,
        {role_, inherited, phase_});
    row("budget admin wedding day", "budget", Admin, day, "", false, false, false,
        {role_, inherited, phase_});
    row("budget coordinator pre_wedding", "budget", Coordinator, pre, "", true, true, false,
        {role_, phase_});
    row("budget coordinator post_wedding", "budget", Coordinator, post, "", false, false, false,
        {role_, phase_});
    row("budget couple full planning: canEdit", "budget", Couple, planning, "full", true, true,
        false, {full, phase_});
    row("budget couple full wedding day", "budget", Couple, day, "full", false, false, false,
        {full, phase_});
    row("budget admin organisation-wide ignores phases", "budget", Admin, NoWedding, "", true, true,
        false, {role_, inherited});
    row("budget guest", "budget", Guest, planning, "", false, false, false, {none});
    row("budget photographer", "budget", Photographer, planning, "", false, false, false, {none});

    row("guest_list guest: direct canView grant", "guest_list", Guest, NoWedding, "", true, false,
        false, {canView});
    row("guest_list couple", "guest_list", Couple, NoWedding, "", true, false, false, {role_});
    row("guest_list admin inherits couple", "guest_list", Admin, NoWedding, "", true, true, false,
        {inherited});
    row("guest_list coordinator does not inherit couple", "guest_list", Coordinator, NoWedding, "",
        false, false, false, {none});
    row("guest_list photographer: canView is not inherited", "guest_list", Photographer, NoWedding,
        "", false, false, false, {none});

    row("billing coordinator views, may not edit, may hide", "billing", Coordinator, NoWedding, "",
        true, false, true, {role_});
    row("billing admin edits", "billing", Admin, NoWedding, "", true, true, false,
        {role_, inherited});
    row("billing vendor", "billing", Vendor, NoWedding, "", false, false, false, {none});
    row("admin section coordinator may not edit", "admin", Coordinator, NoWedding, "", true, false,
        false, {role_});
    row("admin section admin edits", "admin", Admin, NoWedding, "", true, true, false, {inherited});

    row("photos photographer on the day", "photos", Photographer, day, "", true, false, false,
        {role_, phase_});
    row("photos photographer planning", "photos", Photographer, planning, "", false, false, false,
        {role_, phase_});
    row("photos coordinator after", "photos", Coordinator, post, "", true, true, false,
        {inherited, phase_});
    row("photos photographer organisation-wide", "photos", Photographer, NoWedding, "", true, false,
        false, {role_});

    row("documents couple meets minimum", "documents", Couple, NoWedding, "", true, false, false,
        {role_, conds});
    row("documents vendor listed but below minimum", "documents", Vendor, NoWedding, "", false,
        false, false, {role_, conds});
    row("documents photographer inherits vendor, meets minimum", "documents", Photographer,
        NoWedding, "", true, false, false, {inherited, conds});
    row("documents coordinator", "documents", Coordinator, NoWedding, "", true, true, false,
        {inherited, conds});

    row("notes: empty phase list hides it in every phase", "notes", Guest, planning, "", false,
        false, false, {role_, phase_});
    row("notes: organisation-wide it shows", "notes", Guest, NoWedding, "", true, false, false,
        {role_});
    row("notes admin full access still hidden by phase", "notes", Admin, day, "full", false, false,
        false, {inherited, full, phase_});
}

void TestPermissionEngine::rules()
{
    QFETCH(QString, sectionKey);
    QFETCH(Role, role);
    QFETCH(int, phase);
    QFETCH(QString, access);
    QFETCH(bool, view);
    QFETCH(bool, edit);
    QFETCH(bool, hide);
    QFETCH(QStringList, viewRules);

    const EffectivePermission p = run(person(role, access), fixtures().value(sectionKey), phase);
    QCOMPARE(p.canView, view);
    QCOMPARE(p.canEdit, edit);
    QCOMPARE(p.canHide, hide);
    QCOMPARE(rulesFor(p, PermissionFlag::View), viewRules);
    if (phase == NoWedding)
        QVERIFY(!p.phase);
    else
        QCOMPARE(p.phase, std::optional<WeddingPhase>(static_cast<WeddingPhase>(phase)));
}

void TestPermissionEngine::wording_data()
{
    QTest::addColumn<SectionConfig>("config");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");

    const SectionConfig budget = fixtures().value(u"budget"_s);
    QTest::newRow("inherited")
        << fixtures().value(u"timeline"_s) << Role::Photographer << NoWedding << QString()
        << u"inherited_visibility"_s
        << u"photographer may view timeline: inherited from vendor's visibility"_s;
    QTest::newRow("phase")
        << budget << Role::Couple << int(WeddingPhase::WeddingDay) << u"full"_s
        << u"wedding_phase"_s
        << u"couple may not view budget: the section is shown only in planning and pre_wedding, and this wedding is in wedding_day"_s;
    QTest::newRow("coordinator edits")
        << section(u"guest_list"_s, {u"coordinator"_s}) << Role::Coordinator << NoWedding
        << QString() << u"coordinator_edits"_s
        << u"coordinator may edit guest_list: coordinators edit every section except billing and admin"_s;
    QTest::newRow("nothing grants view")
        << budget << Role::Guest << NoWedding << QString() << u"no_view_grant"_s
        << u"guest may not view budget: no rule grants it — visible to admin, coordinator"_s;
    QTest::newRow("canView grant")
        << fixtures().value(u"guest_list"_s) << Role::Guest << NoWedding << QString()
        << u"can_view_grant"_s
        << u"guest may view guest_list: the section's permissions grant guest view directly (canView)"_s;
    QTest::newRow("conditions deny")
        << fixtures().value(u"documents"_s) << Role::Vendor << NoWedding << QString()
        << u"visibility_conditions"_s
        << u"vendor may not view documents: the section needs at least couple, and vendor ranks below it"_s;
    QTest::newRow("edit needs view")
        << budget << Role::Guest << NoWedding << QString() << u"edit_requires_view"_s
        << u"guest may not edit budget: only people who can view a section may edit it"_s;
    QTest::newRow("coordinator and billing")
        << fixtures().value(u"billing"_s) << Role::Coordinator << NoWedding << QString()
        << u"no_edit_grant"_s
        << u"coordinator may not edit billing: coordinators edit every section except billing and admin, and the section's canEdit does not list coordinator"_s;
    QTest::newRow("hide")
        << fixtures().value(u"timeline"_s) << Role::Vendor << NoWedding << QString()
        << u"no_hide_grant"_s
        << u"vendor may not hide timeline: only the roles in the section's canHide (couple) may hide it"_s;
    QTest::newRow("capabilities")
        << fixtures().value(u"photos"_s) << Role::Photographer << int(WeddingPhase::WeddingDay)
        << QString() << u"section_conditions"_s
        << u"photographer on photos: can delete photos; can make wedding day changes; can upload photos; it is the wedding day; wedding phase wedding_day"_s;
}

void TestPermissionEngine::wording()
{
    QFETCH(SectionConfig, config);
    QFETCH(Role, role);
    QFETCH(int, phase);
    QFETCH(QString, access);
    QFETCH(QString, rule);
    QFETCH(QString, text);
    const EffectivePermission p = run(person(role, access), config, phase);
    QCOMPARE(textFor(p, rule), text);
}

void TestPermissionEngine::fastPathAgreesWithExplanation()
{
    // Every fixture x role (and no role) x phase x access level: the cheap evaluation gives
    // the same flags as the explained one, and the explanation's last word matches each flag.
    const PermissionEngine engine;
    const WeddingContext w = theWedding();
    QList<std::optional<Role>> roles {std::nullopt};
    for (Role r : allRoles())
        roles.append(r);
    int checked = 0;
    for (const SectionConfig &config : fixtures()) {
        const CompiledSection compiled(config);
        for (int phase = NoWedding; phase < WeddingPhaseCount; ++phase) {
            const EvaluationScope scope(phase == NoWedding ? nullptr : &w,
                                        momentIn(qMax(phase, 0)));
            for (const auto &role : roles) {
                for (const QString &access : {QString(), u"limited"_s, u"full"_s}) {
                    const UserProfile u = person(role, access);
                    const PermissionSubject subject(u, scope);
                    const EffectivePermission fast = engine.evaluate(subject, compiled, {false});
                    const EffectivePermission slow = engine.evaluate(subject, compiled, {true});
                    const QByteArray where = config.sectionType.toLatin1() + ' '
                        + QByteArray::number(phase) + ' '
                        + (role ? roleName(*role).toLatin1() : "none") + ' ' + access.toLatin1();
                    QVERIFY2(fast.explanation.isEmpty(), where.constData());
                    QVERIFY2(fast.canView == slow.canView, where.constData());
                    QVERIFY2(fast.canEdit == slow.canEdit, where.constData());
                    QVERIFY2(fast.canHide == slow.canHide, where.constData());
                    QVERIFY2(fast.conditions == slow.conditions, where.constData());
                    QVERIFY2(slow.reasonsFor(PermissionFlag::View).last().allows == slow.canView,
                             where.constData());
                    QVERIFY2(slow.reasonsFor(PermissionFlag::Edit).last().allows == slow.canEdit,
                             where.constData());
                    QVERIFY2(slow.reasonsFor(PermissionFlag::Hide).last().allows == slow.canHide,
                             where.constData());
                    QVERIFY2(slow.reasonsFor(PermissionFlag::Conditions).size() == 1,
                             where.constData());
                    for (const PermissionReason &r : slow.explanation)
                        QVERIFY2(!r.text.isEmpty() && !r.rule.isEmpty(), where.constData());
                    const EffectivePermission direct
                        = engine.evaluate(u, config, scope.wedding(), scope.at());
                    QVERIFY2(direct.explanation == slow.explanation, where.constData());
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, int(fixtures().size()) * 5 * 7 * 3);
}

void TestPermissionEngine::userWithoutRoleIsGuest()
{
    const EffectivePermission p
        = run(person(std::nullopt), fixtures().value(u"notes"_s), NoWedding);
    QVERIFY(p.canView);
    QCOMPARE(textFor(p, u"role_visibility"_s),
             u"guest may view notes: the section is visible to guest"_s);
    QVERIFY(!run(person(std::nullopt), fixtures().value(u"timeline"_s), NoWedding).canView);
    QCOMPARE(run(person(std::nullopt), fixtures().value(u"budget"_s), int(WeddingPhase::Planning))
                 .conditions,
             run(person(Role::Guest), fixtures().value(u"budget"_s), int(WeddingPhase::Planning))
                 .conditions);
}

void TestPermissionEngine::fullAccessOnlyForThisWedding()
{
    const SectionConfig budget = fixtures().value(u"budget"_s);
    UserProfile u = person(Role::Couple);
    u.weddingAccess.append({u"other-wedding"_s, u"full"_s});
    QVERIFY(!run(u, budget, int(WeddingPhase::Planning)).canView);
    u.weddingAccess.append({WeddingId, u"full"_s});
    QVERIFY(run(u, budget, int(WeddingPhase::Planning)).canView);
    // Without a wedding there is no wedding access to speak of.
    QVERIFY(!run(u, budget, NoWedding).canView);
}

void TestPermissionEngine::sydneyWeddingDayThroughEngine()
{
    const SectionConfig live
        = section(u"live_updates"_s, {u"couple"_s}, {}, {}, {}, QStringList {u"wedding_day"_s});
    const WeddingContext sydney {WeddingId, QDate(2026, 6, 14), QTimeZone("Australia/Sydney"), {}};
    const WeddingContext la {WeddingId, QDate(2026, 6, 14), QTimeZone("America/Los_Angeles"), {}};
    const PermissionEngine engine;
    const UserProfile couple = person(Role::Couple);
    const auto at = [](const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    };

    EffectivePermission p = engine.evaluate(couple, live, &sydney, at("2026-06-13T14:30:00Z"));
    QVERIFY(p.canView);
    QCOMPARE(p.phase, std::optional(WeddingPhase::WeddingDay));
    QCOMPARE(p.conditions.value(u"isWeddingDay").toBool(), true);

    p = engine.evaluate(couple, live, &la, at("2026-06-14T06:00:00Z"));
    QVERIFY(!p.canView);
    QCOMPARE(p.phase, std::optional(WeddingPhase::PreWedding));
    QCOMPARE(
        textFor(p, u"wedding_phase"_s),
        u"couple may not view live_updates: the section is shown only in wedding_day, and this wedding is in pre_wedding"_s);
}

void TestPermissionEngine::timeRestrictionUsesEvaluationMoment()
{
    const SectionConfig s = section(
        u"seating"_s, {u"guest"_s}, {}, {}, {}, std::nullopt,
        obj(R"({"timeRestriction": {"start": "2026-06-10T00:00:00Z", "end": "2026-06-20T00:00:00Z"}})"));
    const PermissionEngine engine;
    const UserProfile guest = person(Role::Guest);
    QVERIFY(!engine
                 .evaluate(guest, s, nullptr,
                           QDateTime(QDate(2026, 6, 9), QTime(23, 59), QTimeZone::utc()))
                 .canView);
    QVERIFY(engine
                .evaluate(guest, s, nullptr,
                          QDateTime(QDate(2026, 6, 10), QTime(0, 0), QTimeZone::utc()))
                .canView);
    QVERIFY(!engine
                 .evaluate(guest, s, nullptr,
                           QDateTime(QDate(2026, 6, 21), QTime(0, 0), QTimeZone::utc()))
                 .canView);

    // An unknown condition key hides the section even from admins, and says so.
    const SectionConfig odd = section(u"seating"_s, {u"admin"_s}, {}, {}, {}, std::nullopt,
                                      obj(R"({"onlyVip": true})"));
    const EffectivePermission p
        = engine.evaluate(person(Role::Admin), odd, nullptr, QDateTime::currentDateTimeUtc());
    QVERIFY(!p.canView);
    QVERIFY(!p.canEdit);
    QVERIFY(textFor(p, u"visibility_conditions"_s)
                .startsWith(
                    u"admin may not view seating: the unknown visibility condition \"onlyVip\""));
}

void TestPermissionEngine::sectionConditions_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QByteArray>("expected");
    using enum Role;
    const int day = int(WeddingPhase::WeddingDay), planning = int(WeddingPhase::Planning);
    auto row = [](const char *name, const char *type, Role role, int phase, const char *json) {
        QTest::newRow(name) << QString::fromLatin1(type) << role << phase << QByteArray(json);
    };
    row("timeline admin", "timeline", Admin, NoWedding,
        R"({"canModifyPastEvents":true,"canAddVendorTasks":true})");
    row("timeline coordinator", "timeline", Coordinator, NoWedding,
        R"({"canModifyPastEvents":false,"canAddVendorTasks":true})");
    row("budget couple", "budget", Couple, NoWedding,
        R"({"canViewFullBudget":true,"canEditBudgetCategories":false})");
    row("budget photographer", "budget", Photographer, NoWedding,
        R"({"canViewFullBudget":false,"canEditBudgetCategories":false})");
    row("guest_list couple", "guest_list", Couple, NoWedding,
        R"({"canViewGuestDetails":true,"canEditGuestInfo":false})");
    row("vendor_management couple", "vendor_management", Couple, NoWedding,
        R"({"canContactVendors":false,"canRateVendors":true})");
    row("photos photographer", "photos", Photographer, NoWedding,
        R"({"canUploadPhotos":true,"canDeletePhotos":true})");
    row("photos coordinator", "photos", Coordinator, NoWedding,
        R"({"canUploadPhotos":true,"canDeletePhotos":false})");
    row("documents couple", "documents", Couple, NoWedding,
        R"({"canUploadDocuments":true,"canViewPrivateDocuments":false})");
    row("other coordinator", "seating", Coordinator, NoWedding, R"({"canModify":true})");
    row("other vendor", "billing", Vendor, NoWedding, R"({"canModify":false})");
    row("wedding day photographer", "photos", Photographer, day,
        R"({"canUploadPhotos":true,"canDeletePhotos":true,"weddingPhase":"wedding_day","isWeddingDay":true,"canMakeWeddingDayChanges":true})");
    row("wedding day couple", "timeline", Couple, day,
        R"({"canModifyPastEvents":false,"canAddVendorTasks":false,"weddingPhase":"wedding_day","isWeddingDay":true,"canMakeWeddingDayChanges":false})");
    row("planning admin", "seating", Admin, planning,
        R"({"canModify":true,"weddingPhase":"planning","isWeddingDay":false,"canMakeWeddingDayChanges":false})");
}

void TestPermissionEngine::sectionConditions()
{
    QFETCH(QString, type);
    QFETCH(Role, role);
    QFETCH(int, phase);
    QFETCH(QByteArray, expected);
    const std::optional<WeddingPhase> ph
        = phase == NoWedding ? std::nullopt : std::optional(static_cast<WeddingPhase>(phase));
    const QJsonObject want = QJsonDocument::fromJson(expected).object();
    QCOMPARE(generateSectionConditions(type, role, ph), want);
    QCOMPARE(wedsync::sectionConditions(sectionKindOf(type), role, ph), want);
}

void TestPermissionEngine::conditionsAttachedToResult()
{
    // Conditions are computed for the role whether or not the section is visible, as in the seed.
    const EffectivePermission p
        = run(person(Role::Couple), fixtures().value(u"budget"_s), int(WeddingPhase::WeddingDay));
    QVERIFY(!p.canView);
    QCOMPARE(p.conditions.value(u"canViewFullBudget").toBool(), true);
    QCOMPARE(p.conditions.value(u"weddingPhase").toString(), u"wedding_day"_s);
    QVERIFY(!run(person(Role::Couple), fixtures().value(u"budget"_s), NoWedding)
                 .conditions.contains(u"weddingPhase"));
}

void TestPermissionEngine::compiledSectionCache()
{
    CompiledSectionCache cache;
    SectionConfig s = fixtures().value(u"timeline"_s);
    const CompiledSection *first = &cache.get(s);
    QCOMPARE(cache.get(s).sectionType(), u"timeline"_s);
    QCOMPARE(&cache.get(s), first);
    QCOMPARE(cache.size(), 1);

    const EvaluationScope scope(nullptr, QDateTime::currentDateTimeUtc());
    const UserProfile couple = person(Role::Couple);
    const PermissionSubject subject(couple, scope);
    QVERIFY(!PermissionEngine().evaluate(subject, cache.get(s)).canView);
    s.visibility.roles.append(u"couple"_s); // an edit to the same section id
    QVERIFY(!first->isCompiledFrom(s));
    QVERIFY(PermissionEngine().evaluate(subject, cache.get(s)).canView);
    QCOMPARE(cache.size(), 1);

    const QList<EffectivePermission> all = PermissionEngine().evaluateAll(
        subject, {CompiledSection(s), CompiledSection(fixtures().value(u"billing"_s))}, {false});
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(0).canView);
    QVERIFY(!all.at(1).canView);
}

// Each stage of evaluate decides its own flag and gives only its own reasons.
void TestPermissionEngine::stagesAlone()
{
    // Photos are shown to photographers on the wedding day and after; a planning-phase look.
    const CompiledSection photos(fixtures().value(u"photos"_s));
    const WeddingContext wedding = theWedding();
    const EvaluationScope planning(&wedding, momentIn(int(WeddingPhase::Planning)));
    const UserProfile photographer = person(Role::Photographer);
    const PermissionSubject subject(photographer, planning);

    EffectivePermission granted;
    QVERIFY(PermissionEngine::grantedView(subject, photos, &granted));
    QCOMPARE(rulesFor(granted, PermissionFlag::View), QStringList {u"role_visibility"_s});

    EffectivePermission restricted;
    QVERIFY(!PermissionEngine::restrictedView(subject, photos, true, &restricted));
    QCOMPARE(rulesFor(restricted, PermissionFlag::View), QStringList {u"wedding_phase"_s});
    QVERIFY(restricted.reasonsFor(PermissionFlag::Edit).isEmpty());

    EffectivePermission ungranted;
    QVERIFY(!PermissionEngine::restrictedView(subject, photos, false, &ungranted));
    QCOMPARE(rulesFor(ungranted, PermissionFlag::View), QStringList {u"no_view_grant"_s});

    EffectivePermission edit;
    QVERIFY(!PermissionEngine::grantedEdit(subject, photos, false, &edit));
    QCOMPARE(rulesFor(edit, PermissionFlag::Edit), QStringList {u"edit_requires_view"_s});
    const UserProfile admin = person(Role::Admin);
    const PermissionSubject adminSubject(admin, planning);
    QVERIFY(PermissionEngine::grantedEdit(adminSubject, photos, true, &edit));

    EffectivePermission hide;
    QVERIFY(!PermissionEngine::grantedHide(subject, photos, &hide));
    QCOMPARE(rulesFor(hide, PermissionFlag::Hide), QStringList {u"no_hide_grant"_s});

    EffectivePermission conditions;
    PermissionEngine::addConditions(subject, photos, &conditions, {false});
    QVERIFY(conditions.phase == WeddingPhase::Planning);
    QVERIFY(!conditions.conditions.isEmpty());
    QVERIFY(conditions.explanation.isEmpty()); // explain off: no reasons

    // Together they are evaluate.
    const EffectivePermission whole = PermissionEngine().evaluate(subject, photos);
    QCOMPARE(whole.canView, false);
    QCOMPARE(whole.conditions, conditions.conditions);
}

QTEST_GUILESS_MAIN(TestPermissionEngine)
#include "tst_permissionengine.moc"
