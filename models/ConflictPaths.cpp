#include "ConflictPaths.h"

#include "ClientFields.h"
#include "SectionFields.h"

using namespace Qt::StringLiterals;

namespace wedsync {

QString conflictPathDisplayName(const QString &entityType, const QString &path)
{
    if (entityType == u"section_configuration"_s)
        return sectionPathDisplayName(path);
    if (entityType == u"crm_client"_s) {
        const QStringView field = QStringView(path).startsWith(u"fields."_s)
            ? QStringView(path).mid(7)
            : QStringView(path);
        return isClientField(field) ? clientFieldLabel(field) : path;
    }
    return path;
}

} // namespace wedsync
