// Calendar accounts as Evergreen's admin uses them in the Calendars screen: the real console
// signed in to a real demo server, whose calendar sync talks to a real Radicale (the one
// ./scripts/test starts, WEDSYNC_TEST_CALDAV_URL: without it every test fails, never skips).
// Outlook is offered with its sign-in in the browser; a bad address is named by its field;
// cancelling the wizard leaves nothing; the wizard connects a calendar whose first sync runs; "Sync
// now" brings an event made in Radicale into the agenda; an event changed on both sides waits in
// the conflict center; Edit changes the strategy; a password the calendar server no longer accepts
// is relinked without making anything twice; a sync started elsewhere (another console of the same
// admin) shows live, with nothing polled; Disconnect asks first.
#include "CalendarConsole.h"
#include "CalendarDav.h"
#include "ConflictListModel.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "calendar/CalendarAccountDialogs.h"
#include "calendar/CalendarAccountsFeed.h"
#include "calendar/CalendarAccountsPanel.h"
#include "calendar/CalendarConnectPages.h"
#include "calendar/CalendarSyncForm.h"
#include "calendar/CalendarsPage.h"
#include "conflicts/ConflictsPage.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
constexpr int WaitMs = 30000;

using Console = CalendarConsole;

} // namespace

class tst_CalendarAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void outlookSignsInInTheBrowserAndABadAddressIsNamed();
    void wizardConnectsACalendarAndSyncsIt();
    void syncNowPullsAnEventIntoTheAgenda();
    void aSyncStartedElsewhereShowsLive();
    void aChangeOnBothSidesWaitsInTheConflictCenter();
    void editChangesTheStrategy();
    void relinkAfterTheCalendarRefusesThePassword();
    void disconnectAsksFirst();

private:
    int dav(const QByteArray &method, const QString &base, const QString &path, const QString &user,
            const QString &password, const QByteArray &body = {});
    QJsonArray myAccounts();
    QWizard *startWizard();
    QString appointmentId(const QString &title, qint64 *version);

    QString m_caldavUrl;
    QTemporaryDir m_data;
    QTemporaryDir m_lockedDav; // a Radicale of this test that checks passwords
    QString m_lockedUrl;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view, as the same admin
    QString m_evergreen;
    QString m_user; // the Radicale user of this run
    QString m_calendar;
    std::unique_ptr<Console> m_admin;
    QDateTime m_start = QDateTime::currentDateTimeUtc().addDays(4);
};

int tst_CalendarAccounts::dav(const QByteArray &method, const QString &base, const QString &path,
                              const QString &user, const QString &password, const QByteArray &body)
{
    return DavCalendarClient(&m_nam, base, user, password).send(method, path, body);
}

QJsonArray tst_CalendarAccounts::myAccounts()
{
    ApiClient::Request list;
    list.path = u"/api/v1/calendar/accounts"_s;
    return replyItems(m_api->send(list));
}

void tst_CalendarAccounts::initTestCase()
{
    m_caldavUrl = qEnvironmentVariable("WEDSYNC_TEST_CALDAV_URL");
    if (m_caldavUrl.isEmpty())
        QFAIL("WEDSYNC_TEST_CALDAV_URL is not set: these tests need the Radicale server that "
              "./scripts/test starts (scripts/caldav-server start DIR prints its URL).");
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

    m_user = u"planner"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
    m_calendar = u"/"_s + m_user + u"/wedding-planning/"_s;
    QCOMPARE(dav("MKCALENDAR", m_caldavUrl, m_calendar, m_user, u"secret"_s), 201);

    m_admin = std::make_unique<Console>(m_server.baseUrl(), EvergreenAdmin, u"calendars"_s,
                                        m_evergreen);
    QVERIFY(m_admin->app && m_admin->page());
    m_admin->page()->showAccounts();
}

void tst_CalendarAccounts::cleanupTestCase()
{
    m_admin.reset();
    if (!m_lockedUrl.isEmpty()) {
        QProcess::execute(qEnvironmentVariable("WEDSYNC_SOURCE_DIR") + u"/scripts/caldav-server"_s,
                          {u"stop"_s, m_lockedDav.path()});
    }
}

QWizard *tst_CalendarAccounts::startWizard()
{
    auto *wizard = qobject_cast<QWizard *>(m_admin->panel()->openConnectWizard());
    if (!wizard)
        return nullptr;
    wizard->resize(1024, 700);
    return wizard;
}

