// The custom REST adapter against the custom REST simulator (tests/fixtures): the documented
// page shapes, the three sign-in methods, 401, 429 with Retry-After, 5xx, malformed and
// deeply nested JSON, a next link to another host, and the OAuth 2.0 refresh (on 401, before
// an expired token, rotated or kept refresh token, invalid_grant → relink).
#include "CustomRestSimulator.h"
#include "jobs/CustomRestAdapter.h"
#include "jobs/JobLogText.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync::server;

namespace {

struct Run
{
    QList<CrmPageRead> pages;
    QStringList ids;
};

} // namespace

class TestCustomRest : public QObject
{
    Q_OBJECT

private:
    CustomRestSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    RateLimiter *m_limiter = nullptr;
    HttpFetcher *m_fetcher = nullptr;
    QStringList m_log;
    QList<QJsonObject> m_logArgs; // the same lines' arguments (provider_wait)

    std::unique_ptr<CustomRestAdapter> adapter(const QString &path, const QString &authType,
                                               const QJsonObject &credentials)
    {
        return std::make_unique<CustomRestAdapter>(
            *m_fetcher,
            CustomRestConfig {u"Studio CRM"_s, m_sim->url(path), authType, credentials,
                              RateLimiter::Limit {}});
    }

    QJsonObject oauth(const QString &accessToken)
    {
        return {{u"accessToken"_s, accessToken},
                {u"refreshToken"_s, m_sim->refreshToken},
                {u"tokenUrl"_s, m_sim->tokenUrl()},
                {u"clientId"_s, u"desktop"_s}};
    }

    // Every page from the first; stops at the first page that is not Ok.
    Run readAll(CrmAdapter &crm)
    {
        Run run;
        QString checkpoint = crm.firstCheckpoint();
        while (!checkpoint.isEmpty() && run.pages.size() < 20) {
            const CrmPageRead read = crm.readPage(checkpoint);
            run.pages.append(read);
            if (read.outcome != FetchResult::Outcome::Ok)
                break;
            for (const QJsonObject &item : read.page.items)
                run.ids.append(crm.externalId(item));
            checkpoint = read.page.nextCheckpoint;
        }
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = new CustomRestSimulator(25, 10, this);
        QVERIFY(m_sim->listen());
        m_network = new QNetworkAccessManager(this);
        m_limiter = new RateLimiter;
        FetchPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        m_fetcher = new HttpFetcher(*m_network, *m_limiter, policy);
        m_log.clear();
        m_logArgs.clear();
        m_fetcher->setLog([this](HttpFetcher::Level, const QString &code, const QJsonObject &args) {
            m_log.append(joblog::english(code, args));
            m_logArgs.append(args);
        });
    }
    void cleanup()
    {
        delete m_fetcher;
        delete m_limiter;
        delete m_network;
        delete m_sim;
    }

