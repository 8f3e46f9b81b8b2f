// Two-way calendar sync against a real CalDAV server: the Radicale that ./scripts/test starts
// (WEDSYNC_TEST_CALDAV_URL; without it every test fails, never skips), on SQLite and on
// PostgreSQL. Events and appointments are checked on both sides after each run.
#include "CalendarTestData.h"
#include "TestDatabase.h"
#include "calendar/CalDavClient.h"
#include "calendar/CalDavRemote.h"
#include "calendar/CalendarSync.h"
#include "calendar/CreatedEventsRemoval.h"
#include "common/Ids.h"
#include "jobs/HttpFetcher.h"
#include "jobs/RateLimiter.h"
#include "storage/AppointmentRepository.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/CalendarSyncStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/SyncConflictRepository.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using appointments::Appointment;

namespace {

struct DavAnswer
{
    int status = 0;
    QByteArray body;
    QString etag;
};

QByteArray icsEvent(const QString &uid, const QString &summary, const QByteArray &extra = {})
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone else//EN\r\nBEGIN:VEVENT\r\nUID:"
        + uid.toUtf8() + "\r\nDTSTAMP:20270101T000000Z\r\n"
        + "DTSTART;TZID=Europe/Madrid:20270612T170000\r\n"
          "DTEND;TZID=Europe/Madrid:20270612T183000\r\nSUMMARY:"
        + summary.toUtf8() + "\r\n" + extra + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestCalDavSync : public QObject
{
    Q_OBJECT

public:
    explicit TestCalDavSync(QString backend)
        : m_backend(std::move(backend))
    { }

private Q_SLOTS:
    void init();
    void cleanup();
    void discoversTheCalendar();
    void firstSyncImportsEvents();
    void appointmentAppearsInTheCalendar();
    void changeInTheCalendarArrives();
    void changeInWedSyncReachesTheCalendar();
    void secondRunWithoutChangesDoesNothing();
    void allDayInAnotherZoneComesBackUnchanged();
    void bothChangedFollowsTheStrategy_data();
    void bothChangedFollowsTheStrategy();
    void deletionInTheCalendarDeletesTheAppointment();
    void deletionInWedSyncDeletesTheEvent();
    void deletedThereChangedHereIsAConflict();
    void concurrentChangeGives412AndAConflict();
    void recurringEventSurvivesARoundTrip();
    void interruptedExportIsNotDuplicated();
    void forgottenSyncTokenFallsBackToFullListing();
    void unreadableEventIsLoggedNotLost();
    void disconnectRemovesOnlyTheEventsWeAdded();
    void removalStoppedByTheServerKeepsEverything();

private:
    DavAnswer dav(const QByteArray &method, const QString &href, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QString putEvent(const QString &name, const QByteArray &ics);
    CalendarSyncLog sync();
    Appointment createAppointment(const QString &title);
    QList<Appointment> liveAppointments();
    QStringList eventHrefs();
    Appointment onlyAppointment();
    QList<SyncConflict> openConflicts();

    QString m_backend;
    QString m_caldavUrl;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock {utc(2027, 1, 10, 9, 0)};
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    QString m_user; // a Radicale user of this test alone
    QString m_calendar; // "/<user>/wedding-planning/"
    CalendarOwner m_owner;
    QString m_orgId;
    QString m_userId;
    CalendarAccount m_account;
    std::function<void(const QString &)> m_beforeWrite;
};

void TestCalDavSync::init()
{
    m_caldavUrl = qEnvironmentVariable("WEDSYNC_TEST_CALDAV_URL");
    if (m_caldavUrl.isEmpty())
        QFAIL("WEDSYNC_TEST_CALDAV_URL is not set: these tests need the Radicale server that "
              "./scripts/test starts (scripts/caldav-server start DIR prints its URL).");
    m_testDb = std::make_unique<TestDatabase>(m_backend);
    QVERIFY2(m_testDb->isReady(), qPrintable(m_testDb->errorString()));
    auto url = DatabaseUrl::parse(m_testDb->url());
    QVERIFY(url.ok());
    auto db = Database::open(url.value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    auto migrated = Migrations(*m_db, schemaMigrations()).apply();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));

    m_owner = createCalendarOwner(*m_db, m_clock);
    QVERIFY(!m_owner.userId.isEmpty());
    m_orgId = m_owner.organizationId;
    m_userId = m_owner.userId;
    const QString tag = m_owner.tag;

    m_user = u"planner"_s + tag;
    m_calendar = u"/"_s + m_user + u"/wedding-planning/"_s;
    const DavAnswer made = dav("MKCALENDAR", m_calendar);
    QCOMPARE(made.status, 201);

    CalendarAccount account;
    account.organizationId = m_orgId;
    account.userId = m_userId;
    account.name = u"Radicale"_s;
    account.serverUrl = m_caldavUrl;
    account.username = m_user;
    account.calendars = {m_calendar};
    account.timeZone = u"Europe/Madrid"_s;
    account.conflictStrategy = u"ask"_s;
    auto created = CalendarAccountRepository(*m_db, m_clock).create(account);
    QVERIFY(created.ok());
    m_account = created.value();
    m_beforeWrite = nullptr;
}

void TestCalDavSync::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

DavAnswer TestCalDavSync::dav(const QByteArray &method, const QString &href, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_caldavUrl).resolved(QUrl(href)));
    request.setRawHeader("Authorization", "Basic " + (m_user + u":secret"_s).toUtf8().toBase64());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "text/calendar; charset=utf-8"_ba);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    DavAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.etag = QString::fromUtf8(reply->rawHeader("ETag"));
    reply->deleteLater();
    return answer;
}

