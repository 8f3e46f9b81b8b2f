#pragma once
// How a section is named to a planner in findings and change lists.

#include "SectionConfig.h"

#include <QString>

namespace wedsync {

// A section type as a planner reads it: "guest_list" -> "Guest list".
QString sectionTypeDisplayName(const QString &type);
// The title the planner gave the section (what the dashboard shows), else its type's name.
QString sectionDisplayName(const SectionConfig &section);

} // namespace wedsync
