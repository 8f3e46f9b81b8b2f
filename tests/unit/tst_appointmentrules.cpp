// The rules of an appointment (issue 18): per-field problems for titles, kinds, time zones,
// timed and all-day spans, bounded texts and attendees' addresses; all-day appointments span
// the midnights of their dates in their own zone (across a DST change too); and the wire shape
// reads back what it writes.
#include "AppointmentJson.h"
#include "AppointmentRules.h"
#include "TimeZoneIds.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::appointments;

namespace {

Appointment tasting()
{
    Appointment a;
    a.title = u"Menu tasting"_s;
    a.kind = u"tasting"_s;
    a.timeZone = u"Europe/Madrid"_s;
    a.startsAt = QDateTime(QDate(2027, 5, 14), QTime(16, 0), Qt::UTC);
    a.endsAt = a.startsAt.addSecs(2 * 3600);
    a.attendees = {u"ana@example.com"_s};
    return a;
}

Appointment allDay(const QDate &start, const QDate &end, const QString &zone)
{
    Appointment a;
    a.title = u"Venue open day"_s;
    a.allDay = true;
    a.startDate = start;
    a.endDate = end;
    a.timeZone = zone;
    return normalized(a);
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &error : errors)
        out << error.field;
    return out;
}

} // namespace

class TestAppointmentRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidAppointmentHasNoProblems();
    void problemsNameTheirField_data();
    void problemsNameTheirField();
    void allDaySpansTheMidnightsOfItsZone();
    void weddingDayBelongsToAWedding();
    void emailAddresses_data();
    void emailAddresses();
    void jsonRoundTrip();
    void jsonTypeErrorsNameTheField();
    void timeZoneIds_data();
    void timeZoneIds();
};

void TestAppointmentRules::aValidAppointmentHasNoProblems()
{
    QVERIFY(validate(normalized(tasting())).isEmpty());
    QVERIFY(validate(allDay(QDate(2027, 5, 14), QDate(2027, 5, 15), u"Europe/Madrid"_s)).isEmpty());
}

void TestAppointmentRules::problemsNameTheirField_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty title") << 0 << u"title"_s;
    QTest::newRow("title of 201 characters") << 1 << u"title"_s;
    QTest::newRow("unknown kind") << 2 << u"kind"_s;
    QTest::newRow("unknown zone") << 3 << u"timeZone"_s;
    QTest::newRow("end before start") << 4 << u"endsAt"_s;
    QTest::newRow("end equals start") << 5 << u"endsAt"_s;
    QTest::newRow("no start") << 6 << u"startsAt"_s;
    QTest::newRow("notes too long") << 7 << u"notes"_s;
    QTest::newRow("location too long") << 8 << u"location"_s;
    QTest::newRow("bad address") << 9 << u"attendees[1]"_s;
    QTest::newRow("same address twice") << 10 << u"attendees[1]"_s;
    QTest::newRow("too many attendees") << 11 << u"attendees"_s;
    QTest::newRow("all-day end not after start") << 12 << u"endDate"_s;
    QTest::newRow("all-day without dates") << 13 << u"startDate"_s;
    QTest::newRow("over a year long") << 14 << u"endsAt"_s;
}

void TestAppointmentRules::problemsNameTheirField()
{
    QFETCH(int, change);
    QFETCH(QString, field);
    Appointment a = tasting();
    switch (change) {
    case 0:
        a.title = u"   "_s;
        break;
    case 1:
        a.title = QString(201, u'x');
        break;
    case 2:
        a.kind = u"party"_s;
        break;
    case 3:
        a.timeZone = u"Europe/Atlantis"_s;
        break;
    case 4:
        a.endsAt = a.startsAt.addSecs(-60);
        break;
    case 5:
        a.endsAt = a.startsAt;
        break;
    case 6:
        a.startsAt = {};
        break;
    case 7:
        a.notes = QString(MaxNotesLength + 1, u'n');
        break;
    case 8:
        a.location = QString(MaxLocationLength + 1, u'l');
        break;
    case 9:
        a.attendees << u"not an address"_s;
        break;
    case 10:
        a.attendees << u" ANA@example.com "_s;
        break;
    case 11:
        for (int i = 0; i < MaxAttendees; ++i)
            a.attendees << u"guest%1@example.com"_s.arg(i);
        break;
    case 12:
        a.allDay = true;
        a.startDate = QDate(2027, 5, 14);
        a.endDate = a.startDate;
        break;
    case 13:
        a.allDay = true;
        break;
    case 14:
        a.endsAt = a.startsAt.addDays(MaxSpanDays + 1);
        break;
    }
    const QList<FieldError> problems = validate(normalized(a));
    QVERIFY2(fieldsOf(problems).contains(field), qPrintable(fieldsOf(problems).join(u", "_s)));
    for (const FieldError &problem : problems)
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.field));
}

