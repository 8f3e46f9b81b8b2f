// Two-way calendar sync with Google Calendar (API v3), against tests/fixtures' simulator written
// from providers.md §1 and §6, on SQLite and on PostgreSQL: incremental sync with the stored
// syncToken, 410 meaning "read everything again", cancelled events as deletions, our own event
// ids (a second insert is refused, never duplicated), If-Match on every change and delete with
// 412 as a conflict, Google's 403/429 rate limits, and access tokens refreshed (and a revoked
// grant ending as unauthorized). Events and appointments are checked on both sides.
#include "CalendarTestData.h"
#include "GoogleCalendarSimulator.h"
#include "TestDatabase.h"
#include "auth/SecretBox.h"
#include "calendar/CalendarConnection.h"
#include "calendar/CalendarCredentials.h"
#include "calendar/CalendarSync.h"
#include "calendar/CreatedEventsRemoval.h"
#include "calendar/GoogleCalendarRemote.h"
#include "calendar/GoogleEventJson.h"
#include "jobs/HttpFetcher.h"
#include "jobs/RateLimiter.h"
#include "storage/AppointmentRepository.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/CalendarSyncStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using appointments::Appointment;

namespace {

const QString Calendar = u"planner@example.com"_s;

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QJsonObject timed(const QString &local, const QString &zone = u"Europe/Madrid"_s)
{
    return {{u"dateTime"_s, local}, {u"timeZone"_s, zone}};
}

QJsonObject theirEvent(const QString &summary)
{
    return {{u"summary"_s, summary},
            {u"start"_s, timed(u"2027-06-12T17:00:00+02:00"_s)},
            {u"end"_s, timed(u"2027-06-12T18:30:00+02:00"_s)}};
}

} // namespace

class TestGoogleCalendarSync : public QObject
{
    Q_OBJECT

public:
    explicit TestGoogleCalendarSync(QString backend)
        : m_backend(std::move(backend))
    { }

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheCalendars();
    void firstSyncImportsEvents();
    void allDayEventKeepsItsExclusiveEnd();
    void appointmentAppearsWithOurOwnId();
    void changeInGoogleArrivesIncrementally();
    void changeInWedSyncIsPatchedWithIfMatch();
    void cancelledInGoogleDeletesTheAppointment();
    void deletionInWedSyncDeletesTheEvent();
    void bothChangedFollowsTheStrategy_data();
    void bothChangedFollowsTheStrategy();
    void concurrentChangeGives412AndAConflict();
    void expiredSyncTokenReadsEverythingWithoutDuplicates();
    void rateLimitsAreWaitedOut_data();
    void rateLimitsAreWaitedOut();
    void recurringSeriesKeepsItsTimes();
    void interruptedExportIsAdoptedNotDuplicated();
    void expiredAccessTokenIsRefreshedAndKept();
    void revokedGrantEndsAsUnauthorized();
    void hostileEventIsLoggedNotLost();
    void disconnectRemovesOnlyTheEventsWeAdded();

private:
    CalendarSyncLog sync();
    // With stored, sealed tokens and a refresh at Google's token endpoint.
    void storeGrant();
    CalendarSyncLog syncAsTheWorkerDoes();
    GoogleCalendarRemote remote(HttpFetcher &fetcher);
    QList<Appointment> live() { return liveAppointments(*m_db, m_clock, m_owner.organizationId); }
    Appointment only();
    QJsonObject ours(const Appointment &a);
    void setStrategy(const QString &strategy);

    QString m_backend;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock {utc(2027, 1, 10, 9, 0)};
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    std::unique_ptr<GoogleCalendarSimulator> m_google;
    std::optional<SecretBox> m_box;
    GoogleCalendarSimulator::Grant m_grant;
    CalendarOwner m_owner;
    CalendarAccount m_account;
    std::function<void(const QString &)> m_beforeWrite;
};

