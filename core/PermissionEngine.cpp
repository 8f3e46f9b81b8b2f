// The permission rules of the seed's calculateSectionPermission, with reasons a planner can read.
#include "PermissionEngine.h"

#include "SectionEditRule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::PermissionEngine", text);
}

constexpr quint8 phaseBit(WeddingPhase phase)
{
    return static_cast<quint8>(1u << static_cast<int>(phase));
}

// "a, b and c" for phases, as a planner would say it.
QString joinedWithAnd(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return tr("%1 and %2").arg(items.first(items.size() - 1).join(u", "), items.last());
}

// Highest rank first: "admin, coordinator". Wire names are not translated, so the lists for
// all 64 masks are built once.
QString roleList(RoleMask mask)
{
    static const std::array<QString, AllRolesMask + 1> lists = [] {
        std::array<QString, AllRolesMask + 1> out;
        for (int m = 1; m <= AllRolesMask; ++m) {
            QStringList names;
            const QList<Role> roles = rolesInMask(static_cast<RoleMask>(m));
            for (auto it = roles.crbegin(); it != roles.crend(); ++it)
                names.append(roleName(*it));
            out[static_cast<size_t>(m)] = names.join(u", ");
        }
        return out;
    }();
    mask &= AllRolesMask;
    return mask == 0 ? tr("nobody") : lists[mask];
}

// "canViewFullBudget" -> "can view full budget" / "cannot view full budget".
QString capabilityText(const QString &key, const QJsonValue &value)
{
    if (key == u"weddingPhase")
        return tr("wedding phase %1").arg(value.toString());
    if (key == u"isWeddingDay")
        return value.toBool() ? tr("it is the wedding day") : tr("it is not the wedding day");
    QString words;
    for (QChar ch : key) {
        if (ch.isUpper())
            words += u' ' + ch.toLower();
        else
            words += ch;
    }
    if (!value.toBool() && words.startsWith(u"can "))
        words = u"cannot "_s + words.mid(4);
    return words;
}

class Explainer
{
public:
    Explainer(EffectivePermission *out, const QString &role, const QString &section)
        : m_out(out)
        , m_role(role)
        , m_section(section)
    { }

    // `pattern` takes %1 = role, %2 = section, %3.. = `more`.
    void add(PermissionFlag flag, bool allows, const QString &rule, const char *pattern,
             const QStringList &more = {}) const
    {
        QString text = tr(pattern).arg(m_role, m_section);
        for (const QString &arg : more)
            text = text.arg(arg);
        m_out->explanation.append({flag, allows, rule, text});
    }

    void addText(PermissionFlag flag, bool allows, const QString &rule, const QString &text) const
    {
        m_out->explanation.append({flag, allows, rule, text});
    }

    const QString &role() const { return m_role; }
    const QString &section() const { return m_section; }

private:
    EffectivePermission *m_out;
    QString m_role;
    QString m_section;
};

// The explainer of one person on one section, when the caller wants reasons.
std::optional<Explainer> explainer(const PermissionSubject &subject, const CompiledSection &section,
                                   EffectivePermission *out, EvaluationOptions options)
{
    if (!options.explain)
        return std::nullopt;
    return Explainer(out, roleName(subject.role()), section.sectionType());
}

const QString RuleRoleVisibility = u"role_visibility"_s;
const QString RuleInherited = u"inherited_visibility"_s;
const QString RuleCanView = u"can_view_grant"_s;
const QString RuleFullAccess = u"wedding_access_full"_s;
const QString RuleNoViewGrant = u"no_view_grant"_s;
const QString RulePhase = u"wedding_phase"_s;
const QString RuleConditions = u"visibility_conditions"_s;
const QString RuleCanEdit = u"can_edit_grant"_s;
const QString RuleAdminEdits = u"admin_edits"_s;
const QString RuleCoordinatorEdits = u"coordinator_edits"_s;
const QString RuleEditNeedsView = u"edit_requires_view"_s;
const QString RuleNoEditGrant = u"no_edit_grant"_s;
const QString RuleCanHide = u"can_hide_grant"_s;
const QString RuleNoHideGrant = u"no_hide_grant"_s;
const QString RuleSectionConditions = u"section_conditions"_s;

} // namespace

QList<PermissionReason> EffectivePermission::reasonsFor(PermissionFlag flag) const
{
    QList<PermissionReason> out;
    for (const PermissionReason &reason : explanation) {
        if (reason.flag == flag)
            out.append(reason);
    }
    return out;
}

