#include "PermissionBenchSupport.h"

#include "ServerUnderTest.h"

#include "IntegrityChecker.h"
#include "Role.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::bench {

namespace {

QStringList someRoles(QRandomGenerator &rng, int percent)
{
    QStringList roles;
    for (Role role : allRoles()) {
        if (int(rng.bounded(100)) < percent)
            roles << roleName(role);
    }
    return roles;
}

} // namespace

QStringList benchSectionTypes(int count)
{
    QStringList types = seedSectionTypes();
    types << u"timeline"_s << u"photos"_s << u"documents"_s << u"dashboard"_s;
    types.removeDuplicates();
    for (int i = int(types.size()); i < count; ++i)
        types << u"bench_%1"_s.arg(i, 3, 10, QChar(u'0'));
    return types.mid(0, count);
}

QList<SectionConfig> benchSections(int count, QRandomGenerator &rng)
{
    const QStringList types = benchSectionTypes(count);
    QList<SectionConfig> sections;
    for (int i = 0; i < count; ++i) {
        SectionConfig s;
        s.id = u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
        s.organizationId = u"org"_s;
        s.sectionType = types.at(i);
        s.layout.position = i;
        s.visibility.roles = someRoles(rng, 50);
        s.permissions.canEdit = someRoles(rng, 20);
        s.permissions.canHide = someRoles(rng, 15);
        s.permissions.canView = someRoles(rng, 5);
        if (rng.bounded(4) == 0) {
            s.visibility.hasWeddingPhases = true;
            s.visibility.weddingPhases = {u"wedding_day"_s, u"post_wedding"_s};
        }
        sections << s;
    }
    return sections;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

void printTable(const QList<Figure> &figures)
{
    out() << Qt::left << qSetFieldWidth(56) << "case" << Qt::right << qSetFieldWidth(7) << "runs"
          << qSetFieldWidth(11) << "median ms" << qSetFieldWidth(10) << "p95 ms"
          << qSetFieldWidth(10) << "max ms" << qSetFieldWidth(0) << "   note\n";
    for (const Figure &f : figures) {
        out() << Qt::left << qSetFieldWidth(56) << f.name << Qt::right << qSetFieldWidth(7)
              << f.ms.size() << qSetFieldWidth(11) << QString::number(percentile(f.ms, 0.5), 'f', 2)
              << qSetFieldWidth(10) << QString::number(percentile(f.ms, 0.95), 'f', 2)
              << qSetFieldWidth(10) << QString::number(percentile(f.ms, 1.0), 'f', 2)
              << qSetFieldWidth(0) << "   " << f.note << '\n';
    }
    out().flush();
}

} // namespace wedsync::bench
