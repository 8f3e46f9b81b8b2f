#pragma once
// Who may write what in a section, one rule for every route that changes sections (create,
// PATCH, PUT, reorder, delete; the permission matrix is admins' only anyway): a section's
// grants (visibility.roles, permissions.*) follow the matrix's rule, admins and platform
// admins; the rest follows the seed's edit rule (Operator::canEditSection).

#include "Result.h"
#include "SectionConfig.h"

#include <optional>

namespace wedsync::server {

class Operator;

// Why `caller` may not turn `before` into `after` (null `before`: a create; null `after`: a
// delete), as a `forbidden` error; nothing when the write is allowed.
std::optional<Error> sectionWriteRefusal(const Operator &caller, const SectionConfig *before,
                                         const SectionConfig *after);

// Why `caller` may not create `section` with the grants it names, beyond the edit rule above.
// Admins and platform admins name any. Others may copy the grants of `organizationDefault`
// (the organization's own section of that type, null if none; a wedding's copy of the default
// layout keeps who sees what) or else open the section to admins and coordinators only.
std::optional<Error> sectionGrantsRefusal(const Operator &caller, const SectionConfig &section,
                                          const SectionConfig *organizationDefault);

// Why `caller` may not resolve a conflict by turning `before` into `after`: the organization's
// admins and platform admins apply anything; support staff resolve conflicts but change no
// grants (visibility.roles, permissions.*); coordinators follow sectionWriteRefusal.
std::optional<Error> conflictResolutionRefusal(const Operator &caller, const SectionConfig &before,
                                               const SectionConfig &after);

} // namespace wedsync::server