void tst_CalendarAccounts::outlookSignsInInTheBrowserAndABadAddressIsNamed()
{
    QWizard *wizard = startWizard();
    QVERIFY(wizard);
    auto *providers = qobject_cast<CalendarProviderPage *>(wizard->page(CalendarProviderStep));
    // Outlook is a choice like Google: its note names what the server needs, and its account
    // step is Microsoft's sign-in in the browser, without address, user name or password.
    providers->choose(u"microsoft"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    const QString note = wizard->findChild<QLabel *>(u"providerNote"_s)->text();
    QVERIFY2(note.contains(u"signing in with Microsoft in your browser"_s)
                 && note.contains(u"Microsoft app registration (--microsoft-client)"_s),
             qPrintable(note));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    auto *account = qobject_cast<CalendarAccountPage *>(wizard->currentPage());
    QCOMPARE(account->title(), u"Sign in with Microsoft"_s);
    QVERIFY(account->signInButton()->isVisibleTo(wizard));
    QCOMPARE(account->signInButton()->text(), u"&Sign in with Microsoft"_s);
    QVERIFY(!account->testButton()->isVisibleTo(wizard));
    QVERIFY(!wizard->findChild<QLineEdit *>(u"serverUrl"_s)->isVisibleTo(wizard));
    QCOMPARE(wizard->findChild<QLineEdit *>(u"accountName"_s)->text(), u"Microsoft Outlook"_s);
    QVERIFY(myAccounts().isEmpty()); // made only when the sign-in starts
    wizard->back();
    providers->choose(u"caldav"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    typeInto(wizard, "serverUrl", u"caldav.example.com"_s);
    typeInto(wizard, "username", m_user);
    typeInto(wizard, "password", u"secret"_s);
    wizard->next(); // the server refuses the address: said by the field
    auto *urlProblem = wizard->findChild<QLabel *>(u"serverUrlProblem"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!urlProblem->isHidden(), WaitMs);
    QVERIFY2(urlProblem->text().contains(u"calendar server's address"_s),
             qPrintable(urlProblem->text()));
    QCOMPARE(wizard->currentId(), int(CalendarAccountStep));
    // What was typed stays.
    QCOMPARE(wizard->findChild<QLineEdit *>(u"username"_s)->text(), m_user);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"password"_s)->text(), u"secret"_s);

    // A right address: the account is made (the test needs it), then Cancel removes it.
    typeInto(wizard, "serverUrl", m_caldavUrl);
    wizard->findChild<QPushButton *>(u"testConnection"_s)->click();
    auto *result = wizard->findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Signed in."_s), WaitMs);
    QTRY_VERIFY(urlProblem->isHidden());
    QCOMPARE(myAccounts().size(), 1);
    wizard->reject();
    QTRY_COMPARE_WITH_TIMEOUT(myAccounts().size(), 0, WaitMs);
}

void tst_CalendarAccounts::wizardConnectsACalendarAndSyncsIt()
{
    QWizard *wizard = startWizard();
    QVERIFY(wizard);
    QSignalSpy closed(wizard, &QDialog::finished);
    qobject_cast<CalendarProviderPage *>(wizard->page(CalendarProviderStep))->choose(u"caldav"_s);
    wizard->next();
    typeInto(wizard, "accountName", u"Radicale"_s);
    typeInto(wizard, "serverUrl", m_caldavUrl);
    typeInto(wizard, "username", m_user);
    typeInto(wizard, "password", u"secret"_s);
    wizard->next(); // creates, tests, then goes on by itself
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CalendarChoiceStep), WaitMs);
    auto *choice = qobject_cast<CalendarChoicePage *>(wizard->currentPage());
    QListWidget *calendars = choice->form()->calendarList();
    QStringList offered;
    for (int row = 0; row < calendars->count(); ++row)
        offered << calendars->item(row)->data(Qt::UserRole).toString();
    QVERIFY2(offered.contains(m_calendar), qPrintable(offered.join(u", "_s)));
    QCOMPARE(choice->form()->chosenCalendars(), QStringList {m_calendar});
    QComboBox *strategy = choice->form()->strategyBox();
    strategy->setCurrentIndex(strategy->findData(u"ask"_s));
    QVERIFY(wizard->findChild<QLabel *>(u"strategyHelp"_s)->text().contains(u"conflict center"_s));
    choice->form()->timeZoneBox()->setCurrentText(u"Europe/Madrid"_s);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, WaitMs);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));

    // The account is listed and its first sync ran, with its result in words.
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(u"Radicale"_s) >= 0, WaitMs);
    QCOMPARE(m_admin->cell(u"Radicale"_s, CalendarAccountModel::ProviderColumn), u"CalDAV"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->syncResult().startsWith(u"Radicale: Completed"_s), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"Radicale"_s, CalendarAccountModel::StatusColumn),
                              u"Connected"_s, WaitMs);
    const QJsonObject account = myAccounts().first().toObject();
    QCOMPARE(account.value(u"conflictStrategy"_s).toString(), u"ask"_s);
    QCOMPARE(account.value(u"timeZone"_s).toString(), u"Europe/Madrid"_s);
    QCOMPARE(account.value(u"calendars"_s).toArray().first().toString(), m_calendar);
    QVERIFY(!account.contains(u"password"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->panel()->log()->rowCount() >= 1, WaitMs);

    // The password went to the server only: nothing of the console's profile holds it.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDirIterator files(dataDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secret"), qPrintable(file.fileName()));
    }
}

