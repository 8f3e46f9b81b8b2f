// A wedding's timeline on the audit screen, against a real demo server as the Evergreen admin:
// choosing Sophia & James's wedding in the switcher turns the trail into the wedding's story in
// words under day headers; a section change made through the layout editor's REST API and a
// compliance approval of the wedding's photographer arrive live, without a reload; the entry
// shows its before/after; Tab and the arrows reach it; "All weddings" brings the trail back.
#include "AuditModel.h"
#include "AuditTimelineModel.h"
#include "JsonDiffModel.h"
#include "ModelRoles.h"
#include "PageTestFixture.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditPage.h"
#include "feeds/AuditFeed.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString Planner = u"planner@evergreen.demo"_s;

QJsonArray itemsOf(ApiReply *reply)
{
    if (!PageTestFixture::wait(reply) || !reply->ok())
        return {};
    const QJsonValue json = reply->json();
    reply->deleteLater();
    return json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
}

} // namespace

class TestAuditTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void choosingAWeddingShowsItsTimeline();
    void sectionChangeArrivesLiveUnderToday();
    void supplierApprovalJoinsTheTimeline();
    void keyboardReachesTheTimeline();
    void allWeddingsBringsTheTrailBack();

private:
    // The first timeline row whose words contain every one of `words`; -1 if none.
    int rowWith(const QStringList &words) const;
    // The day header above `row`.
    int headerAbove(int row) const;
    int firstPagesLoaded() const;
    // Neither the wedding's own row nor a supplier's compliance row.
    bool outsideTheWedding(const AuditRecord &record) const
    {
        return record.weddingId != m_sophia && record.entityType != u"compliance_record"_s
            && record.entityType != u"supplier_compliance"_s;
    }

    std::unique_ptr<PageTestFixture> m_fixture;
    std::unique_ptr<ApiClient> m_planner;
    std::unique_ptr<AuditFeed> m_feed;
    std::unique_ptr<AuditPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_pages;
    QString m_evergreen;
    QString m_sophia;
};

void TestAuditTimeline::initTestCase()
{
    m_fixture = std::make_unique<PageTestFixture>();
    QString error;
    QVERIFY2(m_fixture->start(EvergreenAdmin, &error), qPrintable(error));
    m_evergreen = m_fixture->organizationId(u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_planner = m_fixture->signedIn(Planner, &error);
    QVERIFY2(m_planner, qPrintable(error));
    QList<WeddingItem> weddings;
    for (const QJsonValue &item : itemsOf(m_fixture->api().weddings(m_evergreen))) {
        const QJsonObject wedding = item.toObject();
        weddings.append({wedding.value(u"id"_s).toString(),
                         m_evergreen,
                         wedding.value(u"coupleName"_s).toString(),
                         {},
                         {}});
        if (weddings.last().coupleName == u"Sophia & James")
            m_sophia = weddings.last().id;
    }
    QVERIFY(!m_sophia.isEmpty());

    m_feed = std::make_unique<AuditFeed>(&m_fixture->api(), &m_fixture->realtime(),
                                         &m_fixture->cache());
    m_feed->watch(false, {m_evergreen});
    m_page = std::make_unique<AuditPage>(m_feed.get(), &m_fixture->prompts());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setWeddings(m_evergreen, weddings);
    m_page->resize(1400, 900);
    m_page->show();
    m_page->setScope(m_evergreen, {});
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->realtime().state() == ConnectionState::Online, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, 15000);
}

void TestAuditTimeline::cleanupTestCase()
{
    m_pages.reset();
    m_tester.reset();
    m_page.reset();
    m_feed.reset();
    m_planner.reset();
    m_fixture.reset();
}

int TestAuditTimeline::rowWith(const QStringList &words) const
{
    const AuditTimelineModel *timeline = m_page->timelineModel();
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const QString text = timeline->index(row).data().toString();
        if (std::all_of(words.cbegin(), words.cend(),
                        [&text](const QString &word) { return text.contains(word); }))
            return row;
    }
    return -1;
}

