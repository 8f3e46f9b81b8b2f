// A planner links a Google calendar from the console, as they would: the real console signed in
// to a real demo server whose Google client (--google-client, --google-api-url) points at
// tests/fixtures' Google Calendar simulator, running in this process. The wizard's sign-in step
// shows Google's sign-in address; the test is the browser: it fetches that address, the
// simulator consents at once and redirects to the console's loopback listener, and the console
// hands the code to the server. The account is connected, Google's calendars are offered, a
// sync imports an event added in Google. A refused consent is said and Cancel leaves nothing; a
// sign-in Google no longer accepts is said and signed in again on the same account; a server
// without a Google client says so.
#include "CalendarConsole.h"
#include "GoogleCalendarSimulator.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "calendar/CalendarAccountDialogs.h"
#include "calendar/CalendarAccountsPanel.h"
#include "calendar/CalendarConnectPages.h"
#include "calendar/CalendarSyncForm.h"
#include "calendar/CalendarsPage.h"
#include "common/OAuthSignInPanel.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Weddings = u"planner@example.com"_s;
const QString Holidays = u"holidays@group.v.calendar.google.com"_s;
const QString Linked = u"Google Calendar"_s; // the name the wizard suggests
constexpr int WaitMs = 30000;

using Console = CalendarConsole;

QJsonObject googleEvent(const QString &summary, const QDateTime &start)
{
    const auto at = [](const QDateTime &when) {
        return QJsonObject {{u"dateTime"_s, when.toUTC().toString(Qt::ISODate)},
                            {u"timeZone"_s, u"Europe/Madrid"_s}};
    };
    return {{u"summary"_s, summary}, {u"start"_s, at(start)}, {u"end"_s, at(start.addSecs(5400))}};
}

} // namespace

class tst_GoogleCalendarLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plannerLinksAGoogleCalendarAndSyncsIt();
    void aRefusedConsentIsSaidAndCancelLeavesNothing();
    void anExpiredSignInIsSignedInAgain();
    void aServerWithoutAGoogleClientSaysSo();

private:
    static QJsonArray myAccounts(ApiClient &api) { return calendarAccountsOf(api); }
    QString browse(OAuthSignInPanel *panel) { return m_browser->browse(panel, WaitMs); }

    QTemporaryDir m_data;
    std::unique_ptr<server::GoogleCalendarSimulator> m_google;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view, as the same admin
    QString m_evergreen;
    std::unique_ptr<SystemBrowser> m_browser; // while it lives, the system browser
    std::unique_ptr<Console> m_admin;
    QDateTime m_start = QDateTime::currentDateTimeUtc().addDays(4);
};

