// Appointments <-> iCalendar with libical: time zones across DST, all-day exclusive ends,
// recurrence kept on write-back, and hostile or malformed text ending in a clear error.
#include "ical/EventReader.h"
#include "ical/EventWriter.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::ical;

namespace {

QByteArray calendar(const QByteArray &body, const QByteArray &extra = {})
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + extra + body
        + "END:VCALENDAR\r\n";
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

appointments::Appointment timed()
{
    appointments::Appointment a;
    a.id = u"6f1d2c4e-0000-4000-8000-000000000001"_s;
    a.title = u"Tasting; menu, wines\nand cake"_s;
    a.kind = u"tasting"_s;
    a.timeZone = u"Europe/Madrid"_s;
    a.startsAt = utc(2027, 3, 28, 9, 0); // 11:00 in Madrid, the day summer time starts
    a.endsAt = utc(2027, 3, 28, 10, 30);
    a.location = u"Finca El Olivar"_s;
    a.notes = u"Bring the seating plan"_s;
    a.attendees = {u"ana@example.com"_s, u"luis@example.org"_s};
    return appointments::normalized(a);
}

} // namespace

class TestIcalEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsZonedTimesAcrossDst_data();
    void readsZonedTimesAcrossDst();
    void readsAllDayWithExclusiveEnd();
    void allDayWithoutEndLastsOneDay();
    void readsZoneDefinedOnlyByVtimezone();
    void roundTripsAnAppointment();
    void roundTripsInEveryZone_data();
    void roundTripsInEveryZone();
    void writesTzidWithItsVtimezone();
    void writesAllDayAsDates();
    void writeBackKeepsRecurrence();
    void writeBackOfSingleEventMovesIt();
    void rejectsHostileInput_data();
    void rejectsHostileInput();
};

void TestIcalEvent::readsZonedTimesAcrossDst_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QDateTime>("expected");
    // Madrid is UTC+1 in winter and UTC+2 in summer; New York changes on other days.
    QTest::newRow("madrid winter")
        << "DTSTART;TZID=Europe/Madrid:20270327T110000"_ba << utc(2027, 3, 27, 10, 0);
    QTest::newRow("madrid summer")
        << "DTSTART;TZID=Europe/Madrid:20270328T110000"_ba << utc(2027, 3, 28, 9, 0);
    QTest::newRow("new york after fall back")
        << "DTSTART;TZID=America/New_York:20271107T090000"_ba << utc(2027, 11, 7, 14, 0);
    QTest::newRow("utc") << "DTSTART:20270328T110000Z"_ba << utc(2027, 3, 28, 11, 0);
    QTest::newRow("prefixed tzid")
        << "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Madrid:20270328T110000"_ba
        << utc(2027, 3, 28, 9, 0);
}

void TestIcalEvent::readsZonedTimesAcrossDst()
{
    QFETCH(QByteArray, start);
    QFETCH(QDateTime, expected);
    const Result<CalendarObject> read
        = readEvent(calendar("BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20270101T000000Z\r\n" + start
                             + "\r\nDURATION:PT1H\r\nSUMMARY:Call\r\nEND:VEVENT\r\n"),
                    u"Europe/Madrid"_s);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->appointment.startsAt, expected);
    QCOMPARE(read->appointment.endsAt, expected.addSecs(3600));
    QVERIFY(!read->appointment.allDay);
}

void TestIcalEvent::readsAllDayWithExclusiveEnd()
{
    const Result<CalendarObject> read
        = readEvent(calendar("BEGIN:VEVENT\r\nUID:wed@x\r\nDTSTAMP:20270101T000000Z\r\n"
                             "DTSTART;VALUE=DATE:20270814\r\nDTEND;VALUE=DATE:20270816\r\n"
                             "SUMMARY:Wedding weekend\r\nEND:VEVENT\r\n"),
                    u"Europe/London"_s);
    QVERIFY(read.ok());
    QVERIFY(read->appointment.allDay);
    QCOMPARE(read->appointment.startDate, QDate(2027, 8, 14));
    QCOMPARE(read->appointment.endDate, QDate(2027, 8, 16)); // two days: 14th and 15th
    QCOMPARE(read->appointment.timeZone, u"Europe/London"_s);
    QCOMPARE(read->appointment.startsAt, utc(2027, 8, 13, 23, 0)); // London midnight in BST
}

void TestIcalEvent::allDayWithoutEndLastsOneDay()
{
    const Result<CalendarObject> read
        = readEvent(calendar("BEGIN:VEVENT\r\nUID:d@x\r\nDTSTAMP:20270101T000000Z\r\n"
                             "DTSTART;VALUE=DATE:20271231\r\nSUMMARY:Eve\r\nEND:VEVENT\r\n"),
                    u"UTC"_s);
    QVERIFY(read.ok());
    QCOMPARE(read->appointment.endDate, QDate(2028, 1, 1));
}

