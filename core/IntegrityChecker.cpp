// Integrity rules over sections and permission records: the seed's checks and our own lint.
#include "IntegrityChecker.h"

#include "GridPacking.h"
#include "RoleHierarchy.h"
#include "SectionNames.h"
#include "WeddingPhase.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// ---- Wording helpers -------------------------------------------------------------------

QString sectionName(const SectionConfig &section)
{
    return sectionDisplayName(section);
}

QString userName(const UserPermissionRecord &user)
{
    return user.displayName.trimmed().isEmpty() ? user.userId : user.displayName.trimmed();
}

// "a, b and c" in the user's language.
QString joinNames(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}

IntegrityFinding sectionFinding(IntegritySeverity severity, QStringView rule,
                                const SectionConfig &section, QString message,
                                std::optional<Role> role = std::nullopt)
{
    return {severity,   rule.toString(),     IntegritySubject::Section,
            section.id, section.sectionType, std::move(message),
            role};
}

IntegrityFinding userFinding(IntegritySeverity severity, QStringView rule,
                             const UserPermissionRecord &user, QString message)
{
    return {severity,    rule.toString(), IntegritySubject::User,
            user.userId, QString(),       std::move(message)};
}

// ---- Role-level view ----------------------------------------------------------------------

bool lists(const QStringList &names, Role role)
{
    return names.contains(roleName(role));
}

enum class ViewRoute : quint8 { None, Direct, Inherited, Grant };

struct RoleView
{
    ViewRoute route = ViewRoute::None;
    std::optional<Role> via; // the role whose visibility is inherited
};

// Whether every holder of `role` sees `section` from role rules alone, in PermissionEngine's
// order: visibility.roles, inherited visibility, then a direct permissions.canView grant.
// Wedding access, phases and conditions depend on the person and the day, so they are left out.
RoleView roleView(Role role, const SectionConfig &section)
{
    if (lists(section.visibility.roles, role))
        return {ViewRoute::Direct, std::nullopt};
    if (const auto from = closestInheritedRole(role, roleMaskFromNames(section.visibility.roles)))
        return {ViewRoute::Inherited, from};
    if (lists(section.permissions.canView, role))
        return {ViewRoute::Grant, std::nullopt};
    return {};
}

bool roleCanView(Role role, const SectionConfig &section)
{
    return roleView(role, section).route != ViewRoute::None;
}

// ---- Seed: configuration integrity --------------------------------------------------------

// The dashboard a section belongs to: one per organization, one per wedding.
QString contextKey(const SectionConfig &section)
{
    return section.organizationId + u'/' + section.weddingId;
}

// Sections grouped by dashboard, each group in layout order (position, then id so that the
// order is stable whatever order the database returned).
QList<QList<const SectionConfig *>> sectionsByContext(const QList<SectionConfig> &sections)
{
    QList<QList<const SectionConfig *>> groups;
    QHash<QString, qsizetype> index;
    for (const SectionConfig &section : sections) {
        const QString key = contextKey(section);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, groups.size());
            groups.emplaceBack();
        }
        groups[*it].append(&section);
    }
    for (auto &group : groups) {
        std::stable_sort(group.begin(), group.end(), [](const auto *a, const auto *b) {
            if (a->layout.position != b->layout.position)
                return a->layout.position < b->layout.position;
            return a->id < b->id;
        });
    }
    return groups;
}

void checkDuplicatePositions(const QList<QList<const SectionConfig *>> &groups,
                             QList<IntegrityFinding> &out)
{
    for (const auto &group : groups) {
        for (const SectionConfig *section : group) {
            QStringList others;
            for (const SectionConfig *other : group) {
                if (other != section && other->layout.position == section->layout.position)
                    others.append(sectionName(*other));
            }
            if (others.isEmpty())
                continue;
            out.append(sectionFinding(
                IntegritySeverity::Error, IntegrityRule::DuplicatePosition, *section,
                QCoreApplication::translate(
                    "wedsync::IntegrityChecker",
                    "%1 is at position %2 together with %3 on the same dashboard; "
                    "give each section its own position.")
                    .arg(sectionName(*section), QString::number(section->layout.position),
                         joinNames(others))));
        }
    }
}

