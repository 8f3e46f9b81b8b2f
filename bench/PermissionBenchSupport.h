#pragma once
// What the two permission matrix benches share: the dashboard they measure (the seed's section
// types, then made-up ones, each with random grants) and their table of figures (runs, median,
// p95, max, a note).

#include "SectionConfig.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace wedsync::bench {

// The seed's section types first (so that the per-role tables have something to find), then
// "bench_NNN" up to `count`.
QStringList benchSectionTypes(int count);
// `count` sections of one organization ("org") with random grants drawn from `rng`.
QList<SectionConfig> benchSections(int count, QRandomGenerator &rng);

struct Figure
{
    QString name;
    QList<double> ms; // one per run
    QString note;
};

double percentile(QList<double> values, double p); // p in [0, 1]
void printTable(const QList<Figure> &figures);

template<typename Work> Figure timed(const QString &name, int runs, Work work)
{
    Figure f {name, {}, {}};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        f.ms << double(timer.nsecsElapsed()) / 1e6;
    }
    return f;
}

} // namespace wedsync::bench
