// The Settings screen as Evergreen's admin uses it: the real console signed in to a real demo
// server, on the offscreen platform. The organization's notification settings show each
// field's value with the layer it came from and why; an edit saved becomes the newest version
// in the history; a save on a version someone else replaced meanwhile is refused and offered
// for reload; a rollback asks first and is a new version; a change request proposed by the
// organization's admin cannot be approved by them (the server's sentence is shown) and is
// approved by a platform admin in another console.
#include "ConfigModels.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "config/ConfigEditPanel.h"
#include "config/ConfigHistoryPanel.h"
#include "config/ConfigRequestsPanel.h"
#include "config/ConfigurationPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString PlatformAdmin = u"platform@wedsync.demo"_s;
constexpr int WaitMs = 20000;

struct Console : PageConsole<ConfigurationPage>
{
    using PageConsole::PageConsole;
    ConfigFieldModel *fields() const { return page()->fields(); }
    ConfigHistoryModel *history() const { return page()->historyPanel()->history(); }
    ConfigDocumentModel *document() const { return page()->editPanel()->document(); }
    QString cell(const QString &path, int column) const
    {
        const int row = fields()->rowOfPath(path);
        return row < 0 ? QString() : fields()->index(row, column).data().toString();
    }
    qint64 newestVersion() const
    {
        return history()->rowCount() > 0 ? history()->item(0).version : -1;
    }
    // Types `value` into the own-settings row of `path` as a user would: opens the cell's
    // editor, types, presses Enter.
    bool typeValue(const QString &path, const QString &value) const
    {
        QTableView *view = page()->editPanel()->documentView();
        const int row = document()->rowOfPath(path);
        if (row < 0)
            return false;
        page()->tabs()->setCurrentWidget(page()->editPanel());
        const QModelIndex cell = document()->index(row, ConfigDocumentModel::ValueColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        QLineEdit *editor = nullptr;
        for (QLineEdit *candidate : view->viewport()->findChildren<QLineEdit *>()) {
            if (candidate->isVisible())
                editor = candidate;
        }
        if (!editor) {
            qWarning() << "no editor for" << path << "row" << row << "visible" << view->isVisible()
                       << "rows" << document()->rowCount() << "flags" << document()->flags(cell);
            return false;
        }
        editor->selectAll();
        QTest::keyClicks(editor, value);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Enter a moment later (queued).
        return QTest::qWaitFor([&] { return cell.data().toString() == value; }, 5000);
    }
};

} // namespace

class tst_ConfigurationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void effectiveValuesSayWhy();
    void anEditBecomesTheNewestVersion();
    void aStaleSaveIsReportedAndReloads();
    void rollbackAsksAndMakesANewVersion();
    void aChangeRequestNeedsAnotherAdmin();
    void anOptOutIsAskedFirst();
    void aMemberIsShownBesideTheLevelsAbove();

private:
    void putDigest(const QString &digest); // through REST, as another admin would
    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view of the server, as Evergreen's admin
    QString m_evergreen;
    std::unique_ptr<Console> m_admin;
};

void tst_ConfigurationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    m_evergreen = signInAndFindOrganization(*m_api, EvergreenAdmin, u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_admin = std::make_unique<Console>(m_server.baseUrl(), EvergreenAdmin, u"configuration"_s,
                                        m_evergreen);
    QVERIFY(m_admin->app && m_admin->page());
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             m_admin->fields(), m_admin->history(), m_admin->document()})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
    // An organization's admin sees the organization and its members, not the platform.
    auto *level = m_admin->page()->findChild<QComboBox *>(u"configLevel"_s);
    QCOMPARE(level->count(), 2);
    QCOMPARE(level->currentText(), u"This organization"_s);
    m_admin->page()->choose(ConfigLayer::Tenant, ConfigSettingType::Notifications);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_admin->fields()->rowCount() > 0 && m_admin->history()->rowCount() > 0, WaitMs);
}

void tst_ConfigurationPage::cleanupTestCase()
{
    m_admin.reset();
}