void tst_CalendarAccounts::syncNowPullsAnEventIntoTheAgenda()
{
    QVERIFY(m_admin->accountRow(u"Radicale"_s) >= 0);
    QCOMPARE(dav("PUT", m_caldavUrl, m_calendar + u"fitting.ics"_s, m_user, u"secret"_s,
                 icsEvent(u"fitting@radicale"_s, u"Dress fitting with Lucía"_s, m_start)),
             201);
    QVERIFY(m_admin->panel()->selectAccount(
        m_admin->accounts()->item(m_admin->accountRow(u"Radicale"_s)).id));
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY(syncNow->isEnabled());
    syncNow->click();
    QVERIFY(!syncNow->isEnabled()); // while it runs
    QVERIFY(m_admin->syncResult().startsWith(u"Syncing Radicale"_s));
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().contains(u"Pulled 1, pushed 0"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->agendaRow(u"Dress fitting with Lucía"_s) >= 0, WaitMs);
    // The sync log, newest first, says it in numbers.
    CalendarSyncLogModel *log = m_admin->panel()->log();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() >= 2
                                 && log->index(0, CalendarSyncLogModel::PulledColumn).data()
                                     == QVariant(1),
                             WaitMs);
    QCOMPARE(log->index(0, CalendarSyncLogModel::ResultColumn).data().toString(), u"Completed"_s);
    QCOMPARE(log->index(0, CalendarSyncLogModel::ErrorsColumn).data().toString(), u"None"_s);
    QTRY_VERIFY(syncNow->isEnabled());
}

QString tst_CalendarAccounts::appointmentId(const QString &title, qint64 *version)
{
    ApiClient::Request list;
    list.path = u"/api/v1/organizations/"_s + m_evergreen + u"/appointments"_s;
    list.query.addQueryItem(u"limit"_s, u"500"_s);
    for (const QJsonValue &value : replyItems(m_api->send(list))) {
        const QJsonObject a = value.toObject();
        if (a.value(u"title"_s).toString() == title) {
            *version = a.value(u"version"_s).toInteger();
            return a.value(u"id"_s).toString();
        }
    }
    return {};
}

void tst_CalendarAccounts::aSyncStartedElsewhereShowsLive()
{
    CalendarAccountsFeed *feed = m_admin->panel()->feed();
    QTRY_VERIFY_WITH_TIMEOUT(feed->isLive(), WaitMs);
    feed->setPollIntervalMs(3600 * 1000); // nothing is read again unless the server says so
    const int row = m_admin->accountRow(u"Radicale"_s);
    QVERIFY(row >= 0);
    const QString id = m_admin->accounts()->item(row).id;
    QVERIFY(m_admin->panel()->selectAccount(id));
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->panel()->log()->rowCount() > 0, WaitMs);
    const int runsBefore = m_admin->panel()->log()->rowCount();
    QSignalSpy changed(feed, &CalendarAccountsFeed::accountChanged);
    // The same admin on another computer: the test's own client.
    RestRequest sync;
    sync.method = "POST";
    sync.path = u"/api/v1/calendar/accounts/%1/sync"_s.arg(id);
    sync.body = QJsonObject {};
    ApiReply *started = m_api->send(sync);
    QTRY_VERIFY_WITH_TIMEOUT(started->isFinished(), WaitMs);
    QVERIFY2(started->ok(), qPrintable(started->error().message));
    started->deleteLater();
    // Its start and its end reach this console, which reads the list and the log again.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, WaitMs);
    QCOMPARE(changed.first().first().toString(), id);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->panel()->log()->rowCount(), runsBefore + 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_admin->accounts()->item(m_admin->accountRow(u"Radicale"_s)).syncing,
                             WaitMs);
    feed->setPollIntervalMs(2000);
}