void TestGoogleCalendarSync::init()
{
    m_testDb = std::make_unique<TestDatabase>(m_backend);
    QVERIFY2(m_testDb->isReady(), qPrintable(m_testDb->errorString()));
    QString error;
    m_db = openMigratedDatabase(m_testDb->url(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_owner = createCalendarOwner(*m_db, m_clock);
    QVERIFY(!m_owner.userId.isEmpty());

    m_google = std::make_unique<GoogleCalendarSimulator>();
    QVERIFY(m_google->listen().ok());
    m_google->addCalendar(Calendar, u"Weddings"_s, u"Europe/Madrid"_s, true);
    m_google->addCalendar(u"holidays@group.v.calendar.google.com"_s, u"Holidays"_s);
    m_grant = m_google->grant();
    auto box = SecretBox::fromKey(QByteArray(32, '\x07'));
    QVERIFY(box.ok());
    m_box = box.value();

    m_account = createCalendarAccount(*m_db, m_clock, m_owner, u"google"_s, {Calendar});
    QVERIFY(!m_account.id.isEmpty());
    m_beforeWrite = nullptr;
}

void TestGoogleCalendarSync::cleanup()
{
    m_google.reset();
    m_db.reset();
    m_testDb.reset();
}

GoogleCalendarRemote TestGoogleCalendarSync::remote(HttpFetcher &fetcher)
{
    return GoogleCalendarRemote(fetcher, QUrl(m_google->baseUrl()), m_grant.accessToken, {});
}

CalendarSyncLog TestGoogleCalendarSync::sync()
{
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {3, 50, 100, 10000, 1});
    GoogleCalendarRemote google = remote(fetcher);
    google.setPageSize(3); // several pages even for a handful of events
    return runCalendarSync(*m_db, m_clock, google, m_account.id, m_beforeWrite);
}

Appointment TestGoogleCalendarSync::only()
{
    const QList<Appointment> all = live();
    return all.size() == 1 ? all.first() : Appointment();
}

QJsonObject TestGoogleCalendarSync::ours(const Appointment &a)
{
    return m_google->event(Calendar, google::eventIdFor(a.id));
}

void TestGoogleCalendarSync::setStrategy(const QString &strategy)
{
    setConflictStrategy(*m_db, m_clock, m_account.id, strategy);
}

void TestGoogleCalendarSync::listsTheCalendars()
{
    HttpFetcher fetcher(m_network, m_limiter);
    GoogleCalendarRemote google = remote(fetcher);
    auto calendars = google.discoverCalendars();
    QVERIFY2(calendars.ok(), qPrintable(calendars.ok() ? QString() : calendars.error().message));
    QCOMPARE(calendars->size(), 2);
    QCOMPARE(calendars->first().href, Calendar);
    QCOMPARE(calendars->first().displayName, u"Weddings"_s);
}

void TestGoogleCalendarSync::firstSyncImportsEvents()
{
    for (int i = 0; i < 7; ++i) // three pages of three
        m_google->addEvent(Calendar, theirEvent(u"Menu tasting %1"_s.arg(i)));
    const CalendarSyncLog log = sync();
    QCOMPARE(log.status, u"completed"_s);
    QCOMPARE(log.pulled, 7);
    QCOMPARE(live().size(), 7);
    const Appointment tasting = live().constFirst();
    QCOMPARE(tasting.startsAt, utc(2027, 6, 12, 15, 0)); // 17:00 in Madrid, summer time
    QCOMPARE(tasting.endsAt, utc(2027, 6, 12, 16, 30));
    QCOMPARE(tasting.timeZone, u"Europe/Madrid"_s);
    // Nothing changed since: the next run asks with its token and does nothing.
    const int lists = m_google->listRequests;
    const CalendarSyncLog again = sync();
    QCOMPARE(again.pulled + again.pushed, 0);
    QCOMPARE(m_google->listRequests, lists + 1);
    QCOMPARE(live().size(), 7);
}

void TestGoogleCalendarSync::allDayEventKeepsItsExclusiveEnd()
{
    m_google->addEvent(Calendar,
                       {{u"summary"_s, u"Wedding fair"_s},
                        {u"start"_s, QJsonObject {{u"date"_s, u"2027-05-08"_s}}},
                        {u"end"_s, QJsonObject {{u"date"_s, u"2027-05-10"_s}}}});
    QCOMPARE(sync().pulled, 1);
    Appointment fair = only();
    QVERIFY(fair.allDay);
    QCOMPARE(fair.startDate, QDate(2027, 5, 8));
    QCOMPARE(fair.endDate, QDate(2027, 5, 10)); // two days, the end exclusive on both sides
    fair.location = u"IFEMA"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(fair, fair.version).ok());
    QCOMPARE(sync().pushed, 1);
    const QJsonObject event = m_google->events(Calendar).constFirst();
    QCOMPARE(event.value(u"location"_s).toString(), u"IFEMA"_s);
    QCOMPARE(event.value(u"end"_s).toObject().value(u"date"_s).toString(), u"2027-05-10"_s);
}

