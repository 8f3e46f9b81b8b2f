// Matrix cells explained by the permission engine's first stages, for a role rather than a person.
#include "PermissionInheritance.h"

#include "PermissionMatrixEdits.h"

#include <QTimeZone>

#include <vector>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// A member of each role with no wedding access, organization-wide: what role rules alone give.
// The engine's subjects keep pointers to their profile and scope, hence one immovable holder.
class RoleSubjects
{
public:
    RoleSubjects()
        : m_scope(nullptr, QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()))
    {
        m_subjects.reserve(RoleCount);
        for (Role role : allRoles()) {
            UserProfile &profile = m_profiles[static_cast<size_t>(roleRank(role))];
            profile.role = role;
            m_subjects.emplace_back(profile, m_scope);
        }
    }
    RoleSubjects(const RoleSubjects &) = delete;
    RoleSubjects &operator=(const RoleSubjects &) = delete;

    const PermissionSubject &of(Role role) const
    {
        return m_subjects[static_cast<size_t>(roleRank(role))];
    }

private:
    std::array<UserProfile, RoleCount> m_profiles;
    EvaluationScope m_scope;
    std::vector<PermissionSubject> m_subjects;
};

const RoleSubjects &roleSubjects()
{
    // Immutable after construction; a subject's mutable text cache is only touched by
    // addConditions, which is never called here.
    static const RoleSubjects subjects;
    return subjects;
}

// The reasons of `flag` in `all`, and the text of the first one with a rule in `decisive`.
FlagGrant flagGrant(bool granted, GrantSource source, const QList<PermissionReason> &all,
                    PermissionFlag flag, const QStringList &decisive)
{
    FlagGrant grant;
    grant.granted = granted;
    grant.source = granted ? source : GrantSource::None;
    for (const PermissionReason &reason : all) {
        if (reason.flag != flag)
            continue;
        grant.reasons.append(reason);
        if (grant.text.isEmpty() && (decisive.isEmpty() || decisive.contains(reason.rule)))
            grant.text = reason.text;
    }
    return grant;
}

CellGrants cellGrants(const CompiledSection &section, Role role, bool explain)
{
    const PermissionSubject &subject = roleSubjects().of(role);
    const EvaluationOptions options {explain};
    const RoleMask me = roleBit(role);
    EffectivePermission p;

    const bool view = PermissionEngine::grantedView(subject, section, &p, options);
    if (!view)
        PermissionEngine::restrictedView(subject, section, false, &p, options); // who may view
    const bool edit = PermissionEngine::grantedEdit(subject, section, view, &p, options);
    const bool hide = PermissionEngine::grantedHide(subject, section, &p, options);

    const bool viewDirect = ((section.visibleTo() | section.canViewMask()) & me) != 0;
    CellGrants cell;
    cell.view = flagGrant(view, viewDirect ? GrantSource::Direct : GrantSource::Inherited,
                          p.explanation, PermissionFlag::View,
                          !view            ? QStringList()
                              : viewDirect ? QStringList {u"role_visibility"_s, u"can_view_grant"_s}
                                           : QStringList {u"inherited_visibility"_s});
    if (view && !viewDirect)
        cell.view.from = closestInheritedRole(role, section.visibleTo());
    const bool editDirect = (section.canEditMask() & me) != 0;
    cell.edit
        = flagGrant(edit, editDirect ? GrantSource::Direct : GrantSource::RoleRule, p.explanation,
                    PermissionFlag::Edit,
                    !edit            ? QStringList()
                        : editDirect ? QStringList {u"can_edit_grant"_s}
                                     : QStringList {u"admin_edits"_s, u"coordinator_edits"_s});
    cell.hide = flagGrant(hide, GrantSource::Direct, p.explanation, PermissionFlag::Hide, {});
    return cell;
}

} // namespace

const FlagGrant &CellGrants::flag(MatrixFlag f) const
{
    const std::array<const FlagGrant *, AllMatrixFlags.size()> flags {&view, &edit, &hide};
    return *flags[static_cast<size_t>(f)];
}

std::array<CellGrants, RoleCount> roleGrants(const CompiledSection &section, bool explain)
{
    std::array<CellGrants, RoleCount> out;
    for (Role role : allRoles())
        out[static_cast<size_t>(roleRank(role))] = cellGrants(section, role, explain);
    return out;
}

CellGrants roleGrants(const CompiledSection &section, Role role, bool explain)
{
    return cellGrants(section, role, explain);
}

QList<RowGrants> matrixGrants(const QList<SectionConfig> &sections, bool explain)
{
    QList<RowGrants> out;
    out.reserve(sections.size());
    for (const SectionConfig &section : sections)
        out.append({section.id, roleGrants(CompiledSection(section), explain)});
    return out;
}

QList<RowGrants> matrixGrants(const PermissionMatrix &matrix, const QList<SectionConfig> &sections,
                              bool explain)
{
    return matrixGrants(applyMatrix(matrix, sections), explain);
}

} // namespace wedsync
