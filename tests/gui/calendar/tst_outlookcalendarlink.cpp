// A planner links a Microsoft Outlook calendar from the console, as they would: the real console
// signed in to a real demo server whose Microsoft app registration (--microsoft-client,
// --microsoft-api-url) points at tests/fixtures' Microsoft Graph simulator, running in this
// process. The wizard offers Outlook like Google: its note names what the server needs, its
// sign-in step shows Microsoft's sign-in address, and the test is the browser (SystemBrowser):
// it fetches that address, the simulator consents at once and redirects to the console's
// loopback listener, and the console hands the code to the server. The account is connected,
// Outlook's calendars are offered, the first sync imports an event added in Outlook. A refused
// consent is said and Cancel leaves nothing; a sign-in Microsoft no longer accepts is said and
// signed in again on the same account; Disconnect names the Microsoft sign-in it forgets; a
// server without a Microsoft app registration says so.
#include "CalendarConsole.h"
#include "GraphCalendarSimulator.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "calendar/CalendarAccountDialogs.h"
#include "calendar/CalendarAccountsPanel.h"
#include "calendar/CalendarConnectPages.h"
#include "calendar/CalendarSyncForm.h"
#include "calendar/CalendarsPage.h"
#include "common/OAuthSignInPanel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString DefaultCalendar = u"AAMkADcal-Default="_s;
const QString Weddings = u"AAMkADcal-Weddings="_s;
const QString Linked = u"Microsoft Outlook"_s; // the name the wizard suggests
const QString Tasting = u"Menu tasting at Casa Lucía"_s;
constexpr int WaitMs = 30000;

using Console = CalendarConsole;

// An event as Outlook's owner makes it, in Madrid's zone under its Windows name.
QJsonObject outlookEvent(const QString &subject, const QDateTime &start)
{
    const QTimeZone madrid("Europe/Madrid");
    const auto at = [&madrid](const QDateTime &when) {
        return QJsonObject {
            {u"dateTime"_s, when.toTimeZone(madrid).toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
            {u"timeZone"_s, u"Romance Standard Time"_s}};
    };
    return {{u"subject"_s, subject}, {u"start"_s, at(start)}, {u"end"_s, at(start.addSecs(5400))}};
}

} // namespace

class tst_OutlookCalendarLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plannerLinksAnOutlookCalendarAndSyncsIt();
    void aRefusedConsentIsSaidAndCancelLeavesNothing();
    void anExpiredSignInIsSignedInAgain();
    void disconnectNamesTheMicrosoftSignIn();
    void aServerWithoutAMicrosoftClientSaysSo();

private:
    QJsonArray myAccounts() { return calendarAccountsOf(*m_api); }
    QString browse(OAuthSignInPanel *panel) { return m_browser->browse(panel, WaitMs); }

    QTemporaryDir m_data;
    std::unique_ptr<server::GraphCalendarSimulator> m_graph;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view, as the same admin
    QString m_evergreen;
    std::unique_ptr<SystemBrowser> m_browser; // while it lives, the system browser
    std::unique_ptr<Console> m_admin;
    QDateTime m_start = QDateTime::currentDateTimeUtc().addDays(4);
};