void TestGoogleCalendarSync::appointmentAppearsWithOurOwnId()
{
    const Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Cake tasting"_s);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pushed, 1);
    const QJsonObject event = ours(a);
    QVERIFY2(!event.isEmpty(), "the event carries the appointment's id, without dashes");
    QCOMPARE(event.value(u"summary"_s).toString(), u"Cake tasting"_s);
    QCOMPARE(event.value(u"start"_s).toObject().value(u"dateTime"_s).toString(),
             u"2027-03-28T11:00:00+02:00"_s);
    QCOMPARE(event.value(u"start"_s).toObject().value(u"timeZone"_s).toString(),
             u"Europe/Madrid"_s);
    QCOMPARE(event.value(u"extendedProperties"_s)
                 .toObject()
                 .value(u"private"_s)
                 .toObject()
                 .value(u"wedsyncId"_s)
                 .toString(),
             a.id);
    // Our own write is not read back as their change.
    const CalendarSyncLog again = sync();
    QCOMPARE(again.pulled + again.pushed + again.conflicts, 0);
    QCOMPARE(m_google->events(Calendar).size(), 1);
    QCOMPARE(live().size(), 1);
}

void TestGoogleCalendarSync::changeInGoogleArrivesIncrementally()
{
    const QString id
        = m_google->addEvent(Calendar, theirEvent(u"Venue visit"_s)).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    m_google->changeEvent(Calendar, id,
                          {{u"summary"_s, u"Venue visit with the florist"_s},
                           {u"location"_s, u"Barn"_s},
                           {u"attendees"_s,
                            QJsonArray {QJsonObject {{u"email"_s, u"flor@example.com"_s},
                                                     {u"responseStatus"_s, u"accepted"_s}}}}});
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    const Appointment a = only();
    QCOMPARE(a.title, u"Venue visit with the florist"_s);
    QCOMPARE(a.location, u"Barn"_s);
    QCOMPARE(a.attendees, QStringList {u"flor@example.com"_s});
}

void TestGoogleCalendarSync::changeInWedSyncIsPatchedWithIfMatch()
{
    m_google->addEvent(Calendar, theirEvent(u"Veil fitting"_s));
    QJsonObject event = theirEvent(u"Dress fitting"_s);
    event.insert(u"reminders"_s, QJsonObject {{u"useDefault"_s, false}});
    event.insert(u"attendees"_s,
                 QJsonArray {QJsonObject {{u"email"_s, u"ana@example.com"_s},
                                          {u"responseStatus"_s, u"accepted"_s}}});
    const QString id = m_google->addEvent(Calendar, event).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 2);
    const QString etag = m_google->event(Calendar, id).value(u"etag"_s).toString();
    Appointment a;
    for (const Appointment &candidate : live()) {
        if (!candidate.attendees.isEmpty())
            a = candidate;
    }
    a.title = u"Second dress fitting"_s;
    a.attendees << u"marta@example.com"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    m_google->ifMatchSeen.clear();
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(m_google->ifMatchSeen, QList<QByteArray> {etag.toUtf8()});
    const QJsonObject now = m_google->event(Calendar, id);
    QCOMPARE(now.value(u"summary"_s).toString(), u"Second dress fitting"_s);
    // Patch keeps what an appointment does not hold, and the attendee's answer.
    QCOMPARE(now.value(u"reminders"_s).toObject().value(u"useDefault"_s).toBool(true), false);
    const QJsonArray attendees = now.value(u"attendees"_s).toArray();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(attendees.at(0).toObject().value(u"responseStatus"_s).toString(), u"accepted"_s);
    QCOMPARE(attendees.at(1).toObject().value(u"email"_s).toString(), u"marta@example.com"_s);
}

void TestGoogleCalendarSync::cancelledInGoogleDeletesTheAppointment()
{
    const QString id
        = m_google->addEvent(Calendar, theirEvent(u"Bouquet"_s)).value(u"id"_s).toString();
    m_google->addEvent(Calendar, theirEvent(u"Rehearsal"_s));
    QCOMPARE(sync().pulled, 2);
    m_google->cancelEvent(Calendar, id);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    QCOMPARE(only().title, u"Rehearsal"_s);
}