void tst_ConfigurationPage::putDigest(const QString &digest)
{
    ApiClient::Request get;
    get.path = u"/api/v1/organizations/"_s + m_evergreen + u"/config/notifications"_s;
    const QJsonObject view = replyJson(m_api->send(get)).toObject();
    QJsonObject document = view.value(u"document"_s).toObject();
    document.insert(u"digest"_s, digest);
    ApiClient::Request put;
    put.method = "PUT";
    put.path = get.path;
    put.ifMatch = QString::number(view.value(u"version"_s).toInteger());
    put.body = QJsonObject {{u"document"_s, document}, {u"summary"_s, u"Digest by REST"_s}};
    QVERIFY(!replyJson(m_api->send(put)).isNull());
}

void tst_ConfigurationPage::effectiveValuesSayWhy()
{
    // Evergreen keeps its own SMS provider under the tenant-wins rule; the e-mail provider is
    // the platform's, inherited.
    QCOMPARE(m_admin->cell(u"providers.sms.provider"_s, ConfigFieldModel::ValueColumn),
             u"messagebird"_s);
    QCOMPARE(m_admin->cell(u"providers.sms.provider"_s, ConfigFieldModel::LayerColumn),
             u"Organization"_s);
    const QString why = m_admin->cell(u"digest"_s, ConfigFieldModel::WhyColumn);
    QVERIFY2(why.contains(u"Notifications"_s) && why.contains(u"daily"_s), qPrintable(why));
    QCOMPARE(m_admin->cell(u"providers.email.provider"_s, ConfigFieldModel::LayerColumn),
             u"Platform"_s);
    QVERIFY(!m_admin->cell(u"providers.email.provider"_s, ConfigFieldModel::WhyColumn).isEmpty());

    // The layers side by side: what the platform and the organization each set themselves.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_admin->cell(u"providers.sms.provider"_s, ConfigFieldModel::PlatformColumn), u"twilio"_s,
        WaitMs);
    QCOMPARE(m_admin->cell(u"providers.sms.provider"_s, ConfigFieldModel::TenantColumn),
             u"messagebird"_s);
    QCOMPARE(m_admin->cell(u"providers.email.provider"_s, ConfigFieldModel::PlatformColumn),
             u"postmark"_s);
    QCOMPARE(m_admin->cell(u"providers.email.provider"_s, ConfigFieldModel::TenantColumn),
             u"—"_s); // the organization sets no e-mail provider of its own
    QTableView *view = m_admin->page()->findChild<QTableView *>(u"configFields"_s);
    QVERIFY(view);
    QVERIFY(!view->isColumnHidden(ConfigFieldModel::PlatformColumn));
    QVERIFY(!view->isColumnHidden(ConfigFieldModel::TenantColumn));
    QVERIFY(view->isColumnHidden(ConfigFieldModel::UserColumn)); // no member chosen
}

void tst_ConfigurationPage::anEditBecomesTheNewestVersion()
{
    const qint64 before = m_admin->newestVersion();
    QVERIFY(m_admin->typeValue(u"digest"_s, u"daily"_s));
    ConfigEditPanel *edit = m_admin->page()->editPanel();
    QTest::keyClicks(edit->summaryEdit(), u"Daily digest for the season"_s);
    QVERIFY(edit->saveButton()->isEnabled());
    QTest::mouseClick(edit->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->newestVersion(), before + 1, WaitMs);
    QCOMPARE(m_admin->history()->item(0).summary, u"Daily digest for the season"_s);
    // Who made it, by name (the server's id is not for people).
    QCOMPARE(m_admin->history()->index(0, ConfigHistoryModel::ByColumn).data().toString(),
             u"Erin Evergreen"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"digest"_s, ConfigFieldModel::ValueColumn), u"daily"_s,
                              WaitMs);
    QVERIFY(!m_admin->page()->hasUnsavedChanges());
}

