// Disconnecting a calendar account in the Calendars screen, as Evergreen's admin does it: the
// real console signed in to a real demo server, whose calendar sync talks to real Radicales (the
// one ./scripts/test starts, WEDSYNC_TEST_CALDAV_URL: without it every test fails, never skips;
// and one of this test's own, stopped to make a removal fail). The question offers to remove
// the events WedSync added, unticked: left alone, every event stays in the calendar; ticked, the
// events WedSync added go, but not one made in the calendar nor one changed there since; a
// removal the calendar server cannot take leaves the account connected and offers to
// disconnect it leaving the events.
#include "CalendarConsole.h"
#include "CalendarDav.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "calendar/CalendarAccountsPanel.h"
#include "calendar/CalendarsPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Password = u"secret"_s;
const QString RemoveOption = u"Also &remove the events WedSync added to this calendar"_s;
constexpr int WaitMs = 30000;

QString caldavServer(const QString &command, const QString &dir)
{
    QProcess script;
    script.start(qEnvironmentVariable("WEDSYNC_SOURCE_DIR") + u"/scripts/caldav-server"_s,
                 {command, dir});
    if (!script.waitForFinished(WaitMs) || script.exitCode() != 0)
        return {};
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

class tst_CalendarDisconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutTheOptionEveryEventStays();
    void withTheOptionTheEventsWedSyncAddedGo();
    void aFailedRemovalOffersToLeaveTheEvents();

private:
    // The calendar of the account called `name`: "/planner…/kept/" for "Kept".
    QString calendarOf(const QString &name) const;
    // Makes the calendar in `dav`, connects an account called `name` to it and syncs it from
    // the panel (which pushes the organization's appointments there); *id: the account's.
    void connectAndSync(const QString &name, DavCalendarClient &dav, QString *id);
    // Selects the account and clicks Disconnect: the question is answered with the option
    // `removeEvents` and the first of `answers`, the questions that follow with the others.
    void disconnectAccount(const QString &id, const QList<bool> &answers, bool removeEvents);
    int accountCount();

    QString m_caldavUrl;
    QTemporaryDir m_data;
    QTemporaryDir m_ownDavDir; // the Radicale this test stops
    QString m_ownDavUrl;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view, as the same admin
    std::unique_ptr<DavCalendarClient> m_dav;
    QString m_evergreen;
    QString m_user; // the Radicale user of this run
    QString m_tasting; // the file name in a calendar of an appointment made in WedSync
    std::unique_ptr<CalendarConsole> m_admin;
    QDateTime m_start = QDateTime::currentDateTimeUtc().addDays(5);
};

void tst_CalendarDisconnect::initTestCase()
{
    m_caldavUrl = qEnvironmentVariable("WEDSYNC_TEST_CALDAV_URL");
    if (m_caldavUrl.isEmpty())
        QFAIL("WEDSYNC_TEST_CALDAV_URL is not set: these tests need the Radicale server that "
              "./scripts/test starts (scripts/caldav-server start DIR prints its URL).");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid() && m_ownDavDir.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    m_evergreen = signInAndFindOrganization(*m_api, EvergreenAdmin, u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_user = u"planner"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
    m_dav = std::make_unique<DavCalendarClient>(&m_nam, m_caldavUrl, m_user, Password);

    // An appointment made in WedSync: each account's first sync pushes it to its calendar.
    ApiClient::Request create;
    create.method = "POST";
    create.path = u"/api/v1/organizations/"_s + m_evergreen + u"/appointments"_s;
    create.body = QJsonObject {{u"title"_s, u"Cake tasting with Marta"_s},
                               {u"kind"_s, u"tasting"_s},
                               {u"timeZone"_s, u"Europe/Madrid"_s},
                               {u"startsAt"_s, m_start.toString(Qt::ISODate)},
                               {u"endsAt"_s, m_start.addSecs(3600).toString(Qt::ISODate)}};
    const QString tastingId = replyJson(m_api->send(create)).toObject().value(u"id"_s).toString();
    QVERIFY(!tastingId.isEmpty());
    m_tasting = tastingId + u".ics"_s;

    m_admin = std::make_unique<CalendarConsole>(m_server.baseUrl(), EvergreenAdmin, u"calendars"_s,
                                                m_evergreen);
    QVERIFY(m_admin->app && m_admin->page());
    m_admin->page()->showAccounts();
}

void tst_CalendarDisconnect::cleanupTestCase()
{
    m_admin.reset();
    if (!m_ownDavUrl.isEmpty())
        caldavServer(u"stop"_s, m_ownDavDir.path());
}

int tst_CalendarDisconnect::accountCount()
{
    ApiClient::Request list;
    list.path = u"/api/v1/calendar/accounts"_s;
    return int(replyItems(m_api->send(list)).size());
}

QString tst_CalendarDisconnect::calendarOf(const QString &name) const
{
    return u"/"_s + m_user + u'/' + name.toLower() + u'/';
}

void tst_CalendarDisconnect::connectAndSync(const QString &name, DavCalendarClient &dav,
                                            QString *id)
{
    const QString calendar = calendarOf(name);
    QCOMPARE(dav.send("MKCALENDAR", calendar), 201);
    ApiClient::Request create;
    create.method = "POST";
    create.path = u"/api/v1/calendar/accounts"_s;
    create.body = QJsonObject {{u"organizationId"_s, m_evergreen},
                               {u"provider"_s, u"caldav"_s},
                               {u"name"_s, name},
                               {u"serverUrl"_s, dav.baseUrl()},
                               {u"username"_s, m_user},
                               {u"password"_s, Password},
                               {u"calendars"_s, QJsonArray {calendar}},
                               {u"timeZone"_s, u"Europe/Madrid"_s}};
    *id = replyJson(m_api->send(create)).toObject().value(u"id"_s).toString();
    QVERIFY(!id->isEmpty());
    m_admin->panel()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->panel()->selectAccount(*id), WaitMs);
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY(syncNow->isEnabled());
    syncNow->click();
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().startsWith(name + u": Completed"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);
    QVERIFY2(dav.events(calendar).contains(m_tasting), qPrintable(dav.events(calendar).join(u' ')));
}