void checkRoleNames(const SectionConfig &section, QList<IntegrityFinding> &out)
{
    // The seed only checked visibility.roles; a typo in a permission list is as silent a
    // mistake (the grant never applies), so every role list is checked.
    QStringList unknown;
    for (const QStringList *names : {&section.visibility.roles, &section.permissions.canView,
                                     &section.permissions.canEdit, &section.permissions.canHide}) {
        for (const QString &name : *names) {
            const QString quoted = u'"' + name + u'"';
            if (!roleFromName(name) && !unknown.contains(quoted))
                unknown.append(quoted);
        }
    }
    if (unknown.isEmpty())
        return;
    QStringList valid;
    for (const Role role : allRoles())
        valid.prepend(roleName(role));
    out.append(sectionFinding(
        IntegritySeverity::Warning, IntegrityRule::InvalidRole, section,
        QCoreApplication::translate("wedsync::IntegrityChecker",
                                    "%1 names roles that do not exist: %2. Valid roles are %3.")
            .arg(sectionName(section), joinNames(unknown), joinNames(valid))));
}

void checkWedding(const SectionConfig &section, const QSet<QString> &weddingIds,
                  QList<IntegrityFinding> &out)
{
    if (!section.isWeddingSpecific() || weddingIds.contains(section.weddingId))
        return;
    out.append(sectionFinding(
        IntegritySeverity::Error, IntegrityRule::UnknownWedding, section,
        QCoreApplication::translate("wedsync::IntegrityChecker",
                                    "%1 belongs to wedding %2, which does not exist; "
                                    "delete the section or move it to an existing wedding.")
            .arg(sectionName(section), section.weddingId)));
}

// ---- Lint: who may do what ---------------------------------------------------------------

QString escalationRoute(const RoleView &view)
{
    switch (view.route) {
    case ViewRoute::Grant:
        return QCoreApplication::translate("wedsync::IntegrityChecker",
                                           "they see it only through an extra view permission");
    case ViewRoute::Inherited:
        return QCoreApplication::translate("wedsync::IntegrityChecker",
                                           "they see it only through the role hierarchy (as %1)")
            .arg(roleDisplayName(*view.via));
    case ViewRoute::None:
    case ViewRoute::Direct:
        break;
    }
    return QCoreApplication::translate(
        "wedsync::IntegrityChecker",
        "only those with full access to a wedding see it, and they can then edit it");
}

void checkGrants(const SectionConfig &section, QList<IntegrityFinding> &out)
{
    const QString name = sectionName(section);
    for (const Role role : allRoles()) {
        const RoleView view = roleView(role, section);
        const bool edits = lists(section.permissions.canEdit, role);
        // Guests and vendors are outsiders: an edit they reach without being shown the
        // section directly is more likely an accident than a decision, and it is live for
        // anyone with full wedding access even when no role rule lets them view.
        const bool outsider = role == Role::Guest || role == Role::Vendor;
        if (edits && outsider && view.route != ViewRoute::Direct) {
            out.append(sectionFinding(
                IntegritySeverity::Warning, IntegrityRule::EditEscalation, section,
                QCoreApplication::translate(
                    "wedsync::IntegrityChecker",
                    "The %1 role can edit %2 although %2 is not shown to %1 directly: "
                    "%3. Show %2 to %1 on purpose or remove the edit permission.")
                    .arg(roleDisplayName(role), name, escalationRoute(view)),
                role));
        } else if (edits && view.route == ViewRoute::None) {
            out.append(sectionFinding(
                IntegritySeverity::Warning, IntegrityRule::EditWithoutView, section,
                QCoreApplication::translate("wedsync::IntegrityChecker",
                                            "The %1 role may edit %2 but cannot see it; "
                                            "let %1 view it or remove the edit permission.")
                    .arg(roleDisplayName(role), name),
                role));
        }
        if (lists(section.permissions.canHide, role) && view.route == ViewRoute::None) {
            out.append(sectionFinding(
                IntegritySeverity::Warning, IntegrityRule::HideWithoutView, section,
                QCoreApplication::translate("wedsync::IntegrityChecker",
                                            "The %1 role may hide %2 but cannot see it; "
                                            "let %1 view it or remove the hide permission.")
                    .arg(roleDisplayName(role), name),
                role));
        }
    }
}

// ---- Lint: when anyone sees it -------------------------------------------------------------