CompiledSection::CompiledSection(const SectionConfig &section)
    : m_sectionType(section.sectionType)
    , m_kind(sectionKindOf(section.sectionType))
    , m_coordinatorMayNotEdit(!coordinatorEditsSectionType(section.sectionType))
    , m_visibleTo(roleMaskFromNames(section.visibility.roles))
    , m_canView(roleMaskFromNames(section.permissions.canView))
    , m_canEdit(roleMaskFromNames(section.permissions.canEdit))
    , m_canHide(roleMaskFromNames(section.permissions.canHide))
    , m_hasPhases(section.visibility.hasWeddingPhases
                  || !section.visibility.weddingPhases.isEmpty())
    , m_conditions(CompiledConditions::compile(section.visibility.conditions))
    , m_visibility(section.visibility)
    , m_permissions(section.permissions)
{
    // Unknown role and phase names match nobody; SectionValidator reports them.
    for (const QString &name : section.visibility.weddingPhases) {
        if (const auto phase = weddingPhaseFromName(name))
            m_phaseMask |= phaseBit(*phase);
    }
}

bool CompiledSection::isCompiledFrom(const SectionConfig &section) const
{
    return m_sectionType == section.sectionType && m_visibility == section.visibility
        && m_permissions == section.permissions;
}

const CompiledSection &CompiledSectionCache::get(const SectionConfig &section)
{
    auto it = m_sections.find(section.id);
    if (it == m_sections.end())
        it = m_sections.insert(section.id, CompiledSection(section));
    else if (!it->isCompiledFrom(section))
        *it = CompiledSection(section);
    return *it;
}

EvaluationScope::EvaluationScope(const WeddingContext *wedding, const QDateTime &at)
    : m_at(at.toUTC())
{
    if (wedding) {
        m_wedding = *wedding;
        m_phase = weddingPhaseAt(wedding->date, wedding->timeZone, m_at);
    }
}

PermissionSubject::PermissionSubject(const UserProfile &user, const EvaluationScope &scope)
    : m_user(&user)
    , m_scope(&scope)
    , m_role(user.effectiveRole())
    , m_roleBit(roleBit(m_role))
    , m_inherited(inheritedRoleMask(m_role))
    , m_conditionSubject(ConditionSubject::from(user, scope.wedding(), scope.at()))
{
    if (const WeddingContext *wedding = scope.wedding()) {
        // The seed looks at the first access entry for this wedding only.
        for (const WeddingAccess &access : user.weddingAccess) {
            if (access.weddingId == wedding->weddingId) {
                m_fullWeddingAccess = access.accessLevel == u"full";
                break;
            }
        }
    }
}

EffectivePermission PermissionEngine::evaluate(const UserProfile &user,
                                               const SectionConfig &section,
                                               const WeddingContext *wedding,
                                               const QDateTime &at) const
{
    const EvaluationScope scope(wedding, at);
    const PermissionSubject subject(user, scope);
    return evaluate(subject, CompiledSection(section), EvaluationOptions {true});
}

QList<EffectivePermission> PermissionEngine::evaluateAll(const PermissionSubject &subject,
                                                         const QList<CompiledSection> &sections,
                                                         EvaluationOptions options) const
{
    QList<EffectivePermission> out;
    out.reserve(sections.size());
    for (const CompiledSection &section : sections)
        out.append(evaluate(subject, section, options));
    return out;
}

EffectivePermission PermissionEngine::evaluate(const PermissionSubject &subject,
                                               const CompiledSection &section,
                                               EvaluationOptions options) const
{
    EffectivePermission p;
    if (options.explain)
        p.explanation.reserve(8);
    const bool granted = grantedView(subject, section, &p, options);
    p.canView = restrictedView(subject, section, granted, &p, options);
    p.canEdit = grantedEdit(subject, section, p.canView, &p, options);
    p.canHide = grantedHide(subject, section, &p, options);
    addConditions(subject, section, &p, options);
    return p;
}