void tst_OutlookCalendarLink::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    m_graph = std::make_unique<server::GraphCalendarSimulator>();
    QVERIFY(m_graph->listen().ok());
    m_graph->addCalendar(DefaultCalendar, u"Calendar"_s, true);
    m_graph->addCalendar(Weddings, u"Weddings"_s);
    const QStringList microsoft
        = m_graph->serverArguments(m_data.filePath(u"microsoft-client.json"_s));
    QVERIFY(!microsoft.isEmpty());
    QVERIFY2(m_server.start(QStringList {u"--demo"_s, u"--data-dir"_s, m_data.filePath(u"server"_s)}
                            + microsoft),
             qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    m_evergreen = signInAndFindOrganization(*m_api, EvergreenAdmin, u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_browser = std::make_unique<SystemBrowser>();

    m_admin = std::make_unique<Console>(m_server.baseUrl(), EvergreenAdmin, u"calendars"_s,
                                        m_evergreen);
    QVERIFY(m_admin->app && m_admin->page());
    m_admin->page()->showAccounts();
}

void tst_OutlookCalendarLink::cleanupTestCase()
{
    m_admin.reset();
    m_browser.reset();
}

void tst_OutlookCalendarLink::plannerLinksAnOutlookCalendarAndSyncsIt()
{
    auto *wizard = qobject_cast<QWizard *>(m_admin->panel()->openConnectWizard());
    QVERIFY(wizard);
    wizard->resize(1024, 700);
    QSignalSpy closed(wizard, &QDialog::finished);
    // What the panel shows the moment the wizard closes: the first sync under way.
    bool progressShown = false;
    QString resultShown;
    connect(wizard, &QDialog::finished, this, [this, &progressShown, &resultShown] {
        progressShown = m_admin->panel()->findChild<QProgressBar *>(u"syncProgress"_s)->isVisible();
        resultShown = m_admin->syncResult();
    });

    // Outlook is a choice like Google; its note says how it signs in and what the server needs.
    auto *providers = qobject_cast<CalendarProviderPage *>(wizard->page(CalendarProviderStep));
    providers->choose(u"microsoft"_s);
    QCOMPARE(providers->providerList()->currentItem()->text(), u"Microsoft Outlook"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    const QString note = wizard->findChild<QLabel *>(u"providerNote"_s)->text();
    QVERIFY2(note.startsWith(u"Connected by signing in with Microsoft in your browser"_s)
                 && note.contains(u"Microsoft app registration (--microsoft-client)"_s),
             qPrintable(note));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));

    // No address, user name or password: Microsoft's own sign-in, from a button.
    auto *page = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    QCOMPARE(page->title(), u"Sign in with Microsoft"_s);
    QVERIFY2(page->subTitle().startsWith(u"Microsoft's own sign-in page"_s),
             qPrintable(page->subTitle()));
    QCOMPARE(wizard->findChild<QLineEdit *>(u"accountName"_s)->text(), Linked);
    for (const char *hidden : {"serverUrl", "username", "password"})
        QVERIFY2(!wizard->findChild<QLineEdit *>(QString::fromLatin1(hidden))->isVisibleTo(wizard),
                 hidden);
    QVERIFY(!page->testButton()->isVisibleTo(wizard));
    QVERIFY(page->signInButton()->isVisibleTo(wizard));
    QCOMPARE(page->signInButton()->text(), u"&Sign in with Microsoft"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(myAccounts().isEmpty());
    page->signInButton()->click();

    // The account exists (pending) from the moment the sign-in starts; the browser is sent to
    // Microsoft's sign-in with PKCE and the console's loopback address.
    OAuthSignInPanel *signIn = page->signInPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->addressEdit()->text().isEmpty(), WaitMs);
    const QJsonArray pending = myAccounts();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first()[u"provider"_s].toString(), u"microsoft"_s);
    QCOMPARE(pending.first()[u"status"_s].toString(), u"pending"_s);
    const QUrl address(signIn->addressEdit()->text());
    QVERIFY2(address.toString().startsWith(m_graph->authorizationUrl()),
             qPrintable(address.toString()));
    const QUrlQuery asked(address);
    QCOMPARE(asked.queryItemValue(u"client_id"_s), m_graph->clientId);
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(QUrl(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host(),
             u"127.0.0.1"_s);
    QVERIFY(signIn->statusLabel()->text().startsWith(u"Waiting for you to sign in"_s));

    // The event the planner already has in Outlook, for the first sync to bring in.
    QVERIFY(!m_graph->addEvent(Weddings, outlookEvent(Tasting, m_start)).isEmpty());
    const QString answered = browse(signIn);
    QVERIFY2(answered.contains(u"WedSync Admin received the sign-in"_s), qPrintable(answered));
    // Linked and tested: the next step lists Outlook's calendars by id, with their names.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CalendarChoiceStep), WaitMs);
    QVERIFY(signIn->statusLabel()->text().startsWith(u"Signed in."_s));
    QCOMPARE(page->resultLabel()->text(), u"Signed in. Calendars Outlook offers: 2."_s);
    auto *choice = qobject_cast<CalendarChoicePage *>(wizard->currentPage());
    QListWidget *calendars = choice->form()->calendarList();
    QStringList offered;
    QStringList shown;
    for (int row = 0; row < calendars->count(); ++row) {
        offered << calendars->item(row)->data(Qt::UserRole).toString();
        shown << calendars->item(row)->text();
    }
    QCOMPARE(offered, (QStringList {DefaultCalendar, Weddings}));
    // By their names: Outlook's opaque ids only in the tooltip.
    QCOMPARE(shown, (QStringList {u"Calendar"_s, u"Weddings"_s}));
    QCOMPARE(calendars->item(1)->toolTip(), Weddings);
    QCOMPARE(pending.first()[u"id"_s].toString(), myAccounts().first()[u"id"_s].toString());
    QCOMPARE(myAccounts().first()[u"status"_s].toString(), u"connected"_s);

    // The planner syncs Weddings only, bringing Outlook's events in, Outlook winning conflicts.
    calendars->item(1)->setCheckState(Qt::Checked);
    calendars->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(choice->form()->chosenCalendars(), QStringList {Weddings});
    QComboBox *direction = choice->form()->directionBox();
    direction->setCurrentIndex(direction->findData(u"import"_s));
    QComboBox *strategy = choice->form()->strategyBox();
    strategy->setCurrentIndex(strategy->findData(u"calendar_wins"_s));
    choice->form()->timeZoneBox()->setCurrentText(u"Europe/Madrid"_s);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(closed.size() == 1, qPrintable(problemsShown(wizard)), WaitMs);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));

    // Connected, with the calendar chosen; its first sync runs with its progress shown, and
    // brings the event in as an appointment.
    QVERIFY(progressShown);
    QCOMPARE(resultShown, u"Syncing Microsoft Outlook…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(Linked) >= 0, WaitMs);
    QCOMPARE(m_admin->cell(Linked, CalendarAccountModel::ProviderColumn), u"Microsoft Outlook"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().startsWith(Linked + u": Completed"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);
    QVERIFY2(m_admin->syncResult().contains(u"Pulled 1, pushed 0, conflicts 0"_s),
             qPrintable(m_admin->syncResult()));
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(Linked, CalendarAccountModel::StatusColumn),
                              u"Connected"_s, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_admin->panel()->findChild<QProgressBar *>(u"syncProgress"_s)->isHidden(), WaitMs);
    const QJsonObject account = myAccounts().first().toObject();
    QCOMPARE(account[u"calendars"_s].toArray(), QJsonArray {Weddings});
    QCOMPARE(account[u"direction"_s].toString(), u"import"_s);
    QCOMPARE(account[u"conflictStrategy"_s].toString(), u"calendar_wins"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->agendaCount(Tasting), 1, WaitMs);
    QCOMPARE(m_graph->createRequests, 0); // an import writes nothing to Outlook
    QVERIFY(!m_admin->button(u"relinkAccount"_s)->isEnabled()); // nothing to relink
}