QString TestCalDavSync::putEvent(const QString &name, const QByteArray &ics)
{
    const QString href = m_calendar + name;
    const DavAnswer put = dav("PUT", href, ics);
    if (put.status != 201 && put.status != 204)
        qWarning() << "PUT" << href << put.status << put.body;
    return href;
}

CalendarSyncLog TestCalDavSync::sync()
{
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {2, 50, 100, 10000, 1});
    CalDavClient client(fetcher, QUrl(m_caldavUrl), m_user, u"secret"_s);
    auto account = CalendarAccountRepository(*m_db, m_clock).findById(m_account.id);
    CalDavRemote remote(client);
    CalendarSync run(*m_db, m_clock, remote, account.value().value());
    run.beforeWrite = m_beforeWrite;
    m_clock.advanceSecs(60);
    const CalendarSyncLog log = run.run();
    if (!log.errors.isEmpty())
        qWarning() << "sync errors:" << log.errors;
    return log;
}

Appointment TestCalDavSync::createAppointment(const QString &title)
{
    return test::createAppointment(*m_db, m_clock, m_owner, title);
}

QList<Appointment> TestCalDavSync::liveAppointments()
{
    return test::liveAppointments(*m_db, m_clock, m_orgId);
}

Appointment TestCalDavSync::onlyAppointment()
{
    const QList<Appointment> all = liveAppointments();
    return all.size() == 1 ? all.first() : Appointment();
}

QStringList TestCalDavSync::eventHrefs()
{
    HttpFetcher fetcher(m_network, m_limiter);
    CalDavClient client(fetcher, QUrl(m_caldavUrl), m_user, u"secret"_s);
    auto listing = client.listEtags(m_calendar);
    QStringList hrefs;
    if (listing) {
        for (const CalDavEvent &e : listing.value())
            hrefs << e.href;
    }
    return hrefs;
}

QList<SyncConflict> TestCalDavSync::openConflicts()
{
    return openCalendarConflicts(*m_db, m_clock, m_orgId);
}

void TestCalDavSync::discoversTheCalendar()
{
    HttpFetcher fetcher(m_network, m_limiter);
    CalDavClient client(fetcher, QUrl(m_caldavUrl), m_user, u"secret"_s);
    auto calendars = client.discoverCalendars();
    QVERIFY2(calendars.ok(), qPrintable(calendars.ok() ? QString() : calendars.error().message));
    QStringList hrefs;
    for (const CalDavCalendar &c : calendars.value())
        hrefs << c.href;
    QVERIFY2(hrefs.contains(m_calendar), qPrintable(hrefs.join(u", "_s)));
    QVERIFY(!calendars->first().syncToken.isEmpty()); // Radicale offers sync-collection
}