void tst_CalendarDisconnect::disconnectAccount(const QString &id, const QList<bool> &answers,
                                               bool removeEvents)
{
    QVERIFY(m_admin->panel()->selectAccount(id));
    m_admin->prompts()->clear();
    for (bool answer : answers)
        m_admin->prompts()->queueConfirm(answer);
    m_admin->prompts()->queueOption(removeEvents);
    QPushButton *button = m_admin->button(u"disconnectAccount"_s);
    QTRY_VERIFY(button->isEnabled());
    button->click();
    // Asked first, with the option to remove the events.
    QCOMPARE(m_admin->prompts()->asked().size(), 1);
    QCOMPARE(m_admin->prompts()->asked().first().option, RemoveOption);
}

void tst_CalendarDisconnect::withoutTheOptionEveryEventStays()
{
    QString id;
    connectAndSync(u"Kept"_s, *m_dav, &id);
    if (QTest::currentTestFailed())
        return;
    const QString calendar = calendarOf(u"Kept"_s);
    const QStringList before = m_dav->events(calendar);
    const int accounts = accountCount();

    disconnectAccount(id, {false}, true); // said no: nothing happens, even with the option ticked
    QVERIFY(m_admin->prompts()->asked().first().text.startsWith(u"Disconnect Kept?"_s));
    QCOMPARE(accountCount(), accounts);

    QSignalSpy said(m_admin->panel(), &CalendarAccountsPanel::statusMessage);
    disconnectAccount(id, {true}, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(u"Kept"_s) < 0, WaitMs);
    QCOMPARE(accountCount(), accounts - 1);
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.last().first().toString(), u"The calendar account is disconnected."_s);
    // Every event stays in the calendar, the appointment WedSync pushed there too.
    QCOMPARE(m_dav->events(calendar), before);
}

