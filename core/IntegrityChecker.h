#pragma once
// Finds what is wrong or risky in an organization's section configuration and permissions.

#include "Role.h"
#include "SectionConfig.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wedsync {

// Declared in report order: errors first.
enum class IntegritySeverity : quint8 { Error, Warning, Info };

// A finding is about a section, a person, or a role as a whole (the matrix's per-role tables).
enum class IntegritySubject : quint8 { Section, User, Role };

// Stable rule codes (snake_case): clients filter and the UI links help by them.
namespace IntegrityRule {
// From the seed's validateConfigurationIntegrity.
inline constexpr QStringView DuplicatePosition = u"duplicate_position";
inline constexpr QStringView InvalidRole = u"invalid_role";
inline constexpr QStringView UnknownWedding = u"unknown_wedding";
// From the seed's validatePermissionIntegrity.
inline constexpr QStringView UserWithoutRole = u"user_without_role";
inline constexpr QStringView RestrictedSection = u"restricted_section";
inline constexpr QStringView MissingRequiredSection = u"missing_required_section";
// Our own lint rules.
inline constexpr QStringView EditWithoutView = u"edit_without_view";
inline constexpr QStringView HideWithoutView = u"hide_without_view";
inline constexpr QStringView EditEscalation = u"edit_escalation";
inline constexpr QStringView NoRoleCanView = u"no_role_can_view";
inline constexpr QStringView PhaseHidden = u"phase_hidden";
inline constexpr QStringView NeverVisible = u"never_visible";
inline constexpr QStringView TileOverlap = u"tile_overlap";
inline constexpr QStringView TileSpanInvalid = u"tile_span_invalid";
} // namespace IntegrityRule

struct IntegrityFinding
{
    IntegritySeverity severity = IntegritySeverity::Error;
    QString rule; // one of IntegrityRule
    IntegritySubject subjectKind = IntegritySubject::Section;
    QString subjectId; // section id, user id, or role wire name
    QString sectionType; // for display (a role's finding: the type it concerns); empty for a user
    QString message; // translated sentence a planner can act on
    // The matrix column the finding is about, with subjectId its row: set for the findings of
    // role rules on a section (edit or hide without view, escalation, the per-role tables).
    std::optional<Role> role = std::nullopt;
    friend bool operator==(const IntegrityFinding &, const IntegrityFinding &) = default;
};

struct IntegrityReport
{
    bool valid = true; // no finding is an error
    QList<IntegrityFinding> findings; // by severity, then subject kind, section type, id

    // Builds a report from findings in any order: sorts them and derives `valid`.
    static IntegrityReport fromFindings(QList<IntegrityFinding> findings);
    qsizetype count(IntegritySeverity severity) const;
    friend bool operator==(const IntegrityReport &, const IntegrityReport &) = default;
};

// The sections one person holds permissions on, as the permissions table stores them.
struct UserPermissionRecord
{
    QString userId;
    QString displayName; // for messages; the id is used when empty
    std::optional<Role> role; // none: the person has no role in the organization
    QStringList sectionTypes;
    friend bool operator==(const UserPermissionRecord &, const UserPermissionRecord &) = default;
};

struct IntegrityInput
{
    QList<SectionConfig> sections; // the organization's sections (any weddings, or none)
    QSet<QString> weddingIds; // weddings that exist
    QList<UserPermissionRecord> users;
};

// The seed's per-role section tables, as section types.
QStringList restrictedSectionsForRole(Role role);
QStringList requiredSectionsForRole(Role role);
// Every section type those tables name (the seed's types), in alphabetical order.
QStringList seedSectionTypes();

class IntegrityChecker
{
public:
    IntegrityReport check(const IntegrityInput &input) const;

    // The two halves, unsorted, for callers that hold only part of the data.
    QList<IntegrityFinding> checkSections(const QList<SectionConfig> &sections,
                                          const QSet<QString> &weddingIds) const;
    QList<IntegrityFinding> checkUsers(const QList<UserPermissionRecord> &users) const;

    // The checks of one section's permissions alone (role names, grants, visibility), without
    // the layout and wedding checks that look at other sections: what a permission edit can
    // change, cheap enough to run on every toggle.
    QList<IntegrityFinding> checkSectionPermissions(const SectionConfig &section) const;
    // The seed's restricted and required section tables per role rather than per person: a role
    // that sees a section restricted for it (on that section's cell), and a role that sees no
    // section of a type it needs (on that section's cell when `sections` has one, else on the
    // role). `context` holds sections the role also sees but that are not being checked (the
    // organization's sections when `sections` are one wedding's).
    QList<IntegrityFinding> checkRoleSections(const QList<SectionConfig> &sections,
                                              const QList<SectionConfig> &context = {}) const;
};

} // namespace wedsync
