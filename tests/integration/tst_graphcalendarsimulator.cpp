// The Microsoft Graph calendar simulator (tests/fixtures) answers as providers.md §2 and its §6
// checklist say: calendarView delta pages under Prefer: odata.maxpagesize with @odata.nextLink
// and a final @odata.deltaLink, incremental rounds with changes and @removed (an event moved out
// of the window too), one occurrence per series, 410 resyncRequired with a Location and 400
// syncStateNotFound, a create retried with its transactionId, If-Match and 412
// ErrorIrresolvableConflict, 401, 429 with Retry-After, times in UTC or the preferred zone, and
// the public-client PKCE sign-in (RFC 7636 Appendix B) with refresh token rotation.

#include "GraphCalendarSimulator.h"
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using wedsync::server::GraphCalendarSimulator;
using wedsync::test::HttpTestClient;
using wedsync::test::HttpTestReply;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString Default = u"AAMkADcal-default="_s;
const QString Weddings = u"AAMkADcal-weddings="_s;
const QString Holidays = u"AAMkADcal-holidays="_s;
// April and May 2027, written once with Z and once without (UTC all the same).
const QString Window
    = u"startDateTime=2027-04-01T00:00:00Z&endDateTime=2027-06-01T00:00:00.0000000"_s;
// RFC 7636 Appendix B.
const QString RfcVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString RfcChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
const QString RedirectUri = u"http://127.0.0.1:8123/"_s;
const QString Scope = u"offline_access https://graph.microsoft.com/Calendars.ReadWrite"_s;
const QString IrresolvableConflict
    = u"The send or update operation could not be performed because the change key passed in "
      "the request does not match the current change key for the item."_s;

QString deltaPath(const QString &calendarId, const QString &query = Window)
{
    return u"/v1.0/me/calendars/"_s + calendarId + u"/calendarView/delta?"_s + query;
}

QString eventPath(const QString &id)
{
    return u"/v1.0/me/events/"_s + id;
}

QJsonObject when(const QString &dateTime, const QString &zone)
{
    return {{u"dateTime"_s, dateTime}, {u"timeZone"_s, zone}};
}

