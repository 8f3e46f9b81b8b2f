// Two-way calendar sync with Microsoft Outlook (Graph v1.0), against tests/fixtures' simulator
// written from providers.md §2 and §6, on SQLite and on PostgreSQL: calendarView delta rounds
// with their deltaLink, 410 and syncStateNotFound meaning "read everything again", @removed
// confirmed before anything is deleted (an event that only left the window stays), series read
// from their master, ids Graph assigns with our transactionId against duplicates, If-Match on
// every change and delete with 412 as a conflict, 429 and 503 with Retry-After, and refresh
// tokens that rotate (a revoked grant ending as unauthorized). Both sides are checked.
#include "CalendarTestData.h"
#include "GraphCalendarSimulator.h"
#include "TestDatabase.h"
#include "auth/SecretBox.h"
#include "calendar/CalendarConnection.h"
#include "calendar/CalendarCredentials.h"
#include "calendar/CalendarSync.h"
#include "calendar/CreatedEventsRemoval.h"
#include "calendar/GraphCalendarRemote.h"
#include "calendar/GraphEventJson.h"
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

const QString Calendar = u"AAMkADcal-Weddings="_s;

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QJsonObject timed(const QString &local, const QString &zone = u"Romance Standard Time"_s)
{
    return {{u"dateTime"_s, local}, {u"timeZone"_s, zone}};
}

// An event as Outlook's owner makes it: in Madrid's zone, under its Windows name.
QJsonObject theirEvent(const QString &subject)
{
    return {{u"subject"_s, subject},
            {u"start"_s, timed(u"2027-06-12T17:00:00"_s)},
            {u"end"_s, timed(u"2027-06-12T18:30:00"_s)}};
}

} // namespace

class TestGraphCalendarSync : public QObject
{
    Q_OBJECT

public:
    explicit TestGraphCalendarSync(QString backend)
        : m_backend(std::move(backend))
    { }

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheCalendars();
    void firstSyncImportsEvents();
    void allDayEventKeepsItsExclusiveEnd();
    void appointmentIsCreatedWithOurTransactionId();
    void changeInOutlookArrivesIncrementally();
    void changeInWedSyncIsPatchedWithIfMatch();
    void deletedInOutlookDeletesTheAppointment();
    void eventMovedOutOfTheWindowIsNotADeletion();
    void deletionInWedSyncDeletesTheEvent();
    void bothChangedFollowsTheStrategy_data();
    void bothChangedFollowsTheStrategy();
    void concurrentChangeGives412AndAConflict();
    void resetReadsEverythingWithoutDuplicates_data();
    void resetReadsEverythingWithoutDuplicates();
    void throttlingIsWaitedOut_data();
    void throttlingIsWaitedOut();
    void recurringSeriesIsReadFromItsMaster();
    void interruptedCreateIsAdoptedNotDuplicated();
    void expiredAccessTokenIsRefreshedAndTheNewRefreshTokenKept();
    void revokedGrantEndsAsUnauthorized();
    void hostileEventIsLoggedNotLost();
    void disconnectRemovesOnlyTheEventsWeAdded();

private:
    CalendarSyncLog sync();
    // With stored, sealed tokens and a refresh at the simulator's token endpoint.
    void storeGrant();
    CalendarSyncLog syncAsTheWorkerDoes();
    GraphCalendarRemote remote(HttpFetcher &fetcher);
    QList<Appointment> live() { return liveAppointments(*m_db, m_clock, m_owner.organizationId); }
    Appointment only();
    QJsonObject ours(const Appointment &a); // the event WedSync created for `a`
    QString mappedHref(const QString &appointmentId);
    void setStrategy(const QString &strategy);

    QString m_backend;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock {utc(2027, 1, 10, 9, 0)};
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    std::unique_ptr<GraphCalendarSimulator> m_graph;
    std::optional<SecretBox> m_box;
    GraphCalendarSimulator::Grant m_grant;
    CalendarOwner m_owner;
    CalendarAccount m_account;
    std::function<void(const QString &)> m_beforeWrite;
};

