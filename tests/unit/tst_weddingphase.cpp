// The wedding phase from local calendar dates in the venue's time zone, around midnight and DST.
#include "WeddingPhase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {
QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}
} // namespace

class TestWeddingPhase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void unknownName();
    void phaseAt_data();
    void phaseAt();
    void invalidZoneFallsBackToUtc();
};

void TestWeddingPhase::names_data()
{
    QTest::addColumn<WeddingPhase>("phase");
    QTest::addColumn<QString>("name");
    QTest::newRow("planning") << WeddingPhase::Planning << u"planning"_s;
    QTest::newRow("pre_wedding") << WeddingPhase::PreWedding << u"pre_wedding"_s;
    QTest::newRow("wedding_day") << WeddingPhase::WeddingDay << u"wedding_day"_s;
    QTest::newRow("post_wedding") << WeddingPhase::PostWedding << u"post_wedding"_s;
}

void TestWeddingPhase::names()
{
    QFETCH(WeddingPhase, phase);
    QFETCH(QString, name);
    QCOMPARE(weddingPhaseName(phase), name);
    QCOMPARE(weddingPhaseFromName(name), std::optional<WeddingPhase>(phase));
    QVERIFY(!weddingPhaseDisplayName(phase).isEmpty());
    QVERIFY(allWeddingPhases().contains(phase));
}

void TestWeddingPhase::unknownName()
{
    QVERIFY(!weddingPhaseFromName(u"Planning").has_value());
    QVERIFY(!weddingPhaseFromName(u"wedding-day").has_value());
    QVERIFY(!weddingPhaseFromName(u"").has_value());
    QCOMPARE(allWeddingPhases().size(), WeddingPhaseCount);
}