void tst_GoogleCalendarLink::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    m_google = std::make_unique<server::GoogleCalendarSimulator>();
    QVERIFY(m_google->listen().ok());
    m_google->addCalendar(Weddings, u"Weddings"_s, u"Europe/Madrid"_s, true);
    m_google->addCalendar(Holidays, u"Holidays in Spain"_s);
    const QStringList google = m_google->serverArguments(m_data.filePath(u"google-client.json"_s));
    QVERIFY(!google.isEmpty());
    QVERIFY2(m_server.start(QStringList {u"--demo"_s, u"--data-dir"_s, m_data.filePath(u"server"_s)}
                            + google),
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

void tst_GoogleCalendarLink::cleanupTestCase()
{
    m_admin.reset();
    m_browser.reset();
}

void tst_GoogleCalendarLink::plannerLinksAGoogleCalendarAndSyncsIt()
{
    auto *wizard = qobject_cast<QWizard *>(m_admin->panel()->openConnectWizard());
    QVERIFY(wizard);
    QSignalSpy closed(wizard, &QDialog::finished);
    auto *providers = qobject_cast<CalendarProviderPage *>(wizard->page(CalendarProviderStep));
    // Google's note says how it signs in and what the server needs for it.
    providers->choose(u"google"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    const QString note = wizard->findChild<QLabel *>(u"providerNote"_s)->text();
    QVERIFY2(note.contains(u"signing in with Google"_s) && note.contains(u"--google-client"_s),
             qPrintable(note));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));

    // No address, user name or password: Google's own sign-in, from a button.
    auto *page = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    QCOMPARE(wizard->findChild<QLineEdit *>(u"accountName"_s)->text(), Linked);
    for (const char *hidden : {"serverUrl", "username", "password"})
        QVERIFY2(!wizard->findChild<QLineEdit *>(QString::fromLatin1(hidden))->isVisibleTo(wizard),
                 hidden);
    QVERIFY(!page->testButton()->isVisibleTo(wizard));
    QVERIFY(page->signInButton()->isVisibleTo(wizard));
    QCOMPARE(page->signInButton()->text(), u"&Sign in with Google"_s);
    QCOMPARE(page->title(), u"Sign in with Google"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(myAccounts(*m_api).isEmpty());
    page->signInButton()->click();

    // The account exists (pending) from the moment the sign-in starts; the browser is sent to
    // Google's sign-in with PKCE and the console's loopback address.
    OAuthSignInPanel *signIn = page->signInPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->addressEdit()->text().isEmpty(), WaitMs);
    const QJsonArray pending = myAccounts(*m_api);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first()[u"provider"_s].toString(), u"google"_s);
    QCOMPARE(pending.first()[u"status"_s].toString(), u"pending"_s);
    const QUrl address(signIn->addressEdit()->text());
    QVERIFY2(address.toString().startsWith(m_google->authorizationUrl()),
             qPrintable(address.toString()));
    const QUrlQuery asked(address);
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(QUrl(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host(),
             u"127.0.0.1"_s);
    QVERIFY(signIn->statusLabel()->text().startsWith(u"Waiting for you to sign in"_s));

    const QString answered = browse(signIn);
    QVERIFY2(answered.contains(u"WedSync Admin received the sign-in"_s), qPrintable(answered));
    // Linked and tested: the next step lists Google's calendars by id, with their names.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CalendarChoiceStep), WaitMs);
    QVERIFY(signIn->statusLabel()->text().startsWith(u"Signed in."_s));
    auto *choice = qobject_cast<CalendarChoicePage *>(wizard->currentPage());
    QListWidget *calendars = choice->form()->calendarList();
    QStringList offered;
    QStringList shown;
    for (int row = 0; row < calendars->count(); ++row) {
        offered << calendars->item(row)->data(Qt::UserRole).toString();
        shown << calendars->item(row)->text();
    }
    QCOMPARE(offered, (QStringList {Weddings, Holidays}));
    QVERIFY2(shown.first().contains(u"Weddings"_s), qPrintable(shown.join(u", "_s)));
    QVERIFY2(shown.last().contains(u"Holidays in Spain"_s), qPrintable(shown.join(u", "_s)));
    QCOMPARE(pending.first()[u"id"_s].toString(), myAccounts(*m_api).first()[u"id"_s].toString());
    QCOMPARE(myAccounts(*m_api).first()[u"status"_s].toString(), u"connected"_s);
    // The first is ticked for the person; they tick Holidays too, then think better of it.
    QCOMPARE(choice->form()->chosenCalendars(), QStringList {Weddings});
    calendars->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(choice->form()->chosenCalendars(), (QStringList {Weddings, Holidays}));
    calendars->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(choice->form()->chosenCalendars(), QStringList {Weddings});
    choice->form()->timeZoneBox()->setCurrentText(u"Europe/Madrid"_s);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(closed.size() == 1, qPrintable(problemsShown(wizard)), WaitMs);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));

    // Connected, with the calendar chosen; its first sync runs.
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(Linked) >= 0, WaitMs);
    QCOMPARE(m_admin->cell(Linked, CalendarAccountModel::ProviderColumn), u"Google Calendar"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().startsWith(Linked + u": Completed"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(Linked, CalendarAccountModel::StatusColumn),
                              u"Connected"_s, WaitMs);
    const QJsonObject account = myAccounts(*m_api).first().toObject();
    QCOMPARE(account[u"calendars"_s].toArray(), QJsonArray {Weddings});

    // An event added in Google comes in with "Sync now".
    m_google->addEvent(Weddings, googleEvent(u"Menu tasting at Casa Lucía"_s, m_start));
    QVERIFY(m_admin->panel()->selectAccount(account[u"id"_s].toString()));
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled(), WaitMs);
    syncNow->click();
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().contains(u"Pulled 1, pushed 0"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->agendaCount(u"Menu tasting at Casa Lucía"_s), 1, WaitMs);
    QVERIFY(!m_admin->button(u"relinkAccount"_s)->isEnabled()); // nothing to relink
}