void TestIcalEvent::readsZoneDefinedOnlyByVtimezone()
{
    const QByteArray zone = "BEGIN:VTIMEZONE\r\nTZID:Custom Standard Time\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                            "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
                            "END:VTIMEZONE\r\n";
    const Result<CalendarObject> read = readEvent(
        calendar(
            "BEGIN:VEVENT\r\nUID:z@x\r\nDTSTAMP:20270101T000000Z\r\n"
            "DTSTART;TZID=Custom Standard Time:20270601T100000\r\n"
            "DTEND;TZID=Custom Standard Time:20270601T110000\r\nSUMMARY:Call\r\nEND:VEVENT\r\n",
            zone),
        u"UTC"_s);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->appointment.startsAt, utc(2027, 6, 1, 15, 0));
}

void TestIcalEvent::roundTripsAnAppointment()
{
    const appointments::Appointment a = timed();
    const QByteArray text = writeNewEvent(a, u"uid-1@wedsync"_s, utc(2027, 1, 1, 0, 0));
    const Result<CalendarObject> read = readEvent(text, u"UTC"_s);
    QVERIFY2(read.ok(), text.constData());
    QCOMPARE(read->uid, u"uid-1@wedsync"_s);
    QCOMPARE(read->wedsyncId, a.id);
    QVERIFY(!read->recurring);
    QVERIFY2(appointments::sameContent(read->appointment, a), text.constData());
}

// The demo's planners work in these zones; an appointment written to a calendar must read back
// the same, or the next sync takes its own write for the calendar's change.
void TestIcalEvent::roundTripsInEveryZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("start");
    for (const QString &zone :
         {u"Europe/London"_s, u"Europe/Paris"_s, u"America/New_York"_s, u"Australia/Sydney"_s}) {
        QTest::addRow("%s winter", qPrintable(zone)) << zone << utc(2026, 12, 8, 9, 0);
        QTest::addRow("%s summer", qPrintable(zone)) << zone << utc(2026, 10, 6, 9, 0);
    }
}

void TestIcalEvent::roundTripsInEveryZone()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, start);
    appointments::Appointment a = timed();
    a.timeZone = zone;
    a.startsAt = start;
    a.endsAt = start.addSecs(3600);
    a = appointments::normalized(a);
    const QByteArray text = writeNewEvent(a, u"uid-z"_s, utc(2027, 1, 1, 0, 0));
    const Result<CalendarObject> read = readEvent(text, u"UTC"_s);
    QVERIFY2(read.ok(), text.constData());
    QCOMPARE(read->appointment.timeZone, a.timeZone);
    QCOMPARE(read->appointment.startsAt, a.startsAt);
    QCOMPARE(read->appointment.endsAt, a.endsAt);
    QVERIFY2(appointments::sameContent(read->appointment, a), text.constData());
}

