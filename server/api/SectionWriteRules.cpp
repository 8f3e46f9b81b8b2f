#include "api/SectionWriteRules.h"

#include "api/Operator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QList<FieldError> changedGrants(const SectionConfig &before, const SectionConfig &after)
{
    QList<FieldError> out;
    const QString why = u"Only admins change who sees or edits a section."_s;
    if (before.visibility.roles != after.visibility.roles)
        out.append({u"visibility.roles"_s, why});
    if (before.permissions.canView != after.permissions.canView)
        out.append({u"permissions.canView"_s, why});
    if (before.permissions.canEdit != after.permissions.canEdit)
        out.append({u"permissions.canEdit"_s, why});
    if (before.permissions.canHide != after.permissions.canHide)
        out.append({u"permissions.canHide"_s, why});
    return out;
}

std::optional<Error> notEditable(const Operator &caller, const SectionConfig &section)
{
    if (caller.canEditSection(section))
        return std::nullopt;
    return Error {
        u"forbidden"_s,
        u"Coordinators cannot change the %1 section: billing and admin sections are "
        "edited by the organization's admins and platform admins."_s.arg(section.sectionType),
        {}};
}

QList<FieldError> grantsBeyondStaff(const SectionConfig &section)
{
    QList<FieldError> out;
    const QString why = u"Only admins open a new section to roles other than admin and "
                        "coordinator."_s;
    const auto beyondStaff = [](const QStringList &roles) {
        return std::any_of(roles.cbegin(), roles.cend(), [](const QString &role) {
            return role != "admin"_L1 && role != "coordinator"_L1;
        });
    };
    if (beyondStaff(section.visibility.roles))
        out.append({u"visibility.roles"_s, why});
    if (beyondStaff(section.permissions.canView))
        out.append({u"permissions.canView"_s, why});
    if (beyondStaff(section.permissions.canEdit))
        out.append({u"permissions.canEdit"_s, why});
    if (beyondStaff(section.permissions.canHide))
        out.append({u"permissions.canHide"_s, why});
    return out;
}

} // namespace

std::optional<Error> sectionGrantsRefusal(const Operator &caller, const SectionConfig &section,
                                          const SectionConfig *organizationDefault)
{
    if (caller.canAdminister(section.organizationId))
        return std::nullopt;
    QList<FieldError> fields = organizationDefault ? changedGrants(*organizationDefault, section)
                                                   : grantsBeyondStaff(section);
    if (fields.isEmpty())
        return std::nullopt;
    return Error {u"forbidden"_s,
                  organizationDefault
                      ? u"A coordinator's new section keeps the grants of the organization's %1 "
                        "section (visibility.roles, permissions); admins change who sees or "
                        "edits it."_s.arg(section.sectionType)
                      : u"A coordinator's new section is seen and edited by admins and "
                        "coordinators only; admins open it to other roles."_s,
                  std::move(fields)};
}

std::optional<Error> sectionWriteRefusal(const Operator &caller, const SectionConfig *before,
                                         const SectionConfig *after)
{
    if (before) {
        if (auto refused = notEditable(caller, *before))
            return refused;
    }
    if (after) {
        if (auto refused = notEditable(caller, *after))
            return refused;
    }
    if (before && after && !caller.canAdminister(before->organizationId)) {
        if (QList<FieldError> fields = changedGrants(*before, *after); !fields.isEmpty()) {
            return Error {u"forbidden"_s,
                          u"Only the organization's admins and platform admins change who sees "
                          "or edits a section (visibility.roles, permissions), as in the "
                          "permission matrix; coordinators change its layout and content."_s,
                          std::move(fields)};
        }
    }
    return std::nullopt;
}

std::optional<Error> conflictResolutionRefusal(const Operator &caller, const SectionConfig &before,
                                               const SectionConfig &after)
{
    if (caller.canAdminister(before.organizationId))
        return std::nullopt;
    if (caller.isSupport()) {
        if (QList<FieldError> fields = changedGrants(before, after); !fields.isEmpty()) {
            return Error {u"forbidden"_s,
                          u"Support staff resolve conflicts but do not change who sees or edits "
                          "a section (visibility.roles, permissions); take the current side for "
                          "those fields or ask the organization's admins."_s,
                          std::move(fields)};
        }
        return std::nullopt;
    }
    return sectionWriteRefusal(caller, &before, &after);
}

} // namespace wedsync::server