    void linksNextWithApiKey()
    {
        auto crm = adapter(u"/links/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const Run run = readAll(*crm);
        QCOMPARE(run.pages.size(), 3);
        QCOMPARE(run.pages.constLast().outcome, FetchResult::Outcome::Ok);
        QCOMPARE(run.ids.size(), 25);
        QCOMPARE(QSet<QString>(run.ids.begin(), run.ids.end()).size(), 25);
        QCOMPARE(run.ids.constFirst(), u"1"_s); // a numeric id becomes text
        QCOMPARE(run.pages.constFirst().page.totalEstimate.value_or(-1), 25);
        QVERIFY(run.pages.constLast().page.nextCheckpoint.isEmpty());
        QCOMPARE(crm->modifiedAt(QJsonObject {{u"updated_at"_s, u"2026-11-01T10:00:00Z"_s}}),
                 QDateTime(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::utc()));
    }

    void pageAndTotalPagesWithBasic()
    {
        auto crm = adapter(u"/paged/clients"_s, u"basic"_s,
                           {{u"username"_s, u"ann"_s}, {u"password"_s, u"s3cret"_s}});
        const Run run = readAll(*crm);
        QCOMPARE(run.pages.size(), 3);
        QCOMPARE(run.ids.size(), 25);
        QCOMPARE(run.pages.at(1).page.label, u"page 2 of 3"_s);
        QCOMPARE(run.pages.at(1).page.number, 2); // for the log line's arguments
        QCOMPARE(run.pages.at(1).page.count, 3);
    }

    void topLevelArray()
    {
        auto crm = adapter(u"/array/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const Run run = readAll(*crm);
        QCOMPARE(run.pages.size(), 1);
        QCOMPARE(run.ids.size(), 25);
    }

    void wrongCredentials()
    {
        auto crm = adapter(u"/links/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-wrong"_s}});
        const CrmPageRead read = crm->readPage(crm->firstCheckpoint());
        QCOMPARE(read.outcome, FetchResult::Outcome::Unauthorized);
        QVERIFY2(read.message.contains(u"Studio CRM refused the API key (401)"_s),
                 qPrintable(read.message));
        QCOMPARE(m_sim->pageRequests, 1); // a 401 is not retried
        auto basic = adapter(u"/links/clients"_s, u"basic"_s,
                             {{u"username"_s, u"ann"_s}, {u"password"_s, u"nope"_s}});
        QVERIFY(basic->readPage(basic->firstCheckpoint())
                    .message.contains(u"refused the user name and password"_s));
    }