void TestGraphCalendarSync::init()
{
    m_testDb = std::make_unique<TestDatabase>(m_backend);
    QVERIFY2(m_testDb->isReady(), qPrintable(m_testDb->errorString()));
    QString error;
    m_db = openMigratedDatabase(m_testDb->url(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_owner = createCalendarOwner(*m_db, m_clock);
    QVERIFY(!m_owner.userId.isEmpty());

    m_graph = std::make_unique<GraphCalendarSimulator>();
    QVERIFY(m_graph->listen().ok());
    m_graph->addCalendar(u"AAMkADcal-Default="_s, u"Calendar"_s, true);
    m_graph->addCalendar(Calendar, u"Weddings"_s);
    m_grant = m_graph->grant();
    auto box = SecretBox::fromKey(QByteArray(32, '\x07'));
    QVERIFY(box.ok());
    m_box = box.value();

    m_account = createCalendarAccount(*m_db, m_clock, m_owner, u"microsoft"_s, {Calendar});
    QVERIFY(!m_account.id.isEmpty());
    m_beforeWrite = nullptr;
}

void TestGraphCalendarSync::cleanup()
{
    m_graph.reset();
    m_db.reset();
    m_testDb.reset();
}

GraphCalendarRemote TestGraphCalendarSync::remote(HttpFetcher &fetcher)
{
    return GraphCalendarRemote(fetcher, QUrl(m_graph->baseUrl()), m_grant.accessToken, {});
}

CalendarSyncLog TestGraphCalendarSync::sync()
{
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {3, 50, 100, 10000, 2});
    GraphCalendarRemote graph = remote(fetcher);
    graph.setPageSize(3); // several pages even for a handful of events
    return runCalendarSync(*m_db, m_clock, graph, m_account.id, m_beforeWrite);
}

Appointment TestGraphCalendarSync::only()
{
    const QList<Appointment> all = live();
    return all.size() == 1 ? all.first() : Appointment();
}

QJsonObject TestGraphCalendarSync::ours(const Appointment &a)
{
    for (const QJsonObject &event : m_graph->events(Calendar)) {
        if (event.value(u"transactionId"_s).toString() == graph::transactionIdFor(a.id))
            return event;
    }
    return {};
}

QString TestGraphCalendarSync::mappedHref(const QString &appointmentId)
{
    auto mappings = CalendarSyncStore(*m_db, m_clock).mappings(m_account.id);
    for (const EventMapping &m : mappings.value()) {
        if (m.appointmentId == appointmentId)
            return m.href;
    }
    return {};
}

void TestGraphCalendarSync::setStrategy(const QString &strategy)
{
    setConflictStrategy(*m_db, m_clock, m_account.id, strategy);
}

void TestGraphCalendarSync::listsTheCalendars()
{
    HttpFetcher fetcher(m_network, m_limiter);
    GraphCalendarRemote graph = remote(fetcher);
    auto calendars = graph.discoverCalendars();
    QVERIFY2(calendars.ok(), qPrintable(calendars.ok() ? QString() : calendars.error().message));
    QCOMPARE(calendars->size(), 2);
    QCOMPARE(calendars->at(1).href, Calendar);
    QCOMPARE(calendars->at(1).displayName, u"Weddings"_s);
}

void TestGraphCalendarSync::firstSyncImportsEvents()
{
    for (int i = 0; i < 7; ++i) // three pages of three
        QVERIFY(!m_graph->addEvent(Calendar, theirEvent(u"Menu tasting %1"_s.arg(i))).isEmpty());
    const CalendarSyncLog log = sync();
    QCOMPARE(log.status, u"completed"_s);
    QCOMPARE(log.pulled, 7);
    QVERIFY2(m_graph->lastPrefer.contains("odata.maxpagesize=3"), m_graph->lastPrefer.constData());
    QCOMPARE(live().size(), 7);
    const Appointment tasting = live().constFirst();
    QCOMPARE(tasting.startsAt, utc(2027, 6, 12, 15, 0)); // 17:00 in Madrid, summer time
    QCOMPARE(tasting.endsAt, utc(2027, 6, 12, 16, 30));
    // The zone it was written in: its Windows name read as the account's zone, one of its.
    QCOMPARE(tasting.timeZone, u"Europe/Madrid"_s);
    // Nothing changed since: the next run follows its deltaLink and does nothing.
    const int rounds = m_graph->deltaRequests;
    const CalendarSyncLog again = sync();
    QCOMPARE(again.pulled + again.pushed, 0);
    QCOMPARE(m_graph->deltaRequests, rounds + 1);
    QCOMPARE(live().size(), 7);
}

void TestGraphCalendarSync::allDayEventKeepsItsExclusiveEnd()
{
    QVERIFY(!m_graph
                 ->addEvent(Calendar,
                            {{u"subject"_s, u"Wedding fair"_s},
                             {u"isAllDay"_s, true},
                             {u"start"_s, timed(u"2027-05-08T00:00:00"_s, u"Europe/Madrid"_s)},
                             {u"end"_s, timed(u"2027-05-10T00:00:00"_s, u"Europe/Madrid"_s)}})
                 .isEmpty());
    QCOMPARE(sync().pulled, 1);
    Appointment fair = only();
    QVERIFY(fair.allDay);
    QCOMPARE(fair.startDate, QDate(2027, 5, 8));
    QCOMPARE(fair.endDate, QDate(2027, 5, 10)); // two days, the end exclusive on both sides
    fair.location = u"IFEMA"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(fair, fair.version).ok());
    QCOMPARE(sync().pushed, 1);
    const QJsonObject event = m_graph->events(Calendar).constFirst();
    QCOMPARE(event.value(u"location"_s).toObject().value(u"displayName"_s).toString(), u"IFEMA"_s);
    QVERIFY(event.value(u"isAllDay"_s).toBool());
    QVERIFY2(event.value(u"end"_s)
                 .toObject()
                 .value(u"dateTime"_s)
                 .toString()
                 .startsWith(u"2027-05-10T00:00:00"_s),
             qPrintable(event.value(u"end"_s).toObject().value(u"dateTime"_s).toString()));
}