void tst_OutlookCalendarLink::aRefusedConsentIsSaidAndCancelLeavesNothing()
{
    const qsizetype before = myAccounts().size();
    m_graph->denyConsent = true;
    QWizard *wizard = m_admin->startWizard(u"microsoft"_s, u"Refused"_s);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    auto *page = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    page->signInButton()->click();
    OAuthSignInPanel *signIn = page->signInPanel();
    QTRY_COMPARE_WITH_TIMEOUT(myAccounts().size(), before + 1, WaitMs);
    const QString answered = browse(signIn);
    m_graph->denyConsent = false;
    QVERIFY2(answered.contains(u"WedSync Admin received the sign-in"_s), qPrintable(answered));
    // Said in words, with a way to try again; the wizard stays.
    QTRY_VERIFY_WITH_TIMEOUT(
        signIn->statusLabel()->text().startsWith(u"The sign-in did not finish"_s), WaitMs);
    QVERIFY2(signIn->statusLabel()->text().contains(u"was not granted in the browser"_s),
             qPrintable(signIn->statusLabel()->text()));
    QVERIFY(signIn->againButton()->isVisibleTo(wizard));
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    wizard->reject(); // the pending account goes with it
    QTRY_COMPARE_WITH_TIMEOUT(myAccounts().size(), before, WaitMs);
    for (const QJsonValue &account : myAccounts())
        QVERIFY(account[u"name"_s].toString() != u"Refused"_s);
}

