// The sync dashboard as a platform admin sees it, against a real demo server: the tenant table
// fills, a change made elsewhere appears live in the event history, "Resync now" asks first and
// shows its result, filters narrow the history, and export writes a file.
#include "ConnectionStatsModel.h"
#include "ModelRoles.h"
#include "PageTestFixture.h"
#include "RoleFilterProxyModel.h"
#include "SyncEventModel.h"
#include "TenantHealthModel.h"
#include "dashboard/ConnectionsChart.h"
#include "dashboard/EventHistoryPanel.h"
#include "dashboard/SyncDashboardPage.h"
#include "feeds/SyncHealthFeed.h"

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

class TestSyncDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tenantTableFills();
    void changeElsewhereAppearsLive();
    void resyncAsksThenShowsResult();
    void filtersNarrowTheHistory();
    void exportWritesFile();
    void switcherScopeNarrows();
    void noMatchOffersClearAndExportAsksFirst();
    void connectionsChartByTenantAndRole();
    void cachedStateShowsOffline();

private:
    template<typename T> T *find(const char *name) { return child<T>(m_page.get(), name); }
    int rowOfTenant(const QString &organizationId);

    std::unique_ptr<PageTestFixture> m_fixture;
    std::unique_ptr<SyncHealthFeed> m_feed;
    std::unique_ptr<SyncDashboardPage> m_page;
    QString m_evergreen;
};

void TestSyncDashboardPage::initTestCase()
{
    m_fixture = std::make_unique<PageTestFixture>();
    QString error;
    QVERIFY2(m_fixture->start(PlatformAdmin, &error), qPrintable(error));
    m_evergreen = m_fixture->organizationId(u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_feed = std::make_unique<SyncHealthFeed>(&m_fixture->api(), &m_fixture->realtime(),
                                              &m_fixture->cache(), &m_fixture->clock());
    m_feed->watch(true, {});
    m_page = std::make_unique<SyncDashboardPage>(m_feed.get(), &m_fixture->prompts(),
                                                 &m_fixture->clock());
    m_page->resize(1400, 900);
    m_page->show();
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->realtime().state() == ConnectionState::Online, 20000);
}

void TestSyncDashboardPage::cleanupTestCase()
{
    m_page.reset();
    m_feed.reset();
    m_fixture.reset();
}

int TestSyncDashboardPage::rowOfTenant(const QString &organizationId)
{
    auto *view = find<QTableView>("tenantTable");
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(IdRole).toString() == organizationId)
            return row;
    }
    return -1;
}

void TestSyncDashboardPage::tenantTableFills()
{
    auto *view = find<QTableView>("tenantTable");
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, 15000);
    QVERIFY(rowOfTenant(m_evergreen) >= 0);
    const QModelIndex name
        = view->model()->index(rowOfTenant(m_evergreen), TenantHealthModel::NameColumn);
    QCOMPARE(name.data().toString(), u"Evergreen Weddings"_s);
    // Status, severity and freshness are shown in words, not only colours.
    const int row = rowOfTenant(m_evergreen);
    QVERIFY(
        !view->model()->index(row, TenantHealthModel::StatusColumn).data().toString().isEmpty());
    QVERIFY(
        !view->model()->index(row, TenantHealthModel::SeverityColumn).data().toString().isEmpty());
    QVERIFY(
        !view->model()->index(row, TenantHealthModel::FreshnessColumn).data().toString().isEmpty());
    // Sorted by severity, most urgent first.
    for (int r = 1; r < view->model()->rowCount(); ++r)
        QVERIFY(view->model()->index(r - 1, 0).data(SeverityRole).toInt()
                >= view->model()->index(r, 0).data(SeverityRole).toInt());

    // The headline counts add up to the tenants listed.
    int counted = 0;
    for (const char *status : {"count_success", "count_partial", "count_failed", "count_pending"})
        counted += find<QLabel>(status)->text().toInt();
    QCOMPARE(counted, view->model()->rowCount());
    QVERIFY(find<QLabel>("healthPercent")->text().contains(u'%'));
    QVERIFY(find<QLabel>("dataSourceNotice")->isHidden());

    // Searching narrows the table.
    auto *search = m_page->findChild<QLineEdit *>(u"tenantSearch"_s);
    QVERIFY(search);
    search->setText(u"evergr"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    search->clear();
    QVERIFY(view->model()->rowCount() >= 2);
}