void TestGraphCalendarSync::appointmentIsCreatedWithOurTransactionId()
{
    const Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Cake tasting"_s);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pushed, 1);
    const QJsonObject event = ours(a);
    QVERIFY2(!event.isEmpty(), "the event carries wedsync-<appointment id> as transactionId");
    QCOMPARE(event.value(u"subject"_s).toString(), u"Cake tasting"_s);
    // 11:00 in Madrid, answered in UTC.
    QVERIFY2(event.value(u"start"_s)
                 .toObject()
                 .value(u"dateTime"_s)
                 .toString()
                 .startsWith(u"2027-03-28T09:00:00"_s),
             qPrintable(event.value(u"start"_s).toObject().value(u"dateTime"_s).toString()));
    QCOMPARE(event.value(u"originalStartTimeZone"_s).toString(), u"Europe/Madrid"_s);
    // The mapping holds the id Graph gave, not a name of ours.
    QCOMPARE(mappedHref(a.id), Calendar + u'/' + event.value(u"id"_s).toString());
    // Our own write is not read back as their change, nor created twice.
    const CalendarSyncLog again = sync();
    QCOMPARE(again.errors, QStringList());
    QCOMPARE(again.pulled + again.pushed + again.conflicts, 0);
    QCOMPARE(m_graph->events(Calendar).size(), 1);
    QCOMPARE(m_graph->createRequests, 1);
    QCOMPARE(live().size(), 1);
}

void TestGraphCalendarSync::changeInOutlookArrivesIncrementally()
{
    const QString id
        = m_graph->addEvent(Calendar, theirEvent(u"Venue visit"_s)).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    m_graph->changeEvent(
        id,
        {{u"subject"_s, u"Venue visit with the florist"_s},
         {u"location"_s, QJsonObject {{u"displayName"_s, u"Barn"_s}}},
         {u"body"_s,
          QJsonObject {{u"contentType"_s, u"html"_s},
                       {u"content"_s, u"<p>Bring the <b>swatches</b></p>"_s}}},
         {u"attendees"_s,
          QJsonArray {QJsonObject {
              {u"type"_s, u"required"_s},
              {u"emailAddress"_s, QJsonObject {{u"address"_s, u"flor@example.com"_s}}}}}}});
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    const Appointment a = only();
    QCOMPARE(a.title, u"Venue visit with the florist"_s);
    QCOMPARE(a.location, u"Barn"_s);
    QCOMPARE(a.notes, u"Bring the swatches"_s);
    QCOMPARE(a.attendees, QStringList {u"flor@example.com"_s});
}

