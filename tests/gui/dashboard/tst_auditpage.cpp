// The audit trail as a platform admin sees it, against a real demo server: rows fill and page
// in, filters narrow them, a matching change made elsewhere appears on top live, the selected
// row shows its before/after, and export writes the server's file.
#include "AuditModel.h"
#include "JsonDiffModel.h"
#include "PageTestFixture.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditPage.h"
#include "feeds/AuditFeed.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

class TestAuditPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rowsFillAndPageIn();
    void filterNarrowsRows();
    void matchingChangeAppearsLiveOnTop();
    void detailShowsBeforeAndAfter();
    void exportWritesFile();
    void switcherScopeNarrows();
    void cachedTrailShowsOffline();

private:
    template<typename T> T *find(const char *name) { return child<T>(m_page.get(), name); }
    void setFilter(const char *comboName, const QString &text);
    void apply();

    std::unique_ptr<PageTestFixture> m_fixture;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<AuditFeed> m_feed;
    std::unique_ptr<AuditPage> m_page;
    QString m_evergreen;
    QString m_sectionId;
    QString m_lastTitle;
};

void TestAuditPage::initTestCase()
{
    m_fixture = std::make_unique<PageTestFixture>();
    QString error;
    QVERIFY2(m_fixture->start(PlatformAdmin, &error), qPrintable(error));
    m_evergreen = m_fixture->organizationId(u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_admin = m_fixture->signedIn(EvergreenAdmin, &error);
    QVERIFY2(m_admin, qPrintable(error));
    // Some history: three edits of one section by the Evergreen admin.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!(m_lastTitle = m_fixture->retitleSection(*m_admin, m_evergreen, &m_sectionId))
                     .isEmpty());

    m_feed = std::make_unique<AuditFeed>(&m_fixture->api(), &m_fixture->realtime(),
                                         &m_fixture->cache());
    m_feed->setPageSize(2); // small pages, so that scrolling has to fetch more
    m_feed->watch(true, {});
    m_page = std::make_unique<AuditPage>(m_feed.get(), &m_fixture->prompts());
    m_page->resize(1400, 900);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->realtime().state() == ConnectionState::Online, 20000);
}

void TestAuditPage::cleanupTestCase()
{
    m_page.reset();
    m_feed.reset();
    m_admin.reset();
    m_fixture.reset();
}

void TestAuditPage::setFilter(const char *comboName, const QString &text)
{
    auto *combo = find<QComboBox>(comboName);
    QVERIFY(combo);
    if (combo->isEditable()) {
        combo->setCurrentText(text); // typed, as a person would
        return;
    }
    // Picked: the list shows words, the filter sends the wire value.
    const int index = text.isEmpty() ? 0 : combo->findData(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void TestAuditPage::apply()
{
    QTest::mouseClick(find<QPushButton>("auditApplyButton"), Qt::LeftButton);
}

void TestAuditPage::rowsFillAndPageIn()
{
    QSignalSpy pages(m_feed.get(), &AuditFeed::pageLoaded);
    m_page->activate();
    auto *view = find<QTableView>("auditTable");
    // Logins and the three edits: more than one page of two, fetched as the view has room.
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 5, 15000);
    QVERIFY(pages.size() >= 3);
    QVERIFY(m_page->model()->total() >= view->model()->rowCount());
    QVERIFY(
        find<QLabel>("auditCount")->text().contains(QString::number(view->model()->rowCount())));
    // Newest first.
    for (int row = 1; row < m_page->model()->rowCount(); ++row)
        QVERIFY(m_page->model()->record(row - 1).occurredAt
                >= m_page->model()->record(row).occurredAt);
}

void TestAuditPage::filterNarrowsRows()
{
    const int all = m_page->model()->rowCount();
    setFilter("auditActionFilter", u"update"_s);
    setFilter("auditEntityTypeFilter", u"section_configuration"_s);
    find<QLineEdit>("auditEntityIdFilter")->setText(m_sectionId);
    m_feed->setPageSize(50);
    apply();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, 15000);
    QVERIFY(m_page->model()->rowCount() < all);
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        QCOMPARE(m_page->model()->record(row).action, u"update"_s);
        QCOMPARE(m_page->model()->record(row).entityId, m_sectionId);
    }
    QCOMPARE(m_page->model()->total(), 3);

    // The entity types and actions are offered in words.
    auto *action = find<QComboBox>("auditActionFilter");
    QCOMPARE(action->currentText(), u"Update"_s);
    QVERIFY(find<QComboBox>("auditEntityTypeFilter")->currentText() == u"Section"_s);

    // A person nobody in the trail is called: said at the field, nothing is asked.
    QSignalSpy pages(m_feed.get(), &AuditFeed::pageLoaded);
    setFilter("auditActorFilter", u"nobody@nowhere.example"_s);
    apply();
    auto *problem = find<QLabel>("auditFilterProblem");
    QVERIFY(problem->isVisibleTo(m_page.get()));
    QVERIFY2(problem->text().contains(u"nobody@nowhere.example"_s), qPrintable(problem->text()));
    QTest::qWait(200);
    QCOMPARE(pages.size(), 0);
    QCOMPARE(m_page->model()->rowCount(), 3);

    // The admin picked by e-mail: their rows (they made the three edits).
    setFilter("auditActorFilter", EvergreenAdmin);
    apply();
    QVERIFY(!problem->isVisibleTo(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 15000);
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->model()->actorText(m_page->model()->record(0).actorId), u"Erin Evergreen"_s);
    pages.clear();
    setFilter("auditActorFilter", QString());
    apply();
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 15000);
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void TestAuditPage::matchingChangeAppearsLiveOnTop()
{
    QSignalSpy pages(m_feed.get(), &AuditFeed::pageLoaded);
    QSignalSpy live(m_feed.get(), &AuditFeed::recordsArrived);
    m_lastTitle = m_fixture->retitleSection(*m_admin, m_evergreen);
    QVERIFY(!m_lastTitle.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 15000);
    QCOMPARE(pages.size(), 0); // no refetch: it came live
    QCOMPARE(live.size(), 1);
    const AuditRecord &top = m_page->model()->record(0);
    QCOMPARE(top.entityId, m_sectionId);
    QCOMPARE(top.after->value(u"customization"_s).toObject().value(u"title"_s).toString(),
             m_lastTitle);

    // A login does not match the filters: it is not shown.
    QString error;
    QVERIFY(m_fixture->signedIn(EvergreenAdmin, &error));
    QTest::qWait(300); // proves that no row arrives: a bounded wait
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestAuditPage::detailShowsBeforeAndAfter()
{
    auto *view = find<QTableView>("auditTable");
    view->selectRow(0);
    auto *diff = find<QTableView>("auditDiffTable");
    QVERIFY(diff);
    const JsonDiffModel *model = qobject_cast<const JsonDiffModel *>(diff->model());
    QVERIFY(model);
    bool titleChanged = false;
    for (const JsonDiffEntry &entry : model->entries()) {
        if (entry.path == u"customization.title"_s) {
            titleChanged = entry.change == JsonDiffEntry::Change::Changed
                && entry.after.toString() == m_lastTitle;
        }
    }
    QVERIFY(titleChanged);
    QVERIFY(
        find<QLabel>("auditDetailSummary")->text().contains(AuditModel::actionText(u"update"_s)));
    // People and organizations are named, not shown as ids.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(0, AuditModel::OrganizationColumn).data().toString(),
        u"Evergreen Weddings"_s, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->index(0, AuditModel::ActorColumn).data().toString()
                                 != m_page->model()->record(0).actorId,
                             15000);
}

