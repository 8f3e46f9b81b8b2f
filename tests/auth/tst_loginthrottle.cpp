// Login throttling: growing delays, lockout, reset on success, and bounded memory under attack.
#include "auth/LoginThrottle.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

using Reason = LoginThrottle::Reason;

namespace {
const QDateTime kStart = QDateTime(QDate(2026, 6, 20), QTime(9, 0), Qt::UTC);
const QString kEmail = u"planner@example.com"_s;
const QString kAddress = u"203.0.113.7"_s;
} // namespace

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstFailuresAreFree();
    void delayGrowsWithEachFailure_data();
    void delayGrowsWithEachFailure();
    void waitingOutTheDelayAllowsOneMoreTry();
    void retryAfterRoundsUp();
    void lockoutAfterTenFailures();
    void lockoutEndsAndRelocksOnNextFailure();
    void emailIsCaseInsensitive();
    void accountIsThrottledPerAddress();
    void otherAccountsAreUnaffected();
    void successResetsAccount();
    void sprayFromOneAddressIsThrottled();
    void successDoesNotResetAddress();
    void emptyAddressIsNotLimited();
    void failuresAreForgottenAfterQuietPeriod();
    void tablesStayBoundedUnderSpray();
    void sprayCannotEvictALockedAccount();
    void forgottenEntriesAreDroppedFirst();

private:
    void fail(int times, const QString &email = kEmail, const QString &address = kAddress);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LoginThrottle> m_throttle;
};

void TestLoginThrottle::initTestCase()
{
    // Every lock is logged as a warning for operators; hundreds of them would bury the results.
    QLoggingCategory::setFilterRules(u"wedsync.server.auth.warning=false"_s);
}

void TestLoginThrottle::init()
{
    m_clock = std::make_unique<FixedClock>(kStart);
    m_throttle = std::make_unique<LoginThrottle>(*m_clock);
}

void TestLoginThrottle::fail(int times, const QString &email, const QString &address)
{
    for (int i = 0; i < times; ++i)
        m_throttle->recordFailure(email, address);
}

void TestLoginThrottle::firstFailuresAreFree()
{
    for (int i = 0; i < 4; ++i) {
        m_throttle->recordFailure(kEmail, kAddress);
        QVERIFY2(m_throttle->check(kEmail, kAddress).allowed, "typos must not slow a user down");
    }
    m_throttle->recordFailure(kEmail, kAddress);
    const auto decision = m_throttle->check(kEmail, kAddress);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, Reason::AccountDelayed);
    QCOMPARE(decision.retryAfterSeconds, 1);
}

void TestLoginThrottle::delayGrowsWithEachFailure_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<bool>("locked");

    QTest::newRow("5") << 5 << qint64(1) << false;
    QTest::newRow("6") << 6 << qint64(2) << false;
    QTest::newRow("7") << 7 << qint64(4) << false;
    QTest::newRow("8") << 8 << qint64(8) << false;
    QTest::newRow("9") << 9 << qint64(16) << false;
    QTest::newRow("10 locks for 15 minutes") << 10 << qint64(900) << true;
}

void TestLoginThrottle::delayGrowsWithEachFailure()
{
    QFETCH(int, failures);
    QFETCH(qint64, retryAfter);
    QFETCH(bool, locked);
    fail(failures);
    const auto decision = m_throttle->check(kEmail, kAddress);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.retryAfterSeconds, retryAfter);
    QCOMPARE(decision.reason, locked ? Reason::AccountLocked : Reason::AccountDelayed);
    const Error error = decision.error();
    QCOMPARE(error.code, locked ? u"account_locked"_s : u"too_many_attempts"_s);
    QVERIFY2(error.message.contains(QString::number(retryAfter)), qPrintable(error.message));
}

void TestLoginThrottle::waitingOutTheDelayAllowsOneMoreTry()
{
    fail(7); // 4 s delay
    m_clock->advanceSecs(3);
    QCOMPARE(m_throttle->check(kEmail, kAddress).retryAfterSeconds, 1);
    m_clock->advanceSecs(1);
    QVERIFY(m_throttle->check(kEmail, kAddress).allowed);
    m_throttle->recordFailure(kEmail, kAddress);
    QCOMPARE(m_throttle->check(kEmail, kAddress).retryAfterSeconds, 8);
}

void TestLoginThrottle::retryAfterRoundsUp()
{
    fail(6); // 2 s delay
    m_clock->set(m_clock->now().addMSecs(1200));
    const auto decision = m_throttle->check(kEmail, kAddress);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.retryAfterSeconds, 1); // 0.8 s left: never "retry after 0"
}

void TestLoginThrottle::lockoutAfterTenFailures()
{
    fail(10);
    m_clock->advanceSecs(600);
    auto decision = m_throttle->check(kEmail, kAddress);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, Reason::AccountLocked);
    QCOMPARE(decision.retryAfterSeconds, 300);
    // The lock holds the account for that address only: a stranger's ten wrong guesses do not
    // keep its owner out, who signs in from another address.
    QVERIFY(m_throttle->check(kEmail, u"198.51.100.1"_s).allowed);
}

void TestLoginThrottle::lockoutEndsAndRelocksOnNextFailure()
{
    fail(10);
    m_clock->advanceSecs(899);
    QVERIFY(!m_throttle->check(kEmail, kAddress).allowed);
    m_clock->advanceSecs(1);
    QVERIFY(m_throttle->check(kEmail, kAddress).allowed);
    // The failures are not forgotten yet, so one more wrong guess locks again at once.
    m_throttle->recordFailure(kEmail, kAddress);
    const auto decision = m_throttle->check(kEmail, kAddress);
    QCOMPARE(decision.reason, Reason::AccountLocked);
    QCOMPARE(decision.retryAfterSeconds, 900);
}