void TestGraphCalendarSync::changeInWedSyncIsPatchedWithIfMatch()
{
    QJsonObject event = theirEvent(u"Dress fitting"_s);
    event.insert(u"categories"_s, QJsonArray {u"Red category"_s});
    event.insert(u"attendees"_s,
                 QJsonArray {QJsonObject {
                     {u"type"_s, u"required"_s},
                     {u"emailAddress"_s, QJsonObject {{u"address"_s, u"ana@example.com"_s}}},
                     {u"status"_s, QJsonObject {{u"response"_s, u"accepted"_s}}}}});
    const QString id = m_graph->addEvent(Calendar, event).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    const QString etag = m_graph->event(id).value(u"@odata.etag"_s).toString();
    Appointment a = only();
    a.title = u"Second dress fitting"_s;
    a.attendees << u"marta@example.com"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    m_graph->ifMatchSeen.clear();
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(m_graph->ifMatchSeen, QList<QByteArray> {etag.toUtf8()});
    const QJsonObject now = m_graph->event(id);
    QCOMPARE(now.value(u"subject"_s).toString(), u"Second dress fitting"_s);
    // A patch keeps what an appointment does not hold, and the attendee's answer.
    QCOMPARE(now.value(u"categories"_s).toArray(), QJsonArray {u"Red category"_s});
    const QJsonArray attendees = now.value(u"attendees"_s).toArray();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(attendees.at(0).toObject().value(u"status"_s).toObject().value(u"response"_s),
             u"accepted"_s);
    // Our own change is not read back as theirs.
    const CalendarSyncLog again = sync();
    QCOMPARE(again.pulled + again.pushed + again.conflicts, 0);
}

void TestGraphCalendarSync::deletedInOutlookDeletesTheAppointment()
{
    const QString id
        = m_graph->addEvent(Calendar, theirEvent(u"Bouquet"_s)).value(u"id"_s).toString();
    m_graph->addEvent(Calendar, theirEvent(u"Rehearsal"_s));
    QCOMPARE(sync().pulled, 2);
    m_graph->deleteEvent(id);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 1);
    QCOMPARE(only().title, u"Rehearsal"_s);
}

void TestGraphCalendarSync::eventMovedOutOfTheWindowIsNotADeletion()
{
    const QString id
        = m_graph->addEvent(Calendar, theirEvent(u"Vow renewal"_s)).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    // Moved far ahead: calendarView delta names it under @removed, as if deleted.
    m_graph->changeEvent(id,
                         {{u"start"_s, timed(u"2040-06-12T17:00:00"_s)},
                          {u"end"_s, timed(u"2040-06-12T18:30:00"_s)}});
    const int reads = m_graph->getRequests;
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(m_graph->getRequests, reads + 1); // confirmed by reading it
    const Appointment a = only();
    QCOMPARE(a.title, u"Vow renewal"_s);
    QCOMPARE(a.startsAt, utc(2040, 6, 12, 15, 0)); // still there, and moved
    // An appointment of ours far in the future is created, and not deleted by the next round.
    createAppointment(*m_db, m_clock, m_owner, u"Silver anniversary"_s);
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(sync().errors, QStringList());
    QCOMPARE(live().size(), 2);
    QCOMPARE(m_graph->events(Calendar).size(), 2);
}

void TestGraphCalendarSync::deletionInWedSyncDeletesTheEvent()
{
    const Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Cancelled visit"_s);
    QCOMPARE(sync().pushed, 1);
    const QString etag = ours(a).value(u"@odata.etag"_s).toString();
    QVERIFY(AppointmentRepository(*m_db, m_clock)
                .markDeleted(m_owner.organizationId, a.id, a.version, m_owner.userId)
                .ok());
    m_graph->ifMatchSeen.clear();
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(m_graph->ifMatchSeen, QList<QByteArray> {etag.toUtf8()});
    QVERIFY(m_graph->events(Calendar).isEmpty());
}