void TestAuditPage::exportWritesFile()
{
    const QString csvPath = m_fixture->path(u"audit.csv"_s);
    m_fixture->prompts().queueSaveFileName(csvPath);
    QTest::mouseClick(find<QPushButton>("auditExportCsvButton"), Qt::LeftButton);
    auto *result = find<QLabel>("auditExportResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✔"_s) || result->text().startsWith(u"✖"_s),
                             15000);
    QVERIFY2(result->text().startsWith(u"✔"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"4"_s)); // the four filtered rows
    QVERIFY(find<QProgressBar>("auditExportProgress")->isHidden());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("id,occurredAt,actorId,actorEmail,actorName,organizationId,entityType,"
                             "entityId,label,action"));
    QCOMPARE(bytes.count(",update,"), 4); // one row per filtered event

    const QString jsonPath = m_fixture->path(u"audit.json"_s);
    m_fixture->prompts().queueSaveFileName(jsonPath);
    QTest::mouseClick(find<QPushButton>("auditExportJsonButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(jsonPath), 15000);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"count"_s).toInt(), 4);
}

void TestAuditPage::switcherScopeNarrows()
{
    // The four Evergreen rows vanish when Lakeside is chosen in the switcher, and come back.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 15000);
    m_page->setScope(m_fixture->organizationId(u"Lakeside Events"_s), {});
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 15000);
    m_page->setScope(m_evergreen, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 15000);
}

void TestAuditPage::cachedTrailShowsOffline()
{
    // Another start on the same cache with the server out of reach: the newest cached rows, with
    // names, and a notice that this is not live.
    QNetworkAccessManager nam;
    ApiClient offline(&nam);
    offline.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    offline.setRetryPolicy({1, 10, 10});
    RealtimeClient realtime;
    AuditFeed feed(&offline, &realtime, &m_fixture->cache());
    AuditPage page(&feed, &m_fixture->prompts());
    QSignalSpy updated(&page, &ConsolePage::dataUpdated);
    page.show();
    page.activate();
    QVERIFY(!updated.isEmpty());
    QCOMPARE(updated.constFirst().at(1).toBool(), true);
    QVERIFY(page.model()->rowCount() >= 4);
    QVERIFY(page.model()->rowCount() <= 100);
    QCOMPARE(page.model()->index(0, AuditModel::OrganizationColumn).data().toString(),
             u"Evergreen Weddings"_s);
    auto *notice = page.findChild<QLabel *>(u"auditDataSourceNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"Offline"_s));
    // The server does not answer: still the cached rows, and the notice says why.
    QSignalSpy failed(&feed, &AuditFeed::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QVERIFY(page.model()->rowCount() >= 4);
    QVERIFY(notice->text().startsWith(u"Offline"_s));
    QVERIFY(notice->text().length() > 60);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
