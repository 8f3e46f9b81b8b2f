// The live event history: batches land on top in one insertion, each event once, the oldest
// trimmed beyond the bound, filters by tenant/kind/status, and exports a person can open.
#include "ModelRoles.h"
#include "RoleFilterProxyModel.h"
#include "SyncEventExport.h"
#include "SyncEventModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QDateTime Base = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

SyncEvent ev(int n, const QString &org = u"org-a"_s, SyncStatus status = SyncStatus::Success,
             const QString &kind = SyncEventKind::ConfigChange.toString())
{
    SyncEvent e;
    e.id = u"ev-%1"_s.arg(n);
    e.organizationId = org;
    e.kind = kind;
    e.status = status;
    e.configVersion = n;
    e.source = u"sections"_s;
    e.message = u"Change %1 reached every client."_s.arg(n);
    e.occurredAt = Base.addSecs(n);
    e.durationMs = n * 10;
    return e;
}

QList<SyncEvent> events(int from, int count)
{
    QList<SyncEvent> list;
    for (int i = from; i < from + count; ++i)
        list.append(ev(i));
    return list;
}

QString idAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(IdRole).toString();
}

} // namespace

class TestSyncEventModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchLandsOnTopInOneInsertion();
    void eventsAppearOnce();
    void freshPageMergesWithTheLiveHistory();
    void oldestAreTrimmedBeyondTheBound();
    void proxyFiltersByTenantKindAndStatus();
    void proxyFiltersALargeHistoryInOnePass();
    void exportsCsvAndJson();
    void kindsAndDurationsReadAsWords();
};