void TestGraphCalendarSync::bothChangedFollowsTheStrategy_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("expectedSubject");
    QTest::addColumn<int>("conflicts");
    QTest::newRow("wedsync_wins") << u"wedsync_wins"_s << u"Ours"_s << u"Ours"_s << 0;
    QTest::newRow("calendar_wins") << u"calendar_wins"_s << u"Theirs"_s << u"Theirs"_s << 0;
    QTest::newRow("ask") << u"ask"_s << u"Ours"_s << u"Theirs"_s << 1;
}

void TestGraphCalendarSync::bothChangedFollowsTheStrategy()
{
    QFETCH(QString, strategy);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, expectedSubject);
    QFETCH(int, conflicts);
    setStrategy(strategy);
    const QString id = m_graph->addEvent(Calendar, theirEvent(u"Base"_s)).value(u"id"_s).toString();
    QCOMPARE(sync().pulled, 1);
    Appointment a = only();
    a.title = u"Ours"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    m_graph->changeEvent(id, {{u"subject"_s, u"Theirs"_s}});
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(only().title, expectedTitle);
    QCOMPARE(m_graph->event(id).value(u"subject"_s).toString(), expectedSubject);
    const QList<SyncConflict> open = openCalendarConflicts(*m_db, m_clock, m_owner.organizationId);
    QCOMPARE(open.size(), conflicts);
    if (conflicts) {
        QCOMPARE(open.first().mine.value(u"title"_s).toString(), u"Ours"_s);
        QCOMPARE(open.first().theirs.value(u"title"_s).toString(), u"Theirs"_s);
        QCOMPARE(open.first().base->value(u"title"_s).toString(), u"Base"_s);
    }
}

void TestGraphCalendarSync::concurrentChangeGives412AndAConflict()
{
    Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Seating plan"_s);
    QCOMPARE(sync().pushed, 1);
    const QString id = ours(a).value(u"id"_s).toString();
    a.title = u"Seating plan v2"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    // Someone edits the event in Outlook between our read and our write.
    bool changed = false;
    m_beforeWrite = [&](const QString &href) {
        if (changed || !href.endsWith(id))
            return;
        changed = true;
        m_graph->changeEvent(id, {{u"subject"_s, u"Seating plan (aunt's edit)"_s}});
    };
    const int refusedBefore = m_graph->preconditionFailures;
    const CalendarSyncLog log = sync();
    QVERIFY(changed);
    QCOMPARE(m_graph->preconditionFailures, refusedBefore + 1);
    QCOMPARE(log.pushed, 0);
    QCOMPARE(log.conflicts, 1);
    QCOMPARE(m_graph->event(id).value(u"subject"_s).toString(), u"Seating plan (aunt's edit)"_s);
    QCOMPARE(openCalendarConflicts(*m_db, m_clock, m_owner.organizationId).size(), 1);
}

void TestGraphCalendarSync::resetReadsEverythingWithoutDuplicates_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("410 resyncRequired") << int(GraphCalendarSimulator::Reset::Gone);
    QTest::newRow("400 syncStateNotFound") << int(GraphCalendarSimulator::Reset::SyncStateNotFound);
}

void TestGraphCalendarSync::resetReadsEverythingWithoutDuplicates()
{
    QFETCH(int, how);
    const QString gone
        = m_graph->addEvent(Calendar, theirEvent(u"Old visit"_s)).value(u"id"_s).toString();
    for (int i = 0; i < 4; ++i)
        m_graph->addEvent(Calendar, theirEvent(u"Visit %1"_s.arg(i)));
    createAppointment(*m_db, m_clock, m_owner, u"Ours"_s);
    const CalendarSyncLog first = sync();
    QCOMPARE(first.pulled, 5);
    QCOMPARE(first.pushed, 1);
    QCOMPARE(m_graph->events(Calendar).size(), 6);
    // Graph forgets where we were; one event is deleted meanwhile, one added.
    m_graph->expireDeltaTokens(GraphCalendarSimulator::Reset(how));
    m_graph->deleteEvent(gone);
    m_graph->addEvent(Calendar, theirEvent(u"New visit"_s));
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 2); // the new one, and the deletion found by comparing
    QCOMPARE(log.pushed, 0);
    QCOMPARE(live().size(), 6);
    QCOMPARE(m_graph->events(Calendar).size(), 6);
    // The deltaLink of that full listing works again.
    const int rounds = m_graph->deltaRequests;
    QCOMPARE(sync().pulled, 0);
    QCOMPARE(m_graph->deltaRequests, rounds + 1);
}