void checkVisibility(const SectionConfig &section, QList<IntegrityFinding> &out)
{
    const QString name = sectionName(section);
    const SectionVisibility &visibility = section.visibility;
    QList<WeddingPhase> shown;
    for (const QString &phaseName : visibility.weddingPhases) {
        const auto phase = weddingPhaseFromName(phaseName);
        if (phase && !shown.contains(*phase))
            shown.append(*phase);
    }
    const bool phaseListPresent
        = visibility.hasWeddingPhases || !visibility.weddingPhases.isEmpty();
    if (phaseListPresent && shown.isEmpty()) {
        const QString message = visibility.weddingPhases.isEmpty()
            ? QCoreApplication::translate("wedsync::IntegrityChecker",
                                          "Nobody ever sees %1: its list of wedding phases is "
                                          "empty. Add the phases it belongs to, or remove "
                                          "the list to show it in every phase.")
                  .arg(name)
            : QCoreApplication::translate("wedsync::IntegrityChecker",
                                          "Nobody ever sees %1: its wedding phases (%2) name "
                                          "no real phase.")
                  .arg(name, joinNames(visibility.weddingPhases));
        out.append(sectionFinding(IntegritySeverity::Error, IntegrityRule::NeverVisible, section,
                                  message));
        return;
    }

    const bool anyRole = std::any_of(allRoles().cbegin(), allRoles().cend(),
                                     [&](Role role) { return roleCanView(role, section); });
    if (!anyRole) {
        out.append(sectionFinding(
            IntegritySeverity::Warning, IntegrityRule::NoRoleCanView, section,
            QCoreApplication::translate("wedsync::IntegrityChecker",
                                        "No role can see %1: it is shown to no role and no "
                                        "role has a view permission, so only people with full "
                                        "access to a wedding see it.")
                .arg(name)));
        return; // a phase gap says nothing more about a section nobody sees anyway
    }

    if (!phaseListPresent)
        return;
    QStringList hiddenIn;
    for (const WeddingPhase phase : allWeddingPhases()) {
        if (!shown.contains(phase))
            hiddenIn.append(weddingPhaseDisplayName(phase));
    }
    if (hiddenIn.isEmpty())
        return;
    // Often deliberate (a wedding-day run sheet), hence information rather than a warning.
    out.append(
        sectionFinding(IntegritySeverity::Info, IntegrityRule::PhaseHidden, section,
                       QCoreApplication::translate("wedsync::IntegrityChecker",
                                                   "Nobody sees %1 in these wedding phases: %2.")
                           .arg(name, joinNames(hiddenIn))));
}

// ---- Lint: the 12-column grid ---------------------------------------------------------------

QString columnRange(int first, int last)
{
    if (first == last)
        return QCoreApplication::translate("wedsync::IntegrityChecker", "column %1").arg(first);
    return QCoreApplication::translate("wedsync::IntegrityChecker", "columns %1–%2")
        .arg(QString::number(first), QString::number(last));
}

// The grid as the layout editor draws it: GridPacking's rule, so that the two never disagree.
// Tiles overlap only where they share a position; a span outside 1..12 is packed clamped.
void checkGrid(const QList<const SectionConfig *> &group, QList<IntegrityFinding> &out)
{
    QList<GridTile> tiles;
    tiles.reserve(group.size());
    for (const SectionConfig *section : group)
        tiles.append(gridTileOf(*section));
    const GridLayout layout = packGrid(tiles);
    const auto sectionOf = [&](qsizetype placed) -> const SectionConfig & {
        return *group.at(layout.tiles.at(placed).source);
    };
    qsizetype nextOverlap = 0;
    for (qsizetype i = 0; i < layout.tiles.size(); ++i) {
        const PlacedTile &tile = layout.tiles.at(i);
        const SectionConfig &section = sectionOf(i);
        const int span = tile.declaredColumns;
        if (span > GridColumns) {
            out.append(sectionFinding(
                IntegritySeverity::Error, IntegrityRule::TileSpanInvalid, section,
                QCoreApplication::translate("wedsync::IntegrityChecker",
                                            "%1 is %2 columns wide but a row has only "
                                            "12; it spills past column 12 on row %3.")
                    .arg(sectionName(section), QString::number(span),
                         QString::number(tile.rect.row))));
        } else if (span < 1) {
            out.append(sectionFinding(
                IntegritySeverity::Error, IntegrityRule::TileSpanInvalid, section,
                QCoreApplication::translate("wedsync::IntegrityChecker",
                                            "%1 is %2 columns wide; a section needs 1 "
                                            "to 12 columns.")
                    .arg(sectionName(section), QString::number(span))));
        }
        // Overlaps come grouped by their later tile, in tile order.
        for (; nextOverlap < layout.overlaps.size() && layout.overlaps.at(nextOverlap).second == i;
             ++nextOverlap) {
            const GridOverlap &overlap = layout.overlaps.at(nextOverlap);
            // A warning: the duplicate_position error already makes the report invalid;
            // this one tells the planner where on the dashboard it shows.
            out.append(sectionFinding(
                IntegritySeverity::Warning, IntegrityRule::TileOverlap, section,
                QCoreApplication::translate("wedsync::IntegrityChecker",
                                            "%1 and %2 overlap at row %3, %4.")
                    .arg(sectionName(sectionOf(overlap.first)), sectionName(section),
                         QString::number(overlap.area.row),
                         columnRange(overlap.area.column, overlap.area.lastColumn()))));
        }
    }
}