void TestSyncDashboardPage::changeElsewhereAppearsLive()
{
    auto *events = find<QTableView>("eventTable");
    QVERIFY(events);
    QSignalSpy live(m_feed.get(), &SyncHealthFeed::eventsArrived);
    QSignalSpy refreshes(m_feed.get(), &SyncHealthFeed::eventsLoaded);
    const int before = m_page->eventHistory()->model()->rowCount();

    QString error;
    auto admin = m_fixture->signedIn(EvergreenAdmin, &error);
    QVERIFY2(admin, qPrintable(error));
    QVERIFY(!m_fixture->retitleSection(*admin, m_evergreen).isEmpty());

    // A config_change event of Evergreen appears on top of the history, with no refresh.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->eventHistory()->model()->rowCount() > before, 15000);
    QVERIFY(!live.isEmpty());
    QCOMPARE(refreshes.size(), 0);
    const QModelIndex top = events->model()->index(0, 0);
    QCOMPARE(top.data(OrganizationRole).toString(), m_evergreen);
    QCOMPARE(top.data(KindRole).toString(), u"config_change"_s);
    QCOMPARE(events->model()->index(0, SyncEventModel::TenantColumn).data().toString(),
             u"Evergreen Weddings"_s);

    // Selecting it shows its details: the actor by name, the stored facts only when asked.
    const QString actorId = m_page->eventHistory()->model()->event(0).actorId;
    QVERIFY(!actorId.isEmpty());
    m_page->setPeopleNames({{actorId, u"Erin Evergreen"_s}});
    events->selectRow(0);
    auto *details = find<QPlainTextEdit>("eventDetails");
    QTRY_VERIFY(details->toPlainText().contains(SyncEventModel::kindText(u"config_change"_s)));
    QVERIFY2(details->toPlainText().contains(u"Actor: Erin Evergreen"_s),
             qPrintable(details->toPlainText()));
    QVERIFY(!details->toPlainText().contains(actorId));
    QVERIFY(!details->toPlainText().contains(u"Raw details"_s));
    QTest::mouseClick(find<QPushButton>("eventShowRaw"), Qt::LeftButton);
    QVERIFY(details->toPlainText().contains(u"Raw details"_s));
    QTest::mouseClick(find<QPushButton>("eventShowRaw"), Qt::LeftButton);
}

void TestSyncDashboardPage::resyncAsksThenShowsResult()
{
    auto *view = find<QTableView>("tenantTable");
    auto *button = find<QPushButton>("resyncButton");
    auto *result = find<QLabel>("resyncResult");
    QVERIFY(!button->isEnabled()); // nothing selected yet
    view->selectRow(rowOfTenant(m_evergreen));
    QVERIFY(button->isEnabled());
    QCOMPARE(m_page->selectedTenant(), m_evergreen);

    // Declined: nothing happens.
    m_fixture->prompts().clear();
    m_fixture->prompts().queueConfirm(false);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_fixture->prompts().asked().size(), 1);
    QVERIFY(m_fixture->prompts().asked().constFirst().title.contains(u"Evergreen Weddings"_s));
    QVERIFY(result->text().isEmpty());

    // Confirmed: progress, then the result, and the resync event in the history.
    m_fixture->prompts().queueConfirm(true);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!find<QProgressBar>("resyncProgress")->isVisibleTo(m_page.get()),
                             20000);
    // No client of Evergreen is connected here (this console watches the platform): said as it
    // is, not as a success.
    QVERIFY2(result->text().contains(u"delivered nothing"_s)
                 && result->text().contains(u"no client of the tenant was connected"_s),
             qPrintable(result->text()));
    QVERIFY2(!result->text().contains(u"succeeded"_s), qPrintable(result->text()));
    QVERIFY(button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->eventHistory()->model()->kinds().contains(u"resync_unheard"_s),
                             15000);
}

