#include "RealtimeFrame.h"

#include <QCoreApplication>

namespace wedsync {

using namespace Qt::StringLiterals;

Result<RealtimeVsn> parseRealtimeVsn(const QString &text)
{
    if (text.isEmpty() || text == "1.0.0"_L1)
        return RealtimeVsn::V1;
    if (text == "2.0.0"_L1)
        return RealtimeVsn::V2;
    return Error {
        u"unsupported_vsn"_s,
        QCoreApplication::translate("wedsync::RealtimeFrame",
                                    "Unsupported serializer version \"%1\"; use vsn=1.0.0 "
                                    "or vsn=2.0.0.")
            .arg(text.left(32)),
        {}};
}

QString realtimeVsnName(RealtimeVsn vsn)
{
    return vsn == RealtimeVsn::V2 ? u"2.0.0"_s : u"1.0.0"_s;
}

} // namespace wedsync