void TestGoogleCalendarSync::deletionInWedSyncDeletesTheEvent()
{
    const Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Cancelled visit"_s);
    QCOMPARE(sync().pushed, 1);
    const QString etag = ours(a).value(u"etag"_s).toString();
    QVERIFY(AppointmentRepository(*m_db, m_clock)
                .markDeleted(m_owner.organizationId, a.id, a.version, m_owner.userId)
                .ok());
    m_google->ifMatchSeen.clear();
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(m_google->ifMatchSeen, QList<QByteArray> {etag.toUtf8()});
    QVERIFY(m_google->events(Calendar).isEmpty());
    QCOMPARE(ours(a).value(u"status"_s).toString(), u"cancelled"_s);
}

void TestGoogleCalendarSync::bothChangedFollowsTheStrategy_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("expectedSummary");
    QTest::addColumn<int>("conflicts");
    QTest::newRow("wedsync_wins") << u"wedsync_wins"_s << u"Ours"_s << u"Ours"_s << 0;
    QTest::newRow("calendar_wins") << u"calendar_wins"_s << u"Theirs"_s << u"Theirs"_s << 0;
    QTest::newRow("ask") << u"ask"_s << u"Ours"_s << u"Theirs"_s << 1;
}

void TestGoogleCalendarSync::bothChangedFollowsTheStrategy()
{
    QFETCH(QString, strategy);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, expectedSummary);
    QFETCH(int, conflicts);
    setStrategy(strategy);
    const QString id
        = m_google->addEvent(Calendar, theirEvent(u"Base"_s)).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    Appointment a = only();
    a.title = u"Ours"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    m_google->changeEvent(Calendar, id, {{u"summary"_s, u"Theirs"_s}});
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(only().title, expectedTitle);
    QCOMPARE(m_google->event(Calendar, id).value(u"summary"_s).toString(), expectedSummary);
    const QList<SyncConflict> open = openCalendarConflicts(*m_db, m_clock, m_owner.organizationId);
    QCOMPARE(open.size(), conflicts);
    if (conflicts) {
        QCOMPARE(open.first().mine.value(u"title"_s).toString(), u"Ours"_s);
        QCOMPARE(open.first().theirs.value(u"title"_s).toString(), u"Theirs"_s);
        QCOMPARE(open.first().base->value(u"title"_s).toString(), u"Base"_s);
        sync(); // left alone while open
        QCOMPARE(openCalendarConflicts(*m_db, m_clock, m_owner.organizationId).size(), 1);
        QCOMPARE(m_google->event(Calendar, id).value(u"summary"_s).toString(), u"Theirs"_s);
    }
}

void TestGoogleCalendarSync::concurrentChangeGives412AndAConflict()
{
    Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Seating plan"_s);
    QCOMPARE(sync().pushed, 1);
    const QString id = google::eventIdFor(a.id);
    a.title = u"Seating plan v2"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    // Someone edits the event in Google between our read and our write.
    bool changed = false;
    m_beforeWrite = [&](const QString &href) {
        if (changed || !href.endsWith(id))
            return;
        changed = true;
        m_google->changeEvent(Calendar, id, {{u"summary"_s, u"Seating plan (aunt's edit)"_s}});
    };
    const int refusedBefore = m_google->preconditionFailures;
    const CalendarSyncLog log = sync();
    QVERIFY(changed);
    QCOMPARE(m_google->preconditionFailures, refusedBefore + 1);
    QCOMPARE(log.pushed, 0);
    QCOMPARE(log.conflicts, 1);
    QCOMPARE(m_google->event(Calendar, id).value(u"summary"_s).toString(),
             u"Seating plan (aunt's edit)"_s);
    QCOMPARE(openCalendarConflicts(*m_db, m_clock, m_owner.organizationId).size(), 1);
}

void TestGoogleCalendarSync::expiredSyncTokenReadsEverythingWithoutDuplicates()
{
    const QString gone
        = m_google->addEvent(Calendar, theirEvent(u"Old visit"_s)).value(u"id"_s).toString();
    for (int i = 0; i < 4; ++i)
        m_google->addEvent(Calendar, theirEvent(u"Visit %1"_s.arg(i)));
    createAppointment(*m_db, m_clock, m_owner, u"Ours"_s);
    QCOMPARE(sync().pulled, 5);
    QCOMPARE(m_google->events(Calendar).size(), 6);
    // Google forgets where we were (410), one event is cancelled meanwhile, one added.
    m_google->expireSyncTokens();
    m_google->cancelEvent(Calendar, gone);
    m_google->addEvent(Calendar, theirEvent(u"New visit"_s));
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 2); // the new one, and the deletion found by comparing
    QCOMPARE(log.pushed, 0);
    QCOMPARE(live().size(), 6);
    QCOMPARE(m_google->events(Calendar).size(), 6);
    // The token of that full listing works again.
    const int lists = m_google->listRequests;
    QCOMPARE(sync().pulled, 0);
    QCOMPARE(m_google->listRequests, lists + 1);
}