void tst_CalendarAccounts::aChangeOnBothSidesWaitsInTheConflictCenter()
{
    qint64 version = 0;
    const QString id = appointmentId(u"Dress fitting with Lucía"_s, &version);
    QVERIFY(!id.isEmpty());
    ApiClient::Request patch;
    patch.method = "PATCH";
    patch.path = u"/api/v1/organizations/"_s + m_evergreen + u"/appointments/"_s + id;
    patch.ifMatch = QString::number(version);
    patch.body = QJsonObject {{u"title"_s, u"Dress fitting (WedSync)"_s}};
    QVERIFY(!replyJson(m_api->send(patch)).isNull());
    const int replaced
        = dav("PUT", m_caldavUrl, m_calendar + u"fitting.ics"_s, m_user, u"secret"_s,
              icsEvent(u"fitting@radicale"_s, u"Dress fitting (calendar)"_s, m_start));
    QVERIFY2(replaced == 201 || replaced == 204, QByteArray::number(replaced).constData());
    m_admin->button(u"syncNow"_s)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().contains(u"conflicts 1"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);

    // The conflict center lists it as a calendar sync's, in words.
    auto *conflicts
        = qobject_cast<ConflictsPage *>(m_admin->app->mainWindow()->page(u"conflicts"_s));
    QVERIFY(conflicts);
    conflicts->activate();
    conflicts->refresh();
    ConflictListModel *model = conflicts->model();
    const auto calendarRow = [model] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->item(row).source == u"calendar_sync"_s)
                return row;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(calendarRow() >= 0, WaitMs);
    QCOMPARE(model->index(calendarRow(), ConflictListModel::SourceColumn).data().toString(),
             u"Calendar sync"_s);
}

void tst_CalendarAccounts::editChangesTheStrategy()
{
    QVERIFY(m_admin->accountRow(u"Radicale"_s) >= 0);
    auto *dialog = qobject_cast<CalendarAccountDialog *>(m_admin->panel()->openEditDialog());
    QVERIFY(dialog);
    QSignalSpy closed(dialog, &QDialog::finished);
    CalendarSyncForm *form = dialog->form();
    QCOMPARE(form->strategyBox()->currentData().toString(), u"ask"_s);
    // The calendars are offered again by a test of the connection.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(u"calendarLookup"_s)->isHidden(), WaitMs);
    QCOMPARE(form->chosenCalendars(), QStringList {m_calendar});
    form->strategyBox()->setCurrentIndex(form->strategyBox()->findData(u"calendar_wins"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"strategyHelp"_s)
                ->text()
                .contains(u"the calendar's event is kept"_s));
    form->scheduleBox()->setValue(30);
    dialog->saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, WaitMs);
    const QJsonObject account = myAccounts().first().toObject();
    QCOMPARE(account.value(u"conflictStrategy"_s).toString(), u"calendar_wins"_s);
    QCOMPARE(account.value(u"scheduleMinutes"_s).toInt(), 30);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"Radicale"_s, CalendarAccountModel::SyncingColumn),
                              u"Every 30 minutes"_s, WaitMs);
}