// A meeting on a day of April 2027, 10:00–11:00 in `zone`.
QJsonObject meeting(const QString &subject, int day = 1, const QString &zone = u"UTC"_s)
{
    const QString date = u"2027-04-%1"_s.arg(day, 2, 10, QChar(u'0'));
    return {{u"subject"_s, subject},
            {u"start"_s, when(date + u"T10:00:00"_s, zone)},
            {u"end"_s, when(date + u"T11:00:00"_s, zone)}};
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

QString errorCode(const HttpTestReply &reply)
{
    return reply.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QStringList ids(const QList<QJsonObject> &entries)
{
    QStringList out;
    for (const QJsonObject &entry : entries)
        out.append(entry.value(u"id"_s).toString());
    return out;
}

bool isRemoved(const QJsonObject &entry)
{
    return entry.value(u"@removed"_s).toObject().value(u"reason"_s).toString() == u"deleted"_s;
}

} // namespace

class TestGraphCalendarSimulator : public QObject
{
    Q_OBJECT

private:
    struct Round
    {
        QList<QJsonObject> pages;
        QList<QJsonObject> values; // every page's, in order
        QString deltaLink;
    };

    std::unique_ptr<GraphCalendarSimulator> m_sim;
    std::unique_ptr<HttpTestClient> m_api;
    std::unique_ptr<HttpTestClient> m_token;

    // A path, or an absolute link the simulator gave, requested as it is.
    HttpTestReply fetch(const QString &pathOrLink, const Headers &headers = {})
    {
        if (!pathOrLink.startsWith(u"http"_s))
            return m_api->send("GET", pathOrLink, {}, headers);
        const QUrl link(pathOrLink);
        return m_api->send("GET", link.path() + u'?' + link.query(QUrl::FullyEncoded), {}, headers);
    }

    HttpTestReply send(const QByteArray &method, const QString &path, const QJsonObject &event,
                       const QByteArray &ifMatch = {})
    {
        Headers headers {{"Content-Type", "application/json"}};
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        return m_api->send(method, path, body(event), headers);
    }

    // Every page of one round, following @odata.nextLink to the @odata.deltaLink.
    Round round(const QString &first, const Headers &headers = {})
    {
        Round out;
        QString next = first;
        while (!next.isEmpty() && out.pages.size() < 20) {
            const HttpTestReply reply = fetch(next, headers);
            if (reply.status != 200) {
                qWarning() << reply.describe();
                return {};
            }
            const QJsonObject page = reply.object();
            out.pages.append(page);
            for (const QJsonValue &entry : page.value(u"value"_s).toArray())
                out.values.append(entry.toObject());
            next = page.value(u"@odata.nextLink"_s).toString();
            out.deltaLink = page.value(u"@odata.deltaLink"_s).toString();
        }
        return out;
    }

    HttpTestReply postToken(const QList<std::pair<QString, QString>> &fields)
    {
        return m_token->send("POST", u"/token"_s, form(fields),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    // The browser's part of the sign-in: the authorization request and where it redirects.
    QUrlQuery authorize(const QString &challenge, const QString &state,
                        const QString &scope = Scope, const QString &redirectUri = RedirectUri)
    {
        QUrl url(m_sim->authorizationUrl());
        url.setQuery(QUrlQuery {{u"client_id"_s, m_sim->clientId},
                                {u"response_type"_s, u"code"_s},
                                {u"redirect_uri"_s, redirectUri},
                                {u"response_mode"_s, u"query"_s},
                                {u"scope"_s, scope},
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
        if (location.adjusted(QUrl::RemoveQuery).toString() != redirectUri)
            return {};
        return QUrlQuery(location);
    }

    HttpTestReply exchange(const QString &code, const QString &verifier)
    {
        return postToken({{u"client_id"_s, m_sim->clientId},
                          {u"scope"_s, Scope},
                          {u"code"_s, code},
                          {u"redirect_uri"_s, RedirectUri},
                          {u"grant_type"_s, u"authorization_code"_s},
                          {u"code_verifier"_s, verifier}});
    }

    HttpTestReply refresh(const QString &refreshToken)
    {
        return postToken({{u"client_id"_s, m_sim->clientId},
                          {u"scope"_s, Scope},
                          {u"refresh_token"_s, refreshToken},
                          {u"grant_type"_s, u"refresh_token"_s}});
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<GraphCalendarSimulator>();
        m_sim->addCalendar(Default, u"Calendar"_s, true);
        m_sim->addCalendar(Weddings, u"Weddings"_s);
        m_sim->addCalendar(Holidays, u"Holidays"_s, false, false);
        const auto port = m_sim->listen();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        m_api = std::make_unique<HttpTestClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(port.value())));
        m_api->setBearerToken(m_sim->grant().accessToken);
        m_token = std::make_unique<HttpTestClient>(QUrl(m_sim->tokenUrl()));
        QCOMPARE(m_sim->baseUrl(), u"http://127.0.0.1:%1/v1.0/"_s.arg(port.value()));
        QCOMPARE(m_sim->authorizationUrl(),
                 u"http://127.0.0.1:%1/common/oauth2/v2.0/authorize"_s.arg(port.value()));
    }
    void cleanup()
    {
        m_token.reset();
        m_api.reset();
        m_sim.reset();
    }

    void calendarsAndServerArguments()
    {
        const HttpTestReply reply = m_api->get(u"/v1.0/me/calendars"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray calendars = reply.object().value(u"value"_s).toArray();
        QCOMPARE(calendars.size(), 3);
        QCOMPARE(calendars.at(0)[u"id"_s].toString(), Default);
        QVERIFY(calendars.at(0)[u"isDefaultCalendar"_s].toBool());
        QVERIFY(!calendars.at(1)[u"isDefaultCalendar"_s].toBool());
        QVERIFY(!calendars.at(2)[u"canEdit"_s].toBool());
        QVERIFY(!calendars.at(0)[u"owner"_s][u"address"_s].toString().isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(u"microsoft-client.json"_s);
        QCOMPARE(m_sim->serverArguments(file),
                 (QStringList {u"--microsoft-client"_s, file, u"--microsoft-api-url"_s,
                               m_sim->baseUrl()}));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject client = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(client.value(u"client_id"_s).toString(), m_sim->clientId);
        QCOMPARE(client.value(u"authorization_endpoint"_s).toString(), m_sim->authorizationUrl());
        QCOMPARE(client.value(u"token_endpoint"_s).toString(), m_sim->tokenUrl());
        QVERIFY(m_sim->serverArguments(dir.filePath(u"no/such/dir/client.json"_s)).isEmpty());
    }

    void firstRoundPagesThenDeltaLink()
    {
        for (int day = 1; day <= 5; ++day)
            m_sim->addEvent(Default, meeting(u"Tasting %1"_s.arg(day), day));
        m_sim->addEvent(Default, meeting(u"Second the same day"_s, 2));
        m_sim->addEvent(Weddings, meeting(u"Other calendar"_s)); // another calendar's delta
        QJsonObject outside = meeting(u"Next year"_s);
        outside.insert(u"start"_s, when(u"2028-01-01T10:00:00"_s, u"UTC"_s));
        outside.insert(u"end"_s, when(u"2028-01-01T11:00:00"_s, u"UTC"_s));
        m_sim->addEvent(Default, outside);

        const Round all = round(deltaPath(Default), {{"Prefer", "odata.maxpagesize=2"}});
        QCOMPARE(all.pages.size(), 3);
        QCOMPARE(all.values.size(), 6);
        QCOMPARE(m_sim->lastPrefer, QByteArray("odata.maxpagesize=2"));
        for (qsizetype i = 0; i < all.pages.size(); ++i) {
            const bool last = i == all.pages.size() - 1;
            const QJsonObject &page = all.pages.at(i);
            QCOMPARE(page.contains(u"@odata.nextLink"_s), !last);
            QCOMPARE(page.contains(u"@odata.deltaLink"_s), last);
            QVERIFY(page.value(u"@odata.context"_s).toString().endsWith(u"#Collection(event)"_s));
            const QString link
                = page.value(last ? u"@odata.deltaLink"_s : u"@odata.nextLink"_s).toString();
            // Absolute, with only the token: the window is in it.
            QVERIFY2(link.startsWith(m_sim->baseUrl() + u"me/calendars/"_s), qPrintable(link));
            QVERIFY(link.contains(last ? u"?$deltatoken="_s : u"?$skiptoken="_s));
            QVERIFY(!link.contains(u"startDateTime"_s, Qt::CaseInsensitive));
        }
        QCOMPARE(all.pages.at(0).value(u"value"_s).toArray().size(), 2);
        QCOMPARE(m_sim->deltaRequests, 3);

        // The shape of one event, as Graph answers it: 10:00 UTC, changeKey as the etag.
        const QJsonObject first = all.values.first();
        QCOMPARE(first.value(u"@odata.type"_s).toString(), u"#microsoft.graph.event"_s);
        QCOMPARE(first.value(u"subject"_s).toString(), u"Tasting 1"_s);
        QCOMPARE(first.value(u"@odata.etag"_s).toString(),
                 u"W/\"%1\""_s.arg(first.value(u"changeKey"_s).toString()));
        QCOMPARE(first.value(u"start"_s).toObject(),
                 when(u"2027-04-01T10:00:00.0000000"_s, u"UTC"_s));
        QCOMPARE(first.value(u"type"_s).toString(), u"singleInstance"_s);
        QVERIFY(first.value(u"seriesMasterId"_s).isNull());
        QVERIFY(first.value(u"transactionId"_s).isNull());
        QVERIFY(first.value(u"recurrence"_s).isNull());
        QCOMPARE(first.value(u"isCancelled"_s), QJsonValue(false));
        const QString id = first.value(u"id"_s).toString();
        QVERIFY2(id.contains(u'=') && id.contains(u'-'), qPrintable(id));
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"_s)
                    .match(first.value(u"lastModifiedDateTime"_s).toString())
                    .hasMatch());

        // Without Prefer: the simulator's own page size; with it, the smaller of the two.
        QCOMPARE(round(deltaPath(Default)).pages.size(), 1);
        m_sim->setPageSize(3);
        QCOMPARE(round(deltaPath(Default)).pages.size(), 2);
        QCOMPARE(round(deltaPath(Default), {{"Prefer", "odata.maxpagesize=10"}}).pages.size(), 2);
        QCOMPARE(m_sim->lastPrefer, QByteArray("odata.maxpagesize=10"));
    }

    void theFirstRequestNeedsAWindow()
    {
        const HttpTestReply none = m_api->get(deltaPath(Default, {}));
        QCOMPARE(none.status, 400);
        QCOMPARE(errorCode(none), u"ErrorInvalidParameter"_s);
        QVERIFY(none.object()[u"error"_s][u"innerError"_s][u"request-id"_s].isString());
        QCOMPARE(m_api->get(deltaPath(Default, u"startDateTime=2027-04-01&endDateTime=x"_s)).status,
                 400);
        QCOMPARE(
            errorCode(m_api->get(deltaPath(
                Default, u"startDateTime=2027-05-01T00:00:00&endDateTime=2027-04-01T00:00:00"_s))),
            u"invalidRange"_s);
        // Later requests carry the token only; another calendar's token is refused.
        const QString deltaLink = round(deltaPath(Default)).deltaLink;
        const QString token = QUrlQuery(QUrl(deltaLink)).queryItemValue(u"$deltatoken"_s);
        QCOMPARE(fetch(deltaLink + u'&' + Window).status, 400);
        QCOMPARE(errorCode(m_api->get(deltaPath(Weddings, u"$deltatoken="_s + token))),
                 u"ErrorInvalidParameter"_s);
        // Graph reads its query parameters case-insensitively (providers.md §2.1's example).
        QCOMPARE(
            m_api
                ->get(deltaPath(Default,
                                u"startdatetime=2027-04-01T00:00:00Z&enddatetime=2027-04-02T00:"
                                "00:00Z"_s))
                .status,
            200);
        // The default calendar, as /me/calendarView/delta.
        m_sim->addEvent(Default, meeting(u"Default"_s));
        QCOMPARE(round(u"/v1.0/me/calendarView/delta?"_s + Window).values.size(), 1);
    }

    void incrementalRoundHasTheChangesAndRemovals()
    {
        const QString changed = m_sim->addEvent(Default, meeting(u"A"_s, 1))[u"id"_s].toString();
        const QString deleted = m_sim->addEvent(Default, meeting(u"B"_s, 2))[u"id"_s].toString();
        m_sim->addEvent(Default, meeting(u"C"_s, 3));
        const Round first = round(deltaPath(Default));
        QCOMPARE(first.values.size(), 3);
        const QString etag = first.values.first().value(u"@odata.etag"_s).toString();

        const QJsonObject after = m_sim->changeEvent(changed, {{u"subject"_s, u"A, moved"_s}});
        QVERIFY(after.value(u"@odata.etag"_s).toString() != etag);
        m_sim->deleteEvent(deleted);
        const QString added = m_sim->addEvent(Default, meeting(u"D"_s, 4))[u"id"_s].toString();
        QVERIFY(m_sim->event(deleted).isEmpty());

        const Round next = round(first.deltaLink);
        QCOMPARE(ids(next.values), (QStringList {changed, deleted, added}));
        QCOMPARE(next.values.at(0).value(u"subject"_s).toString(), u"A, moved"_s);
        QCOMPARE(next.values.at(0).value(u"@odata.etag"_s).toString(),
                 after.value(u"@odata.etag"_s).toString());
        QCOMPARE(next.values.at(1),
                 (QJsonObject {{u"@odata.type"_s, u"#microsoft.graph.event"_s},
                               {u"id"_s, deleted},
                               {u"@removed"_s, QJsonObject {{u"reason"_s, u"deleted"_s}}}}));
        QCOMPARE(next.values.at(2).value(u"subject"_s).toString(), u"D"_s);
        QVERIFY(next.deltaLink != first.deltaLink);

        // Nothing since: an empty round; the old token still answers its own changes.
        QCOMPARE(round(next.deltaLink).values.size(), 0);
        QCOMPARE(round(first.deltaLink).values.size(), 3);
    }

    void movedOutOfTheWindowIsRemoved()
    {
        const QString moved = m_sim->addEvent(Default, meeting(u"Moved"_s))[u"id"_s].toString();
        const Round first = round(deltaPath(Default));
        QCOMPARE(ids(first.values), QStringList {moved});

        m_sim->changeEvent(moved,
                           {{u"start"_s, when(u"2027-09-01T10:00:00"_s, u"UTC"_s)},
                            {u"end"_s, when(u"2027-09-01T11:00:00"_s, u"UTC"_s)}});
        // Made outside the window: reported removed as well (the documented quirk).
        QJsonObject outside = meeting(u"September"_s);
        outside.insert(u"start"_s, when(u"2027-09-02T10:00:00"_s, u"UTC"_s));
        outside.insert(u"end"_s, when(u"2027-09-02T11:00:00"_s, u"UTC"_s));
        const QString elsewhere = m_sim->addEvent(Default, outside)[u"id"_s].toString();

        const Round next = round(first.deltaLink);
        QCOMPARE(ids(next.values), (QStringList {moved, elsewhere}));
        QVERIFY(isRemoved(next.values.at(0)));
        QVERIFY(isRemoved(next.values.at(1)));

        // And back in: the full event again.
        m_sim->changeEvent(moved, meeting(u"Back"_s, 20));
        const Round back = round(next.deltaLink);
        QCOMPARE(back.values.size(), 1);
        QCOMPARE(back.values.first().value(u"subject"_s).toString(), u"Back"_s);
    }

    void aSeriesShowsOneOccurrence()
    {
        // Thursdays at 09:00 in Madrid from 4 March 2027: the first in the window is 1 April,
        // 07:00 UTC (summer time).
        QJsonObject weekly {
            {u"subject"_s, u"Planning call"_s},
            {u"start"_s, when(u"2027-03-04T09:00:00"_s, u"Europe/Madrid"_s)},
            {u"end"_s, when(u"2027-03-04T09:30:00"_s, u"Europe/Madrid"_s)},
            {u"recurrence"_s,
             QJsonObject {
                 {u"pattern"_s,
                  QJsonObject {{u"type"_s, u"weekly"_s},
                               {u"interval"_s, 1},
                               {u"daysOfWeek"_s, QJsonArray {u"thursday"_s}}}},
                 {u"range"_s,
                  QJsonObject {{u"type"_s, u"noEnd"_s}, {u"startDate"_s, u"2027-03-04"_s}}}}}};
        const QJsonObject master = m_sim->addEvent(Default, weekly);
        const QString masterId = master.value(u"id"_s).toString();
        QCOMPARE(master.value(u"type"_s).toString(), u"seriesMaster"_s);

        const Round first = round(deltaPath(Default));
        QCOMPARE(first.values.size(), 1);
        const QJsonObject occurrence = first.values.first();
        const QString occurrenceId = masterId + u"_20270401"_s;
        QCOMPARE(occurrence.value(u"id"_s).toString(), occurrenceId);
        QCOMPARE(occurrence.value(u"type"_s).toString(), u"occurrence"_s);
        QCOMPARE(occurrence.value(u"seriesMasterId"_s).toString(), masterId);
        QCOMPARE(occurrence.value(u"start"_s).toObject(),
                 when(u"2027-04-01T07:00:00.0000000"_s, u"UTC"_s));
        QCOMPARE(occurrence.value(u"end"_s).toObject(),
                 when(u"2027-04-01T07:30:00.0000000"_s, u"UTC"_s));

        // The master and the occurrence can be read by id.
        const HttpTestReply read = m_api->get(eventPath(masterId));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(u"type"_s).toString(), u"seriesMaster"_s);
        QCOMPARE(read.object().value(u"recurrence"_s), weekly.value(u"recurrence"_s));
        QCOMPARE(m_api->get(eventPath(occurrenceId)).object().value(u"seriesMasterId"_s),
                 QJsonValue(masterId));
        QCOMPARE(m_api->get(eventPath(masterId + u"_20270402"_s)).status, 404);
        QCOMPARE(send("PATCH", eventPath(occurrenceId), {{u"subject"_s, u"x"_s}}).status, 400);

        // Deleting the series removes the occurrence the client was shown.
        m_sim->deleteEvent(masterId);
        const Round next = round(first.deltaLink);
        QCOMPARE(ids(next.values), QStringList {occurrenceId});
        QVERIFY(isRemoved(next.values.first()));
    }

    void expiredTokensResetTheSync()
    {
        m_sim->addEvent(Default, meeting(u"One"_s, 1));
        m_sim->addEvent(Default, meeting(u"Two"_s, 2));
        const HttpTestReply firstPage
            = m_api->send("GET", deltaPath(Default), {}, {{"Prefer", "odata.maxpagesize=1"}});
        const QString nextLink = firstPage.object().value(u"@odata.nextLink"_s).toString();
        QVERIFY(!nextLink.isEmpty());
        const QString deltaLink = round(deltaPath(Default)).deltaLink;

        m_sim->expireDeltaTokens(GraphCalendarSimulator::Reset::Gone);
        const HttpTestReply gone = fetch(deltaLink);
        QCOMPARE(gone.status, 410);
        QCOMPARE(errorCode(gone), u"resyncRequired"_s);
        QCOMPARE(fetch(nextLink).status, 410);
        // Location: the first request again, with an empty $deltatoken.
        const QUrl location(QString::fromUtf8(gone.header("Location")));
        const QUrlQuery restart(location);
        QVERIFY(restart.hasQueryItem(u"$deltatoken"_s));
        QVERIFY(restart.queryItemValue(u"$deltatoken"_s).isEmpty());
        QCOMPARE(restart.queryItemValue(u"startDateTime"_s, QUrl::FullyDecoded),
                 u"2027-04-01T00:00:00Z"_s);
        const Round again = round(location.toString());
        QCOMPARE(again.values.size(), 2);

        m_sim->expireDeltaTokens(GraphCalendarSimulator::Reset::SyncStateNotFound);
        const HttpTestReply lost = fetch(again.deltaLink);
        QCOMPARE(lost.status, 400);
        QCOMPARE(errorCode(lost), u"syncStateNotFound"_s);
        QCOMPARE(fetch(deltaLink).status, 410); // expired earlier, as it was
        QCOMPARE(errorCode(m_api->get(deltaPath(Default, u"$deltatoken=R0usmcMDNGg0J1E"_s))),
                 u"syncStateNotFound"_s);
    }

    void createIsIdempotentByTransactionId()
    {
        QJsonObject event = meeting(u"Smith–Jones wedding"_s, 17, u"Romance Standard Time"_s);
        event.insert(u"transactionId"_s, u"wedsync-7d1c6a0e-first-push"_s);
        event.insert(u"singleValueExtendedProperties"_s,
                     QJsonArray {QJsonObject {
                         {u"id"_s, u"String {66f5a359-4659-4830-9070-00047ec6ac6e} Name WedSync"_s},
                         {u"value"_s, u"job-1042"_s}}});
        const QString path = u"/v1.0/me/calendars/"_s + Default + u"/events"_s;
        const HttpTestReply created = send("POST", path, event);
        QVERIFY2(created.status == 201, created.describe().constData());
        const QJsonObject stored = created.object();
        QCOMPARE(stored.value(u"transactionId"_s).toString(), u"wedsync-7d1c6a0e-first-push"_s);
        QCOMPARE(stored.value(u"originalStartTimeZone"_s).toString(), u"Romance Standard Time"_s);
        QCOMPARE(stored.value(u"start"_s).toObject(),
                 when(u"2027-04-17T08:00:00.0000000"_s, u"UTC"_s));
        QVERIFY(!stored.contains(u"singleValueExtendedProperties"_s));

        // The retry answers the same event, unchanged; nothing new in the calendar.
        event.insert(u"subject"_s, u"Retried"_s);
        const HttpTestReply retried = send("POST", path, event);
        QCOMPARE(retried.status, 201);
        QCOMPARE(retried.object().value(u"id"_s), stored.value(u"id"_s));
        QCOMPARE(retried.object().value(u"changeKey"_s), stored.value(u"changeKey"_s));
        QCOMPARE(retried.object().value(u"subject"_s).toString(), u"Smith–Jones wedding"_s);
        QCOMPARE(m_sim->events(Default).size(), 1);
        QCOMPARE(m_sim->createRequests, 2);

        // Extended properties come back only when expanded.
        const QString id = stored.value(u"id"_s).toString();
        const HttpTestReply expanded
            = m_api->get(eventPath(id)
                         + u"?$expand=singleValueExtendedProperties($filter=id eq 'String "
                           "{66f5a359-4659-4830-9070-00047ec6ac6e} Name WedSync')"_s);
        QCOMPARE(expanded.object()
                     .value(u"singleValueExtendedProperties"_s)
                     .toArray()
                     .at(0)[u"value"_s]
                     .toString(),
                 u"job-1042"_s);
        QVERIFY(!m_api->get(eventPath(id)).object().contains(u"singleValueExtendedProperties"_s));

        // Another transactionId is another event; a read-only calendar refuses.
        event.insert(u"transactionId"_s, u"wedsync-second"_s);
        QCOMPARE(send("POST", path, event).status, 201);
        QCOMPARE(m_sim->events(Default).size(), 2);
        const HttpTestReply refused
            = send("POST", u"/v1.0/me/calendars/"_s + Holidays + u"/events"_s, meeting(u"x"_s));
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorCode(refused), u"ErrorAccessDenied"_s);
        QCOMPARE(send("POST", u"/v1.0/me/calendars/nope/events"_s, meeting(u"x"_s)).status, 404);
    }

    void timesInAndOut()
    {
        const QString path = u"/v1.0/me/events"_s; // the default calendar
        // IANA and Windows names alike; an unknown zone is refused.
        const HttpTestReply madrid = send("POST", path, meeting(u"M"_s, 1, u"Europe/Madrid"_s));
        QCOMPARE(madrid.status, 201);
        QCOMPARE(madrid.object()[u"start"_s][u"dateTime"_s].toString(),
                 u"2027-04-01T08:00:00.0000000"_s);
        QCOMPARE(madrid.object()[u"originalStartTimeZone"_s].toString(), u"Europe/Madrid"_s);
        const HttpTestReply unknown = send("POST", path, meeting(u"U"_s, 1, u"Mars/Olympus"_s));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(errorCode(unknown), u"TimeZoneNotSupportedException"_s);

        // Prefer: outlook.timezone answers in that zone (Windows name) instead of UTC.
        const QString id = madrid.object()[u"id"_s].toString();
        const HttpTestReply pacific = m_api->send(
            "GET", eventPath(id), {}, {{"Prefer", "outlook.timezone=\"Pacific Standard Time\""}});
        QCOMPARE(pacific.object()[u"start"_s].toObject(),
                 when(u"2027-04-01T01:00:00.0000000"_s, u"Pacific Standard Time"_s));

        // All-day: midnights in their zone, answered as such, never converted.
        QJsonObject allDay {{u"subject"_s, u"Wedding day"_s},
                            {u"isAllDay"_s, true},
                            {u"start"_s, when(u"2027-06-12T00:00:00"_s, u"Europe/Madrid"_s)},
                            {u"end"_s, when(u"2027-06-13T00:00:00"_s, u"Europe/Madrid"_s)}};
        const HttpTestReply day = send("POST", path, allDay);
        QCOMPARE(day.status, 201);
        QCOMPARE(day.object()[u"start"_s].toObject(),
                 when(u"2027-06-12T00:00:00.0000000"_s, u"UTC"_s));
        allDay.insert(u"end"_s, when(u"2027-06-13T10:00:00"_s, u"Europe/Madrid"_s));
        QCOMPARE(send("POST", path, allDay).status, 400);
    }

    void patchAndDeleteHonourIfMatch()
    {
        QJsonObject event = meeting(u"Venue visit"_s);
        event.insert(
            u"location"_s,
            QJsonObject {{u"displayName"_s, u"The Barn"_s}, {u"locationUri"_s, u"barn"_s}});
        const QJsonObject stored = m_sim->addEvent(Weddings, event);
        const QString path = eventPath(stored.value(u"id"_s).toString());
        const QByteArray etag = stored.value(u"@odata.etag"_s).toString().toUtf8();

        const HttpTestReply stale
            = send("PATCH", path, {{u"subject"_s, u"x"_s}}, "W/\"DwAAABYAAAA=\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(errorCode(stale), u"ErrorIrresolvableConflict"_s);
        QCOMPARE(stale.object()[u"error"_s][u"message"_s].toString(), IrresolvableConflict);

        const HttpTestReply fresh
            = send("PATCH",
                   u"/v1.0/me/calendars/"_s + Weddings + u"/events/"_s + stored[u"id"_s].toString(),
                   {{u"subject"_s, u"Venue visit, moved"_s},
                    {u"location"_s, QJsonObject {{u"displayName"_s, u"The Mill"_s}}}},
                   etag);
        QVERIFY2(fresh.status == 200, fresh.describe().constData());
        QCOMPARE(fresh.object()[u"subject"_s].toString(), u"Venue visit, moved"_s);
        // Objects are replaced whole, as Graph does.
        QCOMPARE(fresh.object()[u"location"_s].toObject(),
                 (QJsonObject {{u"displayName"_s, u"The Mill"_s}}));
        const QByteArray newEtag = fresh.object()[u"@odata.etag"_s].toString().toUtf8();
        QVERIFY(newEtag != etag);
        QCOMPARE(fresh.object()[u"createdDateTime"_s], stored.value(u"createdDateTime"_s));
        QVERIFY(fresh.object()[u"lastModifiedDateTime"_s]
                != stored.value(u"lastModifiedDateTime"_s));
        QCOMPARE(
            send("PATCH",
                 u"/v1.0/me/calendars/"_s + Default + u"/events/"_s + stored[u"id"_s].toString(),
                 {{u"subject"_s, u"x"_s}})
                .status,
            404); // not in that calendar

        QCOMPARE(m_api->send("DELETE", path, {}, {{"If-Match", etag}}).status, 412);
        QCOMPARE(m_api->send("DELETE", path, {}, {{"If-Match", newEtag}}).status, 204);
        const HttpTestReply again = m_api->send("DELETE", path);
        QCOMPARE(again.status, 404);
        QCOMPARE(errorCode(again), u"ErrorItemNotFound"_s);
        QCOMPARE(m_api->get(path).status, 404);
        QCOMPARE(send("PATCH", path, {{u"subject"_s, u"x"_s}}).status, 404);
        QCOMPARE(m_sim->ifMatchSeen,
                 (QList<QByteArray> {"W/\"DwAAABYAAAA=\"", etag, etag, newEtag}));
        QCOMPARE(m_sim->preconditionFailures, 2);
        QCOMPARE(m_sim->patchRequests, 4);
        QCOMPARE(m_sim->deleteRequests, 3);
    }

    void throttledWithRetryAfter()
    {
        m_sim->failNext(1, 429);
        const HttpTestReply limited = m_api->get(deltaPath(Default));
        QCOMPARE(limited.status, 429);
        QCOMPARE(errorCode(limited), u"TooManyRequests"_s);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(m_api->get(deltaPath(Default)).status, 200);

        m_sim->retryAfterSecs = 7;
        m_sim->failNext(2, 503);
        const HttpTestReply unavailable = m_api->get(u"/v1.0/me/calendars"_s);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(errorCode(unavailable), u"serviceNotAvailable"_s);
        QCOMPARE(unavailable.header("Retry-After"), QByteArray("7"));
        QCOMPARE(m_api->get(u"/v1.0/me/calendars"_s).status, 503);
        m_sim->failNext(1, 500);
        const HttpTestReply broken = m_api->get(u"/v1.0/me/calendars"_s);
        QCOMPARE(broken.status, 500);
        QCOMPARE(errorCode(broken), u"generalException"_s);
        QVERIFY(broken.header("Retry-After").isEmpty());
        QCOMPARE(m_api->get(u"/v1.0/me/calendars"_s).status, 200);
        QCOMPARE(m_sim->throttled, 4);
        QCOMPARE(m_sim->deltaRequests, 2);
    }

    void withoutALiveTokenIs401()
    {
        HttpTestClient anonymous(QUrl(m_sim->baseUrl()));
        const HttpTestReply none = anonymous.get(u"/v1.0/me/calendars"_s);
        QCOMPARE(none.status, 401);
        QCOMPARE(errorCode(none), u"InvalidAuthenticationToken"_s);
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer "));
        QCOMPARE(m_api->get(u"/v1.0/me/calendars"_s).status, 200);
        m_sim->expireAccessTokens();
        const HttpTestReply expired = m_api->get(deltaPath(Default));
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorCode(expired), u"InvalidAuthenticationToken"_s);
        QCOMPARE(m_sim->unauthorized, 2);
        m_api->setBearerToken(m_sim->grant().accessToken);
        QCOMPARE(m_api->get(deltaPath(Default)).status, 200);
    }

    void pkceSignInAndRefreshRotation()
    {
        const QUrlQuery wrong = authorize(RfcChallenge, u"s-1"_s);
        QCOMPARE(wrong.queryItemValue(u"state"_s), u"s-1"_s);
        const QString wrongCode = wrong.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!wrongCode.isEmpty());
        const HttpTestReply refused = exchange(wrongCode, QString(RfcVerifier).replace(u'd', u'e'));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(refused.object().value(u"error_codes"_s).toArray(), QJsonArray {70000});
        QVERIFY(refused.object()[u"error_description"_s].toString().startsWith(u"AADSTS70000:"_s));
        for (const QString &field : {u"timestamp"_s, u"trace_id"_s, u"correlation_id"_s})
            QVERIFY(!refused.object().value(field).toString().isEmpty());

        // RFC 7636 Appendix B: this verifier is the one behind that challenge.
        const QString code
            = authorize(RfcChallenge, u"s-2"_s).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const HttpTestReply granted = exchange(code, RfcVerifier);
        QVERIFY2(granted.status == 200, granted.describe().constData());
        const QJsonObject tokens = granted.object();
        QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 3599);
        QCOMPARE(tokens.value(u"ext_expires_in"_s).toInt(), 3599);
        QCOMPARE(tokens.value(u"scope"_s).toString(),
                 u"https://graph.microsoft.com/Calendars.ReadWrite"_s);
        const QString firstRefresh = tokens.value(u"refresh_token"_s).toString();
        QVERIFY(!firstRefresh.isEmpty());
        m_api->setBearerToken(tokens.value(u"access_token"_s).toString());
        QCOMPARE(m_api->get(u"/v1.0/me/calendars"_s).status, 200);
        QCOMPARE(exchange(code, RfcVerifier).object().value(u"error"_s).toString(),
                 u"invalid_grant"_s); // a code is good once

        // Each refresh answers a new refresh token; the one used keeps working.
        const HttpTestReply rotated = refresh(firstRefresh);
        QCOMPARE(rotated.status, 200);
        const QString secondRefresh = rotated.object().value(u"refresh_token"_s).toString();
        QVERIFY(!secondRefresh.isEmpty() && secondRefresh != firstRefresh);
        QCOMPARE(m_sim->lastRefreshTokenUsed, firstRefresh);
        const QString thirdRefresh = refresh(secondRefresh).object()[u"refresh_token"_s].toString();
        QVERIFY(!thirdRefresh.isEmpty() && thirdRefresh != secondRefresh);
        QCOMPARE(refresh(firstRefresh).status, 200);
        QCOMPARE(m_sim->refreshTokensIssued.mid(1, 3),
                 (QStringList {firstRefresh, secondRefresh, thirdRefresh}));
        QCOMPARE(m_sim->refreshTokensIssued.size(), 5); // init's grant() and the last refresh

        // A public client: a secret, even an empty one, is refused.
        const HttpTestReply secret = postToken({{u"client_id"_s, m_sim->clientId},
                                                {u"refresh_token"_s, thirdRefresh},
                                                {u"grant_type"_s, u"refresh_token"_s},
                                                {u"client_secret"_s, QString()}});
        QCOMPARE(secret.status, 401);
        QCOMPARE(secret.object().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY(secret.object()[u"error_description"_s].toString().startsWith(u"AADSTS700025:"_s));

        const HttpTestReply missing
            = postToken({{u"client_id"_s, m_sim->clientId}, {u"grant_type"_s, u"refresh_token"_s}});
        QCOMPARE(missing.object().value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(postToken({{u"client_id"_s, m_sim->clientId}, {u"grant_type"_s, u"password"_s}})
                     .object()
                     .value(u"error"_s)
                     .toString(),
                 u"unsupported_grant_type"_s);

        m_sim->revokeGrant();
        const HttpTestReply revoked = refresh(thirdRefresh);
        QCOMPARE(revoked.status, 400);
        QCOMPARE(revoked.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(m_api->get(u"/v1.0/me/calendars"_s).status, 401);
        QCOMPARE(m_sim->tokenRequests, 10);
        QVERIFY(m_sim->lastTokenRequest.contains("grant_type=refresh_token"));
    }

    void authorizationRefusals()
    {
        // Without offline_access, no refresh token.
        const QString code
            = authorize(RfcChallenge, u"s"_s, u"https://graph.microsoft.com/Calendars.ReadWrite"_s)
                  .queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const HttpTestReply online = exchange(code, RfcVerifier);
        QCOMPARE(online.status, 200);
        QVERIFY(!online.object().contains(u"refresh_token"_s));
        // Any loopback port; not another host.
        QVERIFY(!authorize(RfcChallenge, u"s"_s, Scope, u"http://127.0.0.1:39999/cb"_s)
                     .queryItemValue(u"code"_s)
                     .isEmpty());
        QVERIFY(authorize(RfcChallenge, u"s"_s, Scope, u"https://example.com/cb"_s).isEmpty());

        m_sim->denyConsent = true;
        const QUrlQuery denied = authorize(RfcChallenge, u"s-3"_s);
        QCOMPARE(denied.queryItemValue(u"error"_s), u"access_denied"_s);
        QVERIFY(denied.queryItemValue(u"error_description"_s, QUrl::FullyDecoded)
                    .startsWith(u"AADSTS65004"_s));
        QCOMPARE(denied.queryItemValue(u"state"_s), u"s-3"_s);
        QVERIFY(!denied.hasQueryItem(u"code"_s));
    }
};

QTEST_GUILESS_MAIN(TestGraphCalendarSimulator)
#include "tst_graphcalendarsimulator.moc"
