#include "api/SectionWriteRules.h"

#include "api/Operator.h"

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

} // namespace

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

} // namespace wedsync::server