void TestWeddingPhase::phaseAt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<WeddingPhase>("phase");

    const QDate june14(2026, 6, 14);
    using enum WeddingPhase;
    // Thresholds of the seed's rule.
    QTest::newRow("31 days: planning")
        << june14 << u"UTC"_s << utc("2026-05-14T12:00:00Z") << 31LL << Planning;
    QTest::newRow("30 days: pre_wedding")
        << june14 << u"UTC"_s << utc("2026-05-15T12:00:00Z") << 30LL << PreWedding;
    QTest::newRow("1 day: pre_wedding")
        << june14 << u"UTC"_s << utc("2026-06-13T23:59:59Z") << 1LL << PreWedding;
    QTest::newRow("0 days: wedding_day")
        << june14 << u"UTC"_s << utc("2026-06-14T00:00:00Z") << 0LL << WeddingDay;
    QTest::newRow("-1 day: post_wedding")
        << june14 << u"UTC"_s << utc("2026-06-15T00:00:00Z") << -1LL << PostWedding;
    QTest::newRow("next year: planning")
        << june14 << u"UTC"_s << utc("2025-06-14T00:00:00Z") << 365LL << Planning;

    // Sydney (UTC+10 in June): already the wedding day locally while UTC is still on the 13th.
    // The seed's ceil((date - now) / 24h) in UTC gives 1 here, i.e. pre_wedding.
    QTest::newRow("Sydney 13th 14:30Z is local 14th")
        << june14 << u"Australia/Sydney"_s << utc("2026-06-13T14:30:00Z") << 0LL << WeddingDay;
    QTest::newRow("Sydney 13th 13:59Z is local 13th")
        << june14 << u"Australia/Sydney"_s << utc("2026-06-13T13:59:00Z") << 1LL << PreWedding;
    QTest::newRow("Sydney 14th 14:00Z is local 15th")
        << june14 << u"Australia/Sydney"_s << utc("2026-06-14T14:00:00Z") << -1LL << PostWedding;
    // Los Angeles (UTC-7 in June): UTC has reached the 14th, the venue has not.
    QTest::newRow("LA 14th 06:00Z is local 13th")
        << june14 << u"America/Los_Angeles"_s << utc("2026-06-14T06:00:00Z") << 1LL << PreWedding;
    QTest::newRow("LA 14th 07:00Z is local midnight")
        << june14 << u"America/Los_Angeles"_s << utc("2026-06-14T07:00:00Z") << 0LL << WeddingDay;
    QTest::newRow("LA 15th 06:59Z still the day")
        << june14 << u"America/Los_Angeles"_s << utc("2026-06-15T06:59:00Z") << 0LL << WeddingDay;
    QTest::newRow("LA 15th 07:00Z after")
        << june14 << u"America/Los_Angeles"_s << utc("2026-06-15T07:00:00Z") << -1LL << PostWedding;

    // London springs forward on 2026-03-29: the wedding day lasts 23 hours.
    const QDate march29(2026, 3, 29);
    QTest::newRow("London DST eve")
        << march29 << u"Europe/London"_s << utc("2026-03-28T23:59:00Z") << 1LL << PreWedding;
    QTest::newRow("London DST midnight GMT")
        << march29 << u"Europe/London"_s << utc("2026-03-29T00:00:00Z") << 0LL << WeddingDay;
    QTest::newRow("London DST 23:59 BST")
        << march29 << u"Europe/London"_s << utc("2026-03-29T22:59:00Z") << 0LL << WeddingDay;
    QTest::newRow("London DST next midnight BST")
        << march29 << u"Europe/London"_s << utc("2026-03-29T23:00:00Z") << -1LL << PostWedding;

    // New York falls back on 2026-11-01: the wedding day lasts 25 hours.
    const QDate nov1(2026, 11, 1);
    QTest::newRow("New York fall-back eve")
        << nov1 << u"America/New_York"_s << utc("2026-11-01T03:59:00Z") << 1LL << PreWedding;
    QTest::newRow("New York fall-back midnight EDT")
        << nov1 << u"America/New_York"_s << utc("2026-11-01T04:00:00Z") << 0LL << WeddingDay;
    QTest::newRow("New York fall-back 23:59 EST")
        << nov1 << u"America/New_York"_s << utc("2026-11-02T04:59:00Z") << 0LL << WeddingDay;
    QTest::newRow("New York fall-back after")
        << nov1 << u"America/New_York"_s << utc("2026-11-02T05:00:00Z") << -1LL << PostWedding;

    // Sydney springs forward on 2026-10-04 (southern hemisphere).
    const QDate oct4(2026, 10, 4);
    QTest::newRow("Sydney DST midnight AEST")
        << oct4 << u"Australia/Sydney"_s << utc("2026-10-03T14:00:00Z") << 0LL << WeddingDay;
    QTest::newRow("Sydney DST 23:59 AEDT")
        << oct4 << u"Australia/Sydney"_s << utc("2026-10-04T12:59:00Z") << 0LL << WeddingDay;
    QTest::newRow("Sydney DST after")
        << oct4 << u"Australia/Sydney"_s << utc("2026-10-04T13:00:00Z") << -1LL << PostWedding;
    // 31 days across a DST change still counts calendar days, not 24-hour blocks.
    QTest::newRow("London 31 days across DST") << QDate(2026, 4, 15) << u"Europe/London"_s
                                               << utc("2026-03-15T00:30:00Z") << 31LL << Planning;
}

void TestWeddingPhase::phaseAt()
{
    QFETCH(QDate, date);
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    QFETCH(qint64, days);
    QFETCH(WeddingPhase, phase);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY2(tz.isValid(), qPrintable(zone));
    QCOMPARE(daysUntilWedding(date, tz, now), days);
    QCOMPARE(weddingPhaseAt(date, tz, now), phase);
    // The same instant given with another offset must not change the answer.
    QCOMPARE(weddingPhaseAt(date, tz, now.toOffsetFromUtc(-11 * 3600)), phase);
}

void TestWeddingPhase::invalidZoneFallsBackToUtc()
{
    const QTimeZone invalid;
    QCOMPARE(weddingPhaseAt(QDate(2026, 6, 14), invalid, utc("2026-06-13T23:00:00Z")),
             WeddingPhase::PreWedding);
    QCOMPARE(weddingPhaseAt(QDate(2026, 6, 14), invalid, utc("2026-06-14T01:00:00Z")),
             WeddingPhase::WeddingDay);
}

QTEST_GUILESS_MAIN(TestWeddingPhase)
#include "tst_weddingphase.moc"