void TestSyncEventModel::batchLandsOnTopInOneInsertion()
{
    SyncEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(events(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(idAt(model, 0), u"ev-2"_s); // newest first

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // A burst arrives out of order: one insertion, sorted newest first, above what was there.
    QList<SyncEvent> burst = events(3, 1000);
    std::reverse(burst.begin(), burst.begin() + 500);
    QCOMPARE(model.appendEvents(burst), 1000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);
    QCOMPARE(model.rowCount(), 1003);
    QCOMPARE(idAt(model, 0), u"ev-1002"_s);
    QCOMPARE(idAt(model, 999), u"ev-3"_s);
    QCOMPARE(idAt(model, 1002), u"ev-0"_s);
    // The console's own words, not the server's English sentence.
    QCOMPARE(model.index(0, SyncEventModel::MessageColumn).data().toString(),
             u"Sections changed (version 1002)"_s);
    QCOMPARE(model.index(0, SyncEventModel::StatusColumn).data().toString(), u"Success"_s);
    QCOMPARE(model.events().constFirst().id, u"ev-1002"_s);
    const QJsonObject details = model.index(0, 0).data(ObjectRole).toJsonObject();
    QCOMPARE(details.value(u"id"_s).toString(), u"ev-1002"_s);

    model.setTenantNames({{u"org-a"_s, u"Evergreen Weddings"_s}});
    QCOMPARE(model.index(5, SyncEventModel::TenantColumn).data().toString(),
             u"Evergreen Weddings"_s);
}

void TestSyncEventModel::eventsAppearOnce()
{
    SyncEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(events(0, 10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A live event that the REST page already held, and a duplicate within the batch.
    QCOMPARE(model.appendEvents({ev(9), ev(10), ev(10)}), 1);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(inserted.size(), 1);

    // The same event again with its outcome (a pending resync that failed): updated in place.
    SyncEvent outcome = ev(3, u"org-a"_s, SyncStatus::Failed);
    outcome.message = u"Two clients did not answer."_s;
    QCOMPARE(model.appendEvents({outcome}), 0);
    QCOMPARE(inserted.size(), 1);
    const int row = model.rowOf(u"ev-3"_s);
    QCOMPARE(row, 7);
    QCOMPARE(model.index(row, SyncEventModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(row, SyncEventModel::MessageColumn).data().toString(),
             u"Version 3 could not be sent to the clients"_s);
    QVERIFY(!changed.isEmpty());

    // Positions stay right after trimming.
    model.setMaxRows(5);
    QCOMPARE(model.rowOf(u"ev-3"_s), -1);
    model.appendEvents(events(20, 3));
    QCOMPARE(model.rowOf(u"ev-22"_s), 0);
    QCOMPARE(model.rowOf(u"ev-9"_s), 4);
    QCOMPARE(model.rowOf(u"ev-8"_s), -1);
}

void TestSyncEventModel::freshPageMergesWithTheLiveHistory()
{
    SyncEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.mergeEvents(events(0, 10)); // into nothing: as setEvents
    QCOMPARE(model.rowCount(), 10);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The refresh after live events: overlapping and newer rows, one of them settled since.
    model.mergeEvents({ev(12), ev(11), ev(9, u"org-a"_s, SyncStatus::Failed), ev(8)});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(idAt(model, 0), u"ev-12"_s);
    QCOMPARE(model.index(model.rowOf(u"ev-9"_s), SyncEventModel::StatusColumn).data().toString(),
             u"Failed"_s);

    // A page that fills a gap further down: everything kept, in time order.
    SyncEvent older = ev(-5);
    model.mergeEvents({older, ev(12)});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(idAt(model, 12), u"ev--5"_s);
    QCOMPARE(idAt(model, 0), u"ev-12"_s);
}

void TestSyncEventModel::oldestAreTrimmedBeyondTheBound()
{
    SyncEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(100);
    model.setEvents(events(0, 150)); // a cache load larger than the bound keeps the newest
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(idAt(model, 99), u"ev-50"_s);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.appendEvents(events(150, 30));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(idAt(model, 0), u"ev-179"_s);
    QCOMPARE(idAt(model, 99), u"ev-80"_s);

    // A batch bigger than the bound leaves only its newest.
    model.appendEvents(events(1000, 250));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(idAt(model, 0), u"ev-1249"_s);
    QCOMPARE(idAt(model, 99), u"ev-1150"_s);
    // A trimmed event may come back (it is no longer shown).
    QCOMPARE(model.appendEvents({ev(80)}), 1);

    model.setMaxRows(10);
    QCOMPARE(model.rowCount(), 10);
}

void TestSyncEventModel::proxyFiltersByTenantKindAndStatus()
{
    SyncEventModel model;
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy kinds(&model, &SyncEventModel::kindsChanged);

    proxy.setRoleFilter(OrganizationRole, u"org-b"_s);
    model.appendEvents({ev(1, u"org-a"_s), ev(2, u"org-b"_s, SyncStatus::Failed),
                        ev(3, u"org-b"_s, SyncStatus::Success, SyncEventKind::Resync.toString())});
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(idAt(proxy, 0), u"ev-3"_s);
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(model.kinds(), QStringList({u"config_change"_s, u"resync"_s}));

    proxy.setRoleFilter(KindRole, u"resync"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setRoleFilter(KindRole, {});
    proxy.setRoleFilter(StatusRole, int(SyncStatus::Failed));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(idAt(proxy, 0), u"ev-2"_s);

    // Live events that match arrive through the proxy too.
    model.appendEvents(
        {ev(4, u"org-b"_s, SyncStatus::Failed), ev(5, u"org-a"_s, SyncStatus::Failed)});
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(idAt(proxy, 0), u"ev-4"_s);

    proxy.setRoleFilter(OrganizationRole, {});
    proxy.setRoleFilter(StatusRole, {});
    QCOMPARE(proxy.rowCount(), 5);
}

void TestSyncEventModel::proxyFiltersALargeHistoryInOnePass()
{
    SyncEventModel model;
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SyncEvent> many;
    for (int i = 0; i < RoleFilterProxyModel::IncrementalRefilterMaxRows + 1000; ++i)
        many.append(ev(i, i % 3 == 0 ? u"org-b"_s : u"org-a"_s,
                       i % 7 == 0 ? SyncStatus::Failed : SyncStatus::Success));
    model.setEvents(many);

    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    proxy.setRoleFilter(StatusRole, int(SyncStatus::Failed));
    QCOMPARE(removed.size(), 0); // not thousands of separate removals
    QVERIFY(resets.size() >= 1);
    QCOMPARE(proxy.rowCount(), (int(many.size()) + 6) / 7);
    proxy.setRoleFilter(OrganizationRole, u"org-b"_s);
    QCOMPARE(proxy.rowCount(), (int(many.size()) + 20) / 21);
    for (int row = 0; row < proxy.rowCount(); row += 50)
        QCOMPARE(proxy.index(row, 0).data(OrganizationRole).toString(), u"org-b"_s);

    // Live rows still arrive through the proxy after the reset.
    model.appendEvents({ev(100000, u"org-b"_s, SyncStatus::Failed)});
    QCOMPARE(idAt(proxy, 0), u"ev-100000"_s);
    proxy.setRoleFilter(StatusRole, {});
    proxy.setRoleFilter(OrganizationRole, {});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestSyncEventModel::exportsCsvAndJson()
{
    SyncEvent hostile = ev(1);
    hostile.message = u"=HYPERLINK(\"http://x\"), \"quoted\"\nline"_s;
    hostile.details = QJsonObject {{u"delivered"_s, 3}};
    const QList<SyncEvent> list {ev(2), hostile};

    const QString csv = QString::fromUtf8(syncEventsToCsv(list, {{u"org-a"_s, u"Evergreen"_s}}));
    const QStringList lines = csv.split(u"\r\n"_s);
    QCOMPARE(lines.at(0),
             u"id,occurredAt,organizationId,tenant,kind,status,configVersion,source,"
             u"actorId,message,durationMs,details"_s);
    QVERIFY(lines.at(1).startsWith(
        u"ev-2,2026-06-01T12:00:02.000Z,org-a,Evergreen,config_change,success,2,"_s));
    // The formula is defused, quotes doubled, the line break kept inside one quoted cell.
    QVERIFY2(csv.contains(u"\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\nline\""_s),
             qPrintable(csv));
    QVERIFY(csv.contains(u"\"{\"\"delivered\"\":3}\""_s));
    QVERIFY(csv.endsWith(u"\r\n"_s));

    const QJsonObject json = QJsonDocument::fromJson(syncEventsToJson(list, Base)).object();
    QCOMPARE(json.value(u"count"_s).toInt(), 2);
    QCOMPARE(json.value(u"exportedAt"_s).toString(), u"2026-06-01T12:00:00.000Z"_s);
    QCOMPARE(json.value(u"items"_s).toArray().at(1).toObject().value(u"message"_s).toString(),
             hostile.message);
}

void TestSyncEventModel::kindsAndDurationsReadAsWords()
{
    QCOMPARE(SyncEventModel::kindText(u"config_change"_s),
             SyncEventModel::tr("Configuration change"));
    QCOMPARE(SyncEventModel::kindText(u"client_applied"_s),
             SyncEventModel::tr("Clients caught up"));
    QCOMPARE(SyncEventModel::kindText(u"conflict"_s), SyncEventModel::tr("Conflict"));
    QCOMPARE(SyncEventModel::kindText(u"resync"_s), SyncEventModel::tr("Resync"));
    QCOMPARE(SyncEventModel::kindText(u"something_new"_s), u"something_new"_s);
    SyncEvent failedResync = ev(7, u"org-a"_s, SyncStatus::Failed, u"resync"_s);
    QCOMPARE(SyncEventModel::messageText(failedResync),
             u"Resync could not be sent to the clients"_s);
    SyncEvent idleResync = ev(7, u"org-a"_s, SyncStatus::Success, u"resync"_s);
    idleResync.details.insert(u"delivered"_s, 0);
    QCOMPARE(SyncEventModel::messageText(idleResync),
             u"No client was connected; nothing to deliver"_s);
    SyncEvent applied = ev(8, u"org-a"_s, SyncStatus::Success, u"client_applied"_s);
    QCOMPARE(SyncEventModel::messageText(applied), u"Every connected client runs version 8"_s);
    SyncEvent later = ev(9, u"org-a"_s, SyncStatus::Success, u"crm_sync"_s);
    QCOMPARE(SyncEventModel::messageText(later), later.message); // a kind this console lacks
    QCOMPARE(SyncEventModel::sourceText(u"permissions"_s), u"Permissions"_s);
    QCOMPARE(SyncEventModel::durationText(865), u"865 ms"_s);
    QCOMPARE(SyncEventModel::durationText(30000), u"30 s"_s);
    QCOMPARE(SyncEventModel::durationText(95000), u"1 min 35 s"_s);
    QCOMPARE(SyncEventModel::durationText(120000), u"2 min"_s);
    QCOMPARE(SyncEventModel::durationText(7500000), u"2 h 5 min"_s);
}

QTEST_GUILESS_MAIN(TestSyncEventModel)
#include "tst_synceventmodel.moc"
