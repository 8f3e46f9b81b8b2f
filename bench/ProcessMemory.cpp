#include "ProcessMemory.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace wedsync::bench {

qint64 processMemoryKiB(qint64 pid, const QByteArray &field)
{
    QFile status(pid == 0 ? u"/proc/self/status"_s : u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const qint64 kib
                = line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

double processMemoryMiB(qint64 pid, const QByteArray &field)
{
    const qint64 kib = processMemoryKiB(pid, field);
    return kib < 0 ? -1.0 : double(kib) / 1024.0;
}

void resetPeakMemory()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace wedsync::bench
