// The dashboard's tenant table: what each column says, severity rising as a wedding nears,
// in-place updates that keep the selection, and sorting/filtering through the proxy.
#include "ModelRoles.h"
#include "RoleFilterProxyModel.h"
#include "TenantHealthModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

TenantSyncHealth tenant(const QString &id, const QString &name, SyncStatus status,
                        std::optional<qint64> daysToWedding, qint64 minutesSinceSuccess = 1)
{
    TenantSyncHealth t;
    t.organizationId = id;
    t.name = name;
    t.status = status;
    t.configVersion = 7;
    t.connectedClients = 3;
    t.staleClients = status == SyncStatus::Partial ? 1 : 0;
    t.conflicts = status == SyncStatus::Partial ? 2 : 0;
    t.lastSuccessAt = Now.addSecs(-60 * minutesSinceSuccess);
    if (daysToWedding) {
        t.daysUntilNextWedding = daysToWedding;
        t.nextWeddingDate = Now.date().addDays(*daysToWedding);
    }
    return t;
}

SyncHealthReport report(const QList<TenantSyncHealth> &tenants)
{
    SyncHealthReport r;
    r.generatedAt = Now;
    r.tenants = tenants;
    return r;
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestTenantHealthModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEachTenantGraded();
    void severityRisesAsTheWeddingNears_data();
    void severityRisesAsTheWeddingNears();
    void sameTenantsUpdateInPlace();
    void proxySortsBySeverityAndFilters();
};

void TestTenantHealthModel::showsEachTenantGraded()
{
    TenantHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report({tenant(u"a"_s, u"Evergreen"_s, SyncStatus::Success, 30),
                            tenant(u"b"_s, u"Lakeside"_s, SyncStatus::Failed, 1, 60)}),
                    Now);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TenantHealthModel::ColumnCount));
    QCOMPARE(text(model, 0, TenantHealthModel::NameColumn), u"Evergreen"_s);
    QCOMPARE(text(model, 0, TenantHealthModel::StatusColumn), u"Success"_s);
    QCOMPARE(text(model, 0, TenantHealthModel::FreshnessColumn),
             syncFreshnessDisplayName(SyncFreshness::OnTime));
    QCOMPARE(text(model, 1, TenantHealthModel::StatusColumn), u"Failed"_s);
    QCOMPARE(text(model, 1, TenantHealthModel::FreshnessColumn),
             syncFreshnessDisplayName(SyncFreshness::Error));
    QCOMPARE(text(model, 1, TenantHealthModel::VersionColumn), u"7"_s);
    QCOMPARE(text(model, 1, TenantHealthModel::ConnectedColumn), u"3"_s);
    QVERIFY(text(model, 1, TenantHealthModel::NextWeddingColumn).contains(u"tomorrow"_s));
    QCOMPARE(model.index(1, 0).data(StatusRole).toInt(), int(SyncStatus::Failed));
    QCOMPARE(model.index(1, 0).data(IdRole).toString(), u"b"_s);
    QCOMPARE(model.organizationName(u"b"_s), u"Lakeside"_s);
    QCOMPARE(model.rowOf(u"zzz"_s), -1);

    // A partial tenant whose last success is old is delayed, and says so once time passes.
    model.setReport(report({tenant(u"a"_s, u"Evergreen"_s, SyncStatus::Partial, {}, 10)}), Now);
    QCOMPARE(text(model, 0, TenantHealthModel::FreshnessColumn),
             syncFreshnessDisplayName(SyncFreshness::OnTime));
    model.setNow(Now.addSecs(30 * 60));
    QCOMPARE(text(model, 0, TenantHealthModel::FreshnessColumn),
             syncFreshnessDisplayName(SyncFreshness::Delayed));
    QCOMPARE(text(model, 0, TenantHealthModel::NextWeddingColumn),
             TenantHealthModel::tr("none planned"));
}

void TestTenantHealthModel::severityRisesAsTheWeddingNears_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("severity");
    QTest::newRow("in a month") << 30 << int(SyncSeverity::High);
    QTest::newRow("in 5 days") << 5 << int(SyncSeverity::Critical);
    QTest::newRow("tomorrow") << 1 << int(SyncSeverity::Critical);
    QTest::newRow("today") << 0 << int(SyncSeverity::Critical);
}

void TestTenantHealthModel::severityRisesAsTheWeddingNears()
{
    QFETCH(int, days);
    QFETCH(int, severity);
    TenantHealthModel model;
    model.setReport(report({tenant(u"a"_s, u"A"_s, SyncStatus::Failed, days)}), Now);
    QCOMPARE(model.index(0, TenantHealthModel::SeverityColumn).data(SeverityRole).toInt(),
             severity);
    QCOMPARE(text(model, 0, TenantHealthModel::SeverityColumn),
             syncSeverityDisplayName(SyncSeverity(severity)));
    QCOMPARE(model.index(0, TenantHealthModel::SeverityColumn).data(SortRole).toInt(), severity);
}

void TestTenantHealthModel::sameTenantsUpdateInPlace()
{
    TenantHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report({tenant(u"a"_s, u"A"_s, SyncStatus::Success, 3),
                            tenant(u"b"_s, u"B"_s, SyncStatus::Success, 3)}),
                    Now);
    QPersistentModelIndex selected = model.index(1, 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setReport(report({tenant(u"a"_s, u"A"_s, SyncStatus::Success, 3),
                            tenant(u"b"_s, u"B"_s, SyncStatus::Pending, 3)}),
                    Now);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(text(model, 1, TenantHealthModel::StatusColumn), u"Pending"_s);

    model.setReport(report({tenant(u"c"_s, u"C"_s, SyncStatus::Success, 3)}), Now);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestTenantHealthModel::proxySortsBySeverityAndFilters()
{
    TenantHealthModel model;
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TenantHealthModel::SeverityColumn, Qt::DescendingOrder);
    model.setReport(report({tenant(u"a"_s, u"Alpine"_s, SyncStatus::Success, 0),
                            tenant(u"b"_s, u"Birch"_s, SyncStatus::Partial, 40),
                            tenant(u"c"_s, u"Cedar"_s, SyncStatus::Failed, 1),
                            tenant(u"d"_s, u"Dune"_s, SyncStatus::Pending, {})}),
                    Now);
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(text(proxy, 0, TenantHealthModel::NameColumn),
             u"Cedar"_s); // critical: failed, tomorrow
    QCOMPARE(text(proxy, 1, TenantHealthModel::NameColumn), u"Birch"_s); // elevated

    proxy.setRoleFilter(StatusRole, int(SyncStatus::Failed));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(text(proxy, 0, TenantHealthModel::NameColumn), u"Cedar"_s);
    proxy.setRoleFilter(StatusRole, {});
    proxy.setSearchText(u"  bIrC "_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(text(proxy, 0, TenantHealthModel::NameColumn), u"Birch"_s);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 4);

    // Sorting by name is case-insensitive and ascending works too.
    proxy.sort(TenantHealthModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(text(proxy, 0, TenantHealthModel::NameColumn), u"Alpine"_s);
}

QTEST_GUILESS_MAIN(TestTenantHealthModel)
#include "tst_tenanthealthmodel.moc"