void TestAppointmentRules::allDaySpansTheMidnightsOfItsZone()
{
    // Madrid is UTC+2 in summer: the day starts at 22:00 UTC the evening before.
    const Appointment summer = allDay(QDate(2027, 5, 14), QDate(2027, 5, 15), u"Europe/Madrid"_s);
    QCOMPARE(summer.startsAt, QDateTime(QDate(2027, 5, 13), QTime(22, 0), Qt::UTC));
    QCOMPARE(summer.endsAt, QDateTime(QDate(2027, 5, 14), QTime(22, 0), Qt::UTC));
    // Across the end of summer time the weekend is 49 hours long, not 48.
    const Appointment weekend = allDay(QDate(2027, 10, 30), QDate(2027, 11, 1), u"Europe/Madrid"_s);
    QCOMPARE(weekend.startsAt.secsTo(weekend.endsAt), 49 * 3600);
    // A timed appointment loses any dates it carried and keeps its instants in UTC.
    Appointment timed = tasting();
    timed.startDate = QDate(2027, 1, 1);
    timed.startsAt
        = QDateTime(QDate(2027, 5, 14), QTime(18, 0), QTimeZone(u"Europe/Madrid"_s.toUtf8()));
    timed = normalized(timed);
    QVERIFY(!timed.startDate.isValid());
    QCOMPARE(timed.startsAt.timeSpec(), Qt::UTC);
    QCOMPARE(timed.startsAt.time(), QTime(16, 0));
}

void TestAppointmentRules::weddingDayBelongsToAWedding()
{
    Appointment a = tasting();
    a.kind = WeddingDay;
    QCOMPARE(fieldsOf(validate(normalized(a))), QStringList {u"kind"_s});
    a.weddingId = u"7e0c2a36-7c52-4c55-9a3a-3b0a43f0e1d2"_s;
    QVERIFY(validate(normalized(a)).isEmpty());
}

void TestAppointmentRules::emailAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"ana@example.com"_s << true;
    QTest::newRow("plus and subdomain") << u"ana+tasting@mail.example.co.uk"_s << true;
    QTest::newRow("no at") << u"ana.example.com"_s << false;
    QTest::newRow("two ats") << u"ana@b@example.com"_s << false;
    QTest::newRow("no dot in the domain") << u"ana@localhost"_s << false;
    QTest::newRow("space") << u"ana maria@example.com"_s << false;
    QTest::newRow("display name") << u"Ana <ana@example.com>"_s << false;
    QTest::newRow("domain ends with a hyphen") << u"ana@example-.com"_s << false;
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << false;
}

void TestAppointmentRules::emailAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isEmailAddress(address), valid);
}

