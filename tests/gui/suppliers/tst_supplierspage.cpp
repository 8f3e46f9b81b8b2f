// Supplier compliance as Evergreen's planner and admin use it: the real console signed in to a
// real demo server, on the offscreen platform. The planner finds Remy Castell's insurance
// certificate in the review queue, approves it, takes the approval back within the undo time
// (nothing reaches the server), approves again and the server records it; the admin's console
// shows the supplier become eligible for verified without a reload and sees the planner
// reviewing the same supplier; the admin switches the tier after a preview of what is added and
// what becomes legacy; a new submission raises a notice in the planner's console that opens
// the supplier; support reads and cannot decide.
#include "ComplianceModels.h"
#include "ModelRoles.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "common/ScriptedPrompts.h"
#include "compliance/ReviewDecisions.h"
#include "compliance/SupplierFeed.h"
#include "notices/NoticeCenter.h"
#include "shell/MainWindow.h"
#include "shell/NoticeTray.h"
#include "suppliers/SupplierDetailPane.h"
#include "suppliers/SuppliersPage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString Planner = u"planner@evergreen.demo"_s;
const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Support = u"support@wedsync.demo"_s;
const QString Remy = u"Remy Castell"_s;
const QString Insurance = u"Public liability insurance certificate"_s;
constexpr int WaitMs = 20000;

struct Console : PageConsole<SuppliersPage>
{
    using PageConsole::PageConsole;
    SupplierDetailPane *detail() const { return page()->details(); }
    ReviewQueueModel *queue() const
    {
        return static_cast<ReviewQueueModel *>(page()->queueView()->model());
    }
    template<typename T> T *child(const QString &name) const
    {
        return page()->findChild<T *>(name);
    }
    int queueRow(const QString &supplier, const QString &title) const
    {
        for (int row = 0; row < queue()->rowCount(); ++row) {
            const RequirementRecord &record = queue()->item(row);
            if (record.supplierName == supplier && record.title == title)
                return row;
        }
        return -1;
    }
    QString supplierIdOf(const QString &name) const
    {
        for (const SupplierSummary &supplier : app->workspace()->supplierFeed()->suppliers())
            if (supplier.displayName == name)
                return supplier.id;
        return {};
    }
};

} // namespace

class tst_SuppliersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plannerApprovesWithUndoAndTheAdminSeesEligibilityLive();
    void adminSwitchesTheTierAfterAPreview();
    void aNewSubmissionRaisesANoticeThatOpensTheSupplier();
    void supportReadsButCannotDecide();

private:
    std::unique_ptr<Console> open(const QString &email);
    QJsonObject record(const QString &supplierId, const QString &title);

    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view of the server, as Evergreen's admin
    QString m_evergreen;
    std::unique_ptr<Console> m_planner;
    std::unique_ptr<Console> m_admin;
};

void tst_SuppliersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    const QJsonObject login = replyJson(m_api->login(EvergreenAdmin, DemoPassword)).toObject();
    m_api->setAccessToken(login.value(u"accessToken"_s).toString());
    for (const QJsonValue &org : replyItems(m_api->organizations())) {
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            m_evergreen = org.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!m_evergreen.isEmpty());
    m_planner = open(Planner);
    QVERIFY(m_planner);
    m_admin = open(EvergreenAdmin);
    QVERIFY(m_admin);
}

void tst_SuppliersPage::cleanupTestCase()
{
    m_planner.reset();
    m_admin.reset();
}

std::unique_ptr<Console> tst_SuppliersPage::open(const QString &email)
{
    auto console
        = std::make_unique<Console>(m_server.baseUrl(), email, u"suppliers"_s, m_evergreen);
    if (!console->app || !console->page())
        return {};
    if (!QTest::qWaitFor([&] { return console->queue()->rowCount() > 0; }, 30000)) {
        qWarning() << "the review queue did not load for" << email;
        return {};
    }
    return console;
}

QJsonObject tst_SuppliersPage::record(const QString &supplierId, const QString &title)
{
    for (const QJsonValue &item : replyItems(m_api->supplierRequirements(m_evergreen, supplierId)))
        if (item.toObject().value(u"title"_s).toString() == title)
            return item.toObject();
    return {};
}

