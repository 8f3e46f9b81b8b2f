#pragma once
// What the two halves of the Táve simulator (contacts in TaveSimulator.cpp, jobs in
// TaveSimulatorJobs.cpp) both answer with.

#include "http/Router.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wedsync::server::tavesim {

inline ApiResponse error(int status, const QString &code, const QString &message)
{
    // Táve's own error shape is not documented; this one carries a code and a message.
    return ApiResponse::json(
        QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
        status);
}

inline QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline quint64 mix(quint64 x)
{
    // splitmix64: stable pseudo-random bits from a counter.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace wedsync::server::tavesim