bool PermissionEngine::grantedView(const PermissionSubject &subject, const CompiledSection &section,
                                   EffectivePermission *out, EvaluationOptions options)
{
    const Role role = subject.m_role;
    const RoleMask me = subject.m_roleBit;
    const std::optional<Explainer> ex = explainer(subject, section, out, options);

    // 1. Visibility grants; every one that applies is recorded, as each alone would suffice.
    bool view = false;
    if (section.m_visibleTo & me) {
        view = true;
        if (ex)
            ex->add(PermissionFlag::View, true, RuleRoleVisibility,
                    QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                      "%1 may view %2: the section is visible to %1"));
    }
    if (const RoleMask inherited = section.m_visibleTo & subject.m_inherited) {
        view = true;
        if (ex) {
            // Name the closest role in the seed's order (admin: coordinator first).
            const Role from = closestInheritedRole(role, inherited).value_or(Role::Guest);
            ex->add(PermissionFlag::View, true, RuleInherited,
                    QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                      "%1 may view %2: inherited from %3's visibility"),
                    {roleName(from)});
        }
    }
    // Deliberate change: the seed never reads permissions.canView. A role listed there is an
    // explicit, direct grant of view (not inherited by higher roles), which is what a planner
    // who ticks "can view" expects.
    if (section.m_canView & me) {
        view = true;
        if (ex)
            ex->add(
                PermissionFlag::View, true, RuleCanView,
                QT_TRANSLATE_NOOP(
                    "wedsync::PermissionEngine",
                    "%1 may view %2: the section's permissions grant %1 view directly (canView)"));
    }
    if (subject.m_fullWeddingAccess) {
        view = true;
        if (ex)
            ex->add(
                PermissionFlag::View, true, RuleFullAccess,
                QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                  "%1 may view %2: this person has full access to this wedding"));
    }
    return view;
}

bool PermissionEngine::restrictedView(const PermissionSubject &subject,
                                      const CompiledSection &section, bool granted,
                                      EffectivePermission *out, EvaluationOptions options)
{
    const std::optional<WeddingPhase> phase = subject.m_scope->phase();
    const std::optional<Explainer> ex = explainer(subject, section, out, options);
    bool view = granted;

    // 2. Restrictions only matter once something granted view.
    if (!view) {
        if (ex) {
            RoleMask viewers = section.m_visibleTo | section.m_canView;
            for (Role r : allRoles()) {
                if (inheritedRoleMask(r) & section.m_visibleTo)
                    viewers |= roleBit(r);
            }
            ex->add(PermissionFlag::View, false, RuleNoViewGrant,
                    QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                      "%1 may not view %2: no rule grants it — visible to %3"),
                    {roleList(viewers)});
        }
    } else {
        if (phase && section.m_hasPhases) {
            const bool inPhase = section.m_phaseMask & phaseBit(*phase);
            view = inPhase;
            if (ex) {
                const QString phases = joinedWithAnd(section.m_visibility.weddingPhases);
                const QString current = weddingPhaseName(*phase);
                if (inPhase)
                    ex->add(PermissionFlag::View, true, RulePhase,
                            QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                              "%1 may view %2: the section is shown in %3, and "
                                              "this wedding is in %4"),
                            {phases, current});
                else if (section.m_visibility.weddingPhases.isEmpty())
                    ex->add(
                        PermissionFlag::View, false, RulePhase,
                        QT_TRANSLATE_NOOP(
                            "wedsync::PermissionEngine",
                            "%1 may not view %2: the section is not shown in any wedding phase"));
                else
                    ex->add(
                        PermissionFlag::View, false, RulePhase,
                        QT_TRANSLATE_NOOP(
                            "wedsync::PermissionEngine",
                            "%1 may not view %2: the section is shown only in %3, and this wedding "
                            "is in %4"),
                        {phases, current});
            }
        }
        if (view && !section.m_conditions.isEmpty()) {
            if (ex) {
                const VisibilityVerdict verdict
                    = section.m_conditions.explain(subject.m_conditionSubject);
                view = verdict.passed;
                QStringList clauses;
                for (const ConditionResult &r : verdict.results) {
                    if (r.passed == verdict.passed)
                        clauses.append(r.text);
                }
                ex->add(
                    PermissionFlag::View, view, RuleConditions,
                    view ? QT_TRANSLATE_NOOP("wedsync::PermissionEngine", "%1 may view %2: %3")
                         : QT_TRANSLATE_NOOP("wedsync::PermissionEngine", "%1 may not view %2: %3"),
                    {clauses.join(u"; ")});
            } else {
                view = section.m_conditions.passes(subject.m_conditionSubject);
            }
        }
    }
    return view;
}

