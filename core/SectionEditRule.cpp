#include "SectionEditRule.h"

namespace wedsync {

bool coordinatorEditsSectionType(QStringView sectionType)
{
    return sectionType != u"billing" && sectionType != u"admin";
}

bool coordinatorEditsSection(const SectionConfig &section)
{
    return coordinatorEditsSectionType(section.sectionType)
        || section.permissions.canEdit.contains(u"coordinator");
}

} // namespace wedsync