void TestGoogleCalendarSync::rateLimitsAreWaitedOut_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429 rateLimitExceeded") << 429;
    QTest::newRow("403 rateLimitExceeded") << 403;
    QTest::newRow("500 backendError") << 500;
}

void TestGoogleCalendarSync::rateLimitsAreWaitedOut()
{
    QFETCH(int, status);
    m_google->addEvent(Calendar, theirEvent(u"Photo walk"_s));
    m_google->failNext(2, status);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 1);
    // More than the attempts allow: the run fails and says so, and nothing is lost.
    m_google->addEvent(Calendar, theirEvent(u"Second walk"_s));
    m_google->failNext(3, status);
    const CalendarSyncLog failed = sync();
    QCOMPARE(failed.status, u"failed"_s);
    QVERIFY2(failed.errors.first().contains(u"gave up after 3 attempts"_s),
             qPrintable(failed.errors.first()));
    QCOMPARE(sync().pulled, 1);
    QCOMPARE(live().size(), 2);
}

void TestGoogleCalendarSync::recurringSeriesKeepsItsTimes()
{
    QJsonObject series = theirEvent(u"Weekly planning call"_s);
    series.insert(u"recurrence"_s, QJsonArray {u"RRULE:FREQ=WEEKLY;COUNT=10"_s});
    const QString id = m_google->addEvent(Calendar, series).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    Appointment a = only();
    a.title = u"Weekly call with the couple"_s;
    a.startsAt = a.startsAt.addSecs(3600);
    a.endsAt = a.endsAt.addSecs(3600);
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    QCOMPARE(sync().pushed, 1);
    const QJsonObject now = m_google->event(Calendar, id);
    QCOMPARE(now.value(u"summary"_s).toString(), u"Weekly call with the couple"_s);
    QCOMPARE(now.value(u"recurrence"_s).toArray(), series.value(u"recurrence"_s).toArray());
    QCOMPARE(now.value(u"start"_s).toObject().value(u"dateTime"_s).toString(),
             u"2027-06-12T17:00:00+02:00"_s);
}

void TestGoogleCalendarSync::interruptedExportIsAdoptedNotDuplicated()
{
    const Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Florist"_s);
    QCOMPARE(sync().pushed, 1);
    // A run that inserted the event but died before storing its mapping.
    QVERIFY(CalendarSyncStore(*m_db, m_clock)
                .removeMapping(m_account.id, Calendar + u'/' + google::eventIdFor(a.id))
                .ok());
    const int inserts = m_google->insertRequests;
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 0); // recognised by its wedsyncId: ours, not a new appointment
    QCOMPARE(m_google->insertRequests, inserts);
    QCOMPARE(m_google->events(Calendar).size(), 1);
    QCOMPARE(live().size(), 1);
    auto mappings = CalendarSyncStore(*m_db, m_clock).mappings(m_account.id);
    QVERIFY(mappings.ok());
    QCOMPARE(mappings->size(), 1);
    QCOMPARE(mappings->first().appointmentId, a.id);
}

void TestGoogleCalendarSync::storeGrant()
{
    QVERIFY(calendarcredentials::store(*m_db, m_clock, &*m_box, m_account.id,
                                       {{u"accessToken"_s, m_grant.accessToken},
                                        {u"refreshToken"_s, m_grant.refreshToken},
                                        {u"expiresAt"_s, u"2030-01-01T00:00:00Z"_s}})
                .ok());
}

CalendarSyncLog TestGoogleCalendarSync::syncAsTheWorkerDoes()
{
    CalendarClients clients;
    clients.google.clientId = m_google->clientId;
    clients.google.clientSecret = m_google->clientSecret;
    clients.google.tokenUrl = QUrl(m_google->tokenUrl());
    clients.google.apiUrl = QUrl(m_google->baseUrl());
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {2, 50, 100, 10000, 1});
    CalendarConnection connection(fetcher, *m_db, m_clock, &*m_box, clients);
    auto opened = connection.open(m_account);
    if (!opened) {
        CalendarSyncLog failed;
        failed.errors << opened.error().message;
        return failed;
    }
    return CalendarSync(*m_db, m_clock, *opened.value(), m_account).run();
}