// ---- Seed: permission integrity -----------------------------------------------------------

QStringList displayTypes(const QStringList &types)
{
    QStringList names;
    for (const QString &type : types)
        names.append(sectionTypeDisplayName(type));
    return names;
}

void checkUser(const UserPermissionRecord &user, QList<IntegrityFinding> &out)
{
    QStringList held;
    for (const QString &type : user.sectionTypes) {
        if (!held.contains(type))
            held.append(type);
    }
    if (!user.role) {
        // Like the seed: a person without any permission is not a finding.
        if (held.isEmpty())
            return;
        out.append(userFinding(
            IntegritySeverity::Error, IntegrityRule::UserWithoutRole, user,
            QCoreApplication::translate("wedsync::IntegrityChecker",
                                        "%1 holds permissions on sections but has no role in the "
                                        "organization; give them a role or remove the permissions.")
                .arg(userName(user))));
        return;
    }
    const Role role = *user.role;

    QStringList restricted;
    for (const QString &type : restrictedSectionsForRole(role)) {
        if (held.contains(type))
            restricted.append(type);
    }
    if (!restricted.isEmpty()) {
        out.append(userFinding(
            IntegritySeverity::Warning, IntegrityRule::RestrictedSection, user,
            QCoreApplication::translate("wedsync::IntegrityChecker",
                                        "%1 (%2) holds permissions on sections the %2 role should "
                                        "not access: %3.")
                .arg(userName(user), roleDisplayName(role), joinNames(displayTypes(restricted)))));
    }

    QStringList missing;
    for (const QString &type : requiredSectionsForRole(role)) {
        if (!held.contains(type))
            missing.append(type);
    }
    if (!missing.isEmpty()) {
        out.append(userFinding(
            IntegritySeverity::Error, IntegrityRule::MissingRequiredSection, user,
            QCoreApplication::translate("wedsync::IntegrityChecker",
                                        "%1 (%2) is missing sections every %2 needs: %3.")
                .arg(userName(user), roleDisplayName(role), joinNames(displayTypes(missing)))));
    }
}

// ---- Seed tables per role (the permission matrix) -----------------------------------------

void checkRestrictedForRole(Role role, const QList<SectionConfig> &sections,
                            QList<IntegrityFinding> &out)
{
    const QStringList restricted = restrictedSectionsForRole(role);
    if (restricted.isEmpty())
        return;
    for (const SectionConfig &section : sections) {
        if (!restricted.contains(section.sectionType) || !roleCanView(role, section))
            continue;
        out.append(sectionFinding(
            IntegritySeverity::Warning, IntegrityRule::RestrictedSection, section,
            QCoreApplication::translate("wedsync::IntegrityChecker",
                                        "The %1 role can see %2, a section the %1 role should not "
                                        "access; stop showing it to %1.")
                .arg(roleDisplayName(role), sectionName(section)),
            role));
    }
}

void checkRequiredForRole(Role role, const QList<SectionConfig> &sections,
                          const QList<SectionConfig> &context, QList<IntegrityFinding> &out)
{
    for (const QString &type : requiredSectionsForRole(role)) {
        const SectionConfig *candidate = nullptr; // a checked section of that type to point at
        bool seen = false;
        for (const QList<SectionConfig> *list : {&sections, &context}) {
            for (const SectionConfig &section : *list) {
                if (section.sectionType != type)
                    continue;
                if (roleCanView(role, section)) {
                    seen = true;
                    break;
                }
                if (!candidate && list == &sections)
                    candidate = &section;
            }
            if (seen)
                break;
        }
        if (seen)
            continue;
        if (candidate) {
            out.append(sectionFinding(
                IntegritySeverity::Error, IntegrityRule::MissingRequiredSection, *candidate,
                QCoreApplication::translate("wedsync::IntegrityChecker",
                                            "The %1 role cannot see %2, which every %1 needs; "
                                            "let %1 view it.")
                    .arg(roleDisplayName(role), sectionName(*candidate)),
                role));
            continue;
        }
        out.append(
            {IntegritySeverity::Error, IntegrityRule::MissingRequiredSection.toString(),
             IntegritySubject::Role, roleName(role), type,
             QCoreApplication::translate("wedsync::IntegrityChecker",
                                         "The %1 role sees no %2 section, which every %1 "
                                         "needs; add one to this dashboard or show it to %1.")
                 .arg(roleDisplayName(role), sectionTypeDisplayName(type)),
             role});
    }
}

} // namespace