void TestGraphCalendarSync::throttlingIsWaitedOut_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429 TooManyRequests") << 429;
    QTest::newRow("503 serviceNotAvailable") << 503;
}

void TestGraphCalendarSync::throttlingIsWaitedOut()
{
    QFETCH(int, status);
    m_graph->addEvent(Calendar, theirEvent(u"Photo walk"_s));
    m_graph->failNext(1, status);
    QElapsedTimer waited;
    waited.start();
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 1);
    QCOMPARE(m_graph->throttled, 1);
    QVERIFY2(waited.elapsed() >= 900, "Retry-After: 1 is honoured");
    // More than the attempts allow: the run fails and says so, and nothing is lost.
    m_graph->retryAfterSecs = 0;
    m_graph->addEvent(Calendar, theirEvent(u"Second walk"_s));
    m_graph->failNext(3, status);
    const CalendarSyncLog failed = sync();
    QCOMPARE(failed.status, u"failed"_s);
    QVERIFY2(failed.errors.first().contains(u"gave up after 3 attempts"_s),
             qPrintable(failed.errors.first()));
    QCOMPARE(sync().pulled, 1);
    QCOMPARE(live().size(), 2);
}

void TestGraphCalendarSync::recurringSeriesIsReadFromItsMaster()
{
    QJsonObject series = theirEvent(u"Weekly planning call"_s);
    const QJsonObject pattern {{u"pattern"_s,
                                QJsonObject {{u"type"_s, u"weekly"_s},
                                             {u"interval"_s, 1},
                                             {u"daysOfWeek"_s, QJsonArray {u"saturday"_s}}}},
                               {u"range"_s,
                                QJsonObject {{u"type"_s, u"numbered"_s},
                                             {u"startDate"_s, u"2027-06-12"_s},
                                             {u"numberOfOccurrences"_s, 10}}}};
    series.insert(u"recurrence"_s, pattern);
    const QString id = m_graph->addEvent(Calendar, series).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(sync().pulled, 1);
    QCOMPARE(mappedHref(only().id), Calendar + u'/' + id); // the series, not an occurrence
    Appointment a = only();
    a.title = u"Weekly call with the couple"_s;
    a.startsAt = a.startsAt.addSecs(3600);
    a.endsAt = a.endsAt.addSecs(3600);
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(a, a.version).ok());
    QCOMPARE(sync().pushed, 1);
    const QJsonObject now = m_graph->event(id);
    QCOMPARE(now.value(u"subject"_s).toString(), u"Weekly call with the couple"_s);
    QCOMPARE(now.value(u"recurrence"_s).toObject(), pattern);
    QVERIFY2(now.value(u"start"_s)
                 .toObject()
                 .value(u"dateTime"_s)
                 .toString()
                 .startsWith(u"2027-06-12T15:00:00"_s),
             qPrintable(now.value(u"start"_s).toObject().value(u"dateTime"_s).toString()));
}

void TestGraphCalendarSync::interruptedCreateIsAdoptedNotDuplicated()
{
    const Appointment a = createAppointment(*m_db, m_clock, m_owner, u"Florist"_s);
    QCOMPARE(sync().pushed, 1);
    // A run that created the event but died before storing its mapping.
    QVERIFY(CalendarSyncStore(*m_db, m_clock).removeMapping(m_account.id, mappedHref(a.id)).ok());
    QVERIFY(CalendarSyncStore(*m_db, m_clock)
                .saveState(m_account.id, Calendar, CalendarSyncState {})
                .ok()); // and before it kept the round's place
    const int creates = m_graph->createRequests;
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 0); // recognised by its transactionId: ours, not a new appointment
    QCOMPARE(m_graph->createRequests, creates);
    QCOMPARE(m_graph->events(Calendar).size(), 1);
    QCOMPARE(live().size(), 1);
    QCOMPARE(mappedHref(a.id), Calendar + u'/' + ours(a).value(u"id"_s).toString());
    // Even a create sent again is answered with the same event.
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {3, 50, 100, 10000, 1});
    GraphCalendarRemote graph = remote(fetcher);
    auto again = graph.write(RemoteEvent {graph.newEventHref(Calendar, a.id), {}, {}}, a, a.id,
                             m_clock.now());
    QVERIFY(again.ok());
    QCOMPARE(again->href, mappedHref(a.id));
    QCOMPARE(m_graph->events(Calendar).size(), 1);
}

