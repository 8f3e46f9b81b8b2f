// The connections chart's table: a row per sample, a column per tenant or role.
#include "ConnectionStatsModel.h"
#include "Role.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

ConnectionStats stats()
{
    const QDateTime start(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    ConnectionStats s;
    for (int i = 0; i < 3; ++i) {
        ConnectionSample sample;
        sample.at = start.addSecs(10 * i);
        sample.byTenant = {{u"org-b"_s, 1 + i}, {u"org-a"_s, 2}};
        if (i == 2)
            sample.byTenant.insert(u"org-c"_s, 4);
        sample.byRole = {{u"platform_admin"_s, 1}, {u"admin"_s, 2 + i}};
        sample.total = 3 + i + (i == 2 ? 4 : 0);
        s.samples.append(sample);
    }
    return s;
}

} // namespace

class TestConnectionStatsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesByTenantAndByRole();
};

void TestConnectionStatsModel::seriesByTenantAndByRole()
{
    ConnectionStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.currentTotal(), 0);

    model.setStats(stats());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.seriesCount(), 3); // a tenant seen in any sample is a series
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.seriesKey(0), u"org-a"_s);
    QCOMPARE(model.index(0, ConnectionStatsModel::FirstSeriesColumn + 2).data().toInt(), 0);
    QCOMPARE(model.index(2, ConnectionStatsModel::FirstSeriesColumn + 2).data().toInt(), 4);
    QCOMPARE(model.index(1, ConnectionStatsModel::FirstSeriesColumn + 1).data().toInt(), 2);
    QCOMPARE(model.index(2, ConnectionStatsModel::TotalColumn).data().toInt(), 9);
    QCOMPARE(model.currentTotal(), 9);

    model.setTenantNames({{u"org-a"_s, u"Evergreen"_s}});
    QCOMPARE(model.headerData(ConnectionStatsModel::FirstSeriesColumn, Qt::Horizontal).toString(),
             u"Evergreen"_s);
    QCOMPARE(
        model.headerData(ConnectionStatsModel::FirstSeriesColumn + 1, Qt::Horizontal).toString(),
        u"org-b"_s);

    model.setGrouping(ConnectionStatsModel::Grouping::ByRole);
    QCOMPARE(model.seriesCount(), 2);
    QCOMPARE(model.seriesKey(1), u"platform_admin"_s);
    QCOMPARE(model.seriesName(1), u"Platform admin"_s);
    QCOMPARE(model.seriesName(0), roleDisplayName(Role::Admin));
    QCOMPARE(model.index(2, ConnectionStatsModel::FirstSeriesColumn).data().toInt(), 4);
}

QTEST_GUILESS_MAIN(TestConnectionStatsModel)
#include "tst_connectionstatsmodel.moc"
