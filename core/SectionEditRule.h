#pragma once
// The seed's edit rule for coordinators, shared by the permission engine and the server's
// section writes: they edit every section type except billing and admin ones (unless that
// section's canEdit names them); admins edit every section.

#include <QStringView>

namespace wedsync {

bool coordinatorEditsSectionType(QStringView sectionType);

} // namespace wedsync
