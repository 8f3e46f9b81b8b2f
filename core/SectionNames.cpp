#include "SectionNames.h"

namespace wedsync {

QString sectionTypeDisplayName(const QString &type)
{
    QString text = type;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString sectionDisplayName(const SectionConfig &section)
{
    const QString title = section.customization.title.trimmed();
    return title.isEmpty() ? sectionTypeDisplayName(section.sectionType) : title;
}

} // namespace wedsync
