// The console with the keyboard only, against a real wedsync-server: Tab reaches every control
// of every screen once, in reading order, leaves a table in one press, and the focus can be
// seen where it is; after signing out the keyboard is in the sign-in form, Enter signs in and
// Quit quits.
#include "ConsoleScreens.h"
#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "common/ConsolePage.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

// How many pixels differ between two renderings of one widget.
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return count;
}

// B comes before A when reading: above it in the same column, or left of it in the same row.
bool readsBefore(const QRect &b, const QRect &a)
{
    const bool sameColumn = b.left() < a.right() && a.left() < b.right();
    const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
    if (sameRow && !sameColumn)
        return b.right() <= a.left();
    if (sameColumn && !sameRow)
        return b.bottom() <= a.top();
    return false;
}

// Where two widgets are, for reading order: in the content of the scroll area they share
// (tiles scrolled out of view keep their places), else in the window.
std::pair<QRect, QRect> readingRects(const QWidget *a, const QWidget *b)
{
    for (const QWidget *parent = a->parentWidget(); parent; parent = parent->parentWidget()) {
        const auto *area = qobject_cast<const QScrollArea *>(parent);
        if (area && area->widget() && area->widget()->isAncestorOf(b)
            && area->widget()->isAncestorOf(a)) {
            const QWidget *content = area->widget();
            return {QRect(a->mapTo(content, QPoint(0, 0)), a->size()),
                    QRect(b->mapTo(content, QPoint(0, 0)), b->size())};
        }
    }
    // Alone in a scroll area, a widget reads where the area is (its content may be scrolled).
    auto place = [](const QWidget *widget) {
        const QScrollArea *outer = nullptr;
        for (const QWidget *parent = widget->parentWidget(); parent;
             parent = parent->parentWidget()) {
            if (const auto *area = qobject_cast<const QScrollArea *>(parent);
                area && area->widget() && area->widget()->isAncestorOf(widget))
                outer = area;
        }
        return outer ? windowRect(outer) : windowRect(widget);
    };
    return {place(a), place(b)};
}

// Signs out through the menu; the sign-in dialog, shown and active.
SignInDialog *signOut(ConsoleApp &console)
{
    console.mainWindow()->findChild<QAction *>(u"signOutAction"_s)->trigger();
    SignInDialog *dialog = console.signInDialog();
    if (!QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

} // namespace

class tst_KeyboardFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tabWalksEveryScreen_data();
    void tabWalksEveryScreen();
    void signInAfterSignOutIsTyped();
    void quitQuitsFromTheSignInDialog();

private:
    // Signed in as support staff, then out: the sign-in dialog is up (null if a step failed).
    std::unique_ptr<ConsoleApp> signedInThenOut();

    QTemporaryDir m_data;
    ServerProcess m_server;
    QStringList m_profiles;
};

void tst_KeyboardFocus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_KeyboardFocus::cleanup()
{
    for (const QString &profile : std::as_const(m_profiles))
        removeProfile(profile);
    m_profiles.clear();
}

void tst_KeyboardFocus::tabWalksEveryScreen_data()
{
    QTest::addColumn<QString>("pageId");
    for (const QString &id : ScreenIds)
        QTest::newRow(qPrintable(id)) << id;
}