void tst_GoogleCalendarLink::aRefusedConsentIsSaidAndCancelLeavesNothing()
{
    const qsizetype before = myAccounts(*m_api).size();
    m_google->denyConsent = true;
    QWizard *wizard = m_admin->startWizard(u"google"_s, u"Refused"_s);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    auto *page = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    page->signInButton()->click();
    OAuthSignInPanel *signIn = page->signInPanel();
    QTRY_COMPARE_WITH_TIMEOUT(myAccounts(*m_api).size(), before + 1, WaitMs);
    const QString answered = browse(signIn);
    m_google->denyConsent = false;
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
    QTRY_COMPARE_WITH_TIMEOUT(myAccounts(*m_api).size(), before, WaitMs);
    for (const QJsonValue &account : myAccounts(*m_api))
        QVERIFY(account[u"name"_s].toString() != u"Refused"_s);
}

void tst_GoogleCalendarLink::anExpiredSignInIsSignedInAgain()
{
    QVERIFY(m_admin->accountRow(Linked) >= 0);
    const QString id = m_admin->accounts()->item(m_admin->accountRow(Linked)).id;
    QVERIFY(m_admin->panel()->selectAccount(id));
    QPushButton *relink = m_admin->button(u"relinkAccount"_s);

    // The planner removes WedSync's access in their Google account: the next sync is refused,
    // the account says so and offers to sign in again.
    m_google->revokeGrant();
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled(), WaitMs);
    syncNow->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(Linked, CalendarAccountModel::StatusColumn),
                              u"Sign-in expired"_s, WaitMs);
    auto *help = m_admin->panel()->findChild<QLabel *>(u"accountStatusHelp"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(help->text().contains(u"Google no longer accepts this account's "
                                                    "sign-in (invalid_grant)"_s),
                              qPrintable(help->text()), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(relink->isEnabled(), WaitMs);
    QCOMPARE(relink->text(), u"Sign in again (re&link)…"_s);

    relink->click();
    auto *dialog = m_admin->panel()->findChild<CalendarSignInDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy relinked(dialog, &CalendarSignInDialog::relinked);
    QVERIFY(dialog->findChild<QLabel *>(u"relinkReason"_s)->text().contains(u"invalid_grant"_s));
    const QString answered = browse(dialog->panel());
    QVERIFY2(answered.contains(u"WedSync Admin received the sign-in"_s), qPrintable(answered));
    QTRY_COMPARE_WITH_TIMEOUT(relinked.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(Linked, CalendarAccountModel::StatusColumn),
                              u"Connected"_s, WaitMs);
    // The same account, its mappings kept: nothing is pulled again, nothing made twice.
    QCOMPARE(myAccounts(*m_api).first()[u"id"_s].toString(), id);
    QVERIFY2(m_admin->syncResult().contains(u"Pulled 0, pushed 0, conflicts 0"_s),
             qPrintable(m_admin->syncResult()));
    QCOMPARE(m_admin->agendaCount(u"Menu tasting at Casa Lucía"_s), 1);
    QVERIFY(!relink->isEnabled());
}

void tst_GoogleCalendarLink::aServerWithoutAGoogleClientSaysSo()
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

    QWizard *wizard = console.startWizard(u"google"_s, {});
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    auto *page = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    page->signInButton()->click();
    QLabel *status = page->signInPanel()->statusLabel();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"The sign-in did not finish"_s), WaitMs);
    QVERIFY2(status->text().contains(u"This server has no Google client"_s),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(u"--google-client"_s));
    QVERIFY(page->signInPanel()->addressEdit()->text().isEmpty()); // no browser was sent
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(myAccounts(api).size(), 1);
    wizard->reject();
    QTRY_COMPARE_WITH_TIMEOUT(myAccounts(api).size(), 0, WaitMs);
}

QTEST_MAIN(tst_GoogleCalendarLink)
#include "tst_googlecalendarlink.moc"