void tst_OutlookCalendarLink::anExpiredSignInIsSignedInAgain()
{
    QVERIFY(m_admin->accountRow(Linked) >= 0);
    const QString id = m_admin->accounts()->item(m_admin->accountRow(Linked)).id;
    QVERIFY(m_admin->panel()->selectAccount(id));
    QPushButton *relink = m_admin->button(u"relinkAccount"_s);

    // The planner removes WedSync's access in their Microsoft account: the next sync is
    // refused, the account says so and offers to sign in again with Microsoft.
    m_graph->revokeGrant();
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled(), WaitMs);
    syncNow->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(Linked, CalendarAccountModel::StatusColumn),
                              u"Sign-in expired"_s, WaitMs);
    auto *help = m_admin->panel()->findChild<QLabel *>(u"accountStatusHelp"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(help->text().contains(u"Microsoft no longer accepts this account's "
                                                    "sign-in"_s),
                              qPrintable(help->text()), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(relink->isEnabled(), WaitMs);
    QCOMPARE(relink->text(), u"Sign in again (re&link)…"_s);
    QVERIFY2(relink->toolTip().startsWith(u"Sign in with Microsoft again in the browser."_s),
             qPrintable(relink->toolTip()));

    relink->click();
    auto *dialog = m_admin->panel()->findChild<CalendarSignInDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy relinked(dialog, &CalendarSignInDialog::relinked);
    const QString answered = browse(dialog->panel());
    QVERIFY2(answered.contains(u"WedSync Admin received the sign-in"_s), qPrintable(answered));
    QTRY_COMPARE_WITH_TIMEOUT(relinked.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(Linked, CalendarAccountModel::StatusColumn),
                              u"Connected"_s, WaitMs);
    // The same account, its mappings kept: nothing is pulled again, nothing made twice.
    QCOMPARE(myAccounts().first()[u"id"_s].toString(), id);
    QVERIFY2(m_admin->syncResult().contains(u"Pulled 0, pushed 0, conflicts 0"_s),
             qPrintable(m_admin->syncResult()));
    QCOMPARE(m_admin->agendaCount(Tasting), 1);
    QVERIFY(!relink->isEnabled());
}

void tst_OutlookCalendarLink::disconnectNamesTheMicrosoftSignIn()
{
    QVERIFY(m_admin->accountRow(Linked) >= 0);
    const QString id = m_admin->accounts()->item(m_admin->accountRow(Linked)).id;
    QVERIFY(m_admin->panel()->selectAccount(id));
    QPushButton *disconnect = m_admin->button(u"disconnectAccount"_s);
    QTRY_VERIFY_WITH_TIMEOUT(disconnect->isEnabled(), WaitMs);
    m_admin->prompts()->clear();
    m_admin->prompts()->queueConfirm(false); // the planner thinks better of it
    disconnect->click();
    QCOMPARE(m_admin->prompts()->asked().size(), 1);
    const QString question = m_admin->prompts()->asked().first().text;
    QVERIFY2(question.startsWith(u"Disconnect Microsoft Outlook? Its sync stops and WedSync "
                                 "forgets its Microsoft sign-in. The appointments stay"_s),
             qPrintable(question));
    QCOMPARE(myAccounts().size(), 1);
}

void tst_OutlookCalendarLink::aServerWithoutAMicrosoftClientSaysSo()
{
    m_admin.reset(); // one console at a time
    QTemporaryDir data;
    QVERIFY(data.isValid());
    ServerProcess plain;
    QVERIFY2(plain.start({u"--demo"_s, u"--data-dir"_s, data.path()}),
             qPrintable(plain.errorString()));
    ApiClient api(&m_nam);
    api.setBaseUrl(plain.baseUrl());
    const QString evergreen
        = signInAndFindOrganization(api, EvergreenAdmin, u"Evergreen Weddings"_s);
    QVERIFY(!evergreen.isEmpty());
    Console console(plain.baseUrl(), EvergreenAdmin, u"calendars"_s, evergreen);
    QVERIFY(console.app && console.page());
    console.page()->showAccounts();

    QWizard *wizard = console.startWizard(u"microsoft"_s, {});
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    auto *page = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    page->signInButton()->click();
    QLabel *status = page->signInPanel()->statusLabel();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"The sign-in did not finish"_s), WaitMs);
    QVERIFY2(status->text().contains(u"This server has no Microsoft client"_s),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(u"--microsoft-client"_s));
    QVERIFY(page->signInPanel()->addressEdit()->text().isEmpty()); // no browser was sent
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(calendarAccountsOf(api).size(), 1);
    wizard->reject();
    QTRY_COMPARE_WITH_TIMEOUT(calendarAccountsOf(api).size(), 0, WaitMs);
}

QTEST_MAIN(tst_OutlookCalendarLink)
#include "tst_outlookcalendarlink.moc"