void TestGoogleCalendarSync::expiredAccessTokenIsRefreshedAndKept()
{
    storeGrant();
    m_google->addEvent(Calendar, theirEvent(u"Hair trial"_s));
    m_google->expireAccessTokens();
    const CalendarSyncLog log = syncAsTheWorkerDoes();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 1);
    QCOMPARE(m_google->tokenRequests, 1);
    QVERIFY(m_google->lastTokenRequest.contains("grant_type=refresh_token"));
    // Google's answer had no refresh token: the one held stays, beside the new access token.
    auto stored = calendarcredentials::load(*m_db, m_clock, &*m_box, m_account.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->value(u"refreshToken"_s).toString(), m_grant.refreshToken);
    QVERIFY(stored->value(u"accessToken"_s).toString() != m_grant.accessToken);
    QVERIFY(QDateTime::fromString(stored->value(u"expiresAt"_s).toString(), Qt::ISODate)
            < QDateTime::currentDateTimeUtc().addSecs(3700));
    // The next run uses the new token as it is: no second refresh.
    QCOMPARE(syncAsTheWorkerDoes().errors, QStringList());
    QCOMPARE(m_google->tokenRequests, 1);
}

void TestGoogleCalendarSync::revokedGrantEndsAsUnauthorized()
{
    storeGrant();
    m_google->revokeGrant();
    const CalendarSyncLog log = syncAsTheWorkerDoes();
    QVERIFY(log.unauthorized); // the worker sets the account to expired: relink
    QVERIFY2(log.errors.value(0).contains(u"link the account again"_s),
             qPrintable(log.errors.value(0)));
    QVERIFY(live().isEmpty());
}

void TestGoogleCalendarSync::disconnectRemovesOnlyTheEventsWeAdded()
{
    const QString theirs
        = m_google->addEvent(Calendar, theirEvent(u"Bouquet"_s)).value(u"id"_s).toString();
    const Appointment gone = createAppointment(*m_db, m_clock, m_owner, u"Venue visit"_s);
    const Appointment edited = createAppointment(*m_db, m_clock, m_owner, u"Menu tasting"_s);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    QCOMPARE(log.pushed, 2);
    // Changed in Google after the last sync: it stays.
    m_google->changeEvent(Calendar, google::eventIdFor(edited.id),
                          QJsonObject {{u"summary"_s, u"Menu tasting (moved)"_s}});
    const QString etag = ours(gone).value(u"etag"_s).toString();
    m_google->ifMatchSeen.clear();

    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {3, 50, 100, 10000, 1});
    GoogleCalendarRemote google = remote(fetcher);
    const CreatedEventsRemoval outcome = removeCreatedEvents(*m_db, m_clock, google, m_account.id);
    QVERIFY2(!outcome.stoppedBy,
             qPrintable(outcome.stoppedBy ? outcome.stoppedBy->message : QString()));
    QCOMPARE(outcome.removed, 1);
    QCOMPARE(outcome.kept, 1);
    QVERIFY(m_google->ifMatchSeen.contains(etag.toUtf8()));
    QCOMPARE(ours(gone).value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(ours(edited).value(u"summary"_s).toString(), u"Menu tasting (moved)"_s);
    QVERIFY(m_google->event(Calendar, theirs).value(u"status"_s).toString() != u"cancelled"_s);
    QCOMPARE(live().size(), 3); // nothing leaves WedSync
}

void TestGoogleCalendarSync::hostileEventIsLoggedNotLost()
{
    m_google->addEvent(Calendar, theirEvent(u"Good"_s));
    QJsonObject bad = theirEvent(u"No end in sight"_s);
    bad.insert(u"start"_s, QJsonObject {{u"dateTime"_s, u"next tuesday"_s}});
    m_google->addEvent(Calendar, bad);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.status, u"failed"_s);
    QCOMPARE(log.errors.size(), 1);
    QVERIFY2(log.errors.first().contains(u"unreadable"_s), qPrintable(log.errors.first()));
    QCOMPARE(live().size(), 1);
    // The place is kept only when every change was read: the bad one is read again next time.
    const CalendarSyncLog again = sync();
    QCOMPARE(again.errors.size(), 1);
    QCOMPARE(live().size(), 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        TestGoogleCalendarSync test(backend);
        qInfo("backend: %s", qPrintable(backend));
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

#include "tst_googlecalendarsync.moc"
