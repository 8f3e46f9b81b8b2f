#pragma once
// The seed's edit rule for coordinators, shared by the permission engine and the server's
// section writes: they edit every section type except billing and admin ones (unless that
// section's canEdit names them); admins edit every section.

#include "SectionConfig.h"

#include <QStringView>

namespace wedsync {

bool coordinatorEditsSectionType(QStringView sectionType);
// The whole rule for one section: its type, or its canEdit naming coordinators.
bool coordinatorEditsSection(const SectionConfig &section);

} // namespace wedsync
