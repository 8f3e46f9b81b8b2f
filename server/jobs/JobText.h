#pragma once
// Counted nouns for the English lines a job writes to its log ("1 contact", "12 contacts").

#include <QString>

namespace wedsync::server {

inline QString counted(qint64 n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace wedsync::server