void TestCalDavSync::firstSyncImportsEvents()
{
    putEvent(u"a.ics"_s, icsEvent(u"menu-tasting@else"_s, u"Menu tasting"_s));
    putEvent(u"b.ics"_s, icsEvent(u"dress-fitting@else"_s, u"Dress fitting"_s));
    const CalendarSyncLog log = sync();
    QCOMPARE(log.status, u"completed"_s);
    QCOMPARE(log.pulled, 2);
    QStringList titles;
    for (const Appointment &a : liveAppointments())
        titles << a.title;
    titles.sort();
    QCOMPARE(titles, (QStringList {u"Dress fitting"_s, u"Menu tasting"_s}));
    const Appointment fitting = liveAppointments().constFirst();
    QCOMPARE(fitting.startsAt, utc(2027, 6, 12, 15, 0)); // 17:00 in Madrid, summer time
    QCOMPARE(fitting.timeZone, u"Europe/Madrid"_s);
    // The log a person reads says the same.
    auto logs = CalendarSyncStore(*m_db, m_clock).logs(m_account.id, 10);
    QVERIFY(logs.ok());
    QCOMPARE(logs->size(), 1);
    QCOMPARE(logs->first().pulled, 2);
}

void TestCalDavSync::appointmentAppearsInTheCalendar()
{
    const Appointment a = createAppointment(u"Cake tasting"_s);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pushed, 1);
    const DavAnswer got = dav("GET", m_calendar + a.id + u".ics"_s);
    QCOMPARE(got.status, 200);
    QVERIFY2(got.body.contains("SUMMARY:Cake tasting"), got.body.constData());
    QVERIFY(got.body.contains("DTSTART;TZID=Europe/Madrid:20270328T110000"));
    QVERIFY(got.body.contains(QByteArray("X-WEDSYNC-ID:" + a.id.toUtf8())));
}

void TestCalDavSync::changeInTheCalendarArrives()
{
    const QString href = putEvent(u"c.ics"_s, icsEvent(u"venue-visit@else"_s, u"Venue visit"_s));
    QCOMPARE(sync().pulled, 1);
    putEvent(
        u"c.ics"_s,
        icsEvent(u"venue-visit@else"_s, u"Venue visit with the florist"_s, "LOCATION:Barn\r\n"_ba));
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    QCOMPARE(log.pushed, 0);
    const Appointment a = onlyAppointment();
    QCOMPARE(a.title, u"Venue visit with the florist"_s);
    QCOMPARE(a.location, u"Barn"_s);
    Q_UNUSED(href);
}

void TestCalDavSync::changeInWedSyncReachesTheCalendar()
{
    Appointment a = createAppointment(u"Rehearsal"_s);
    QCOMPARE(sync().pushed, 1);
    a.title = u"Rehearsal dinner"_s;
    a.startsAt = a.startsAt.addSecs(3600);
    a.endsAt = a.endsAt.addSecs(3600);
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pushed, 1);
    QCOMPARE(log.pulled, 0);
    const DavAnswer got = dav("GET", m_calendar + a.id + u".ics"_s);
    QVERIFY2(got.body.contains("SUMMARY:Rehearsal dinner"), got.body.constData());
    QVERIFY(got.body.contains("DTSTART;TZID=Europe/Madrid:20270328T120000"));
}

void TestCalDavSync::secondRunWithoutChangesDoesNothing()
{
    createAppointment(u"Final meeting"_s);
    putEvent(u"d.ics"_s, icsEvent(u"photos@else"_s, u"Photo session"_s));
    const CalendarSyncLog first = sync();
    QCOMPARE(first.pulled + first.pushed, 2);
    const CalendarSyncLog second = sync();
    QCOMPARE(second.status, u"completed"_s);
    QCOMPARE(second.pulled, 0);
    QCOMPARE(second.pushed, 0);
    QCOMPARE(second.conflicts, 0);
    QCOMPARE(liveAppointments().size(), 2);
    QCOMPARE(eventHrefs().size(), 2);
}

// A wedding day is all-day in the wedding's zone, not the account's (Europe/Madrid): its dates
// come back from the calendar without a zone, which is no change — it used to be taken for the
// calendar's edit and moved to the account's zone at the next run.
void TestCalDavSync::allDayInAnotherZoneComesBackUnchanged()
{
    Appointment a = createAppointment(u"Wedding day"_s);
    a.allDay = true;
    a.timeZone = u"America/New_York"_s;
    a.startDate = QDate(2027, 6, 12);
    a.endDate = QDate(2027, 6, 13);
    auto saved
        = AppointmentRepository(*m_db, m_clock).update(appointments::normalized(a), a.version);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(sync().pushed, 1);
    const CalendarSyncLog second = sync();
    QCOMPARE(second.pulled, 0);
    QCOMPARE(second.pushed, 0);
    const Appointment after = onlyAppointment();
    QCOMPARE(after.timeZone, u"America/New_York"_s);
    QCOMPARE(after.startDate, QDate(2027, 6, 12));
    QCOMPARE(after.version, saved->version);
}