void tst_KeyboardFocus::tabWalksEveryScreen()
{
    QFETCH(QString, pageId);
    m_profiles.append(newProfileName());
    auto console = openEveryScreen(m_server.baseUrl(), m_profiles.last(), u"en"_s, {1440, 900});
    QVERIFY(console);
    QVERIFY(showScreen(*console, pageId));
    MainWindow *window = console->mainWindow();
    QVERIFY(!tabbableControls(window).isEmpty());

    // From the first control (the organization, top left) round the whole window, back to it.
    // A first lap lets what the keyboard opens on its way (a tile's inspector and tools)
    // appear; the second is checked.
    auto *first = window->findChild<QComboBox *>(u"organizationCombo"_s);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    for (int press = 0; press < 200; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (controlOf(QApplication::focusWidget()) == first)
            break;
    }
    QCOMPARE(controlOf(QApplication::focusWidget()), first);
    const QList<QWidget *> before = tabbableControls(window);
    QList<QWidget *> walk;
    QList<QImage> focused;
    for (int press = 0; press < 200; ++press) {
        QWidget *control = controlOf(QApplication::focusWidget());
        QVERIFY2(control, "nothing has the focus");
        if (!walk.isEmpty() && control == first)
            break;
        // One press leaves a control: a table never keeps the focus for a second Tab.
        QVERIFY2(walk.isEmpty() || walk.constLast() != control,
                 qPrintable(u"Tab stays in "_s + describe(control)));
        walk.append(control);
        focused.append(control->grab().toImage());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // The control just left looks different without the focus: the focus was visible.
        const QImage after = control->grab().toImage();
        QVERIFY2(differingPixels(focused.constLast(), after) >= 8,
                 qPrintable(u"no visible focus on "_s + describe(control)));
    }
    QVERIFY2(controlOf(QApplication::focusWidget()) == first,
             qPrintable(u"Tab never comes back to the first; it ends in: "_s
                        + describe(walk.value(walk.size() - 3)) + u", "_s
                        + describe(walk.value(walk.size() - 2)) + u", "_s
                        + describe(walk.constLast())));

    // What the walk showed on its way (a tile's inspector, a conflict's bulk buttons) counts.
    QList<QWidget *> expected = before;
    for (QWidget *control : tabbableControls(window)) {
        if (!expected.contains(control))
            expected.append(control);
    }
    for (QWidget *control : std::as_const(expected)) {
        QVERIFY2(walk.contains(control), qPrintable(u"Tab never reaches "_s + describe(control)));
    }
    for (QWidget *control : std::as_const(walk)) {
        QVERIFY2(
            expected.contains(control),
            qPrintable(u"Tab reaches a control one cannot see or use: "_s + describe(control)));
    }
    QCOMPARE(walk.size(), expected.size()); // each control once
    // In reading order: top to bottom, left to right within a row.
    for (qsizetype i = 1; i < walk.size(); ++i) {
        const auto [previous, next] = readingRects(walk.at(i - 1), walk.at(i));
        QVERIFY2(!readsBefore(next, previous),
                 qPrintable(u"Tab goes back from "_s + describe(walk.at(i - 1)) + u" to "_s
                            + describe(walk.at(i))));
    }
}

std::unique_ptr<ConsoleApp> tst_KeyboardFocus::signedInThenOut()
{
    m_profiles.append(newProfileName());
    auto console = makeConsole(m_server.baseUrl(), m_profiles.last());
    console->start();
    if (!signInThroughDialog(*console, u"support@wedsync.demo"_s, DemoPassword)
        || !signOut(*console))
        return {};
    return console;
}

void tst_KeyboardFocus::signInAfterSignOutIsTyped()
{
    auto console = signedInThenOut();
    QVERIFY(console);
    SignInDialog *dialog = console->signInDialog();
    // The e-mail is still there: the keyboard is in the (empty) password field.
    auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
    QTRY_VERIFY2(QApplication::focusWidget() == password,
                 qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(password->text().isEmpty());
    QSignalSpy signedIn(console.get(), &ConsoleApp::signedIn);
    QTest::keyClicks(QApplication::focusWidget(), DemoPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() == 1, 30000);
    QVERIFY(!dialog->isVisible());

    // Without an e-mail the keyboard starts there; Enter does nothing harmful while the form
    // is incomplete, and the dialog stays.
    QCOMPARE(signOut(*console), dialog);
    dialog->setEmail({});
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"email"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"email"_s));
}

void tst_KeyboardFocus::quitQuitsFromTheSignInDialog()
{
    auto console = signedInThenOut();
    QVERIFY(console);
    SignInDialog *dialog = console->signInDialog();
    QVERIFY(console->mainWindow()->isVisible()); // the signed-out window behind it

    QSignalSpy finished(console.get(), &ConsoleApp::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"quitButton"_s), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
}

QTEST_MAIN(tst_KeyboardFocus)
#include "tst_keyboardfocus.moc"