void tst_SuppliersPage::plannerApprovesWithUndoAndTheAdminSeesEligibilityLive()
{
    Console &planner = *m_planner;
    Console &admin = *m_admin;
    // The queue: submissions oldest first, Remy's certificate among them, with the sidebar count.
    const int row = planner.queueRow(Remy, Insurance);
    QVERIFY(row >= 0);
    for (int r = 1; r < planner.queue()->rowCount(); ++r)
        QVERIFY(planner.queue()->item(r - 1).submittedAt <= planner.queue()->item(r).submittedAt);
    QVERIFY(!planner.page()->badge().isEmpty());
    const QString remy = planner.queue()->item(row).supplierId;

    // The admin has Remy open too: each sees the other reviewing him.
    admin.page()->showItem(remy);
    QTRY_COMPARE_WITH_TIMEOUT(admin.detail()->supplierId(), remy, WaitMs);
    planner.page()->queueView()->setCurrentIndex(planner.queue()->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(planner.detail()->supplierId(), remy, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(planner.detail()->selectedRecord() != nullptr
                                  && planner.detail()->selectedRecord()->title == Insurance,
                              true, WaitMs);
    auto *adminAdvancement = admin.child<QLabel>(u"supplierAdvancement"_s);
    QVERIFY2(adminAdvancement->text().contains(u"Needs"_s), qPrintable(adminAdvancement->text()));
    auto *reviewers = admin.child<QLabel>(u"supplierReviewers"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!reviewers->isHidden() && reviewers->text().contains(Planner), WaitMs);

    // Approve, then Undo within the undo time: nothing reaches the server.
    planner.app->workspace()->findChild<ReviewDecisions *>()->setUndoMs(60000);
    auto *approve = planner.child<QPushButton>(u"approveButton"_s);
    auto *reject = planner.child<QPushButton>(u"rejectButton"_s);
    QVERIFY(approve->isEnabled());
    QVERIFY2(!reject->isEnabled(), "a rejection needs a reason");
    QTest::mouseClick(approve, Qt::LeftButton);
    auto *undoStrip = planner.child<QWidget>(u"undoStrip"_s);
    QVERIFY(!undoStrip->isHidden());
    QVERIFY2(planner.child<QLabel>(u"undoText"_s)->text().contains(Insurance),
             qPrintable(planner.child<QLabel>(u"undoText"_s)->text()));
    QTest::mouseClick(planner.child<QPushButton>(u"undoDecisionButton"_s), Qt::LeftButton);
    QVERIFY(undoStrip->isHidden());
    QTest::qWait(300);
    QCOMPARE(record(remy, Insurance).value(u"status"_s).toString(), u"submitted"_s);

    // Approve again and let the undo time run out: recorded, and both consoles move on.
    planner.app->workspace()->findChild<ReviewDecisions *>()->setUndoMs(200);
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(record(remy, Insurance).value(u"status"_s).toString(), u"approved"_s,
                              WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(planner.queueRow(Remy, Insurance) < 0, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(adminAdvancement->text().contains(u"Eligible for Verified"_s), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(admin.child<QProgressBar>(u"supplierProgress"_s)->value(), 100,
                              WaitMs);
    const QString said = planner.app->mainWindow()->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"Approved"_s) && said.contains(u"may now advance"_s), qPrintable(said));
}

void tst_SuppliersPage::adminSwitchesTheTierAfterAPreview()
{
    Console &admin = *m_admin;
    const QString remy = admin.supplierIdOf(Remy);
    QVERIFY(!remy.isEmpty());
    admin.page()->showItem(remy);
    QTRY_COMPARE_WITH_TIMEOUT(admin.detail()->supplierId(), remy, WaitMs);
    auto *tier = admin.child<QComboBox>(u"tierChoice"_s);
    auto *switchTier = admin.child<QPushButton>(u"switchTierButton"_s);
    QVERIFY(!switchTier->isEnabled()); // the tier he is in
    tier->setCurrentIndex(tier->findText(u"Verified"_s));
    QVERIFY(switchTier->isEnabled());

    // Declined: the preview was asked, nothing changed.
    auto *prompts = static_cast<ScriptedPrompts *>(admin.app->prompts());
    prompts->clear();
    prompts->queueConfirm(false);
    QTest::mouseClick(switchTier, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(prompts->asked().size(), 1, WaitMs);
    const QString preview = prompts->asked().constFirst().text;
    QVERIFY2(preview.contains(u"Added as pending"_s) && preview.contains(u"Food hygiene"_s)
                 && preview.contains(u"legacy"_s),
             qPrintable(preview));
    QCOMPARE(replyJson(m_api->supplierAdvancement(m_evergreen, remy))
                 .toObject()
                 .value(u"supplier"_s)
                 .toObject()
                 .value(u"tierName"_s)
                 .toString(),
             u"basic"_s);

    // Accepted: switched on the server, and the screen says so.
    prompts->queueConfirm(true);
    QTRY_VERIFY_WITH_TIMEOUT(switchTier->isEnabled(), WaitMs);
    QTest::mouseClick(switchTier, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(replyJson(m_api->supplierAdvancement(m_evergreen, remy))
                                  .toObject()
                                  .value(u"supplier"_s)
                                  .toObject()
                                  .value(u"tierName"_s)
                                  .toString(),
                              u"verified"_s, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        admin.child<QLabel>(u"supplierSubtitle"_s)->text().contains(u"Verified"_s), WaitMs);
}

void tst_SuppliersPage::aNewSubmissionRaisesANoticeThatOpensTheSupplier()
{
    Console &planner = *m_planner;
    planner.app->notices()->setIntervalMs(1);
    // Remy's new hygiene certificate (added by the tier switch) is worked on and submitted by
    // the admin for him.
    const QString remy = planner.supplierIdOf(Remy);
    QVERIFY(!remy.isEmpty());
    QJsonObject hygiene;
    QTRY_VERIFY_WITH_TIMEOUT(!(hygiene = record(remy, u"Food hygiene rating"_s)).isEmpty(), WaitMs);
    qint64 version = hygiene.value(u"version"_s).toInteger();
    const QString requirement = hygiene.value(u"requirementId"_s).toString();
    for (const QString &status : {u"draft"_s, u"in_progress"_s, u"submitted"_s}) {
        const QJsonObject moved
            = replyJson(m_api->changeRequirementStatus(m_evergreen, remy, requirement, status, {},
                                                       version))
                  .toObject();
        QVERIFY2(!moved.isEmpty(), qPrintable(status));
        version = moved.value(u"version"_s).toInteger();
    }
    NoticeTray *tray = planner.app->noticeTray();
    QTRY_COMPARE_WITH_TIMEOUT(tray->lastNotice().pageId, u"suppliers"_s, WaitMs);
    QCOMPARE(tray->lastNotice().itemId, remy);
    QVERIFY2(tray->lastNotice().title.contains(u"hygiene"_s), qPrintable(tray->lastNotice().title));
    // The queue has it live, and the notice opens the supplier.
    QTRY_VERIFY_WITH_TIMEOUT(planner.queueRow(Remy, u"Food hygiene rating"_s) >= 0, WaitMs);
    planner.app->mainWindow()->showPage(u"dashboard"_s);
    Q_EMIT tray->openRequested(tray->lastNotice().pageId, tray->lastNotice().itemId);
    QCOMPARE(planner.app->mainWindow()->currentPage()->pageId(), u"suppliers"_s);
    QTRY_COMPARE_WITH_TIMEOUT(planner.detail()->supplierId(), remy, WaitMs);
}

void tst_SuppliersPage::supportReadsButCannotDecide()
{
    auto support = open(Support);
    QVERIFY(support);
    auto *readOnly = support->child<QLabel>(u"suppliersReadOnly"_s);
    QVERIFY(!readOnly->isHidden());
    QVERIFY(support->child<QPushButton>(u"approveButton"_s)->isHidden());
    QVERIFY(support->child<QPushButton>(u"switchTierButton"_s)->isHidden());
    support->page()->queueView()->setCurrentIndex(support->queue()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!support->detail()->supplierId().isEmpty(), WaitMs);
    QVERIFY(support->detail()->requirementView()->model()->rowCount() > 0);
}

QTEST_MAIN(tst_SuppliersPage)
#include "tst_supplierspage.moc"