bool PermissionEngine::grantedEdit(const PermissionSubject &subject, const CompiledSection &section,
                                   bool view, EffectivePermission *out, EvaluationOptions options)
{
    const Role role = subject.m_role;
    const RoleMask me = subject.m_roleBit;
    const std::optional<Explainer> ex = explainer(subject, section, out, options);
    bool edit = false;

    // 3. Edit needs view; then the section's canEdit, admins, and coordinators.
    if (view) {
        if (section.m_canEdit & me) {
            edit = true;
            if (ex)
                ex->add(PermissionFlag::Edit, true, RuleCanEdit,
                        QT_TRANSLATE_NOOP(
                            "wedsync::PermissionEngine",
                            "%1 may edit %2: the section's permissions let %1 edit (canEdit)"));
        }
        if (role == Role::Admin) {
            edit = true;
            if (ex)
                ex->add(PermissionFlag::Edit, true, RuleAdminEdits,
                        QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                          "%1 may edit %2: admins edit every section"));
        }
        if (role == Role::Coordinator && !section.m_coordinatorMayNotEdit) {
            edit = true;
            if (ex)
                ex->add(PermissionFlag::Edit, true, RuleCoordinatorEdits,
                        QT_TRANSLATE_NOOP("wedsync::PermissionEngine",
                                          "%1 may edit %2: coordinators edit every section except "
                                          "billing and admin"));
        }
        if (!edit && ex) {
            if (role == Role::Coordinator)
                ex->add(
                    PermissionFlag::Edit, false, RuleNoEditGrant,
                    QT_TRANSLATE_NOOP(
                        "wedsync::PermissionEngine",
                        "%1 may not edit %2: coordinators edit every section except billing and "
                        "admin, and the section's canEdit does not list coordinator"));
            else
                ex->add(PermissionFlag::Edit, false, RuleNoEditGrant,
                        QT_TRANSLATE_NOOP(
                            "wedsync::PermissionEngine",
                            "%1 may not edit %2: only admin, coordinator and the roles in the "
                            "section's canEdit (%3) may edit it"),
                        {roleList(section.m_canEdit)});
        }
    } else if (ex) {
        ex->add(PermissionFlag::Edit, false, RuleEditNeedsView,
                QT_TRANSLATE_NOOP(
                    "wedsync::PermissionEngine",
                    "%1 may not edit %2: only people who can view a section may edit it"));
    }
    return edit;
}

bool PermissionEngine::grantedHide(const PermissionSubject &subject, const CompiledSection &section,
                                   EffectivePermission *out, EvaluationOptions options)
{
    const RoleMask me = subject.m_roleBit;
    const std::optional<Explainer> ex = explainer(subject, section, out, options);

    // 4. Hide is independent of view, as in the seed (hiding a section one cannot see is a
    // dashboard-layout choice, not access).
    const bool hide = (section.m_canHide & me) != 0;
    if (ex) {
        if (hide)
            ex->add(PermissionFlag::Hide, true, RuleCanHide,
                    QT_TRANSLATE_NOOP(
                        "wedsync::PermissionEngine",
                        "%1 may hide %2: the section's permissions let %1 hide it (canHide)"));
        else
            ex->add(
                PermissionFlag::Hide, false, RuleNoHideGrant,
                QT_TRANSLATE_NOOP(
                    "wedsync::PermissionEngine",
                    "%1 may not hide %2: only the roles in the section's canHide (%3) may hide it"),
                {roleList(section.m_canHide)});
    }
    return hide;
}

void PermissionEngine::addConditions(const PermissionSubject &subject,
                                     const CompiledSection &section, EffectivePermission *out,
                                     EvaluationOptions options)
{
    const Role role = subject.m_role;
    const std::optional<WeddingPhase> phase = subject.m_scope->phase();
    const std::optional<Explainer> ex = explainer(subject, section, out, options);

    // 5. Capability flags for the section type, role and phase (shared, never rebuilt).
    out->conditions = sectionConditions(section.m_kind, role, phase);
    out->phase = phase;
    if (ex) {
        QString &summary = subject.m_capabilityText[static_cast<size_t>(section.m_kind)];
        if (summary.isNull()) {
            QStringList items;
            for (auto it = out->conditions.constBegin(); it != out->conditions.constEnd(); ++it)
                items.append(capabilityText(it.key(), it.value()));
            summary = items.join(u"; ");
        }
        ex->addText(PermissionFlag::Conditions, true, RuleSectionConditions,
                    tr("%1 on %2: %3").arg(ex->role(), ex->section(), summary));
    }
}

} // namespace wedsync
