// The sign-in dialog against a real wedsync-server: a user types into the fields and clicks.
#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "common/ConsolePage.h"
#include "session/SignInErrors.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

class tst_ShellSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInThroughTheDialog();
    void wrongPasswordSaysSo();
    void vendorHasNoConsoleAccess();
    void unreachableServerSaysSo();
    void lockedAccountSaysSo();
    void buttonWaitsForAValidForm();
    void coordinatorSeesNeitherAuditNorHealth();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
    QString m_profile;
    std::unique_ptr<ConsoleApp> m_console;
};

void tst_ShellSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_ShellSignIn::init()
{
    m_profile = newProfileName();
    m_console = makeConsole(m_server.baseUrl(), m_profile);
    m_console->start();
    QTRY_VERIFY(m_console->signInDialog()->isVisible());
}

void tst_ShellSignIn::cleanup()
{
    m_console.reset();
    removeProfile(m_profile);
}

void tst_ShellSignIn::signInThroughTheDialog()
{
    QVERIFY(!m_console->mainWindow()->isVisible());
    QVERIFY(signInThroughDialog(*m_console, u"platform@wedsync.demo"_s, DemoPassword));
    MainWindow *window = m_console->mainWindow();
    QStringList pages;
    for (ConsolePage *page : window->pages())
        pages.append(page->pageId());
    QCOMPARE(
        pages,
        (QStringList {u"dashboard"_s, u"audit"_s, u"layout"_s, u"permissions"_s, u"conflicts"_s,
                      u"suppliers"_s, u"integrations"_s, u"calendars"_s, u"configuration"_s}));
    QCOMPARE(window->currentPage()->pageId(), u"dashboard"_s);
    auto *account = window->findChild<QLabel *>(u"accountLabel"_s);
    QVERIFY(account->text().contains(u"platform@wedsync.demo"_s));
}

void tst_ShellSignIn::wrongPasswordSaysSo()
{
    submitSignIn(*m_console, u"admin@evergreen.demo"_s, u"not-the-password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->signInDialog()->errorText(),
                              u"The e-mail address or the password is wrong."_s, 30000);
    QVERIFY(m_console->signInDialog()->isVisible());
    QVERIFY(!m_console->mainWindow()->isVisible());
    // The form is usable again for the next attempt.
    QVERIFY(!m_console->signInDialog()->isBusy());
}

void tst_ShellSignIn::vendorHasNoConsoleAccess()
{
    submitSignIn(*m_console, u"vendor@evergreen.demo"_s, DemoPassword);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->signInDialog()->errorText(), noConsoleAccessMessage(),
                              30000);
    QVERIFY(!m_console->mainWindow()->isVisible());
}

void tst_ShellSignIn::unreachableServerSaysSo()
{
    m_console.reset();
    // A port nothing listens on: the server we started, stopped.
    QTemporaryDir data;
    ServerProcess gone;
    QVERIFY2(gone.start({u"--data-dir"_s, data.path()}), qPrintable(gone.errorString()));
    const QUrl url = gone.baseUrl();
    gone.stop();
    m_console = makeConsole(url, m_profile);
    m_console->start();
    submitSignIn(*m_console, u"admin@evergreen.demo"_s, DemoPassword);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_console->signInDialog()->errorText().contains(u"cannot be reached"_s), 60000);
    QVERIFY(m_console->signInDialog()->errorText().contains(url.authority()));
}

void tst_ShellSignIn::lockedAccountSaysSo()
{
    // Wrong passwords until the server's login throttle locks the account (its own account, so
    // the other cases are not slowed down). The console waits out short delays by itself.
    SignInDialog *dialog = m_console->signInDialog();
    const QString locked = u"Too many failed attempts"_s;
    for (int attempt = 0; attempt < 15 && !dialog->errorText().startsWith(locked); ++attempt) {
        submitSignIn(*m_console, u"admin@lakeside.demo"_s, u"guess-%1"_s.arg(attempt));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 90000);
        QVERIFY(!dialog->errorText().isEmpty());
    }
    QVERIFY2(dialog->errorText().startsWith(locked), qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(u"minute"_s), qPrintable(dialog->errorText()));
    // The right password does not get in while the lock lasts.
    submitSignIn(*m_console, u"admin@lakeside.demo"_s, DemoPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 90000);
    QVERIFY(dialog->errorText().startsWith(locked));
    QVERIFY(!m_console->mainWindow()->isVisible());
}

void tst_ShellSignIn::buttonWaitsForAValidForm()
{
    SignInDialog *dialog = m_console->signInDialog();
    auto *button = dialog->findChild<QPushButton *>(u"signInButton"_s);
    typeInto(dialog, "email", u"admin@"_s);
    typeInto(dialog, "password", DemoPassword);
    QVERIFY(!button->isEnabled());
    QCOMPARE(dialog->validationProblem(), u"That does not look like an e-mail address."_s);
    typeInto(dialog, "email", u"admin@evergreen.demo"_s);
    QVERIFY(button->isEnabled());
    typeInto(dialog, "serverUrl", u"ftp://example.com"_s);
    QVERIFY(!button->isEnabled());
}

void tst_ShellSignIn::coordinatorSeesNeitherAuditNorHealth()
{
    // A planner's console opens on the layout editor, not on "nothing for your account".
    QVERIFY(signInThroughDialog(*m_console, u"planner@evergreen.demo"_s, DemoPassword));
    MainWindow *window = m_console->mainWindow();
    QVERIFY(window->page(u"layout"_s));
    QVERIFY(!window->page(u"dashboard"_s));
    QVERIFY(!window->page(u"audit"_s));
    QCOMPARE(window->currentPage(), window->page(u"layout"_s));
    auto *placeholder = window->findChild<QLabel *>(u"placeholder"_s);
    QVERIFY(!placeholder->isVisible());
}

QTEST_MAIN(tst_ShellSignIn)
#include "tst_shellsignin.moc"
