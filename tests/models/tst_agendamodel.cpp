// The agenda's words: an all-day appointment stays on its own dates whatever the reader's zone
// (a Sunday wedding in Sydney is not "Saturday" for a reader in Madrid), several days say how
// many, a timed one in another zone names its own clock too, and the model is sound.
#include "AgendaModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

appointments::Appointment allDay(const QDate &first, const QDate &dayAfterLast, const QString &zone)
{
    appointments::Appointment a;
    a.id = u"a1"_s;
    a.title = u"Wedding of Ana & Luis"_s;
    a.kind = appointments::WeddingDay;
    a.allDay = true;
    a.startDate = first;
    a.endDate = dayAfterLast;
    a.timeZone = zone;
    const QTimeZone tz(zone.toUtf8());
    a.startsAt = QDateTime(first, QTime(0, 0), tz).toUTC();
    a.endsAt = QDateTime(dayAfterLast, QTime(0, 0), tz).toUTC();
    return a;
}

} // namespace

class tst_AgendaModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void allDayKeepsItsOwnDate()
    {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.setReaderZone(QTimeZone("Europe/Madrid"));
        model.setToday(QDate(2027, 1, 1));
        const QDate sunday(2027, 5, 16);
        model.setItems({allDay(sunday, sunday.addDays(1), u"Australia/Sydney"_s)});
        QCOMPARE(model.index(0, AgendaModel::DayColumn).data().toString(),
                 QLocale().toString(sunday, QLocale::LongFormat));
        QCOMPARE(model.index(0, AgendaModel::TimeColumn).data().toString(), u"All day"_s);
        QCOMPARE(model.index(0, AgendaModel::KindColumn).data().toString(), u"Wedding day"_s);
        model.setItems({allDay(sunday, sunday.addDays(3), u"Europe/Madrid"_s)});
        // (English plurals come with the console's translation; the count is what matters here.)
        QVERIFY(
            model.index(0, AgendaModel::TimeColumn).data().toString().startsWith(u"All day, 3 "_s));
    }

    void timedNamesItsOwnClockWhenItDiffers()
    {
        AgendaModel model;
        model.setReaderZone(QTimeZone("Europe/London"));
        appointments::Appointment a;
        a.id = u"a2"_s;
        a.title = u"Tasting"_s;
        a.kind = u"tasting"_s;
        a.timeZone = u"Europe/Madrid"_s;
        a.startsAt = QDateTime(QDate(2027, 3, 10), QTime(14, 0), Qt::UTC); // 15:00 Madrid
        a.endsAt = a.startsAt.addSecs(5400);
        model.setItems({a});
        QCOMPARE(model.index(0, AgendaModel::TimeColumn).data().toString(),
                 u"14:00–15:30 (15:00 in Europe/Madrid)"_s);
        model.setReaderZone(QTimeZone("Europe/Madrid"));
        QCOMPARE(model.index(0, AgendaModel::TimeColumn).data().toString(), u"15:00–16:30"_s);
        model.setToday(QDate(2027, 3, 10));
        QVERIFY(model.index(0, AgendaModel::DayColumn).data().toString().startsWith(u"Today, "_s));
    }
};

QTEST_GUILESS_MAIN(tst_AgendaModel)
#include "tst_agendamodel.moc"