void TestCalDavSync::bothChangedFollowsTheStrategy_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("expectedTitle"); // in WedSync after the run
    QTest::addColumn<QByteArray>("expectedSummary"); // in the calendar after the run
    QTest::addColumn<int>("conflicts"); // open conflict rows
    QTest::newRow("wedsync_wins") << u"wedsync_wins"_s << u"Ours"_s << "SUMMARY:Ours"_ba << 0;
    QTest::newRow("calendar_wins") << u"calendar_wins"_s << u"Theirs"_s << "SUMMARY:Theirs"_ba << 0;
    QTest::newRow("ask") << u"ask"_s << u"Ours"_s << "SUMMARY:Theirs"_ba << 1;
}

void TestCalDavSync::bothChangedFollowsTheStrategy()
{
    QFETCH(QString, strategy);
    QFETCH(QString, expectedTitle);
    QFETCH(QByteArray, expectedSummary);
    QFETCH(int, conflicts);
    CalendarAccountRepository accounts(*m_db, m_clock);
    CalendarAccount account = m_account;
    account.conflictStrategy = strategy;
    QVERIFY(accounts.update(account, account.version).ok());

    const QString href = putEvent(u"e.ics"_s, icsEvent(u"first-dance@else"_s, u"Base"_s));
    QCOMPARE(sync().pulled, 1);
    Appointment a = onlyAppointment();
    a.title = u"Ours"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    putEvent(u"e.ics"_s, icsEvent(u"first-dance@else"_s, u"Theirs"_s));

    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(onlyAppointment().title, expectedTitle);
    const DavAnswer got = dav("GET", href);
    QVERIFY2(got.body.contains(expectedSummary), got.body.constData());
    const QList<SyncConflict> open = openConflicts();
    QCOMPARE(open.size(), conflicts);
    if (conflicts) {
        QCOMPARE(open.first().entityId, a.id);
        QCOMPARE(open.first().mine.value(u"title"_s).toString(), u"Ours"_s);
        QCOMPARE(open.first().theirs.value(u"title"_s).toString(), u"Theirs"_s);
        QCOMPARE(open.first().base->value(u"title"_s).toString(), u"Base"_s);
        // Left alone while open: another run neither overwrites nor files it twice.
        sync();
        QCOMPARE(openConflicts().size(), 1);
        QVERIFY(dav("GET", href).body.contains("SUMMARY:Theirs"));
        QCOMPARE(onlyAppointment().title, u"Ours"_s);
    }
}

void TestCalDavSync::deletionInTheCalendarDeletesTheAppointment()
{
    const QString href = putEvent(u"f.ics"_s, icsEvent(u"bouquet@else"_s, u"Bouquet"_s));
    QCOMPARE(sync().pulled, 1);
    const DavAnswer deleted = dav("DELETE", href);
    QVERIFY(deleted.status == 200 || deleted.status == 204);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    QVERIFY(liveAppointments().isEmpty());
}

void TestCalDavSync::deletionInWedSyncDeletesTheEvent()
{
    const Appointment a = createAppointment(u"Cancelled visit"_s);
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(eventHrefs().size(), 1);
    QVERIFY(
        AppointmentRepository(*m_db, m_clock).markDeleted(m_orgId, a.id, a.version, m_userId).ok());
    QCOMPARE(sync().pushed, 1);
    QVERIFY(eventHrefs().isEmpty());
}

void TestCalDavSync::deletedThereChangedHereIsAConflict()
{
    const QString href = putEvent(u"g.ics"_s, icsEvent(u"hair-trial@else"_s, u"Hair trial"_s));
    QCOMPARE(sync().pulled, 1);
    Appointment a = onlyAppointment();
    a.notes = u"Bring photos of the veil"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    QVERIFY(dav("DELETE", href).status < 300);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.conflicts, 1);
    // Never a silent loss: the appointment with its new notes is still here.
    QCOMPARE(onlyAppointment().notes, u"Bring photos of the veil"_s);
    const QList<SyncConflict> open = openConflicts();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().theirs.value(u"deleted"_s).toBool(), true);
}

