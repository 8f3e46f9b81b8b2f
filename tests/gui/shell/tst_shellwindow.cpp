// The main window signed in to a real wedsync-server: sidebar and shortcuts, the status bar
// (online, other operators present), the configuration version announced in presence,
// switching to Spanish, geometry kept across restarts.
#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "common/ConsolePage.h"
#include "presence/PresenceTracker.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"
#include "shell/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

class tst_ShellWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sidebarAndShortcutsNavigate();
    void platformStaffChooseAnyOrganization();
    void choosingAWeddingReachesThePages();
    void statusBarShowsOnlineAndOtherOperators();
    void presenceAnnouncesNoConfigurationItDidNotApply();
    void switchingToSpanishRetranslatesTheSidebar();
    void geometryIsRestoredAfterRestart();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
    QStringList m_profiles;
    std::unique_ptr<ConsoleApp> m_console;
};

void tst_ShellWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_ShellWindow::init()
{
    m_profiles = {newProfileName()};
    m_console = makeConsole(m_server.baseUrl(), m_profiles.first());
    m_console->start();
    QVERIFY(signInThroughDialog(*m_console, u"platform@wedsync.demo"_s, DemoPassword));
}

void tst_ShellWindow::cleanup()
{
    m_console.reset();
    for (const QString &profile : std::as_const(m_profiles))
        removeProfile(profile);
}

void tst_ShellWindow::sidebarAndShortcutsNavigate()
{
    MainWindow *window = m_console->mainWindow();
    auto *sidebar = window->findChild<QListWidget *>(u"sidebar"_s);
    // sync health, audit, layout, permissions, conflicts, suppliers, integrations, calendars,
    // settings
    QCOMPARE(sidebar->count(), 9);
    QCOMPARE(window->currentPage()->pageId(), u"dashboard"_s);

    const QRect auditRow = sidebar->visualItemRect(sidebar->item(1));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, auditRow.center());
    QCOMPARE(window->currentPage()->pageId(), u"audit"_s);
    QVERIFY(window->currentPage()->isVisible());

    window->activateWindow();
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"dashboard"_s);
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"audit"_s);
    QCOMPARE(sidebar->currentRow(), 1);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"layout"_s);
    QCOMPARE(sidebar->currentRow(), 2);
    QVERIFY(window->windowTitle().startsWith(window->currentPage()->title()));
    QTest::keyClick(window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"suppliers"_s);
    QCOMPARE(sidebar->currentRow(), 5);
    QTest::keyClick(window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"integrations"_s);
    QCOMPARE(sidebar->currentRow(), 6);
    QTest::keyClick(window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"calendars"_s);
    QCOMPARE(sidebar->currentRow(), 7);
    QTest::keyClick(window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window->currentPage()->pageId(), u"configuration"_s);
    QCOMPARE(sidebar->currentRow(), 8);
}

void tst_ShellWindow::platformStaffChooseAnyOrganization()
{
    OrganizationSwitcher *switcher = m_console->mainWindow()->switcher();
    auto *organizations = switcher->findChild<QComboBox *>(u"organizationCombo"_s);
    // "All organizations" and both demo tenants.
    QTRY_VERIFY_WITH_TIMEOUT(switcher->organizationCount() >= 2, 20000);
    QCOMPARE(organizations->itemText(0), u"All organizations"_s);
    QVERIFY(organizations->findText(u"Evergreen Weddings"_s) > 0);
    QVERIFY(organizations->findText(u"Lakeside Events"_s) > 0);

    organizations->setFocus();
    while (organizations->currentText() != u"Evergreen Weddings"_s)
        QTest::keyClick(organizations, Qt::Key_Down);
    auto *weddings = switcher->findChild<QComboBox *>(u"weddingCombo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(weddings->count() > 1, 20000);
    QCOMPARE(weddings->itemText(0), u"All weddings"_s);
}

void tst_ShellWindow::choosingAWeddingReachesThePages()
{
    OrganizationSwitcher *switcher = m_console->mainWindow()->switcher();
    auto *organizations = switcher->findChild<QComboBox *>(u"organizationCombo"_s);
    auto *weddings = switcher->findChild<QComboBox *>(u"weddingCombo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(organizations->findText(u"Evergreen Weddings"_s) > 0, 20000);
    organizations->setFocus();
    while (organizations->currentText() != u"Evergreen Weddings"_s)
        QTest::keyClick(organizations, Qt::Key_Down);
    const QString evergreen = organizations->currentData().toString();
    QTRY_VERIFY_WITH_TIMEOUT(weddings->count() > 1, 20000);
    for (ConsolePage *page : m_console->mainWindow()->pages()) {
        QCOMPARE(page->scope().organizationId, evergreen);
        QVERIFY(page->scope().weddingId.isEmpty());
    }

    // The user picks the second wedding of the list: every screen is told.
    weddings->setFocus();
    QTest::keyClick(weddings, Qt::Key_Down);
    QTest::keyClick(weddings, Qt::Key_Down);
    const QString wedding = weddings->currentData().toString();
    QVERIFY(!wedding.isEmpty());
    for (ConsolePage *page : m_console->mainWindow()->pages()) {
        QCOMPARE(page->scope().organizationId, evergreen);
        QCOMPARE(page->scope().weddingId, wedding);
    }

    // Back to all weddings.
    QTest::keyClick(weddings, Qt::Key_Home);
    for (ConsolePage *page : m_console->mainWindow()->pages())
        QVERIFY(page->scope().weddingId.isEmpty());
}

void tst_ShellWindow::statusBarShowsOnlineAndOtherOperators()
{
    ConnectionStatusBar *status = m_console->mainWindow()->connectionStatus();
    QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), u"Online"_s, 30000);
    QCOMPARE(status->presenceText(), u"No other operators online"_s);

    // A second operator signs in with a console of their own.
    m_profiles.append(newProfileName());
    auto other = makeConsole(m_server.baseUrl(), m_profiles.last());
    other->start();
    QVERIFY(signInThroughDialog(*other, u"support@wedsync.demo"_s, DemoPassword));
    QTRY_COMPARE_WITH_TIMEOUT(status->presenceText(), u"Also online: support@wedsync.demo"_s,
                              30000);
    // ...and sees us.
    QTRY_COMPARE_WITH_TIMEOUT(other->mainWindow()->connectionStatus()->presenceText(),
                              u"Also online: platform@wedsync.demo"_s, 30000);

    other.reset(); // they quit
    QTRY_COMPARE_WITH_TIMEOUT(status->presenceText(), u"No other operators online"_s, 30000);

    // A message takes the room of who is online and of the last update while it shows, so that
    // a long sentence reads whole at 1024 pixels; the connection state stays.
    MainWindow *window = m_console->mainWindow();
    auto *presence = status->findChild<QLabel *>(u"presence"_s);
    auto *lastUpdate = status->findChild<QLabel *>(u"lastUpdate"_s);
    QVERIFY(presence && lastUpdate && presence->isVisible() && lastUpdate->isVisible());
    window->statusBar()->showMessage(u"Approved and applied: “SMS through Vonage from January” "
                                     "is now version 2."_s);
    QVERIFY(!presence->isVisible() && !lastUpdate->isVisible());
    QVERIFY(status->isVisible());
    window->statusBar()->clearMessage();
    QVERIFY(presence->isVisible() && lastUpdate->isVisible());
}