void TestGraphCalendarSync::storeGrant()
{
    QVERIFY(calendarcredentials::store(*m_db, m_clock, &*m_box, m_account.id,
                                       {{u"accessToken"_s, m_grant.accessToken},
                                        {u"refreshToken"_s, m_grant.refreshToken},
                                        {u"expiresAt"_s, u"2030-01-01T00:00:00Z"_s}})
                .ok());
}

CalendarSyncLog TestGraphCalendarSync::syncAsTheWorkerDoes()
{
    CalendarClients clients;
    clients.microsoft.clientId = m_graph->clientId;
    clients.microsoft.tokenUrl = QUrl(m_graph->tokenUrl());
    clients.microsoft.apiUrl = QUrl(m_graph->baseUrl());
    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {2, 50, 100, 10000, 1});
    CalendarConnection connection(fetcher, *m_db, m_clock, &*m_box, clients);
    auto opened = connection.open(m_account);
    if (!opened) {
        CalendarSyncLog failed;
        failed.errors << opened.error().message;
        failed.unauthorized = CalendarRemote::isUnauthorized(opened.error());
        return failed;
    }
    return CalendarSync(*m_db, m_clock, *opened.value(), m_account).run();
}

void TestGraphCalendarSync::expiredAccessTokenIsRefreshedAndTheNewRefreshTokenKept()
{
    storeGrant();
    m_graph->addEvent(Calendar, theirEvent(u"Hair trial"_s));
    m_graph->expireAccessTokens();
    const CalendarSyncLog log = syncAsTheWorkerDoes();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(log.pulled, 1);
    QCOMPARE(m_graph->tokenRequests, 1);
    QVERIFY(m_graph->lastTokenRequest.contains("grant_type=refresh_token"));
    QVERIFY(m_graph->lastTokenRequest.contains("scope=offline_access"));
    QVERIFY(!m_graph->lastTokenRequest.contains("client_secret"));
    QCOMPARE(m_graph->lastRefreshTokenUsed, m_grant.refreshToken);
    // Microsoft rotates refresh tokens: the new one replaces the one held.
    auto stored = calendarcredentials::load(*m_db, m_clock, &*m_box, m_account.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->value(u"refreshToken"_s).toString(), m_graph->refreshTokensIssued.last());
    QVERIFY(stored->value(u"refreshToken"_s).toString() != m_grant.refreshToken);
    QVERIFY(stored->value(u"accessToken"_s).toString() != m_grant.accessToken);
    // The next refresh presents the new refresh token.
    m_graph->expireAccessTokens();
    QCOMPARE(syncAsTheWorkerDoes().errors, QStringList());
    QCOMPARE(m_graph->tokenRequests, 2);
    QCOMPARE(m_graph->lastRefreshTokenUsed,
             m_graph->refreshTokensIssued.at(m_graph->refreshTokensIssued.size() - 2));
}

void TestGraphCalendarSync::revokedGrantEndsAsUnauthorized()
{
    storeGrant();
    m_graph->revokeGrant();
    const CalendarSyncLog log = syncAsTheWorkerDoes();
    QVERIFY(log.unauthorized); // the worker sets the account to expired: relink
    QVERIFY2(log.errors.value(0).contains(u"link the account again"_s),
             qPrintable(log.errors.value(0)));
    QVERIFY(live().isEmpty());
}

