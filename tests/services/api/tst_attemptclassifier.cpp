// The REST client's decision after each attempt, on its own: succeed, retry after the server's
// Retry-After, back off, or fail with which kind of error — one row per rule.
#include "api/AttemptClassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

using Action = AttemptDecision::Action;
using Kind = ApiError::Kind;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
constexpr RetryPolicy Policy {4, 500, 30000};

// The window of a backoff step of `stepMs`: half fixed, half jitter.
QPair<int, int> step(int stepMs)
{
    return {stepMs / 2, stepMs};
}

} // namespace

class TestAttemptClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void backoffDoublesUpToTheCap();
    void retryAfter_data();
    void retryAfter();
};

void TestAttemptClassifier::decisions_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("unreadableBody");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("credentialCall");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("retryAfterSecs");
    QTest::addColumn<QPair<int, int>>("delay"); // [min, max] ms; {0, 0} unless retried
    QTest::addColumn<bool>("unauthorized");

    const int none = QNetworkReply::NoError;
    const int refused = QNetworkReply::ConnectionRefusedError;
    const int tls = QNetworkReply::SslHandshakeFailedError;
    const QPair<int, int> noDelay {0, 0};
    // clang-format off
    //                                status  network  timeout  broken  Retry-After  idem   cred   try  action  kind  retryAfter  delay  401
    QTest::newRow("200 answers")      << 200 << none  << false << false << ""_ba   << true  << false << 1 << Action::Succeed << Kind::Http << -1 << noDelay << false;
    QTest::newRow("304 answers")      << 304 << none  << false << false << ""_ba   << true  << false << 1 << Action::Succeed << Kind::Http << -1 << noDelay << false;
    QTest::newRow("200 bad json")     << 200 << none  << false << true  << ""_ba   << true  << false << 1 << Action::Fail << Kind::Protocol << -1 << noDelay << false;
    QTest::newRow("404 is final")     << 404 << none  << false << false << ""_ba   << true  << false << 1 << Action::Fail << Kind::Http << -1 << noDelay << false;
    QTest::newRow("412 is final")     << 412 << none  << false << false << ""_ba   << false << false << 1 << Action::Fail << Kind::Http << -1 << noDelay << false;
    QTest::newRow("500 is final")     << 500 << none  << false << false << ""_ba   << true  << false << 1 << Action::Fail << Kind::Http << -1 << noDelay << false;
    QTest::newRow("401 tells the session") << 401 << none << false << false << ""_ba << true << false << 1 << Action::Fail << Kind::Http << -1 << noDelay << true;
    QTest::newRow("401 on login is a wrong password") << 401 << none << false << false << ""_ba << false << true << 1 << Action::Fail << Kind::Http << -1 << noDelay << false;
    QTest::newRow("429 waits Retry-After") << 429 << none << false << false << "2"_ba << true << false << 1 << Action::RetryAfter << Kind::Http << 2 << qMakePair(2000, 2249) << false;
    QTest::newRow("429 write too: not carried out") << 429 << none << false << false << "2"_ba << false << false << 1 << Action::RetryAfter << Kind::Http << 2 << qMakePair(2000, 2249) << false;
    QTest::newRow("503 Retry-After as a date") << 503 << none << false << false << "Mon, 01 Jun 2026 12:00:05 GMT"_ba << true << false << 1 << Action::RetryAfter << Kind::Http << 5 << qMakePair(5000, 5249) << false;
    QTest::newRow("429 Retry-After at the policy's limit") << 429 << none << false << false << "30"_ba << true << false << 1 << Action::RetryAfter << Kind::Http << 30 << qMakePair(30000, 30249) << false;
    QTest::newRow("429 Retry-After beyond the limit: the user waits") << 429 << none << false << false << "31"_ba << true << false << 1 << Action::Fail << Kind::Http << 31 << noDelay << false;
    QTest::newRow("429 on the last attempt") << 429 << none << false << false << "2"_ba << true << false << 4 << Action::Fail << Kind::Http << 2 << noDelay << false;
    QTest::newRow("503 without Retry-After backs off") << 503 << none << false << false << ""_ba << false << false << 1 << Action::Backoff << Kind::Http << -1 << step(500) << false;
    QTest::newRow("503 unreadable Retry-After backs off") << 503 << none << false << false << "soon"_ba << true << false << 2 << Action::Backoff << Kind::Http << -1 << step(1000) << false;
    QTest::newRow("502 read backs off") << 502 << none << false << false << ""_ba << true << false << 1 << Action::Backoff << Kind::Http << -1 << step(500) << false;
    QTest::newRow("504 keyed write backs off") << 504 << none << false << false << ""_ba << true << false << 3 << Action::Backoff << Kind::Http << -1 << step(2000) << false;
    QTest::newRow("502 unkeyed write is final") << 502 << none << false << false << ""_ba << false << false << 1 << Action::Fail << Kind::Http << -1 << noDelay << false;
    QTest::newRow("502 on the last attempt") << 502 << none << false << false << ""_ba << true << false << 4 << Action::Fail << Kind::Http << -1 << noDelay << false;
    QTest::newRow("refused read backs off") << 0 << refused << false << false << ""_ba << true << false << 1 << Action::Backoff << Kind::Network << -1 << step(500) << false;
    QTest::newRow("refused unkeyed write is final") << 0 << refused << false << false << ""_ba << false << false << 1 << Action::Fail << Kind::Network << -1 << noDelay << false;
    QTest::newRow("refused on the last attempt") << 0 << refused << false << false << ""_ba << true << false << 4 << Action::Fail << Kind::Network << -1 << noDelay << false;
    QTest::newRow("TLS failure is not transient") << 0 << tls << false << false << ""_ba << true << false << 1 << Action::Fail << Kind::Network << -1 << noDelay << false;
    QTest::newRow("timed-out read backs off") << 0 << int(QNetworkReply::OperationCanceledError) << true << false << ""_ba << true << false << 2 << Action::Backoff << Kind::Timeout << -1 << step(1000) << false;
    QTest::newRow("timed-out write is final") << 0 << int(QNetworkReply::OperationCanceledError) << true << false << ""_ba << false << false << 1 << Action::Fail << Kind::Timeout << -1 << noDelay << false;
    // clang-format on
}