void TestCalDavSync::concurrentChangeGives412AndAConflict()
{
    Appointment a = createAppointment(u"Seating plan"_s);
    QCOMPARE(sync().pushed, 1);
    const QString href = m_calendar + a.id + u".ics"_s;
    a.title = u"Seating plan v2"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    // Someone edits the event in their calendar app between our read and our write.
    bool changed = false;
    m_beforeWrite = [&](const QString &target) {
        if (changed || target != href)
            return;
        changed = true;
        QByteArray theirs = dav("GET", href).body;
        theirs.replace("SUMMARY:Seating plan", "SUMMARY:Seating plan (aunt's edit)");
        putEvent(a.id + u".ics"_s, theirs);
    };
    const CalendarSyncLog log = sync();
    QVERIFY(changed);
    QCOMPARE(log.pushed, 0);
    QCOMPARE(log.conflicts, 1);
    const DavAnswer got = dav("GET", href);
    QVERIFY2(got.body.contains("SUMMARY:Seating plan (aunt's edit)"), got.body.constData());
    QCOMPARE(openConflicts().size(), 1);
    QCOMPARE(onlyAppointment().title, u"Seating plan v2"_s);
}

void TestCalDavSync::recurringEventSurvivesARoundTrip()
{
    const QByteArray recurring
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone else//EN\r\n"
          "BEGIN:VEVENT\r\nUID:dance-class@else\r\nDTSTAMP:20270101T000000Z\r\n"
          "DTSTART;TZID=Europe/Madrid:20270105T180000\r\n"
          "DTEND;TZID=Europe/Madrid:20270105T190000\r\n"
          "RRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE;TZID=Europe/Madrid:20270112T180000\r\n"
          "SUMMARY:Dance class\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:dance-class@else\r\nDTSTAMP:20270101T000000Z\r\n"
          "RECURRENCE-ID;TZID=Europe/Madrid:20270119T180000\r\n"
          "DTSTART;TZID=Europe/Madrid:20270119T200000\r\n"
          "DTEND;TZID=Europe/Madrid:20270119T210000\r\n"
          "SUMMARY:Dance class (late)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_ba;
    const QString href = putEvent(u"h.ics"_s, recurring);
    QCOMPARE(sync().pulled, 1);
    Appointment a = onlyAppointment();
    QCOMPARE(a.title, u"Dance class"_s);
    a.title = u"Dance class with Marta"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    QCOMPARE(sync().pushed, 1);
    const QByteArray after = dav("GET", href).body;
    QVERIFY2(after.contains("SUMMARY:Dance class with Marta"), after.constData());
    QVERIFY(after.contains("RRULE:FREQ=WEEKLY;COUNT=10"));
    QVERIFY(after.contains("EXDATE;TZID=Europe/Madrid:20270112T180000"));
    QVERIFY(after.contains("RECURRENCE-ID;TZID=Europe/Madrid:20270119T180000"));
    QVERIFY(after.contains("SUMMARY:Dance class (late)"));
    QVERIFY(after.contains("DTSTART;TZID=Europe/Madrid:20270105T180000"));
    // And it stays one appointment, not one per occurrence.
    QCOMPARE(sync().pulled, 0);
    QCOMPARE(liveAppointments().size(), 1);
}

void TestCalDavSync::interruptedExportIsNotDuplicated()
{
    const Appointment a = createAppointment(u"Florist"_s);
    QCOMPARE(sync().pushed, 1);
    // A run that wrote the event but died before storing its mapping.
    QVERIFY(CalendarSyncStore(*m_db, m_clock)
                .removeMapping(m_account.id, m_calendar + a.id + u".ics"_s)
                .ok());
    QVERIFY(CalendarSyncStore(*m_db, m_clock)
                .saveState(m_account.id, m_calendar, CalendarSyncState {})
                .ok());
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(eventHrefs().size(), 1);
    QCOMPARE(liveAppointments().size(), 1);
    auto mappings = CalendarSyncStore(*m_db, m_clock).mappings(m_account.id);
    QVERIFY(mappings.ok());
    QCOMPARE(mappings->size(), 1);
    QCOMPARE(mappings->first().appointmentId, a.id);
}

void TestCalDavSync::forgottenSyncTokenFallsBackToFullListing()
{
    putEvent(u"i.ics"_s, icsEvent(u"music@else"_s, u"Band meeting"_s));
    QCOMPARE(sync().pulled, 1);
    QVERIFY(CalendarSyncStore(*m_db, m_clock)
                .saveState(m_account.id, m_calendar,
                           CalendarSyncState {u"http://radicale.org/ns/sync/unknown"_s, {}})
                .ok());
    putEvent(u"j.ics"_s, icsEvent(u"cake@else"_s, u"Cake order"_s));
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 1);
    QCOMPARE(liveAppointments().size(), 2);
}