void tst_ConfigurationPage::aStaleSaveIsReportedAndReloads()
{
    ConfigEditPanel *edit = m_admin->page()->editPanel();
    QTRY_COMPARE_WITH_TIMEOUT(edit->baseVersion(), m_admin->newestVersion(), WaitMs);
    const qint64 shown = edit->baseVersion();
    QVERIFY(m_admin->typeValue(u"digest"_s, u"off"_s));
    putDigest(u"weekly"_s); // another admin, meanwhile
    QTest::mouseClick(edit->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(edit->messageLabel()->isVisible()
                                 && edit->messageLabel()->text().contains(u"Someone else"_s),
                             WaitMs);
    QVERIFY(edit->reloadButton()->isVisible());
    QTest::mouseClick(edit->reloadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(edit->baseVersion() == shown + 1, WaitMs);
    const int row = edit->document()->rowOfPath(u"digest"_s);
    QCOMPARE(edit->document()->index(row, ConfigDocumentModel::ValueColumn).data().toString(),
             u"weekly"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"digest"_s, ConfigFieldModel::ValueColumn),
                              u"weekly"_s, WaitMs);
}

void tst_ConfigurationPage::rollbackAsksAndMakesANewVersion()
{
    ConfigHistoryPanel *history = m_admin->page()->historyPanel();
    m_admin->page()->tabs()->setCurrentWidget(history);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->history()->rowCount() >= 3, WaitMs);
    const qint64 current = m_admin->newestVersion();
    QCOMPARE(current, m_admin->page()->view().version);
    // The version saved from the console ("daily") is the second newest.
    const int row = 1;
    QCOMPARE(m_admin->history()->item(row).summary, u"Daily digest for the season"_s);
    history->historyView()->selectRow(row);
    QVERIFY(history->rollbackButton()->isEnabled());

    m_admin->prompts()->clear();
    m_admin->prompts()->queueConfirm(false); // not now
    QTest::mouseClick(history->rollbackButton(), Qt::LeftButton);
    QCOMPARE(m_admin->prompts()->asked().size(), 1);
    QCOMPARE(m_admin->prompts()->asked().constFirst().kind, ScriptedPrompts::Asked::Kind::Confirm);
    QVERIFY(m_admin->prompts()->asked().constFirst().text.contains(
        u"version %1"_s.arg(m_admin->history()->item(row).version)));
    QTest::qWait(200);
    QCOMPARE(m_admin->newestVersion(), current);

    QSignalSpy said(m_admin->page(), &ConsolePage::statusMessage);
    m_admin->prompts()->queueConfirm(true);
    QTest::mouseClick(history->rollbackButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), WaitMs);
    QVERIFY2(said.constLast().constFirst().toString().startsWith(u"Rolled back"_s),
             qPrintable(said.constLast().constFirst().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->newestVersion(), current + 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"digest"_s, ConfigFieldModel::ValueColumn), u"daily"_s,
                              WaitMs);
    // Its own rollback's live echo is not reported as a change made elsewhere.
    QTest::qWait(1000);
    for (const QList<QVariant> &message : std::as_const(said))
        QVERIFY2(!message.constFirst().toString().contains(u"elsewhere"_s),
                 qPrintable(message.constFirst().toString()));

    // The rollback's difference reads as a sentence.
    history->historyView()->selectRow(0);
    QTest::mouseClick(history->compareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(history->diffList()->count() > 0, WaitMs);
    QCOMPARE(history->diffList()->item(0)->text(), u"“digest” changed from “weekly” to “daily”."_s);
}