void tst_ShellWindow::presenceAnnouncesNoConfigurationItDidNotApply()
{
    // The dashboard has read every tenant's configuration version (sync health)...
    QTRY_VERIFY_WITH_TIMEOUT(
        m_console->mainWindow()->connectionStatus()->lastUpdateText().startsWith(u"Updated"_s),
        30000);
    PresenceTracker *presence = m_console->presence();
    QTRY_VERIFY_WITH_TIMEOUT(!presence->topic().isEmpty(), 30000);
    QCOMPARE(presence->meta().email, u"platform@wedsync.demo"_s);
    // ...but applied none of them, so it announces none: it must not look in sync.
    QVERIFY(!presence->meta().configVersion);
    QVERIFY(!presence->meta().toJson().contains(u"config_version"_s));
}

void tst_ShellWindow::switchingToSpanishRetranslatesTheSidebar()
{
    MainWindow *window = m_console->mainWindow();
    auto *sidebar = window->findChild<QListWidget *>(u"sidebar"_s);
    const QString englishDashboard = sidebar->item(0)->text();
    const QString englishAudit = sidebar->item(1)->text();

    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *settings = m_console->settingsDialog();
    QTRY_VERIFY(settings->isVisible());
    auto *language = settings->findChild<QComboBox *>(u"languageCombo"_s);
    language->setFocus();
    while (language->currentData().toString() != u"es"_s)
        QTest::keyClick(language, Qt::Key_Down);

    QTRY_COMPARE(window->findChild<QMenu *>(u"fileMenu"_s)->title(), u"&Consola"_s);
    QTRY_VERIFY(sidebar->item(0)->text() != englishDashboard);
    QVERIFY(sidebar->item(1)->text() != englishAudit);
    QCOMPARE(sidebar->item(0)->text(), window->pages().at(0)->title());
    QCOMPARE(sidebar->accessibleName(), u"Pantallas"_s);
    QCOMPARE(settings->windowTitle(), u"Ajustes"_s);
    QCOMPARE(m_console->settings().language(), u"es"_s);
    // The Edit menu's undo and redo too (Qt's own actions kept the words they were made with).
    QCOMPARE(window->findChild<QAction *>(u"undoAction"_s)->text(), u"&Deshacer"_s);
    QCOMPARE(window->findChild<QAction *>(u"redoAction"_s)->text(), u"&Rehacer"_s);

    // And back.
    while (language->currentData().toString() != u"en"_s)
        QTest::keyClick(language, Qt::Key_Up);
    QTRY_COMPARE(sidebar->item(0)->text(), englishDashboard);
}

void tst_ShellWindow::geometryIsRestoredAfterRestart()
{
    MainWindow *window = m_console->mainWindow();
    window->setGeometry(40, 50, 1100, 700);
    QTRY_COMPARE(window->size(), QSize(1100, 700));
    window->close(); // saves, like quitting
    m_console.reset();

    m_console = makeConsole(m_server.baseUrl(), m_profiles.first());
    m_console->start();
    QCOMPARE(m_console->mainWindow()->size(), QSize(1100, 700));
}

QTEST_MAIN(tst_ShellWindow)
#include "tst_shellwindow.moc"