void TestIcalEvent::writesTzidWithItsVtimezone()
{
    const QByteArray text = writeNewEvent(timed(), u"uid-2"_s, utc(2027, 1, 1, 0, 0));
    QVERIFY2(text.contains("DTSTART;TZID=Europe/Madrid:20270328T110000"), text.constData());
    QVERIFY(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid"));
    QVERIFY(text.contains("SUMMARY:Tasting\\; menu\\, wines\\nand cake"));
    QVERIFY(text.contains("ATTENDEE:mailto:ana@example.com"));
    QVERIFY(text.contains("X-WEDSYNC-ID:6f1d2c4e-0000-4000-8000-000000000001"));
}

void TestIcalEvent::writesAllDayAsDates()
{
    appointments::Appointment a = timed();
    a.allDay = true;
    a.startDate = QDate(2027, 8, 14);
    a.endDate = QDate(2027, 8, 15);
    a = appointments::normalized(a);
    const QByteArray text = writeNewEvent(a, u"uid-3"_s, utc(2027, 1, 1, 0, 0));
    QVERIFY2(text.contains("DTSTART;VALUE=DATE:20270814"), text.constData());
    QVERIFY(text.contains("DTEND;VALUE=DATE:20270815"));
    const Result<CalendarObject> read = readEvent(text, u"Europe/Madrid"_s);
    QVERIFY(read.ok());
    QVERIFY(appointments::sameContent(read->appointment, a));
}

void TestIcalEvent::writeBackKeepsRecurrence()
{
    const QByteArray original
        = calendar("BEGIN:VEVENT\r\nUID:weekly@x\r\nDTSTAMP:20270101T000000Z\r\n"
                   "DTSTART;TZID=Europe/Madrid:20270105T180000\r\n"
                   "DTEND;TZID=Europe/Madrid:20270105T190000\r\n"
                   "RRULE:FREQ=WEEKLY;COUNT=50000\r\nEXDATE;TZID=Europe/Madrid:20270112T180000\r\n"
                   "SUMMARY:Dance class\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\n"
                   "DESCRIPTION:Soon\r\nEND:VALARM\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nUID:weekly@x\r\nDTSTAMP:20270101T000000Z\r\n"
                   "RECURRENCE-ID;TZID=Europe/Madrid:20270119T180000\r\n"
                   "DTSTART;TZID=Europe/Madrid:20270119T200000\r\n"
                   "DTEND;TZID=Europe/Madrid:20270119T210000\r\n"
                   "SUMMARY:Dance class (late)\r\nEND:VEVENT\r\n");
    const Result<CalendarObject> read = readEvent(original, u"UTC"_s);
    QVERIFY(read.ok());
    QVERIFY(read->recurring);
    appointments::Appointment changed = read->appointment;
    changed.title = u"Dance class with Marta"_s;
    changed.startsAt = changed.startsAt.addDays(1);
    changed.endsAt = changed.endsAt.addDays(1);
    const Result<QByteArray> written = writeBack(original, changed, utc(2027, 2, 1, 0, 0));
    QVERIFY(written.ok());
    const QByteArray &text = written.value();
    QVERIFY2(text.contains("RRULE:FREQ=WEEKLY;COUNT=50000"), text.constData());
    QVERIFY(text.contains("EXDATE;TZID=Europe/Madrid:20270112T180000"));
    QVERIFY(text.contains("RECURRENCE-ID;TZID=Europe/Madrid:20270119T180000"));
    QVERIFY(text.contains("SUMMARY:Dance class (late)"));
    QVERIFY(text.contains("SUMMARY:Dance class with Marta"));
    QVERIFY(text.contains("BEGIN:VALARM"));
    // The series keeps its times: one appointment never moves every occurrence.
    QVERIFY(text.contains("DTSTART;TZID=Europe/Madrid:20270105T180000"));
    QVERIFY(text.contains("SEQUENCE:1"));
}

void TestIcalEvent::writeBackOfSingleEventMovesIt()
{
    const QByteArray original = writeNewEvent(timed(), u"uid-4"_s, utc(2027, 1, 1, 0, 0));
    appointments::Appointment moved = timed();
    moved.startsAt = moved.startsAt.addSecs(3600);
    moved.endsAt = moved.endsAt.addSecs(3600);
    moved.attendees = {u"luis@example.org"_s, u"eva@example.net"_s};
    const Result<QByteArray> written = writeBack(original, moved, utc(2027, 2, 1, 0, 0));
    QVERIFY(written.ok());
    const Result<CalendarObject> read = readEvent(written.value(), u"UTC"_s);
    QVERIFY(read.ok());
    QVERIFY(appointments::sameContent(read->appointment, moved));
    QCOMPARE(written.value().count("BEGIN:VTIMEZONE"), 1);
}

void TestIcalEvent::rejectsHostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"not_icalendar"_s;
    QTest::newRow("garbage") << "<html>hello</html>"_ba << u"not_icalendar"_s;
    QTest::newRow("only a todo") << calendar("BEGIN:VTODO\r\nUID:t@x\r\nSUMMARY:x\r\nEND:VTODO\r\n")
                                 << u"no_event"_s;
    QTest::newRow("no uid") << calendar(
        "BEGIN:VEVENT\r\nDTSTART:20270101T100000Z\r\nEND:VEVENT\r\n")
                            << u"missing_uid"_s;
    QTest::newRow("no start") << calendar("BEGIN:VEVENT\r\nUID:n@x\r\nEND:VEVENT\r\n")
                              << u"missing_start"_s;
    QTest::newRow("unknown tzid") << calendar(
        "BEGIN:VEVENT\r\nUID:u@x\r\nDTSTART;TZID=Mars/Olympus:20270101T100000\r\n"
        "END:VEVENT\r\n") << u"invalid_time"_s;
    QTest::newRow("impossible date")
        << calendar("BEGIN:VEVENT\r\nUID:i@x\r\nDTSTART:20271345T100000Z\r\nEND:VEVENT\r\n")
        << u"invalid_time"_s;
    QTest::newRow("broken folding")
        << calendar("BEGIN:VEVENT\r\nUID:f@x\r\nDTSTART:2027\r\n 0101T1000\r\nSUMMARY:a\r\n"
                    "\r\n\r\n  \r\nEND:VEVENT\r\n")
        << QString();
    QTest::newRow("unterminated")
        << "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270101T100000Z\r\n"_ba
        << QString();
    QTest::newRow("nul byte") << calendar("BEGIN:VEVENT\r\nUID:\0x\r\nEND:VEVENT\r\n"_ba)
                              << u"not_icalendar"_s;
    QTest::newRow("too large") << calendar(
        "BEGIN:VEVENT\r\nUID:l@x\r\nDESCRIPTION:" + QByteArray(3 * 1024 * 1024, 'a')
        + "\r\nEND:VEVENT\r\n") << u"too_large"_s;
    QByteArray deep = "BEGIN:VCALENDAR\r\n";
    for (int i = 0; i < 2000; ++i)
        deep += "BEGIN:X-NEST\r\n";
    QTest::newRow("deep nesting") << deep << QString();
}

void TestIcalEvent::rejectsHostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const Result<CalendarObject> read = readEvent(text, u"UTC"_s);
    if (code.isEmpty()) {
        // Whatever libical makes of it: no crash, and an error says something when it fails.
        if (!read.ok())
            QVERIFY(!read.error().message.isEmpty());
        return;
    }
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, code);
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestIcalEvent)
#include "tst_icalevent.moc"