void TestCalDavSync::unreadableEventIsLoggedNotLost()
{
    putEvent(u"k.ics"_s, icsEvent(u"good@else"_s, u"Good one"_s));
    QCOMPARE(sync().pulled, 1);
    // An event with a zone no one knows: logged with a sentence, nothing else harmed.
    putEvent(u"l.ics"_s,
             "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:bad@else\r\n"
             "DTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Mars/Olympus:20270101T100000\r\n"
             "SUMMARY:Bad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_ba);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.status, u"failed"_s);
    QCOMPARE(log.errors.size(), 1);
    QVERIFY2(log.errors.first().contains(u"Mars/Olympus"_s), qPrintable(log.errors.first()));
    QCOMPARE(liveAppointments().size(), 1);
    QCOMPARE(eventHrefs().size(), 2);
}

void TestCalDavSync::disconnectRemovesOnlyTheEventsWeAdded()
{
    const QString theirs = putEvent(u"m.ics"_s, icsEvent(u"florist@else"_s, u"Florist call"_s));
    const Appointment kept = createAppointment(u"Venue visit"_s);
    createAppointment(u"Menu tasting"_s);
    createAppointment(u"Dress fitting"_s);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    QCOMPARE(log.pushed, 3);
    QCOMPARE(eventHrefs().size(), 4);
    // Someone edits one of our events in the calendar after the last sync: theirs now.
    const QString changed = m_calendar + kept.id + u".ics"_s;
    const DavAnswer before = dav("GET", changed);
    QCOMPARE(before.status, 200);
    QByteArray edited = before.body;
    edited.replace("SUMMARY:Venue visit", "SUMMARY:Venue visit (moved)");
    QVERIFY(dav("PUT", changed, edited).status < 300);

    HttpFetcher fetcher(m_network, m_limiter);
    CalDavClient client(fetcher, QUrl(m_caldavUrl), m_user, u"secret"_s);
    CalDavRemote remote(client);
    const CreatedEventsRemoval outcome = removeCreatedEvents(*m_db, m_clock, remote, m_account.id);
    QVERIFY2(!outcome.stoppedBy,
             qPrintable(outcome.stoppedBy ? outcome.stoppedBy->message : QString()));
    QCOMPARE(outcome.removed, 2);
    QCOMPARE(outcome.kept, 1);
    QStringList left = eventHrefs();
    left.sort();
    QStringList expected {theirs, changed};
    expected.sort();
    QCOMPARE(left, expected);
    QCOMPARE(liveAppointments().size(), 4); // nothing leaves WedSync
    auto mappings = CalendarSyncStore(*m_db, m_clock).mappings(m_account.id);
    QVERIFY(mappings.ok());
    QCOMPARE(mappings->size(), 2); // the two events still in the calendar
}

void TestCalDavSync::removalStoppedByTheServerKeepsEverything()
{
    createAppointment(u"Cake order"_s);
    QCOMPARE(sync().pushed, 1);
    // A server that answers nothing: a port nobody listens on.
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {1, 10, 10, 2000, 1});
    CalDavClient client(fetcher, QUrl(u"http://127.0.0.1:9/"_s), m_user, u"secret"_s);
    CalDavRemote remote(client);
    const CreatedEventsRemoval outcome = removeCreatedEvents(*m_db, m_clock, remote, m_account.id);
    QVERIFY(outcome.stoppedBy);
    QVERIFY2(!outcome.stoppedBy->message.isEmpty(), "a sentence says why");
    QCOMPARE(outcome.removed, 0);
    QCOMPARE(eventHrefs().size(), 1);
    auto mappings = CalendarSyncStore(*m_db, m_clock).mappings(m_account.id);
    QVERIFY(mappings.ok());
    QCOMPARE(mappings->size(), 1);
    // The next sync finds everything as it was: nothing pulled, nothing pushed.
    const CalendarSyncLog after = sync();
    QCOMPARE(after.pulled, 0);
    QCOMPARE(after.pushed, 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        TestCalDavSync test(backend);
        qInfo("backend: %s", qPrintable(backend));
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

#include "tst_caldavsync.moc"
