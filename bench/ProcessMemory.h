#pragma once
// A process's memory as Linux reports it in /proc/<pid>/status, for the benchmarks' tables.

#include <QByteArray>
#include <QtGlobal>

namespace wedsync::bench {

// The figure `field` of process `pid` (0: this process) in KiB: "VmRSS" (resident now) or
// "VmHWM" (the peak since the process started or since resetPeakMemory()); -1 when unreadable.
qint64 processMemoryKiB(qint64 pid, const QByteArray &field);

// The same in MiB, -1 when unreadable.
double processMemoryMiB(qint64 pid, const QByteArray &field);

// Starts this process's "VmHWM" again from its resident memory now.
void resetPeakMemory();

} // namespace wedsync::bench