void TestSyncDashboardPage::filtersNarrowTheHistory()
{
    auto *proxy = m_page->eventHistory()->proxy();
    auto *kind = find<QComboBox>("eventKindFilter");
    const int all = proxy->rowCount();
    QVERIFY(all >= 2);
    const int resyncIndex = kind->findData(u"resync_unheard"_s);
    QVERIFY(resyncIndex > 0);
    kind->setCurrentIndex(resyncIndex);
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < all);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(KindRole).toString(), u"resync_unheard"_s);
    kind->setCurrentIndex(0);

    auto *tenant = find<QComboBox>("eventTenantFilter");
    const QString lakeside = m_fixture->organizationId(u"Lakeside Events"_s);
    tenant->setCurrentIndex(tenant->findData(lakeside));
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(OrganizationRole).toString(), lakeside);
    tenant->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);
}

void TestSyncDashboardPage::exportWritesFile()
{
    const QString csvPath = m_fixture->path(u"events.csv"_s);
    const QString jsonPath = m_fixture->path(u"events.json"_s);
    m_fixture->prompts().queueSaveFileName(csvPath);
    QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("id,occurredAt,organizationId,tenant,kind,status"));
    QVERIFY(lines.size() - 2
            == m_page->eventHistory()->proxy()->rowCount()); // header + trailing CRLF

    m_fixture->prompts().queueSaveFileName(jsonPath);
    QTest::mouseClick(find<QPushButton>("exportJsonButton"), Qt::LeftButton);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(u"count"_s).toInt(), m_page->eventHistory()->proxy()->rowCount());

    // Cancelled picker: nothing written, nothing said.
    QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
}

void TestSyncDashboardPage::switcherScopeNarrows()
{
    // Choosing Evergreen in the organization switcher: its line and its events only.
    auto *view = find<QTableView>("tenantTable");
    auto *proxy = m_page->eventHistory()->proxy();
    const int tenants = view->model()->rowCount();
    m_page->setScope(m_evergreen, {});
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(IdRole).toString(), m_evergreen);
    QVERIFY(proxy->rowCount() >= 1);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(OrganizationRole).toString(), m_evergreen);
    // The headline and the chart count Evergreen only, and the headline says how.
    auto *total = find<QLabel>("tenantTotal");
    QVERIFY2(total->text().startsWith(u"1 tenant"_s), qPrintable(total->text()));
    QVERIFY2(find<QLabel>("healthPercent")->toolTip().contains(u"Partial tenant as half"_s),
             qPrintable(find<QLabel>("healthPercent")->toolTip()));
    QCOMPARE(m_page->connectionsChart()->model()->tenantFilter(), m_evergreen);
    QVERIFY(!find<QComboBox>("connectionsGrouping")->isEnabled());
    // A wedding: sync health is per organization, and the page says which one it shows.
    auto *note = find<QLabel>("scopeNote");
    QVERIFY(!note->isVisibleTo(m_page.get()));
    m_page->setScope(m_evergreen, u"00000000-0000-4000-8000-00000000beef"_s);
    QVERIFY(note->isVisibleTo(m_page.get()));
    QVERIFY2(note->text().contains(u"Evergreen Weddings"_s), qPrintable(note->text()));
    m_page->setScope({}, {});
    QCOMPARE(view->model()->rowCount(), tenants);
    QCOMPARE(proxy->rowCount(), m_page->eventHistory()->model()->rowCount());
    QVERIFY2(total->text().startsWith(QString::number(tenants)), qPrintable(total->text()));
    QVERIFY(m_page->connectionsChart()->model()->tenantFilter().isEmpty());
    // Nothing chosen: the disabled Resync says what it waits for.
    view->clearSelection();
    auto *resync = find<QPushButton>("resyncButton");
    QVERIFY(!resync->isEnabled());
    QCOMPARE(resync->toolTip(), u"Select a tenant first."_s);
}

