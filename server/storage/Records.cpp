#include "storage/Records.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

QString staffKindName(StaffKind kind)
{
    return kind == StaffKind::PlatformAdmin ? u"platform_admin"_s : u"support"_s;
}

std::optional<StaffKind> staffKindFromName(QStringView name)
{
    if (name == u"platform_admin")
        return StaffKind::PlatformAdmin;
    if (name == u"support")
        return StaffKind::Support;
    return std::nullopt;
}

} // namespace wedsync::server