// ---- Public --------------------------------------------------------------------------------

QStringList restrictedSectionsForRole(Role role)
{
    switch (role) {
    case Role::Guest:
        return {u"admin"_s, u"billing"_s, u"vendor_management"_s, u"budget"_s};
    case Role::Vendor:
        return {u"admin"_s, u"billing"_s, u"guest_list"_s};
    case Role::Couple:
        return {u"admin"_s};
    case Role::Photographer:
        return {u"admin"_s, u"billing"_s};
    case Role::Coordinator:
    case Role::Admin:
        return {};
    }
    return {};
}

QStringList requiredSectionsForRole(Role role)
{
    switch (role) {
    case Role::Guest:
        return {u"timeline"_s, u"photos"_s};
    case Role::Vendor:
        return {u"timeline"_s, u"documents"_s};
    case Role::Couple:
        return {u"timeline"_s, u"budget"_s, u"guest_list"_s, u"photos"_s};
    case Role::Photographer:
        return {u"timeline"_s, u"photos"_s, u"documents"_s};
    case Role::Coordinator:
        return {u"timeline"_s, u"vendor_management"_s, u"guest_list"_s, u"budget"_s};
    case Role::Admin:
        return {u"dashboard"_s, u"admin"_s, u"billing"_s};
    }
    return {};
}

QStringList seedSectionTypes()
{
    QStringList out;
    for (const Role role : allRoles()) {
        for (const QString &type :
             requiredSectionsForRole(role) + restrictedSectionsForRole(role)) {
            if (!out.contains(type))
                out.append(type);
        }
    }
    out.sort();
    return out;
}

IntegrityReport IntegrityReport::fromFindings(QList<IntegrityFinding> findings)
{
    // Stable: findings about one subject keep the order the rules produced them in.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const IntegrityFinding &a, const IntegrityFinding &b) {
                         return std::tie(a.severity, a.subjectKind, a.sectionType, a.subjectId)
                             < std::tie(b.severity, b.subjectKind, b.sectionType, b.subjectId);
                     });
    IntegrityReport report;
    report.valid = std::none_of(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.severity == IntegritySeverity::Error;
    });
    report.findings = std::move(findings);
    return report;
}

qsizetype IntegrityReport::count(IntegritySeverity severity) const
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [severity](const auto &f) { return f.severity == severity; });
}

QList<IntegrityFinding> IntegrityChecker::checkSections(const QList<SectionConfig> &sections,
                                                        const QSet<QString> &weddingIds) const
{
    QList<IntegrityFinding> out;
    const auto groups = sectionsByContext(sections);
    checkDuplicatePositions(groups, out);
    for (const SectionConfig &section : sections) {
        checkRoleNames(section, out);
        checkWedding(section, weddingIds, out);
        checkGrants(section, out);
        checkVisibility(section, out);
    }
    for (const auto &group : groups)
        checkGrid(group, out);
    return out;
}

QList<IntegrityFinding>
IntegrityChecker::checkSectionPermissions(const SectionConfig &section) const
{
    QList<IntegrityFinding> out;
    checkRoleNames(section, out);
    checkGrants(section, out);
    checkVisibility(section, out);
    return out;
}

QList<IntegrityFinding>
IntegrityChecker::checkRoleSections(const QList<SectionConfig> &sections,
                                    const QList<SectionConfig> &context) const
{
    QList<IntegrityFinding> out;
    for (const Role role : allRoles()) {
        checkRestrictedForRole(role, sections, out);
        checkRequiredForRole(role, sections, context, out);
    }
    return out;
}

QList<IntegrityFinding> IntegrityChecker::checkUsers(const QList<UserPermissionRecord> &users) const
{
    QList<IntegrityFinding> out;
    for (const UserPermissionRecord &user : users)
        checkUser(user, out);
    return out;
}

IntegrityReport IntegrityChecker::check(const IntegrityInput &input) const
{
    QList<IntegrityFinding> findings = checkSections(input.sections, input.weddingIds);
    findings.append(checkUsers(input.users));
    return IntegrityReport::fromFindings(std::move(findings));
}

} // namespace wedsync