void tst_CalendarAccounts::relinkAfterTheCalendarRefusesThePassword()
{
    // A Radicale that checks passwords, with one user whose password then changes.
    QVERIFY(m_lockedDav.isValid());
    const QString users = m_lockedDav.filePath(u"users"_s);
    const auto writeUsers = [&users](const QByteArray &line) {
        QFile file(users);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(line) > 0;
    };
    QVERIFY(writeUsers("bride:first-password\n"));
    QProcess start;
    start.start(qEnvironmentVariable("WEDSYNC_SOURCE_DIR") + u"/scripts/caldav-server"_s,
                {u"start"_s, m_lockedDav.path(), users});
    QVERIFY(start.waitForFinished(WaitMs));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    m_lockedUrl = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    const QString calendar = u"/bride/plans/"_s;
    QCOMPARE(dav("MKCALENDAR", m_lockedUrl, calendar, u"bride"_s, u"first-password"_s), 201);
    QCOMPARE(dav("PUT", m_lockedUrl, calendar + u"venue.ics"_s, u"bride"_s, u"first-password"_s,
                 icsEvent(u"venue@locked"_s, u"Venue walk-through"_s, m_start.addDays(1))),
             201);

    ApiClient::Request create;
    create.method = "POST";
    create.path = u"/api/v1/calendar/accounts"_s;
    create.body = QJsonObject {{u"organizationId"_s, m_evergreen},
                               {u"provider"_s, u"caldav"_s},
                               {u"name"_s, u"Locked"_s},
                               {u"serverUrl"_s, m_lockedUrl},
                               {u"username"_s, u"bride"_s},
                               {u"password"_s, u"first-password"_s},
                               {u"calendars"_s, QJsonArray {calendar}},
                               {u"timeZone"_s, u"Europe/Madrid"_s}};
    const QString id = replyJson(m_api->send(create)).toObject().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    m_admin->panel()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->panel()->selectAccount(id), WaitMs);
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY(syncNow->isEnabled());
    syncNow->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->syncResult().startsWith(u"Locked: Completed"_s), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->agendaRow(u"Venue walk-through"_s) >= 0, WaitMs);
    QVERIFY(!m_admin->button(u"relinkAccount"_s)->isEnabled());

    // The bride changes her password: the next sync is refused, in words, and Relink is offered.
    QVERIFY(writeUsers("bride:second-password\n"));
    QTRY_VERIFY(syncNow->isEnabled());
    syncNow->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"Locked"_s, CalendarAccountModel::StatusColumn),
                              u"Password refused"_s, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->syncResult().startsWith(u"Locked: Failed"_s), WaitMs);
    QVERIFY(m_admin->panel()
                ->findChild<QLabel *>(u"accountStatusHelp"_s)
                ->text()
                .contains(u"Relink"_s));
    QTRY_VERIFY(m_admin->button(u"relinkAccount"_s)->isEnabled());

    auto *relink = qobject_cast<CalendarRelinkDialog *>(m_admin->panel()->openRelinkDialog());
    QVERIFY(relink);
    QSignalSpy closed(relink, &QDialog::finished);
    QVERIFY(!relink->relinkButton()->isEnabled());
    QTest::keyClicks(relink->passwordEdit(), u"second-password"_s);
    relink->relinkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->cell(u"Locked"_s, CalendarAccountModel::StatusColumn),
                              u"Connected"_s, WaitMs);
    // The mappings stayed: the event is not pulled again, the appointment not made twice.
    QVERIFY2(m_admin->syncResult().contains(u"Pulled 0, pushed 0, conflicts 0"_s),
             qPrintable(m_admin->syncResult()));
    QCOMPARE(m_admin->agendaCount(u"Venue walk-through"_s), 1);
}

void tst_CalendarAccounts::disconnectAsksFirst()
{
    const int row = m_admin->accountRow(u"Radicale"_s);
    QVERIFY(row >= 0);
    const QString id = m_admin->accounts()->item(row).id;
    QVERIFY(m_admin->panel()->selectAccount(id));
    const int before = int(myAccounts().size());
    m_admin->prompts()->clear();
    m_admin->prompts()->queueConfirm(false);
    m_admin->button(u"disconnectAccount"_s)->click();
    QCOMPARE(m_admin->prompts()->asked().size(), 1);
    QVERIFY(m_admin->prompts()->asked().first().text.contains(u"Disconnect Radicale?"_s));
    QCOMPARE(int(myAccounts().size()), before); // said no: still there

    m_admin->prompts()->queueConfirm(true);
    m_admin->button(u"disconnectAccount"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(u"Radicale"_s) < 0, WaitMs);
    QCOMPARE(int(myAccounts().size()), before - 1);
    // The appointments it brought stay.
    QVERIFY(m_admin->agendaRow(u"Dress fitting (WedSync)"_s) >= 0
            || m_admin->agendaRow(u"Dress fitting (calendar)"_s) >= 0);
}

QTEST_MAIN(tst_CalendarAccounts)
#include "tst_calendaraccounts.moc"