void tst_CalendarDisconnect::withTheOptionTheEventsWedSyncAddedGo()
{
    QString id;
    connectAndSync(u"Removal"_s, *m_dav, &id);
    if (QTest::currentTestFailed())
        return;
    const QString calendar = calendarOf(u"Removal"_s);
    // An event made in the calendar itself: WedSync pulls it, and it is never WedSync's to remove.
    QCOMPARE(m_dav->send("PUT", calendar + u"florist.ics"_s,
                         icsEvent(u"florist@radicale"_s, u"Call the florist"_s, m_start)),
             201);
    QPushButton *syncNow = m_admin->button(u"syncNow"_s);
    QTRY_VERIFY(syncNow->isEnabled());
    syncNow->click();
    QTRY_VERIFY2_WITH_TIMEOUT(m_admin->syncResult().startsWith(u"Removal: Completed — Pulled 1"_s),
                              qPrintable(m_admin->syncResult()), WaitMs);
    const QStringList synced = m_dav->events(calendar);
    const int added = int(synced.size()) - 1; // all but the florist's
    QVERIFY2(added >= 3, qPrintable(synced.join(u' ')));

    // The bride changes one of WedSync's events in her calendar app after that sync.
    QString changed;
    for (const QString &name : synced)
        if (changed.isEmpty() && name != m_tasting && name != u"florist.ics"_s)
            changed = name;
    QByteArray ics = m_dav->read(calendar + changed);
    QVERIFY(ics.contains("SUMMARY:"));
    ics.replace("SUMMARY:", "SUMMARY:Moved by the bride: ");
    const int replaced = m_dav->send("PUT", calendar + changed, ics);
    QVERIFY2(replaced == 201 || replaced == 204, QByteArray::number(replaced).constData());

    QSignalSpy said(m_admin->panel(), &CalendarAccountsPanel::statusMessage);
    disconnectAccount(id, {true}, true);
    // While the calendar server is asked: said, and the account's buttons wait.
    QCOMPARE(m_admin->syncResult(), u"Removing the events WedSync added to Removal…"_s);
    QVERIFY(!m_admin->panel()->findChild<QProgressBar *>(u"syncProgress"_s)->isHidden());
    for (const QString &button : {u"syncNow"_s, u"editAccount"_s, u"disconnectAccount"_s})
        QVERIFY2(!m_admin->button(button)->isEnabled(), qPrintable(button));

    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(u"Removal"_s) < 0, WaitMs);
    const QString outcome = u"Removal is disconnected: %1 events WedSync added were removed from "
                            "the calendar. 1 event changed in the calendar since the last sync "
                            "was left there."_s.arg(added - 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_admin->syncResult(), outcome, WaitMs);
    // The log of the account that went goes too.
    QCOMPARE(m_admin->panel()->findChild<QTableView *>(u"syncLogTable"_s)->model()->rowCount(), 0);
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.last().first().toString(), outcome);
    // Left in the calendar: the event made there and the one changed there, nothing else.
    QStringList left {changed, u"florist.ics"_s};
    left.sort();
    QCOMPARE(m_dav->events(calendar), left);
}

void tst_CalendarDisconnect::aFailedRemovalOffersToLeaveTheEvents()
{
    m_ownDavUrl = caldavServer(u"start"_s, m_ownDavDir.path());
    QVERIFY2(!m_ownDavUrl.isEmpty(), "scripts/caldav-server did not start a Radicale");
    DavCalendarClient own(&m_nam, m_ownDavUrl, m_user, Password);
    QString id;
    connectAndSync(u"Unreachable"_s, own, &id);
    if (QTest::currentTestFailed())
        return;
    const QString calendar = calendarOf(u"Unreachable"_s);
    const QStringList before = own.events(calendar);
    // The calendar server goes away: the server cannot remove the events.
    caldavServer(u"stop"_s, m_ownDavDir.path());
    const int accounts = accountCount();

    QSignalSpy said(m_admin->panel(), &CalendarAccountsPanel::statusMessage);
    disconnectAccount(id, {true, true}, true); // then "Disconnect leaving the events?": yes
    const auto &asked = m_admin->prompts()->asked();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 2 * WaitMs);
    // Said in the console's words (translated, not the server's English): why, how many went
    // before it stopped, and that the account is still connected.
    QVERIFY(!said.isEmpty());
    const QString why = said.first().first().toString();
    QCOMPARE(why,
             u"The calendar server could not be reached, so the events WedSync added were not "
             "all removed. 0 events had been removed before it stopped. The account is still "
             "connected: try again later, or disconnect it leaving the events."_s);
    QCOMPARE(asked.at(1).title, u"Disconnect leaving the events?"_s);
    QCOMPARE(asked.at(1).text,
             why
                 + u"\n\nDisconnect Unreachable leaving the events WedSync added in the "
                   "calendar?"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->accountRow(u"Unreachable"_s) < 0, WaitMs);
    QCOMPARE(accountCount(), accounts - 1);
    QCOMPARE(m_admin->syncResult(), u"The calendar account is disconnected."_s);

    // Back up, the calendar still holds every event.
    m_ownDavUrl = caldavServer(u"start"_s, m_ownDavDir.path());
    QVERIFY(!m_ownDavUrl.isEmpty());
    QCOMPARE(DavCalendarClient(&m_nam, m_ownDavUrl, m_user, Password).events(calendar), before);
}

QTEST_MAIN(tst_CalendarDisconnect)
#include "tst_calendardisconnect.moc"