int TestAuditTimeline::headerAbove(int row) const
{
    while (row >= 0 && !m_page->timelineModel()->isDayHeader(row))
        --row;
    return row;
}

int TestAuditTimeline::firstPagesLoaded() const
{
    int count = 0;
    for (const QList<QVariant> &page : std::as_const(*m_pages)) {
        if (page.at(3).toBool()) // firstPage: the list was asked for again
            ++count;
    }
    return count;
}

void TestAuditTimeline::choosingAWeddingShowsItsTimeline()
{
    QVERIFY(m_page->view()->isVisible());
    m_page->setScope(m_evergreen, m_sophia);
    QVERIFY(m_page->showsTimeline());
    QVERIFY(m_page->timelineView()->isVisible());
    QVERIFY(!m_page->view()->isVisible());
    QVERIFY(!m_page->filterBar()->isVisible());
    auto *title = child<QLabel>(m_page.get(), "auditTimelineTitle");
    QVERIFY(title && title->isVisible());
    QVERIFY2(title->text().contains(u"Sophia & James"_s), qPrintable(title->text()));
    // Only the wedding's rows.
    QTRY_VERIFY_WITH_TIMEOUT(!m_feed->isLoading(), 15000);
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QVERIFY(!outsideTheWedding(m_page->model()->record(row)));
    m_pages = std::make_unique<QSignalSpy>(m_feed.get(), &AuditFeed::pageLoaded);
}

void TestAuditTimeline::sectionChangeArrivesLiveUnderToday()
{
    // The layout editor's API: PATCH one of the wedding's own sections.
    QJsonObject section;
    for (const QJsonValue &item : itemsOf(m_planner->sectionsInScope(m_evergreen, m_sophia))) {
        if (item.toObject().value(u"weddingId"_s).toString() == m_sophia)
            section = item.toObject();
    }
    QVERIFY(!section.isEmpty());
    const QString before
        = section.value(u"customization"_s).toObject().value(u"title"_s).toString();
    ApiReply *patch = m_planner->patchSection(
        section.value(u"id"_s).toString(),
        QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"First dance playlist"_s}}}},
        section.value(u"version"_s).toInteger());
    QVERIFY(PageTestFixture::wait(patch) && patch->ok());
    patch->deleteLater();

    QTRY_VERIFY_WITH_TIMEOUT(rowWith({u"renamed"_s, before, u"First dance playlist"_s}) >= 0,
                             15000);
    QCOMPARE(firstPagesLoaded(), 0); // live, not reloaded
    const int row = rowWith({u"renamed"_s, u"First dance playlist"_s});
    const AuditTimelineModel *timeline = m_page->timelineModel();
    QTRY_VERIFY2_WITH_TIMEOUT(
        timeline->index(row).data().toString().contains(u"Parker Nguyen renamed"_s),
        qPrintable(timeline->index(row).data().toString()), 15000); // named, not an id
    const int header = headerAbove(row);
    QVERIFY(header >= 0);
    QCOMPARE(timeline->day(header), QDate::currentDate());
    QVERIFY2(timeline->index(header).data().toString().startsWith(u"Today"_s),
             qPrintable(timeline->index(header).data().toString()));
    // Newest first: the change is the wedding's newest entry, under the first header.
    QCOMPARE(header, 0);
    QCOMPARE(row, 1);

    // Its before/after, in the detail pane the trail uses.
    m_page->timelineView()->setCurrentIndex(timeline->index(row));
    auto *diff = child<QTableView>(m_page.get(), "auditDiffTable");
    QVERIFY(diff);
    const auto *model = qobject_cast<const JsonDiffModel *>(diff->model());
    QVERIFY(model);
    bool titleChanged = false;
    for (const JsonDiffEntry &entry : model->entries()) {
        if (entry.path == u"customization.title"_s)
            titleChanged = entry.before.toString() == before
                && entry.after.toString() == u"First dance playlist"_s;
    }
    QVERIFY(titleChanged);
    // A day's header is read, not chosen: the pane empties.
    m_page->timelineView()->setCurrentIndex(timeline->index(header));
    QVERIFY(model->entries().isEmpty());
}

