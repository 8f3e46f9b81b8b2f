// Effective permissions for 10,000 people x 100 sections: time per evaluation and peak memory.
#include "PermissionEngine.h"
#include "ProcessMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace {

// Peak and current resident set size in KiB, from /proc/self/status (Linux).
struct Memory
{
    qint64 peakKiB = -1;
    qint64 currentKiB = -1;
};

Memory readMemory()
{
    return {processMemoryKiB(0, "VmHWM"), processMemoryKiB(0, "VmRSS")};
}

QStringList randomRoles(QRandomGenerator &rng, int percent)
{
    QStringList out;
    for (Role r : allRoles()) {
        if (int(rng.bounded(100)) < percent)
            out.append(roleName(r));
    }
    return out;
}

QList<SectionConfig> makeSections(int count, QRandomGenerator &rng)
{
    const QStringList types {u"timeline"_s, u"budget"_s,    u"guest_list"_s, u"vendor_management"_s,
                             u"photos"_s,   u"documents"_s, u"billing"_s,    u"seating"_s,
                             u"music"_s,    u"admin"_s};
    const QStringList phases {u"planning"_s, u"pre_wedding"_s, u"wedding_day"_s, u"post_wedding"_s};
    QList<SectionConfig> out;
    for (int i = 0; i < count; ++i) {
        SectionConfig s;
        s.id = u"section-"_s + QString::number(i);
        s.sectionType = types.at(i % types.size());
        s.visibility.roles = randomRoles(rng, 35);
        s.permissions.canEdit = randomRoles(rng, 20);
        s.permissions.canHide = randomRoles(rng, 15);
        s.permissions.canView = randomRoles(rng, 10);
        if (rng.bounded(100) < 30) {
            s.visibility.hasWeddingPhases = true;
            for (const QString &p : phases) {
                if (rng.bounded(2))
                    s.visibility.weddingPhases.append(p);
            }
        }
        switch (rng.bounded(10)) {
        case 0:
            s.visibility.conditions.insert(u"minimumRole"_s,
                                           roleName(allRoles().at(int(rng.bounded(RoleCount)))));
            break;
        case 1:
            s.visibility.conditions.insert(u"hasWeddingAccess"_s, true);
            break;
        case 2:
            s.visibility.conditions.insert(u"timeRestriction"_s,
                                           QJsonObject {{u"start"_s, u"2026-01-01T00:00:00Z"_s},
                                                        {u"end"_s, u"2026-12-31T23:59:59Z"_s}});
            break;
        case 3:
            s.visibility.conditions.insert(u"customField"_s,
                                           QJsonObject {{u"field"_s, u"team"_s},
                                                        {u"operator"_s, u"equals"_s},
                                                        {u"value"_s, u"catering"_s}});
            break;
        default:
            break;
        }
        out.append(std::move(s));
    }
    return out;
}

QList<UserProfile> makeUsers(int count, const QString &weddingId, QRandomGenerator &rng)
{
    const QStringList teams {u"catering"_s, u"bar"_s, u"flowers"_s, u"music"_s};
    QList<UserProfile> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        UserProfile u;
        u.userId = u"user-"_s + QString::number(i);
        u.organizationId = u"org-1"_s;
        if (rng.bounded(100) >= 5)
            u.role = allRoles().at(int(rng.bounded(RoleCount)));
        const quint32 access = rng.bounded(6);
        if (access < 3)
            u.weddingAccess.append({weddingId, access == 0 ? u"full"_s : u"limited"_s});
        u.customFields.insert(u"team"_s, teams.at(int(rng.bounded(teams.size()))));
        out.append(std::move(u));
    }
    return out;
}

struct Row
{
    QString name;
    qint64 evaluations = 0;
    qint64 users = 0;
    qint64 nsecs = 0;
    qint64 visible = 0;
    qint64 reasons = 0;
    Memory memory;
};