void TestGraphCalendarSync::hostileEventIsLoggedNotLost()
{
    m_graph->addEvent(Calendar, theirEvent(u"Good"_s));
    // Oversized fields and attendees that are not addresses: clipped and dropped, not refused.
    QJsonArray attendees;
    for (int i = 0; i < 500; ++i)
        attendees.append(QJsonObject {
            {u"emailAddress"_s, QJsonObject {{u"address"_s, u"not an address %1"_s.arg(i)}}}});
    QJsonObject big = theirEvent(QString(10000, u'T'));
    big.insert(u"body"_s,
               QJsonObject {{u"contentType"_s, u"text"_s}, {u"content"_s, QString(200000, u'x')}});
    big.insert(u"attendees"_s, attendees);
    QVERIFY(!m_graph->addEvent(Calendar, big).isEmpty());
    const CalendarSyncLog log = sync();
    QCOMPARE(log.errors, QStringList());
    QCOMPARE(live().size(), 2);
    for (const Appointment &a : live()) {
        QVERIFY(a.title.size() <= appointments::MaxTitleLength);
        QVERIFY(a.notes.size() <= appointments::MaxNotesLength);
        QVERIFY(a.attendees.isEmpty());
    }
    // A text that is not an event at all is refused in words.
    auto read = graph::readEvent("{\"subject\": [", u"Europe/Madrid"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, u"not_graph_event"_s);
    auto noStart
        = graph::readEvent(R"({"id":"x","start":{"dateTime":"next tuesday"}})", u"Europe/Madrid"_s);
    QVERIFY(!noStart.ok());
    QCOMPARE(noStart.error().code, u"missing_start"_s);
    auto unknownZone = graph::readEvent(
        R"({"id":"x","start":{"dateTime":"2027-01-01T10:00:00","timeZone":"Mars/Olympus"}})",
        u"Europe/Madrid"_s);
    QVERIFY(!unknownZone.ok());
}

void TestGraphCalendarSync::disconnectRemovesOnlyTheEventsWeAdded()
{
    const QString theirs
        = m_graph->addEvent(Calendar, theirEvent(u"Bouquet"_s)).value(u"id"_s).toString();
    const Appointment gone = createAppointment(*m_db, m_clock, m_owner, u"Venue visit"_s);
    const Appointment edited = createAppointment(*m_db, m_clock, m_owner, u"Menu tasting"_s);
    const CalendarSyncLog log = sync();
    QCOMPARE(log.pulled, 1);
    QCOMPARE(log.pushed, 2);
    // The owner's event, changed in WedSync, carries no transactionId of ours: never removed.
    Appointment bouquet;
    for (const Appointment &a : live()) {
        if (a.title == u"Bouquet"_s)
            bouquet = a;
    }
    bouquet.notes = u"White roses"_s;
    QVERIFY(AppointmentRepository(*m_db, m_clock).update(bouquet, bouquet.version).ok());
    QCOMPARE(sync().pushed, 1);
    // Changed in Outlook after the last sync: it stays.
    m_graph->changeEvent(ours(edited).value(u"id"_s).toString(),
                         QJsonObject {{u"subject"_s, u"Menu tasting (moved)"_s}});
    const QString goneId = ours(gone).value(u"id"_s).toString();
    const QString etag = ours(gone).value(u"@odata.etag"_s).toString();
    m_graph->ifMatchSeen.clear();

    HttpFetcher fetcher(m_network, m_limiter, FetchPolicy {3, 50, 100, 10000, 1});
    GraphCalendarRemote graph = remote(fetcher);
    const CreatedEventsRemoval outcome = removeCreatedEvents(*m_db, m_clock, graph, m_account.id);
    QVERIFY2(!outcome.stoppedBy,
             qPrintable(outcome.stoppedBy ? outcome.stoppedBy->message : QString()));
    QCOMPARE(outcome.removed, 1);
    QCOMPARE(outcome.kept, 1);
    QVERIFY(m_graph->ifMatchSeen.contains(etag.toUtf8()));
    QVERIFY(m_graph->event(goneId).isEmpty());
    QCOMPARE(ours(edited).value(u"subject"_s).toString(), u"Menu tasting (moved)"_s);
    QCOMPARE(m_graph->event(theirs).value(u"body"_s).toObject().value(u"content"_s).toString(),
             u"White roses"_s);
    QCOMPARE(live().size(), 3); // nothing leaves WedSync
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        TestGraphCalendarSync test(backend);
        qInfo("backend: %s", qPrintable(backend));
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

#include "tst_graphcalendarsync.moc"