void TestAuditTimeline::supplierApprovalJoinsTheTimeline()
{
    // The demo's photographer, Remy Castell, shoots this wedding; a coordinator approves their
    // submitted insurance certificate on the Suppliers screen's API.
    const QString suppliers = u"/api/v1/organizations/"_s + m_evergreen + u"/suppliers"_s;
    QString remy;
    ApiClient::Request list;
    list.path = suppliers;
    for (const QJsonValue &item : itemsOf(m_planner->send(list))) {
        if (item.toObject().value(u"email"_s).toString() == u"photo@evergreen.demo")
            remy = item.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!remy.isEmpty());
    ApiClient::Request requirements;
    requirements.path = suppliers + u'/' + remy + u"/requirements"_s;
    QJsonObject insurance;
    for (const QJsonValue &item : itemsOf(m_planner->send(requirements))) {
        if (item.toObject().value(u"status"_s).toString() == u"submitted")
            insurance = item.toObject();
    }
    QVERIFY(!insurance.isEmpty());
    const QString title = insurance.value(u"title"_s).toString();
    ApiClient::Request approve;
    approve.method = "PATCH";
    approve.path = requirements.path + u'/' + insurance.value(u"requirementId"_s).toString();
    approve.body = QJsonObject {{u"status"_s, u"approved"_s}};
    approve.ifMatch = QString::number(insurance.value(u"version"_s).toInteger());
    ApiReply *approved = m_planner->send(approve);
    QVERIFY(PageTestFixture::wait(approved));
    QVERIFY2(approved->ok(), approved->body().constData());
    approved->deleteLater();

    QTRY_VERIFY_WITH_TIMEOUT(rowWith({u"approved"_s, title, u"Remy Castell"_s}) >= 0, 15000);
    QCOMPARE(firstPagesLoaded(), 0);
    const int row = rowWith({u"approved"_s, title});
    QCOMPARE(row, 1); // the newest, under today's header
    QVERIFY(m_page->timelineModel()->isDayHeader(0));
}

void TestAuditTimeline::keyboardReachesTheTimeline()
{
    QListView *view = m_page->timelineView();
    m_page->activateWindow();
    QApplication::setActiveWindow(m_page.get());
    auto *exportCsv = child<QPushButton>(m_page.get(), "auditExportCsvButton");
    exportCsv->setFocus();
    QTRY_VERIFY(exportCsv->hasFocus());
    // Tab comes round to the timeline (one stop), whatever the page's first control is.
    for (int press = 0; press < 40 && !view->hasFocus(); ++press)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(0, 0)); // today's header
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(!m_page->timelineModel()->isDayHeader(view->currentIndex().row()));
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus()); // one press leaves it
}

void TestAuditTimeline::allWeddingsBringsTheTrailBack()
{
    const int timelineRows = m_page->model()->rowCount();
    m_page->setScope(m_evergreen, {});
    QVERIFY(!m_page->showsTimeline());
    QVERIFY(m_page->view()->isVisible());
    QVERIFY(!m_page->timelineView()->isVisible());
    QVERIFY(m_page->filterBar()->isVisible());
    QVERIFY(!child<QLabel>(m_page.get(), "auditTimelineTitle")->isVisible());
    // The tenant's whole trail again: rows that belong to no wedding are back.
    const auto trailRows = [this] {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (outsideTheWedding(m_page->model()->record(row)))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(trailRows(), 15000);
    QVERIFY(m_page->model()->rowCount() > timelineRows);
}

QTEST_MAIN(TestAuditTimeline)
#include "tst_audittimeline.moc"