void TestAttemptClassifier::decisions()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(bool, unreadableBody);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(bool, idempotent);
    QFETCH(bool, credentialCall);
    QFETCH(int, attempt);

    AttemptResult result;
    result.httpStatus = status;
    result.networkError = QNetworkReply::NetworkError(networkError);
    result.timedOut = timedOut;
    result.unreadableBody = unreadableBody;
    result.headers = {{"Content-Type", "application/json"}};
    if (!retryAfterHeader.isEmpty())
        result.headers.append({"retry-after", retryAfterHeader}); // header names: any case
    result.idempotent = idempotent;
    result.credentialCall = credentialCall;
    result.attempt = attempt;
    const AttemptDecision decision = classifyAttempt(result, Policy, Now);

    QTEST(decision.action, "action");
    if (decision.action != Action::Succeed)
        QTEST(decision.errorKind, "kind");
    QTEST(decision.retryAfterSecs, "retryAfterSecs");
    QTEST(qMakePair(decision.minDelayMs, decision.maxDelayMs), "delay");
    QTEST(decision.unauthorized, "unauthorized");
}

void TestAttemptClassifier::backoffDoublesUpToTheCap()
{
    const RetryPolicy policy {20, 500, 30000};
    AttemptResult result;
    result.networkError = QNetworkReply::RemoteHostClosedError;
    result.idempotent = true;
    const QList<int> steps {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (int attempt = 1; attempt <= steps.size(); ++attempt) {
        result.attempt = attempt;
        const AttemptDecision decision = classifyAttempt(result, policy, Now);
        QCOMPARE(decision.action, Action::Backoff);
        QCOMPARE(qMakePair(decision.minDelayMs, decision.maxDelayMs), step(steps.at(attempt - 1)));
    }
    result.attempt = 20;
    QCOMPARE(classifyAttempt(result, policy, Now).action, Action::Fail);
}

void TestAttemptClassifier::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << "120"_ba << 120;
    QTest::newRow("padded") << " 7 "_ba << 7;
    QTest::newRow("negative") << "-3"_ba << -1;
    QTest::newRow("capped at a day") << "999999"_ba << 86400;
    QTest::newRow("date ahead") << "Mon, 01 Jun 2026 12:01:00 GMT"_ba << 60;
    QTest::newRow("date passed") << "Mon, 01 Jun 2026 11:00:00 GMT"_ba << 0;
    QTest::newRow("nonsense") << "later"_ba << -1;
}

void TestAttemptClassifier::retryAfter()
{
    QFETCH(QByteArray, value);
    QTEST(parseRetryAfter(value, Now), "seconds");
}

QTEST_GUILESS_MAIN(TestAttemptClassifier)
#include "tst_attemptclassifier.moc"