void TestAppointmentRules::jsonRoundTrip()
{
    Appointment a = normalized(tasting());
    a.id = u"0b8f3f5e-2d7a-4a61-8d47-1f0f6c1f4b11"_s;
    a.organizationId = u"f7401abd-18de-51e1-a356-164fc5e4f1c2"_s;
    a.location = u"Cocina Ñ"_s;
    a.version = 4;
    a.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0, 123), Qt::UTC);
    a.updatedAt = a.createdAt.addDays(1);
    const QJsonObject json = toJson(a);
    QCOMPARE(json[u"startsAt"_s].toString(), u"2027-05-14T16:00:00.000Z"_s);
    QVERIFY(json[u"startDate"_s].isNull());
    QVERIFY(json[u"deletedAt"_s].isNull());
    Appointment back;
    QVERIFY(fromJson(json, &back));
    QCOMPARE(back, a);

    const Appointment day = allDay(QDate(2027, 5, 14), QDate(2027, 5, 16), u"Europe/Madrid"_s);
    const QJsonObject dayJson = toJson(day);
    QCOMPARE(dayJson[u"startDate"_s].toString(), u"2027-05-14"_s);
    QCOMPARE(dayJson[u"endDate"_s].toString(), u"2027-05-16"_s);
}

void TestAppointmentRules::jsonTypeErrorsNameTheField()
{
    QList<FieldError> errors;
    Appointment a = tasting();
    applyJson(QJsonObject {{u"title"_s, 5},
                           {u"startsAt"_s, u"2027-05-14 16:00"_s},
                           {u"endsAt"_s, u"2027-05-14T18:00:00"_s}, // no zone: ambiguous
                           {u"startDate"_s, u"14/05/2027"_s},
                           {u"attendees"_s, QJsonArray {u"a@b.co"_s, 7}},
                           {u"weddingId"_s, u"7e0c2a36-7c52-4c55-9a3a-3b0a43f0e1d2"_s}},
              false, &a, &errors);
    const QStringList fields = fieldsOf(errors);
    for (const QString &field : {u"title"_s, u"startsAt"_s, u"endsAt"_s, u"startDate"_s,
                                 u"attendees[1]"_s, u"weddingId"_s})
        QVERIFY2(fields.contains(field),
                 qPrintable(field + u" missing from "_s + fields.join(u", "_s)));
    // A patch that repeats the appointment's own wedding is not a move.
    errors.clear();
    a.weddingId = u"7e0c2a36-7c52-4c55-9a3a-3b0a43f0e1d2"_s;
    applyJson(QJsonObject {{u"weddingId"_s, u"7E0C2A36-7C52-4C55-9A3A-3B0A43F0E1D2"_s}}, false, &a,
              &errors);
    QVERIFY(errors.isEmpty());
    // An offset is as good as Z.
    errors.clear();
    applyJson(QJsonObject {{u"startsAt"_s, u"2027-05-14T18:00:00+02:00"_s}}, false, &a, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(a.startsAt, QDateTime(QDate(2027, 5, 14), QTime(16, 0), Qt::UTC));
}

void TestAppointmentRules::timeZoneIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    QTest::newRow("Europe/Madrid") << u"Europe/Madrid"_s << true;
    // Valid tz ids Qt 6.4's isTimeZoneIdAvailable() does not list: a UTC machine's own zone.
    QTest::newRow("Etc/UTC") << u"Etc/UTC"_s << true;
    QTest::newRow("Etc/GMT+2") << u"Etc/GMT+2"_s << true;
    QTest::newRow("US/Eastern") << u"US/Eastern"_s << true;
    QTest::newRow("made up") << u"Mars/Olympus"_s << false;
    QTest::newRow("one word") << u"Olympus"_s << false; // Qt calls it a POSIX rule
    QTest::newRow("path") << u"../../etc/passwd"_s << false;
    QTest::newRow("absolute") << u"/etc/localtime"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too long") << QString(65, u'A') << false;
}

void TestAppointmentRules::timeZoneIds()
{
    QFETCH(QString, id);
    QFETCH(bool, known);
    QCOMPARE(isTimeZoneId(id), known);
    // An appointment in a known zone is valid there too.
    Appointment a = tasting();
    a.timeZone = id;
    const QList<FieldError> problems = validate(normalized(a));
    const bool zoneRefused
        = std::any_of(problems.cbegin(), problems.cend(),
                      [](const FieldError &e) { return e.field == u"timeZone"_s; });
    QCOMPARE(zoneRefused, !known);
}

QTEST_GUILESS_MAIN(TestAppointmentRules)
#include "tst_appointmentrules.moc"