void TestSyncDashboardPage::noMatchOffersClearAndExportAsksFirst()
{
    auto *proxy = m_page->eventHistory()->proxy();
    auto *kind = find<QComboBox>("eventKindFilter");
    auto *status = find<QComboBox>("eventStatusFilter");
    auto *notice = m_page->eventHistory()->findChild<QWidget *>(u"noMatchNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisibleTo(m_page.get()));
    // "Clients caught up" is always a success: pending ones match nothing.
    kind->setCurrentIndex(kind->findData(u"client_applied"_s));
    status->setCurrentIndex(status->findData(int(SyncStatus::Pending)));
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(notice->isVisibleTo(m_page.get()));

    // Exporting nothing asks first; declined, no file is written.
    const QString path = m_fixture->path(u"nothing.csv"_s);
    m_fixture->prompts().clear();
    m_fixture->prompts().queueConfirm(false);
    m_fixture->prompts().queueSaveFileName(path);
    QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->prompts().asked().size(), 1);
    QCOMPARE(m_fixture->prompts().asked().constFirst().title, u"Export no events?"_s);
    QVERIFY(!QFile::exists(path));
    m_fixture->prompts().clear();

    // "Clear filters" brings every event back.
    QTest::mouseClick(notice->findChild<QPushButton *>(u"noMatchClear"_s), Qt::LeftButton);
    QCOMPARE(kind->currentIndex(), 0);
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(proxy->rowCount(), m_page->eventHistory()->model()->rowCount());
    QVERIFY(!notice->isVisibleTo(m_page.get()));
}

void TestSyncDashboardPage::connectionsChartByTenantAndRole()
{
    // Our own realtime connection (a platform admin) is in the last 10 minutes' samples.
    ConnectionStatsModel *model = m_page->connectionsChart()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->currentTotal() >= 1, 20000);
    auto *grouping = find<QComboBox>("connectionsGrouping");
    grouping->setCurrentIndex(grouping->findData(int(ConnectionStatsModel::Grouping::ByRole)));
    QCOMPARE(model->grouping(), ConnectionStatsModel::Grouping::ByRole);
    QStringList roles;
    for (int series = 0; series < model->seriesCount(); ++series)
        roles.append(model->seriesKey(series));
    QVERIFY2(roles.contains(u"platform_admin"_s), qPrintable(roles.join(u", "_s)));
    // One line per series plus the total.
    QCOMPARE(m_page->connectionsChart()->chart()->series().size(), model->seriesCount() + 1);
    grouping->setCurrentIndex(0);
}

void TestSyncDashboardPage::cachedStateShowsOffline()
{
    // A second page on the same cache, with the server unreachable: it paints the cached state
    // at once and says that it is not live.
    QNetworkAccessManager nam;
    ApiClient offline(&nam);
    offline.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    offline.setRetryPolicy({1, 10, 10});
    RealtimeClient realtime;
    SyncHealthFeed feed(&offline, &realtime, &m_fixture->cache(), &m_fixture->clock());
    SyncDashboardPage page(&feed, &m_fixture->prompts(), &m_fixture->clock());
    QSignalSpy updated(&page, &ConsolePage::dataUpdated);
    page.show();
    page.activate();
    QVERIFY(!updated.isEmpty());
    QCOMPARE(updated.constFirst().at(1).toBool(), true);
    QVERIFY(page.tenantModel()->rowCount() >= 2);
    QVERIFY(page.eventHistory()->model()->rowCount() >= 1);
    auto *notice = page.findChild<QLabel *>(u"dataSourceNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"Offline"_s));
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(u"Offline: showing cached data"_s),
                             15000); // the refresh failed
}

QTEST_MAIN(TestSyncDashboardPage)
#include "tst_syncdashboardpage.moc"
