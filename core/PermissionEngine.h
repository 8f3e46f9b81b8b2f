#pragma once
// Effective canView / canEdit / canHide of one person on one section, with the reasons why.

#include "Role.h"
#include "RoleHierarchy.h"
#include "SectionConditions.h"
#include "SectionConfig.h"
#include "VisibilityConditions.h"
#include "WeddingPhase.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <QHash>

#include <array>
#include <optional>

namespace wedsync {

struct WeddingAccess
{
    QString weddingId;
    QString accessLevel; // "full" grants view on every section of that wedding
    friend bool operator==(const WeddingAccess &, const WeddingAccess &) = default;
};

// The person a permission is computed for, within one organization.
struct UserProfile
{
    QString userId;
    QString organizationId;
    QString displayName;
    std::optional<Role> role; // no membership role: treated as guest, as the seed does
    QList<WeddingAccess> weddingAccess;
    QJsonObject customFields;

    Role effectiveRole() const { return role.value_or(Role::Guest); }
    friend bool operator==(const UserProfile &, const UserProfile &) = default;
};

// The wedding a dashboard is shown for.
struct WeddingContext
{
    QString weddingId;
    QDate date; // the calendar date of the wedding in `timeZone`
    QTimeZone timeZone; // IANA zone of the venue
    QString status;
    friend bool operator==(const WeddingContext &, const WeddingContext &) = default;
};

enum class PermissionFlag : quint8 { View, Edit, Hide, Conditions };

// One rule that fired while deciding a flag, in the order the engine applied it.
struct PermissionReason
{
    PermissionFlag flag;
    bool allows; // the flag's value after this rule
    QString rule; // stable id, e.g. "role_visibility", "inherited_visibility", "wedding_phase"
    QString
        text; // for a planner: "photographer may view timeline: inherited from vendor's visibility"
    friend bool operator==(const PermissionReason &, const PermissionReason &) = default;
};

struct EffectivePermission
{
    bool canView = false;
    bool canEdit = false;
    bool canHide = false;
    QJsonObject conditions; // the seed's generateSectionConditions result
    std::optional<WeddingPhase> phase;
    QList<PermissionReason> explanation;

    QList<PermissionReason> reasonsFor(PermissionFlag flag) const;
};

struct EvaluationOptions
{
    // Building the explanation costs text formatting per rule; bulk sync jobs turn it off.
    bool explain = true;
};

// A section with its role lists parsed into bitmasks and its conditions compiled, so that
// evaluating it for many people costs no string work. Build once per section version.
class CompiledSection
{
public:
    CompiledSection() = default;
    explicit CompiledSection(const SectionConfig &section);

    const QString &sectionType() const { return m_sectionType; }
    SectionKind kind() const { return m_kind; }
    const CompiledConditions &conditions() const { return m_conditions; }
    // The role lists as masks: visibility.roles, permissions.canView / canEdit / canHide.
    RoleMask visibleTo() const { return m_visibleTo; }
    RoleMask canViewMask() const { return m_canView; }
    RoleMask canEditMask() const { return m_canEdit; }
    RoleMask canHideMask() const { return m_canHide; }
    // True when `section` has the same rule-bearing fields as the one this was built from.
    bool isCompiledFrom(const SectionConfig &section) const;

private:
    friend class PermissionEngine;

    QString m_sectionType;
    SectionKind m_kind = SectionKind::Other;
    bool m_coordinatorMayNotEdit = false; // billing and admin sections
    RoleMask m_visibleTo = 0; // visibility.roles
    RoleMask m_canView = 0;
    RoleMask m_canEdit = 0;
    RoleMask m_canHide = 0;
    bool m_hasPhases = false;
    quint8 m_phaseMask = 0; // bit = WeddingPhase value
    CompiledConditions m_conditions;
    // The source, kept (implicitly shared) for isCompiledFrom and the explanation texts.
    SectionVisibility m_visibility;
    SectionPermissions m_permissions;
};

// Compiled sections by section id, rebuilt when a section's rules change. Not thread-safe:
// give each thread its own cache.
class CompiledSectionCache
{
public:
    const CompiledSection &get(const SectionConfig &section);
    void clear() { m_sections.clear(); }
    qsizetype size() const { return m_sections.size(); }

private:
    QHash<QString, CompiledSection> m_sections;
};

// Where and when permissions are evaluated: the wedding (or none) and the moment, with the
// wedding phase computed once for everybody.
class EvaluationScope
{
public:
    EvaluationScope(const WeddingContext *wedding, const QDateTime &at);