void TestLoginThrottle::emailIsCaseInsensitive()
{
    fail(3, u"Planner@Example.COM"_s);
    fail(2, u"  planner@example.com "_s);
    QVERIFY(!m_throttle->check(u"PLANNER@example.com"_s, kAddress).allowed);
}

void TestLoginThrottle::accountIsThrottledPerAddress()
{
    // Guesses at one account from one address slow down and lock that address's attempts...
    fail(10, kEmail, u"203.0.113.66"_s);
    QCOMPARE(m_throttle->check(kEmail, u"203.0.113.66"_s).reason, Reason::AccountLocked);
    // ...guesses from several addresses count for each address apart...
    for (int i = 0; i < 5; ++i)
        m_throttle->recordFailure(kEmail, u"198.51.100.%1"_s.arg(i));
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_throttle->check(kEmail, u"198.51.100.%1"_s.arg(i)).allowed);
    // ...and the owner, elsewhere, is not slowed down at all.
    QVERIFY(m_throttle->check(kEmail, u"192.0.2.99"_s).allowed);
}

void TestLoginThrottle::otherAccountsAreUnaffected()
{
    fail(10);
    QVERIFY(m_throttle->check(u"couple@example.com"_s, u"192.0.2.1"_s).allowed);
    // Same address, other account: the address allowance (20) is not used up yet.
    QVERIFY(m_throttle->check(u"couple@example.com"_s, kAddress).allowed);
}

void TestLoginThrottle::successResetsAccount()
{
    fail(7);
    QVERIFY(!m_throttle->check(kEmail, kAddress).allowed);
    m_throttle->recordSuccess(u"PLANNER@example.com"_s, kAddress);
    QVERIFY(m_throttle->check(kEmail, kAddress).allowed);
    // Counting starts again from zero.
    fail(4);
    QVERIFY(m_throttle->check(kEmail, kAddress).allowed);
}

void TestLoginThrottle::sprayFromOneAddressIsThrottled()
{
    // One guess each at twenty accounts from one machine: a password spray.
    for (int i = 0; i < 20; ++i)
        m_throttle->recordFailure(u"user%1@example.com"_s.arg(i), kAddress);
    const auto decision = m_throttle->check(u"user99@example.com"_s, kAddress);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, Reason::AddressDelayed);
    QVERIFY(m_throttle->check(u"user99@example.com"_s, u"192.0.2.1"_s).allowed);
}

void TestLoginThrottle::successDoesNotResetAddress()
{
    for (int i = 0; i < 20; ++i)
        m_throttle->recordFailure(u"user%1@example.com"_s.arg(i), kAddress);
    m_throttle->recordSuccess(u"attacker@example.com"_s, kAddress);
    QVERIFY(!m_throttle->check(u"user99@example.com"_s, kAddress).allowed);
}

void TestLoginThrottle::emptyAddressIsNotLimited()
{
    for (int i = 0; i < 200; ++i)
        m_throttle->recordFailure(u"user%1@example.com"_s.arg(i), QString());
    QCOMPARE(m_throttle->addressEntryCount(), 0);
    QVERIFY(m_throttle->check(u"new@example.com"_s, QString()).allowed);
}

void TestLoginThrottle::failuresAreForgottenAfterQuietPeriod()
{
    fail(9);
    m_clock->advanceSecs(3599);
    m_throttle->recordFailure(kEmail, kAddress); // the 10th within the hour still locks
    QCOMPARE(m_throttle->check(kEmail, kAddress).reason, Reason::AccountLocked);

    m_clock->advanceSecs(3600);
    QVERIFY(m_throttle->check(kEmail, kAddress).allowed);
    fail(4); // counted from zero again
    QVERIFY(m_throttle->check(kEmail, kAddress).allowed);
}

void TestLoginThrottle::tablesStayBoundedUnderSpray()
{
    LoginThrottle::Policy policy;
    policy.maxEntries = 100;
    LoginThrottle throttle(*m_clock, policy);
    for (int i = 0; i < 5000; ++i) {
        throttle.recordFailure(u"victim%1@example.com"_s.arg(i), u"2001:db8::%1"_s.arg(i, 0, 16));
        QVERIFY(throttle.accountEntryCount() <= 100);
        QVERIFY(throttle.addressEntryCount() <= 100);
    }
    // Recent entries are kept, so the most recent sprayer is still counted.
    QVERIFY(throttle.accountEntryCount() >= 90);
}

void TestLoginThrottle::sprayCannotEvictALockedAccount()
{
    LoginThrottle::Policy policy;
    policy.maxEntries = 100;
    LoginThrottle throttle(*m_clock, policy);
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(kEmail, kAddress);
    QCOMPARE(throttle.check(kEmail, kAddress).reason, Reason::AccountLocked);

    m_clock->advanceSecs(60);
    for (int i = 0; i < 5000; ++i)
        throttle.recordFailure(u"noise%1@example.com"_s.arg(i),
                               u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256));
    const auto decision = throttle.check(kEmail, kAddress);
    QVERIFY2(!decision.allowed, "a flood of new names unlocked the account");
    QCOMPARE(decision.reason, Reason::AccountLocked);
}

void TestLoginThrottle::forgottenEntriesAreDroppedFirst()
{
    LoginThrottle::Policy policy;
    policy.maxEntries = 50;
    LoginThrottle throttle(*m_clock, policy);
    for (int i = 0; i < 50; ++i)
        throttle.recordFailure(u"old%1@example.com"_s.arg(i), kAddress);
    QCOMPARE(throttle.accountEntryCount(), 50);
    m_clock->advanceSecs(2 * 3600);
    throttle.recordFailure(u"new@example.com"_s, kAddress);
    QCOMPARE(throttle.accountEntryCount(), 1);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
