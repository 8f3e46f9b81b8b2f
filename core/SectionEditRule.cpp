#include "SectionEditRule.h"

namespace wedsync {

bool coordinatorEditsSectionType(QStringView sectionType)
{
    return sectionType != u"billing" && sectionType != u"admin";
}

} // namespace wedsync