    void retryAfterIsHonoured()
    {
        m_sim->force429 = 1;
        m_sim->retryAfterSecs = 1;
        auto crm = adapter(u"/links/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const CrmPageRead read = crm->readPage(crm->firstCheckpoint());
        QCOMPARE(read.outcome, FetchResult::Outcome::Ok);
        QCOMPARE(m_sim->pageRequests, 2);
        QVERIFY2(m_log.join(u'\n').contains(u"waiting 1 s (as its Retry-After asks)"_s),
                 qPrintable(m_log.join(u'\n')));
        // The same wait as arguments, for a reader in another language: page 1, as asked.
        QCOMPARE(m_logArgs.size(), 1);
        QCOMPARE(m_logArgs.first()[u"request"_s].toString(), u"page"_s);
        QCOMPARE(m_logArgs.first()[u"page"_s].toInt(), 1);
        QCOMPARE(m_logArgs.first()[u"status"_s].toInt(), 429);
        QCOMPARE(m_logArgs.first()[u"waitMs"_s].toInt(), 1000);
        QCOMPARE(m_logArgs.first()[u"retryAfter"_s].toString(), u"honoured"_s);
    }

    void serverErrors()
    {
        m_sim->force5xx = 2;
        auto crm = adapter(u"/links/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        QCOMPARE(crm->readPage(crm->firstCheckpoint()).outcome, FetchResult::Outcome::Ok);
        m_sim->force5xx = 10;
        const CrmPageRead failed = crm->readPage(crm->firstCheckpoint());
        QCOMPARE(failed.outcome, FetchResult::Outcome::GaveUp);
        QVERIFY2(failed.message.contains(u"gave up after 3 attempts"_s),
                 qPrintable(failed.message));
    }

    void malformedAndNestedJson()
    {
        auto bad = adapter(u"/malformed/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const CrmPageRead malformed = bad->readPage(bad->firstCheckpoint());
        QCOMPARE(malformed.outcome, FetchResult::Outcome::Refused);
        QVERIFY2(malformed.message.contains(u"Studio CRM answered page 1 with malformed JSON"_s),
                 qPrintable(malformed.message));
        auto deep = adapter(u"/nested/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const CrmPageRead nested = deep->readPage(deep->firstCheckpoint());
        QCOMPARE(nested.outcome, FetchResult::Outcome::Refused);
        QVERIFY2(nested.message.contains(u"malformed JSON"_s), qPrintable(nested.message));
    }

    void nextPageOnAnotherHostIsRefused()
    {
        auto crm = adapter(u"/elsewhere/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const Run run = readAll(*crm);
        QCOMPARE(run.pages.size(), 2);
        QCOMPARE(run.pages.at(1).outcome, FetchResult::Outcome::Refused);
        QVERIFY2(run.pages.at(1).message.contains(u"another host (127.0.0.2)"_s),
                 qPrintable(run.pages.at(1).message));
        QCOMPARE(m_sim->pageRequests, 1); // the key never went there
    }

    void oauthRefreshesOnceAfter401()
    {
        auto crm = adapter(u"/links/clients"_s, u"oauth2"_s, oauth(u"stale"_s));
        QList<QJsonObject> saved;
        crm->setCredentialsSaver([&](const QJsonObject &credentials) {
            saved.append(credentials);
            return ok();
        });
        const QString oldRefresh = m_sim->refreshToken;
        const Run run = readAll(*crm);
        QCOMPARE(run.ids.size(), 25);
        QCOMPARE(m_sim->tokenRequests, 1);
        QCOMPARE(m_sim->unauthorized, 1);
        QVERIFY(m_sim->lastTokenRequest.contains("grant_type=refresh_token"));
        QVERIFY(m_sim->lastTokenRequest.contains("client_id=desktop"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().value(u"accessToken"_s).toString(), u"access-1"_s);
        QVERIFY(saved.constFirst().value(u"refreshToken"_s).toString() != oldRefresh);
        QCOMPARE(saved.constFirst().value(u"refreshToken"_s).toString(), m_sim->refreshToken);
        QVERIFY(
            QDateTime::fromString(saved.constFirst().value(u"expiresAt"_s).toString(), Qt::ISODate)
            > QDateTime::currentDateTimeUtc());
        QVERIFY(!m_log.join(u'\n').contains(u"access-1"_s)); // never logged
    }

    void oauthRefreshesAnExpiredTokenFirstAndKeepsTheRefreshToken()
    {
        m_sim->omitRefreshToken = true; // like Google
        QJsonObject credentials = oauth(m_sim->issueAccessToken());
        credentials.insert(u"expiresAt"_s,
                           QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
        auto crm = adapter(u"/links/clients"_s, u"oauth2"_s, credentials);
        QJsonObject saved;
        crm->setCredentialsSaver([&](const QJsonObject &renewed) {
            saved = renewed;
            return ok();
        });
        QCOMPARE(crm->readPage(crm->firstCheckpoint()).outcome, FetchResult::Outcome::Ok);
        QCOMPARE(m_sim->tokenRequests, 1);
        QCOMPARE(m_sim->unauthorized, 0); // refreshed before the page
        QCOMPARE(saved.value(u"refreshToken"_s).toString(), u"refresh-1"_s);
        QCOMPARE(saved.value(u"accessToken"_s).toString(), u"access-2"_s);
    }

    void oauthRevokedAsksToRelink()
    {
        m_sim->refuseRefresh = true;
        auto crm = adapter(u"/links/clients"_s, u"oauth2"_s, oauth(u"stale"_s));
        const CrmPageRead read = crm->readPage(crm->firstCheckpoint());
        QCOMPARE(read.outcome, FetchResult::Outcome::Unauthorized);
        QCOMPARE(read.message,
                 u"Access to Studio CRM was revoked or has expired: relink the connection."_s);
        const CrmTestResult test = crm->test();
        QCOMPARE(test.ok, false);
        QCOMPARE(test.status, u"expired"_s);
    }

    void connectionTest()
    {
        auto crm = adapter(u"/links/clients"_s, u"api_key"_s, {{u"apiKey"_s, u"key-ok"_s}});
        const CrmTestResult test = crm->test();
        QVERIFY2(test.ok, qPrintable(test.message));
        QCOMPARE(test.status, u"connected"_s);
        QCOMPARE(test.message, u"Connected to Studio CRM: 25 records."_s);
        QCOMPARE(test.sample.size(), 5);
        QVERIFY(test.sourceFields.contains(u"email"_s));
        QVERIFY(test.sourceFields.contains(u"updated_at"_s));
    }
};

QTEST_MAIN(TestCustomRest)
#include "tst_customrest.moc"