void tst_ConfigurationPage::aChangeRequestNeedsAnotherAdmin()
{
    ConfigEditPanel *edit = m_admin->page()->editPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!edit->hasUnsavedChanges() && edit->proposeButton()->isEnabled(),
                             WaitMs);
    QVERIFY(m_admin->typeValue(u"digest"_s, u"off"_s));
    edit->summaryEdit()->clear();
    QTest::keyClicks(edit->summaryEdit(), u"No digest in the off-season"_s);
    QTest::mouseClick(edit->proposeButton(), Qt::LeftButton);
    ConfigRequestsPanel *requests = m_admin->page()->requestsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(
        requests->requestList()->count() > 0
            && requests->requestList()->item(0)->text().contains(u"No digest in the off-season"_s),
        WaitMs);
    // The editor is back to the settings in effect: the proposal waits in the change request.
    QVERIFY(!edit->hasUnsavedChanges());
    // Its author may not approve it: the server's sentence says so.
    m_admin->page()->tabs()->setCurrentWidget(requests);
    requests->requestList()->setCurrentRow(0);
    QVERIFY(requests->approveButton()->isEnabled());
    QTest::mouseClick(requests->approveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(requests->messageLabel()->isVisible(), WaitMs);
    QVERIFY2(requests->messageLabel()->text().contains(u"You proposed this change"_s),
             qPrintable(requests->messageLabel()->text()));
    QCOMPARE(m_admin->cell(u"digest"_s, ConfigFieldModel::ValueColumn), u"daily"_s);

    // A platform admin approves it in their console; the admin's screen follows live.
    Console platform(m_server.baseUrl(), PlatformAdmin, u"configuration"_s, m_evergreen);
    QVERIFY(platform.app && platform.page());
    platform.page()->choose(ConfigLayer::Tenant, ConfigSettingType::Notifications);
    ConfigRequestsPanel *theirs = platform.page()->requestsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(theirs->requestList()->count() > 0, WaitMs);
    theirs->requestList()->setCurrentRow(0);
    QVERIFY(theirs->requestList()->item(0)->text().contains(u"waiting for approval"_s));
    QVERIFY2(theirs->requestList()->item(0)->text().contains(u"proposed by Erin Evergreen"_s),
             qPrintable(theirs->requestList()->item(0)->text()));
    // The approver sees what approving changes before deciding.
    QTRY_VERIFY_WITH_TIMEOUT(theirs->changeList()->count() == 1, WaitMs);
    const QString change = theirs->changeList()->item(0)->text();
    QVERIFY2(change.startsWith(u"“digest” changed from"_s) && change.endsWith(u"to “off”."_s),
             qPrintable(change));
    QTest::mouseClick(theirs->approveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(theirs->messageLabel()->text().contains(u"Approved"_s), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        theirs->requestList()->count() > 0
            && theirs->requestList()->item(0)->text().contains(u"approved by Pat Okafor"_s),
        WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(platform.cell(u"digest"_s, ConfigFieldModel::ValueColumn), u"off"_s,
                              WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"digest"_s, ConfigFieldModel::ValueColumn), u"off"_s,
                              WaitMs);
}

void tst_ConfigurationPage::anOptOutIsAskedFirst()
{
    ConfigRequestsPanel *requests = m_admin->page()->requestsPanel();
    m_admin->page()->tabs()->setCurrentWidget(requests);
    QCheckBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = requests->findChild<QCheckBox *>(u"optOutType_notifications"_s))
                                     != nullptr
                                 && box->isVisible(),
                             WaitMs);
    QVERIFY(!box->isChecked());
    QVERIFY(box->isEnabled());
    m_admin->prompts()->clear();
    m_admin->prompts()->queueConfirm(false);
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(m_admin->prompts()->asked().size(), 1);
    QVERIFY(!box->isChecked()); // "no" leaves it as it was

    QSignalSpy said(m_admin->page(), &ConsolePage::statusMessage);
    m_admin->prompts()->queueConfirm(true);
    QTest::keyClick(box, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), WaitMs);
    QCOMPARE(said.constFirst().constFirst().toString(), u"The opt-outs were saved."_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        requests->findChild<QCheckBox *>(u"optOutType_notifications"_s)
            && requests->findChild<QCheckBox *>(u"optOutType_notifications"_s)->isChecked(),
        WaitMs);
}

QTEST_MAIN(tst_ConfigurationPage)
void tst_ConfigurationPage::aMemberIsShownBesideTheLevelsAbove()
{
    // The member level asks for the members first; the first one is shown with all three
    // levels side by side.
    m_admin->page()->choose(ConfigLayer::User, ConfigSettingType::Notifications);
    auto *members = m_admin->page()->findChild<QComboBox *>(u"configMember"_s);
    QVERIFY(members);
    QTRY_VERIFY_WITH_TIMEOUT(members->count() > 0, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->fields()->rowCount() > 0, WaitMs);
    QCOMPARE(m_admin->page()->view().scope.userId, members->currentData().toString());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_admin->cell(u"providers.sms.provider"_s, ConfigFieldModel::TenantColumn),
        u"messagebird"_s, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_admin->cell(u"providers.sms.provider"_s, ConfigFieldModel::PlatformColumn), u"twilio"_s,
        WaitMs);
    QTableView *view = m_admin->page()->findChild<QTableView *>(u"configFields"_s);
    QVERIFY(!view->isColumnHidden(ConfigFieldModel::UserColumn));
}

#include "tst_configurationpage.moc"
