// "Remember me" through the real system keychain (the private gnome-keyring that
// scripts/with-test-keyring starts): the next start resumes without the password, and signing
// out forgets it.
#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "TestKeyring.h"
#include "session/KeychainStore.h"
#include "session/Session.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

// What the console keeps in the (test) keychain for `email` on `server`: the remembered refresh
// token, or empty when there is no entry.
QByteArray rememberedToken(const QUrl &server, const QString &email)
{
    KeychainStore reader(u"wedsync-admin"_s);
    QSignalSpy read(&reader, &KeychainStore::readFinished);
    QSignalSpy failed(&reader, &KeychainStore::failed);
    reader.read(KeychainStore::keyFor(server, email));
    if (!QTest::qWaitFor([&] { return !read.isEmpty() || !failed.isEmpty(); }, 30000))
        return {};
    return read.isEmpty() ? QByteArray() : read.first().at(1).toByteArray();
}

} // namespace

class tst_ShellRemember : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rememberedSignInResumesAfterRestart();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
};

void tst_ShellRemember::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_ShellRemember::rememberedSignInResumesAfterRestart()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    const QString profile = newProfileName();
    {
        auto console = makeConsole(m_server.baseUrl(), profile);
        console->start();
        QTRY_VERIFY(console->signInDialog()->isVisible());
        auto *remember = console->signInDialog()->findChild<QCheckBox *>(u"rememberMe"_s);
        QVERIFY(!remember->isChecked());
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, remember->height() / 2));
        QVERIFY(remember->isChecked());
        QVERIFY(signInThroughDialog(*console, u"admin@evergreen.demo"_s, DemoPassword));
        // The keychain write is asynchronous: wait until the entry is there.
        const QUrl server = console->session()->server();
        QTRY_VERIFY_WITH_TIMEOUT(!rememberedToken(server, u"admin@evergreen.demo"_s).isEmpty(),
                                 30000);
        console->mainWindow()->close();
    }
    {
        auto console = makeConsole(m_server.baseUrl(), profile);
        QSignalSpy signedIn(console.get(), &ConsoleApp::signedIn);
        console->start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
        QVERIFY(console->mainWindow()->isVisible());
        QVERIFY(!console->signInDialog()->isVisible());
        QVERIFY(console->mainWindow()
                    ->findChild<QLabel *>(u"accountLabel"_s)
                    ->text()
                    .contains(u"admin@evergreen.demo"_s));

        // Sign out (Ctrl+Shift+L): the dialog comes back and the keychain entry goes.
        const QUrl server = console->session()->server();
        QTest::keyClick(console->mainWindow(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(console->signInDialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(rememberedToken(server, u"admin@evergreen.demo"_s).isEmpty(),
                                 30000);
        console->mainWindow()->close();
    }
    {
        auto console = makeConsole(m_server.baseUrl(), profile);
        QSignalSpy signedIn(console.get(), &ConsoleApp::signedIn);
        console->start();
        QTRY_VERIFY(console->signInDialog()->isVisible());
        QTest::qWait(1000); // proves that no sign-in resumes on its own: a bounded wait
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!console->signInDialog()->findChild<QCheckBox *>(u"rememberMe"_s)->isChecked());
    }
    removeProfile(profile);
}

QTEST_MAIN(tst_ShellRemember)
#include "tst_shellremember.moc"