    const WeddingContext *wedding() const { return m_wedding ? &*m_wedding : nullptr; }
    const QDateTime &at() const { return m_at; }
    std::optional<WeddingPhase> phase() const { return m_phase; }

private:
    std::optional<WeddingContext> m_wedding;
    QDateTime m_at;
    std::optional<WeddingPhase> m_phase;
};

// One person within a scope, prepared once: effective role, inherited roles, wedding access.
// Keeps references: `user` and `scope` must outlive it. Use a subject from one thread at a time.
class PermissionSubject
{
public:
    PermissionSubject(const UserProfile &user, const EvaluationScope &scope);

    const UserProfile &user() const { return *m_user; }
    const EvaluationScope &scope() const { return *m_scope; }
    Role role() const { return m_role; }

private:
    friend class PermissionEngine;

    const UserProfile *m_user;
    const EvaluationScope *m_scope;
    Role m_role;
    RoleMask m_roleBit;
    RoleMask m_inherited;
    bool m_fullWeddingAccess = false;
    ConditionSubject m_conditionSubject;
    // Explanation text of the section conditions per section kind, built on first use: the
    // same for all of this person's sections of a kind. This is why a subject must not be
    // shared between threads.
    mutable std::array<QString, SectionKindCount> m_capabilityText;
};

class PermissionEngine
{
public:
    // `wedding` is null for an organization-wide view (no phase or wedding-access rules apply).
    // `at` is the moment of evaluation (time restrictions, wedding phase).
    // Always builds the explanation.
    EffectivePermission evaluate(const UserProfile &user, const SectionConfig &section,
                                 const WeddingContext *wedding, const QDateTime &at) const;

    // The fast path for many people and sections: prepare scope, subjects and sections once.
    EffectivePermission evaluate(const PermissionSubject &subject, const CompiledSection &section,
                                 EvaluationOptions options = {}) const;

    // Every section for one person, in the order given.
    QList<EffectivePermission> evaluateAll(const PermissionSubject &subject,
                                           const QList<CompiledSection> &sections,
                                           EvaluationOptions options = {}) const;

    // The five stages of evaluate, in its order, each usable alone. Each records its reasons
    // in `out->explanation` when options.explain is set.
    // 1. Whether a grant gives view: visibility (own or inherited), canView, full wedding access.
    static bool grantedView(const PermissionSubject &subject, const CompiledSection &section,
                            EffectivePermission *out, EvaluationOptions options = {});
    // 2. Whether a granted view survives the wedding phase and the visibility conditions
    // (without a grant: false, and who may view).
    static bool restrictedView(const PermissionSubject &subject, const CompiledSection &section,
                               bool granted, EffectivePermission *out,
                               EvaluationOptions options = {});
    // 3. Edit, which needs `view`: the section's canEdit, admins, coordinators.
    static bool grantedEdit(const PermissionSubject &subject, const CompiledSection &section,
                            bool view, EffectivePermission *out, EvaluationOptions options = {});
    // 4. Hide, independent of view: the section's canHide.
    static bool grantedHide(const PermissionSubject &subject, const CompiledSection &section,
                            EffectivePermission *out, EvaluationOptions options = {});
    // 5. The capability flags of the section type, role and phase, and the phase, into `out`.
    static void addConditions(const PermissionSubject &subject, const CompiledSection &section,
                              EffectivePermission *out, EvaluationOptions options = {});
};

} // namespace wedsync
