// The built-in server as the status bar tells it: "Starting the built-in server…" while it
// starts (not a false "could not reach the server" over the cached screens), Online once signed
// in, and, when it stops for good, "Built-in server stopped" with a Restart button that works.
#include "ShellTestSupport.h"

#include "backend/LocalBackend.h"
#include "common/ConsolePage.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"

#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString Admin = u"admin@evergreen.demo"_s;

QString noticeOf(ConsoleApp &console)
{
    ConsolePage *page = console.mainWindow()->currentPage();
    auto *notice = page ? page->findChild<QLabel *>(u"dataSourceNotice"_s) : nullptr;
    return notice && notice->isVisibleTo(page) ? notice->text() : QString();
}

} // namespace

class tst_ShellBuiltIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_profile = newProfileName(); }
    void cleanup() { removeProfile(m_profile); }
    void startingIsSaidAndNoFalseAlarmOverTheCache();
    void stoppedServerOffersRestart();

private:
    QString m_profile;
};

void tst_ShellBuiltIn::startingIsSaidAndNoFalseAlarmOverTheCache()
{
    {
        auto console = makeConsole({}, m_profile);
        console->start();
        ConnectionStatusBar *status = console->mainWindow()->connectionStatus();
        QCOMPARE(status->stateText(), u"Starting the built-in server…"_s);
        // Once it runs, its address shows on a line of its own; the choice is not cut.
        SignInDialog *dialog = console->signInDialog();
        auto *address = dialog->findChild<QLabel *>(u"embeddedAddress"_s);
        QVERIFY(address);
        QTRY_VERIFY_WITH_TIMEOUT(address->isVisible(), 30000);
        QCOMPARE(address->text(),
                 u"Running at 127.0.0.1:%1"_s.arg(console->backend()->url().port()));
        auto *choice = dialog->findChild<QRadioButton *>(u"embeddedServer"_s);
        QVERIFY(choice->width() >= choice->sizeHint().width());
        QVERIFY(address->width() >= address->sizeHint().width());
        QVERIFY(signInThroughDialog(*console, Admin, DemoPassword));
        QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), u"Online"_s, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(currentPageShowsRows(*console), 30000);
        console->mainWindow()->close();
    }

    // Warm start: the cached screens at once, the server still starting.
    auto console = makeConsole({}, m_profile);
    console->start();
    ConnectionStatusBar *status = console->mainWindow()->connectionStatus();
    QVERIFY(console->mainWindow()->isVisible());
    QCOMPARE(status->stateText(), u"Starting the built-in server…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(console->backend()->isRunning(), 30000);
    QTest::qWait(300); // the screens' first requests have had their answers
    const QString notice = noticeOf(*console);
    QVERIFY2(!notice.contains(u"Could not reach"_s) && !notice.contains(u"Protocol"_s),
             qPrintable(notice));
    QVERIFY2(!status->stateText().contains(u"Starting"_s), qPrintable(status->stateText()));
    QVERIFY(signInThroughDialog(*console, Admin, DemoPassword));
    QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), u"Online"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(noticeOf(*console).isEmpty(), 30000);
}

void tst_ShellBuiltIn::stoppedServerOffersRestart()
{
    auto console = makeConsole({}, m_profile);
    console->start();
    QVERIFY(signInThroughDialog(*console, Admin, DemoPassword));
    ConnectionStatusBar *status = console->mainWindow()->connectionStatus();
    QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), u"Online"_s, 30000);
    auto *restart = status->findChild<QToolButton *>(u"restartServer"_s);
    QVERIFY(restart);
    QVERIFY(!restart->isVisibleTo(status));

    // It dies and is not restarted by itself: a clear state and the way out.
    console->backend()->setMaxRestarts(0);
    const qint64 pid = console->backend()->processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), u"Built-in server stopped"_s, 30000);
    QVERIFY(restart->isVisibleTo(status));
    QVERIFY2(restart->toolTip().contains(u"stopped unexpectedly"_s),
             qPrintable(restart->toolTip()));

    QTest::mouseClick(restart, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), u"Online"_s, 60000);
    QVERIFY(!restart->isVisibleTo(status));
    QVERIFY(console->backend()->processId() != pid);
    QTRY_VERIFY_WITH_TIMEOUT(currentPageShowsRows(*console), 30000);
}

QTEST_MAIN(tst_ShellBuiltIn)
#include "tst_shellbuiltin.moc"
