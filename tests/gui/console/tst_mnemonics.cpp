// Alt+letter shortcuts in English and Spanish, against a real wedsync-server: within one
// window (each screen of the main window with its menu bar, each dialog, each wizard page with
// the wizard's own Back and Next) and within one menu, no two controls share a mnemonic, so
// Alt+C reaches one field, not two in turn.
#include "ConsoleScreens.h"
#include "ShellTestSupport.h"

#include "../integrations/WizardSteps.h"
#include "LayoutDocument.h"
#include "PermissionMatrixModel.h"
#include "PermissionsDocument.h"
#include "ServerProcess.h"
#include "calendar/CalendarConnectPages.h"
#include "calendar/CalendarsPage.h"
#include "common/OAuthSignInPanel.h"
#include "integrations/IntegrationsPage.h"
#include "layout/FieldConflictDialog.h"
#include "permissions/CellConflictDialog.h"
#include "permissions/CopyRoleDialog.h"
#include "permissions/PermissionImportDialog.h"
#include "shell/MainWindow.h"
#include "shell/OutboxDialog.h"
#include "shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

using Mnemonics = QMultiHash<QString, QString>; // "Alt+C" -> the texts that use it

void note(Mnemonics *found, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        found->insert(key.toString(QKeySequence::PortableText).toUpper(), text);
}

// Every mnemonic a user can press in `window` (hidden screens' controls cannot fire).
Mnemonics windowMnemonics(QWidget *window)
{
    Mnemonics found;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(&found, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(&found, label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
            note(&found, box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(&found, tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                note(&found, action->text());
        }
    }
    return found;
}

Mnemonics menuMnemonics(const QMenu *menu)
{
    Mnemonics found;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->isVisible())
            note(&found, action->text());
    }
    return found;
}

// "Alt+C: &Correo, &Contraseña" for each key used twice; empty when none is.
QStringList clashes(const Mnemonics &found, const QString &where)
{
    QStringList problems;
    const auto keys = found.uniqueKeys();
    for (const QString &key : keys) {
        if (found.count(key) > 1)
            problems << u"%1 — %2: %3"_s.arg(where, key, found.values(key).join(u", "_s));
    }
    return problems;
}

} // namespace

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noWindowOrMenuRepeatsAMnemonic_data();
    void noWindowOrMenuRepeatsAMnemonic();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
    QString m_profile;
};

void tst_Mnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_Mnemonics::cleanupTestCase()
{
    if (!m_profile.isEmpty())
        removeProfile(m_profile);
}

void tst_Mnemonics::noWindowOrMenuRepeatsAMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void tst_Mnemonics::noWindowOrMenuRepeatsAMnemonic()
{
    QFETCH(QString, language);
    m_profile = newProfileName();
    // The sign-in dialog first, as the user meets it.
    auto console = makeConsole(m_server.baseUrl(), m_profile);
    console->start();
    console->setLanguage(language);
    QTest::qWait(50); // the retranslation is posted
    if (language == u"es")
        QCOMPARE(console->signInDialog()->windowTitle(), u"Iniciar sesión — WedSync Admin"_s);
    QStringList problems;
    problems << clashes(windowMnemonics(console->signInDialog()), u"sign-in"_s);
    console.reset();

    console = openEveryScreen(m_server.baseUrl(), m_profile, language, {1440, 900});
    QVERIFY(console);
    MainWindow *window = console->mainWindow();
    for (const QString &pageId : ScreenIds) {
        QVERIFY(showScreen(*console, pageId));
        problems << clashes(windowMnemonics(window), pageId);
    }
    const auto menus = window->menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus)
        problems << clashes(menuMnemonics(menu), u"menu "_s + menu->title());

    console->showSettings();
    problems << clashes(windowMnemonics(console->settingsDialog()), u"settings"_s);
    OutboxDialog outbox;
    problems << clashes(windowMnemonics(&outbox), u"outbox"_s);
    CopyRoleDialog copyRole;
    problems << clashes(windowMnemonics(&copyRole), u"copy role"_s);
    LayoutDocument document;
    PermissionMatrixModel matrix(&document);
    CellConflictDialog cellConflict(&matrix, u"section"_s);
    problems << clashes(windowMnemonics(&cellConflict), u"permission conflict"_s);
    FieldConflictDialog fieldConflict(&document, u"section"_s);
    problems << clashes(windowMnemonics(&fieldConflict), u"layout conflict"_s);
    PermissionImportDialog import(u"permissions.json"_s,
                                  Error {u"malformed_json"_s, u"Not JSON."_s, {}}, {});
    problems << clashes(windowMnemonics(&import), u"permission import"_s);

    // The wizards with their own Back and Next: a CRM's sign-in step in each way a custom
    // CRM signs in, and a calendar's account step.
    QVERIFY(showScreen(*console, u"integrations"_s));
    auto *crm = qobject_cast<QWizard *>(
        qobject_cast<IntegrationsPage *>(window->page(u"integrations"_s))->openWizard());
    QVERIFY(crm);
    problems << clashes(windowMnemonics(crm), u"CRM wizard"_s);
    QVERIFY(chooseProvider(crm, u"custom"_s, u"Mnemonics"_s));
    auto *authType = crm->currentPage()->findChild<QComboBox *>(u"authType"_s);
    for (int type = 0; type < authType->count(); ++type) {
        authType->setCurrentIndex(type);
        problems << clashes(windowMnemonics(crm),
                            u"CRM wizard sign-in "_s + authType->currentText());
    }
    crm->reject();
    QVERIFY(showScreen(*console, u"calendars"_s));
    auto *calendar
        = qobject_cast<QWizard *>(qobject_cast<CalendarsPage *>(window->page(u"calendars"_s))
                                      ->accountsPanel()
                                      ->openConnectWizard());
    QVERIFY(calendar);
    problems << clashes(windowMnemonics(calendar), u"calendar wizard"_s);
    const int firstPage = calendar->currentId();
    calendar->next();
    QVERIFY(calendar->currentId() != firstPage);
    problems << clashes(windowMnemonics(calendar), u"calendar wizard account"_s);
    // Google's sign-in step, before and after a sign-in (this server has no Google client, so
    // it ends with "Sign in again").
    calendar->back();
    qobject_cast<CalendarProviderPage *>(calendar->currentPage())->choose(u"google"_s);
    calendar->next();
    auto *google = qobject_cast<CalendarAccountPage *>(calendar->currentPage());
    QVERIFY(google && google->signInButton()->isVisibleTo(calendar));
    problems << clashes(windowMnemonics(calendar), u"calendar wizard Google"_s);
    google->signInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(google->signInPanel()->againButton()->isVisibleTo(calendar), 30000);
    problems << clashes(windowMnemonics(calendar), u"calendar wizard Google sign-in"_s);
    calendar->reject();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
