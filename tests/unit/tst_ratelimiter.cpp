// The CRM jobs' request allowance (server/jobs/RateLimiter) on a simulated clock: a limit of N
// requests per S seconds is kept over any S seconds, as a provider counting a sliding window
// sees it (a token bucket let nearly 2N through in the first window); the allowance is used in
// full at steady state; a Retry-After holds every worker of the key; keys are independent and
// never contain the secret.
#include "jobs/RateLimiter.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using wedsync::server::RateLimiter;

namespace {

// `workers` senders sharing one key, each sending as soon as the limiter lets it, for
// `durationMs` of simulated time: every send's time, in order.
std::vector<qint64> simulate(RateLimiter &limiter, const RateLimiter::Limit &limit, int workers,
                             qint64 durationMs)
{
    std::vector<qint64> sends;
    std::vector<qint64> readyAt(std::size_t(workers), 0);
    for (;;) {
        // The worker that is ready first asks next (ties: the lowest index).
        const auto next = std::min_element(readyAt.begin(), readyAt.end());
        const qint64 now = *next;
        if (now >= durationMs)
            break;
        const qint64 at = now + limiter.reserve(u"tave:abc"_s, limit, now);
        sends.push_back(at);
        *next = at + 1; // the answer takes a millisecond
    }
    std::sort(sends.begin(), sends.end());
    return sends;
}

int mostInAnyWindow(const std::vector<qint64> &sends, qint64 windowMs)
{
    int most = 0;
    std::size_t first = 0;
    for (std::size_t last = 0; last < sends.size(); ++last) {
        while (sends[last] - sends[first] >= windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

} // namespace

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverMoreThanTheLimitInAnyWindow_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("perSeconds");
        QTest::addColumn<int>("workers");
        QTest::newRow("5 per second, one worker") << 5 << 1 << 1;
        QTest::newRow("5 per second, ten workers") << 5 << 1 << 10;
        QTest::newRow("120 per minute, four workers") << 120 << 60 << 4;
        QTest::newRow("1 per 2 seconds, three workers") << 1 << 2 << 3;
    }
    void neverMoreThanTheLimitInAnyWindow()
    {
        QFETCH(int, requests);
        QFETCH(int, perSeconds);
        QFETCH(int, workers);
        RateLimiter limiter;
        const qint64 windowMs = qint64(perSeconds) * 1000;
        const auto sends = simulate(limiter, {requests, perSeconds}, workers, 20 * windowMs);
        QCOMPARE(mostInAnyWindow(sends, windowMs), requests);
        // ...and the allowance is used: over 20 windows, at least 19 windows' worth is sent
        // (the 2 % margin costs a little under half a window).
        QVERIFY2(int(sends.size()) >= 19 * requests, qPrintable(QString::number(sends.size())));
    }

    void theFirstRequestsGoAtOnce()
    {
        RateLimiter limiter;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.reserve(u"k"_s, {5, 1}, 1000), 0);
        // The sixth waits until the first is a window (and 2 %) old.
        QCOMPARE(limiter.reserve(u"k"_s, {5, 1}, 1000), 1020);
    }

    void retryAfterHoldsEveryWorkerOfTheKey()
    {
        RateLimiter limiter;
        QCOMPARE(limiter.reserve(u"k"_s, {0, 1}, 0), 0); // no limit: straight through
        limiter.blockUntil(u"k"_s, 30000);
        QCOMPARE(limiter.reserve(u"k"_s, {0, 1}, 1000), 29000);
        QCOMPARE(limiter.reserve(u"k"_s, {10, 1}, 2000), 28000);
        QCOMPARE(limiter.reserve(u"other"_s, {10, 1}, 2000), 0); // another key is not held
        QCOMPARE(limiter.reserve(u"k"_s, {10, 1}, 31000), 0); // after it: free again
    }

    void keysNameTheCredentialNotItsSecret()
    {
        const QString a = RateLimiter::bucketKey(u"tave"_s, u"https://x/api"_s, u"secret-1"_s);
        QCOMPARE(a, RateLimiter::bucketKey(u"tave"_s, u"https://x/api"_s, u"secret-1"_s));
        QVERIFY(a != RateLimiter::bucketKey(u"tave"_s, u"https://x/api"_s, u"secret-2"_s));
        QVERIFY(a != RateLimiter::bucketKey(u"tave"_s, u"https://y/api"_s, u"secret-1"_s));
        QVERIFY(a.startsWith(u"tave:"_s));
        QVERIFY(!a.contains(u"secret"_s));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