void printRow(QTextStream &out, const Row &r)
{
    const double ms = double(r.nsecs) / 1e6;
    out << qSetFieldWidth(46) << Qt::left << r.name << qSetFieldWidth(11) << Qt::right
        << r.evaluations << qSetFieldWidth(11) << QString::number(ms, 'f', 1) << qSetFieldWidth(14)
        << (r.users > 0 ? QString::number(double(r.nsecs) / 1e3 / double(r.users), 'f', 2) : u"-"_s)
        << qSetFieldWidth(12)
        << QString::number(double(r.nsecs) / double(qMax<qint64>(r.evaluations, 1)), 'f', 1)
        << qSetFieldWidth(11) << QString::number(double(r.memory.peakKiB) / 1024.0, 'f', 1)
        << qSetFieldWidth(11) << QString::number(double(r.memory.currentKiB) / 1024.0, 'f', 1)
        << qSetFieldWidth(0) << "   (visible " << r.visible << ", reasons " << r.reasons << ")\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Permission engine benchmark: users x sections effective permissions."_s);
    parser.addHelpOption();
    const QCommandLineOption usersOpt(u"users"_s, u"Number of people (default 10000)."_s, u"n"_s,
                                      u"10000"_s);
    const QCommandLineOption sectionsOpt(u"sections"_s, u"Number of sections (default 100)."_s,
                                         u"n"_s, u"100"_s);
    const QCommandLineOption naiveOpt(u"naive-users"_s,
                                      u"People for the uncompiled one-call API (default 1000)."_s,
                                      u"n"_s, u"1000"_s);
    const QCommandLineOption repeatOpt(
        u"repeat"_s, u"Runs of the fast path; the best is shown (default 5)."_s, u"n"_s, u"5"_s);
    parser.addOptions({usersOpt, sectionsOpt, naiveOpt, repeatOpt});
    parser.process(app);
    const int userCount = parser.value(usersOpt).toInt();
    const int sectionCount = parser.value(sectionsOpt).toInt();
    const int naiveUsers = qMin(userCount, parser.value(naiveOpt).toInt());
    const int repeats = qMax(1, parser.value(repeatOpt).toInt());

    QRandomGenerator rng(20260614);
    const WeddingContext wedding {u"wedding-1"_s, QDate(2026, 6, 14), QTimeZone("Australia/Sydney"),
                                  u"confirmed"_s};
    const QDateTime at(QDate(2026, 6, 13), QTime(14, 30),
                       QTimeZone::utc()); // wedding day in Sydney
    const QList<SectionConfig> sections = makeSections(sectionCount, rng);
    const QList<UserProfile> users = makeUsers(userCount, wedding.weddingId, rng);
    const PermissionEngine engine;

    QTextStream out(stdout);
    out << "bench_permissions: " << userCount << " people x " << sectionCount
        << " sections, wedding in " << wedding.timeZone.id() << " at " << at.toString(Qt::ISODate)
        << "\n\n";
    out << qSetFieldWidth(46) << Qt::left << "case" << qSetFieldWidth(11) << Qt::right << "evals"
        << qSetFieldWidth(11) << "total ms" << qSetFieldWidth(14) << "per user us"
        << qSetFieldWidth(12) << "per eval ns" << qSetFieldWidth(11) << "peak MiB"
        << qSetFieldWidth(11) << "RSS MiB" << qSetFieldWidth(0) << "\n";

    QElapsedTimer timer;

    // Compile once per section version.
    timer.start();
    QList<CompiledSection> compiled;
    compiled.reserve(sections.size());
    for (const SectionConfig &s : sections)
        compiled.append(CompiledSection(s));
    printRow(out,
             {u"compile sections (per eval = per section)"_s, sectionCount, 0, timer.nsecsElapsed(),
              0, 0, readMemory()});

    // The fast path: scope once, a subject per person, every section without explanations.
    Row best {u"evaluate, no explanation (best of %1)"_s.arg(repeats), 0, userCount, -1, 0, 0, {}};
    for (int run = 0; run < repeats; ++run) {
        qint64 visible = 0;
        timer.start();
        const EvaluationScope scope(&wedding, at);
        for (const UserProfile &u : users) {
            const PermissionSubject subject(u, scope);
            const QList<EffectivePermission> result
                = engine.evaluateAll(subject, compiled, {false});
            for (const EffectivePermission &p : result)
                visible += p.canView;
        }
        const qint64 ns = timer.nsecsElapsed();
        if (best.nsecs < 0 || ns < best.nsecs) {
            best.nsecs = ns;
            best.visible = visible;
        }
    }
    best.evaluations = qint64(userCount) * sectionCount;
    best.memory = readMemory();
    printRow(out, best);

    // Keeping every result (what a sync job hands to the writer): memory of 1,000,000 results.
    {
        Row r {u"evaluate and keep all results, no explanation"_s,
               qint64(userCount) * sectionCount,
               userCount,
               0,
               0,
               0,
               {}};
        timer.start();
        const EvaluationScope scope(&wedding, at);
        QList<QList<EffectivePermission>> all;
        all.reserve(users.size());
        for (const UserProfile &u : users)
            all.append(engine.evaluateAll(PermissionSubject(u, scope), compiled, {false}));
        r.nsecs = timer.nsecsElapsed();
        for (const auto &list : std::as_const(all))
            for (const EffectivePermission &p : list)
                r.visible += p.canView;
        r.memory = readMemory();
        printRow(out, r);
    }

    // With explanations (what the "why can't I see this?" screen asks for).
    {
        Row r {u"evaluate with explanation"_s,
               qint64(userCount) * sectionCount,
               userCount,
               0,
               0,
               0,
               {}};
        timer.start();
        const EvaluationScope scope(&wedding, at);
        for (const UserProfile &u : users) {
            const PermissionSubject subject(u, scope);
            for (const CompiledSection &s : std::as_const(compiled)) {
                const EffectivePermission p = engine.evaluate(subject, s, {true});
                r.visible += p.canView;
                r.reasons += p.explanation.size();
            }
        }
        r.nsecs = timer.nsecsElapsed();
        r.memory = readMemory();
        printRow(out, r);
    }

    // The one-call API (compiles the section and computes the phase on every call).
    {
        Row r {u"one-call evaluate(user, section, wedding, at)"_s,
               qint64(naiveUsers) * sectionCount,
               naiveUsers,
               0,
               0,
               0,
               {}};
        timer.start();
        for (int i = 0; i < naiveUsers; ++i) {
            for (const SectionConfig &s : sections) {
                const EffectivePermission p = engine.evaluate(users.at(i), s, &wedding, at);
                r.visible += p.canView;
                r.reasons += p.explanation.size();
            }
        }
        r.nsecs = timer.nsecsElapsed();
        r.memory = readMemory();
        printRow(out, r);
    }

    const double bestMs = double(best.nsecs) / 1e6;
    out << "\n"
        << qint64(userCount) * sectionCount << " evaluations without explanation in "
        << QString::number(bestMs, 'f', 1) << " ms (goal: under 100 ms on one core)\n";
    return 0;
}
