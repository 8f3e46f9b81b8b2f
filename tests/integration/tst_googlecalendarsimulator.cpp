// The Google Calendar API v3 simulator (tests/fixtures) answers as providers.md §1 and its §6
// checklist say: pages with nextPageToken and nextSyncToken on the last page only, incremental
// lists with cancelled events as their id and status, 410 fullSyncRequired, syncToken with a
// filter refused, 409 duplicate, If-Match and 412, delete then 410, 401 authError, 429
// rateLimitExceeded, and the PKCE sign-in with the RFC 7636 Appendix B vector.

#include "GoogleCalendarSimulator.h"
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using wedsync::server::GoogleCalendarSimulator;
using wedsync::test::HttpTestClient;
using wedsync::test::HttpTestReply;

namespace {

const QString Events = u"/calendar/v3/calendars/primary/events"_s;
// RFC 7636 Appendix B.
const QString RfcVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString RfcChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
const QString RedirectUri = u"http://127.0.0.1:8123/cb"_s;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QString reason(const HttpTestReply &reply)
{
    return reply.object()
        .value(u"error"_s)
        .toObject()
        .value(u"errors"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"reason"_s)
        .toString();
}

QJsonObject wedding(const QString &summary)
{
    return {{u"summary"_s, summary},
            {u"start"_s, QJsonObject {{u"dateTime"_s, u"2026-08-16T14:00:00+02:00"_s}}},
            {u"end"_s, QJsonObject {{u"dateTime"_s, u"2026-08-16T23:00:00+02:00"_s}}}};
}

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields)
        out += name.toUtf8() + '=' + QUrl::toPercentEncoding(value) + '&';
    out.chop(1);
    return out;
}

} // namespace

class TestGoogleCalendarSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GoogleCalendarSimulator> m_sim;
    std::unique_ptr<HttpTestClient> m_api;
    std::unique_ptr<HttpTestClient> m_token;

    HttpTestReply send(const QByteArray &method, const QString &path, const QJsonObject &event,
                       const QByteArray &ifMatch = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        return m_api->send(method, path, body(event), headers);
    }

    HttpTestReply postToken(const QList<std::pair<QString, QString>> &fields)
    {
        return m_token->send("POST", u"/token"_s, form(fields),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    // Every page of one list, following nextPageToken.
    QList<QJsonObject> pages(const QString &query)
    {
        QList<QJsonObject> out;
        QString pageToken;
        do {
            const HttpTestReply reply
                = m_api->get(Events + u'?' + query
                             + (pageToken.isEmpty() ? QString() : u"&pageToken="_s + pageToken));
            if (reply.status != 200) {
                qWarning() << reply.describe();
                return {};
            }
            out.append(reply.object());
            pageToken = reply.object().value(u"nextPageToken"_s).toString();
        } while (!pageToken.isEmpty() && out.size() < 20);
        return out;
    }

    QString fullSyncToken()
    {
        const QList<QJsonObject> all = pages(u"maxResults=250"_s);
        return all.isEmpty() ? QString() : all.last().value(u"nextSyncToken"_s).toString();
    }

    // The browser's part of the sign-in: the authorization request and where it redirects.
    QUrlQuery authorize(const QString &challenge, const QString &state)
    {
        QUrl url(m_sim->authorizationUrl());
        url.setQuery(QUrlQuery {{u"client_id"_s, m_sim->clientId},
                                {u"redirect_uri"_s, RedirectUri},
                                {u"response_type"_s, u"code"_s},
                                {u"scope"_s, u"https://www.googleapis.com/auth/calendar"_s},
                                {u"state"_s, state},
                                {u"code_challenge"_s, challenge},
                                {u"code_challenge_method"_s, u"S256"_s}});
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
            return {};
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (location.adjusted(QUrl::RemoveQuery).toString() != RedirectUri)
            return {};
        return QUrlQuery(location);
    }

    HttpTestReply exchange(const QString &code, const QString &verifier)
    {
        return postToken({{u"grant_type"_s, u"authorization_code"_s},
                          {u"code"_s, code},
                          {u"code_verifier"_s, verifier},
                          {u"redirect_uri"_s, RedirectUri},
                          {u"client_id"_s, m_sim->clientId},
                          {u"client_secret"_s, m_sim->clientSecret}});
    }

    HttpTestReply refresh(const QString &refreshToken)
    {
        return postToken({{u"grant_type"_s, u"refresh_token"_s},
                          {u"refresh_token"_s, refreshToken},
                          {u"client_id"_s, m_sim->clientId},
                          {u"client_secret"_s, m_sim->clientSecret}});
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<GoogleCalendarSimulator>();
        m_sim->addCalendar(u"planner@example.com"_s, u"Planner"_s, u"Europe/Madrid"_s, true);
        const auto port = m_sim->listen();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        m_api = std::make_unique<HttpTestClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(port.value())));
        m_api->setBearerToken(m_sim->grant().accessToken);
        m_token = std::make_unique<HttpTestClient>(QUrl(m_sim->tokenUrl()));
        QCOMPARE(m_sim->baseUrl(), u"http://127.0.0.1:%1/calendar/v3/"_s.arg(port.value()));
    }
    void cleanup()
    {
        m_token.reset();
        m_api.reset();
        m_sim.reset();
    }

    void fullSyncPagesThenSyncToken()
    {
        for (int i = 0; i < 5; ++i)
            m_sim->addEvent(u"primary"_s, wedding(u"Wedding %1"_s.arg(i)));
        m_sim->setPageSize(2);
        const QList<QJsonObject> all = pages(u"maxResults=250&singleEvents=true"_s);
        QCOMPARE(all.size(), 3);
        QSet<QString> ids;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const bool last = i == all.size() - 1;
            QCOMPARE(all.at(i).value(u"kind"_s).toString(), u"calendar#events"_s);
            QCOMPARE(all.at(i).value(u"accessRole"_s).toString(), u"owner"_s);
            QCOMPARE(all.at(i).contains(u"nextPageToken"_s), !last);
            QCOMPARE(all.at(i).contains(u"nextSyncToken"_s), last);
            for (const QJsonValue &item : all.at(i).value(u"items"_s).toArray())
                ids.insert(item.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(ids.size(), 5);
        const QJsonObject first = all.first().value(u"items"_s).toArray().first().toObject();
        QVERIFY(QRegularExpression(u"^\"\\d+\"$"_s)
                    .match(first.value(u"etag"_s).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                    .match(first.value(u"updated"_s).toString())
                    .hasMatch());
        QCOMPARE(m_api->get(Events + u"?maxResults=0"_s).status, 400);
        QCOMPARE(m_api->get(Events + u"?pageToken=nope"_s).status, 400);
    }

    void incrementalListsExactlyTheChanges()
    {
        const QString changed
            = m_sim->addEvent(u"primary"_s, wedding(u"A"_s)).value(u"id"_s).toString();
        const QString cancelled
            = m_sim->addEvent(u"primary"_s, wedding(u"B"_s)).value(u"id"_s).toString();
        m_sim->addEvent(u"primary"_s, wedding(u"C"_s));
        const QString token = fullSyncToken();
        QVERIFY(!token.isEmpty());

        m_sim->changeEvent(u"primary"_s, changed, {{u"location"_s, u"The Barn"_s}});
        m_sim->cancelEvent(u"primary"_s, cancelled);
        const QList<QJsonObject> round = pages(u"syncToken="_s + token);
        QCOMPARE(round.size(), 1);
        const QJsonArray items = round.first().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"location"_s).toString(), u"The Barn"_s);
        const QJsonObject gone = items.at(1).toObject();
        QCOMPARE(gone.keys(), (QStringList {u"etag"_s, u"id"_s, u"kind"_s, u"status"_s}));
        QCOMPARE(gone.value(u"id"_s).toString(), cancelled);
        QCOMPARE(gone.value(u"status"_s).toString(), u"cancelled"_s);

        // Nothing since: an empty round with a new token; a full list hides the cancelled one.
        const QString next = round.first().value(u"nextSyncToken"_s).toString();
        QCOMPARE(pages(u"syncToken="_s + next).first().value(u"items"_s).toArray().size(), 0);
        QCOMPARE(pages(u"maxResults=10"_s).first().value(u"items"_s).toArray().size(), 2);
        QCOMPARE(pages(u"showDeleted=true"_s).first().value(u"items"_s).toArray().size(), 3);
    }

    void expiredOrCorruptSyncTokenIs410()
    {
        const QString token = fullSyncToken();
        m_sim->expireSyncTokens();
        const HttpTestReply expired = m_api->get(Events + u"?syncToken="_s + token);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.object(), json(R"({ "error": { "errors": [ { "domain": "calendar",
            "reason": "fullSyncRequired", "message": "Sync token is no longer valid, a full sync is required.",
            "locationType": "parameter", "location": "syncToken" } ],
            "code": 410, "message": "Sync token is no longer valid, a full sync is required." } })"));
        QCOMPARE(m_api->get(Events + u"?syncToken=CPDAlvWDx70CEPDAlvWDx70CGAU"_s).status, 410);
        QVERIFY(!fullSyncToken().isEmpty()); // a full sync starts again
    }

    void syncTokenWithAFilterIs400()
    {
        const HttpTestReply reply = m_api->get(Events + u"?syncToken="_s + fullSyncToken()
                                               + u"&timeMin=2026-01-01T00:00:00Z"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reason(reply), u"invalid"_s);
    }

    void insertWithAClientId()
    {
        QJsonObject event = wedding(u"Smith–Jones wedding"_s);
        event.insert(u"id"_s, u"0a1b2c3d4e5f6g7h8i9j"_s);
        const HttpTestReply created = send("POST", Events, event);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(u"iCalUID"_s).toString(),
                 u"0a1b2c3d4e5f6g7h8i9j@google.com"_s);
        QCOMPARE(created.object().value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(created.object().value(u"sequence"_s).toInt(-1), 0);

        const HttpTestReply again = send("POST", Events, event);
        QCOMPARE(again.status, 409);
        QCOMPARE(reason(again), u"duplicate"_s);
        event.insert(u"id"_s, u"Not_Base32hex!"_s);
        QCOMPARE(send("POST", Events, event).status, 400);
        event.remove(u"id"_s);
        event.remove(u"end"_s);
        QCOMPARE(reason(send("POST", Events, event)), u"required"_s);
        const HttpTestReply malformed
            = m_api->send("POST", Events, "{\"summary\":", {{"Content-Type", "application/json"}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(reason(malformed), u"parseError"_s);
    }

    void patchHonoursIfMatch()
    {
        QJsonObject event = wedding(u"Wedding"_s);
        event.insert(u"extendedProperties"_s,
                     QJsonObject {{u"private"_s, QJsonObject {{u"hubJobId"_s, u"J-1042"_s}}}});
        const QJsonObject stored = m_sim->addEvent(u"primary"_s, event);
        const QString path = Events + u'/' + stored.value(u"id"_s).toString();
        const QByteArray etag = stored.value(u"etag"_s).toString().toUtf8();

        const HttpTestReply stale = send("PATCH", path, {{u"location"_s, u"Barn"_s}}, "\"1\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.object(), json(R"({ "error": { "errors": [ { "domain": "global",
            "reason": "conditionNotMet", "message": "Precondition Failed", "locationType": "header",
            "location": "If-Match" } ], "code": 412, "message": "Precondition Failed" } })"));

        const QJsonObject extra {{u"private"_s, QJsonObject {{u"hubRev"_s, u"2"_s}}}};
        const HttpTestReply fresh = send(
            "PATCH", path, {{u"location"_s, u"Barn"_s}, {u"extendedProperties"_s, extra}}, etag);
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.object().value(u"etag"_s).toString().toUtf8() != etag);
        QCOMPARE(fresh.object().value(u"sequence"_s).toInt(), 1);
        const QJsonObject properties = fresh.object()
                                           .value(u"extendedProperties"_s)
                                           .toObject()
                                           .value(u"private"_s)
                                           .toObject();
        QCOMPARE(properties.value(u"hubJobId"_s).toString(), u"J-1042"_s);
        QCOMPARE(properties.value(u"hubRev"_s).toString(), u"2"_s);
        QCOMPARE(m_sim->ifMatchSeen, (QList<QByteArray> {"\"1\"", etag}));
        QCOMPARE(m_sim->preconditionFailures, 1);
    }

    void deleteTwiceIs204Then410()
    {
        const QString id = m_sim->addEvent(u"primary"_s, wedding(u"W"_s)).value(u"id"_s).toString();
        QCOMPARE(m_api->send("DELETE", Events + u'/' + id).status, 204);
        const HttpTestReply again = m_api->send("DELETE", Events + u'/' + id);
        QCOMPARE(again.status, 410);
        QCOMPARE(reason(again), u"deleted"_s);
        QCOMPARE(m_api->get(Events + u'/' + id).object().value(u"status"_s).toString(),
                 u"cancelled"_s);
        QVERIFY(m_sim->events(u"primary"_s).isEmpty());
        QCOMPARE(m_api->get(u"/calendar/v3/calendars/nobody/events"_s).status, 404);
    }

    void withoutALiveTokenIs401()
    {
        const QJsonObject authError = json(R"({"error":{"errors":[{"domain":"global",
            "reason":"authError","message":"Invalid Credentials","locationType":"header",
            "location":"Authorization"}],"code":401,"message":"Invalid Credentials"}})");
        HttpTestClient anonymous(QUrl(m_sim->baseUrl()));
        const HttpTestReply none = anonymous.get(Events);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object(), authError);
        QCOMPARE(m_api->get(Events).status, 200);
        m_sim->expireAccessTokens();
        QCOMPARE(m_api->get(Events).object(), authError);
        QCOMPARE(m_sim->unauthorized, 2);
    }

    void rateLimitedOnceThenServed()
    {
        m_sim->failNext(1, 429);
        const HttpTestReply limited = m_api->get(Events);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object(),
                 json(R"({"error":{"errors":[{"domain":"usageLimits","reason":"rateLimitExceeded",
                      "message":"Rate Limit Exceeded"}],"code":429,"message":"Rate Limit Exceeded"}})"));
        QVERIFY(limited.header("Retry-After").isEmpty());
        QCOMPARE(m_api->get(Events).status, 200);
        QCOMPARE(m_sim->listRequests, 2);
    }

    void pkceSignIn()
    {
        const QUrlQuery wrong = authorize(RfcChallenge, u"s-1"_s);
        QCOMPARE(wrong.queryItemValue(u"state"_s), u"s-1"_s);
        const QString wrongCode = wrong.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!wrongCode.isEmpty());
        const HttpTestReply refused = exchange(wrongCode, QString(RfcVerifier).replace(u'd', u'e'));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(u"error"_s).toString(), u"invalid_grant"_s);

        // RFC 7636 Appendix B: this verifier is the one behind that challenge.
        const QString code
            = authorize(RfcChallenge, u"s-2"_s).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const HttpTestReply granted = exchange(code, RfcVerifier);
        QVERIFY2(granted.status == 200, granted.describe().constData());
        const QJsonObject tokens = granted.object();
        QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 3599);
        QCOMPARE(tokens.value(u"scope"_s).toString(),
                 u"https://www.googleapis.com/auth/calendar"_s);
        const QString refreshToken = tokens.value(u"refresh_token"_s).toString();
        QVERIFY(!refreshToken.isEmpty());
        m_api->setBearerToken(tokens.value(u"access_token"_s).toString());
        QCOMPARE(m_api->get(Events).status, 200);
        QCOMPARE(exchange(code, RfcVerifier).object().value(u"error"_s).toString(),
                 u"invalid_grant"_s);

        const HttpTestReply refreshed = refresh(refreshToken);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.object().contains(u"access_token"_s));
        QVERIFY(!refreshed.object().contains(u"refresh_token"_s));
        m_sim->revokeGrant();
        QCOMPARE(refresh(refreshToken).object().value(u"error"_s).toString(), u"invalid_grant"_s);
        const HttpTestReply wrongClient = postToken({{u"grant_type"_s, u"refresh_token"_s},
                                                     {u"refresh_token"_s, refreshToken},
                                                     {u"client_id"_s, m_sim->clientId},
                                                     {u"client_secret"_s, u"GOCSPX-wrong"_s}});
        QCOMPARE(wrongClient.status, 401);
        QCOMPARE(wrongClient.object().value(u"error"_s).toString(), u"invalid_client"_s);
        QCOMPARE(m_sim->tokenRequests, 6);
    }

    void deniedConsentRedirectsWithAnError()
    {
        m_sim->denyConsent = true;
        const QUrlQuery denied = authorize(RfcChallenge, u"s-3"_s);
        QCOMPARE(denied.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(denied.queryItemValue(u"state"_s), u"s-3"_s);
        QVERIFY(!denied.hasQueryItem(u"code"_s));
    }
};

QTEST_GUILESS_MAIN(TestGoogleCalendarSimulator)
#include "tst_googlecalendarsimulator.moc"
