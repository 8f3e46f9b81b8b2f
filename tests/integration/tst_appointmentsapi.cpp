// Appointments over REST on both backends (issue 18): create, read, change with If-Match (412
// with the current one when stale), delete into a tombstone an incremental read still lists;
// per-field validation problems; the wedding day that each wedding brings and keeps; who may
// read and write (support reads, no console access is refused, another tenant is 404); one
// audit row per change; row changes on org:<id> and wedding:<id> only after the commit, and
// nothing at all when the write rolls back.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QJsonObject tasting(const QString &weddingId = {})
{
    QJsonObject body {{u"title"_s, u"Menu tasting"_s},
                      {u"kind"_s, u"tasting"_s},
                      {u"timeZone"_s, u"Europe/London"_s},
                      {u"startsAt"_s, u"2027-03-10T18:30:00Z"_s},
                      {u"endsAt"_s, u"2027-03-10T20:30:00Z"_s},
                      {u"location"_s, u"The caterer's kitchen"_s},
                      {u"attendees"_s, QJsonArray {u"olivia@example.com"_s}}};
    if (!weddingId.isEmpty())
        body.insert(u"weddingId"_s, weddingId);
    return body;
}

QJsonObject appointmentsBinding()
{
    return {
        {u"postgres_changes"_s,
         QJsonArray {QJsonObject {
             {u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, u"appointments"_s}}}}};
}

QStringList idsOf(const HttpTestReply &reply)
{
    QStringList out;
    for (const QJsonValue &item : reply.object()[u"items"_s].toArray())
        out << item[u"id"_s].toString();
    return out;
}

} // namespace

class TestAppointmentsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void createReadChangeDelete();
    void deletionIsATombstoneForIncrementalReads();
    void problemsNameTheirFields();
    void weddingDayFollowsTheWedding();
    void whoMayReadAndWrite();
    void otherTenantIsNotFound();
    void everyChangeIsAudited();
    void publishedOnOrgAndWeddingAfterCommit();
    void failedWriteLeavesNothingAndPublishesNothing();
    void rangeFilterAndCursorPaging();
    void retriedCreateIsMadeOnce();

private:
    QString path(const QString &org = {}) const
    {
        return u"/api/v1/organizations/"_s + (org.isEmpty() ? m_evergreen : org)
            + u"/appointments"_s;
    }
    QJsonObject create(const QJsonObject &body, const QString &as = Planner)
    {
        const HttpTestReply reply = m_demo->as(as).post(path(), body);
        if (reply.status != 201)
            qWarning("create: %s", reply.describe().constData());
        return reply.object();
    }

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen;
    QString m_olivia; // Olivia & Noah's wedding (Evergreen, Europe/London)
};

void TestAppointmentsApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
    m_evergreen = DemoData::evergreenId();
    m_olivia = m_demo->weddingId(m_evergreen, u"Olivia & Noah"_s);
    QVERIFY(!m_olivia.isEmpty());
}

void TestAppointmentsApi::createReadChangeDelete()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply created = planner.post(path(), tasting(m_olivia));
    QVERIFY2(created.status == 201, created.describe().constData());
    const QJsonObject a = created.object();
    const QString id = a[u"id"_s].toString();
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(created.header("Location"), (path() + u'/' + id).toUtf8());
    QCOMPARE(a[u"weddingId"_s].toString(), m_olivia);
    QCOMPARE(a[u"startsAt"_s].toString(), u"2027-03-10T18:30:00.000Z"_s);
    QCOMPARE(a[u"createdBy"_s].toString(), m_demo->userId(Planner));
    QVERIFY(a[u"deletedAt"_s].isNull());

    const HttpTestReply read = planner.get(path() + u'/' + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object(), a);

    // An offset is converted to UTC; unchanged fields stay.
    const HttpTestReply changed
        = planner.send("PATCH", path() + u'/' + id,
                       jsonBytes(QJsonObject {{u"startsAt"_s, u"2027-03-10T19:00:00+01:00"_s},
                                              {u"notes"_s, u"Vegetarian menu too"_s}}),
                       ifMatch(1));
    QVERIFY2(changed.status == 200, changed.describe().constData());
    QCOMPARE(changed.object()[u"version"_s].toInt(), 2);
    QCOMPARE(changed.object()[u"startsAt"_s].toString(), u"2027-03-10T18:00:00.000Z"_s);
    QCOMPARE(changed.object()[u"location"_s].toString(), u"The caterer's kitchen"_s);

    // A change made on version 1 is refused with what is there now.
    const HttpTestReply stale
        = planner.send("PATCH", path() + u'/' + id,
                       jsonBytes(QJsonObject {{u"title"_s, u"Overwrite"_s}}), ifMatch(1));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), u"version_conflict"_s);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInt(), 2);
    QCOMPARE(planner.get(path() + u'/' + id).object()[u"title"_s].toString(), u"Menu tasting"_s);
    // Without If-Match nothing is overwritten either.
    const HttpTestReply blind = planner.send("PATCH", path() + u'/' + id,
                                             jsonBytes(QJsonObject {{u"title"_s, u"Overwrite"_s}}),
                                             {{"Content-Type", "application/json"}});
    QCOMPARE(blind.status, 428);

    QCOMPARE(planner.send("DELETE", path() + u'/' + id, {}, ifMatch(1)).status, 412);
    QCOMPARE(planner.send("DELETE", path() + u'/' + id, {}, {{"Content-Type", "application/json"}})
                 .status,
             428);
    QCOMPARE(planner.send("DELETE", path() + u'/' + id, {}, ifMatch(2)).status, 204);
    QCOMPARE(planner.get(path() + u'/' + id).status, 404);
    QVERIFY(!idsOf(planner.get(path() + u"?limit=500"_s)).contains(id));
}

void TestAppointmentsApi::deletionIsATombstoneForIncrementalReads()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject a = create(tasting());
    const QString id = a[u"id"_s].toString();
    const QString since = a[u"createdAt"_s].toString();
    QCOMPARE(planner.send("DELETE", path() + u'/' + id, {}, ifMatch(1)).status, 204);

    // An incremental reader (calendar sync) learns of the deletion...
    const HttpTestReply changes
        = planner.get(path() + u"?includeDeleted=true&changedSince="_s
                      + QString::fromLatin1(QUrl::toPercentEncoding(since)));
    QVERIFY2(changes.status == 200, changes.describe().constData());
    const QJsonArray items = changes.object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][u"id"_s].toString(), id);
    QVERIFY(!items[0][u"deletedAt"_s].toString().isEmpty());
    QCOMPARE(items[0][u"version"_s].toInt(), 2);
    // ...which an ordinary read of the same window does not show.
    QCOMPARE(
        planner
            .get(path() + u"?changedSince="_s + QString::fromLatin1(QUrl::toPercentEncoding(since)))
            .object()[u"total"_s]
            .toInt(),
        0);
    QCOMPARE(planner.get(path() + u"?includeDeleted=yes"_s).errorCode(), u"invalid_query"_s);
}

void TestAppointmentsApi::problemsNameTheirFields()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply bad = planner.post(
        path(),
        QJsonObject {{u"title"_s, u""_s},
                     {u"kind"_s, u"party"_s},
                     {u"timeZone"_s, u"Europe/Atlantis"_s},
                     {u"startsAt"_s, u"2027-03-10T18:30:00Z"_s},
                     {u"endsAt"_s, u"2027-03-10T17:30:00Z"_s},
                     {u"notes"_s, QString(10001, u'n')},
                     {u"attendees"_s, QJsonArray {u"not-an-address"_s, u"a@b.co"_s}}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), u"validation_failed"_s);
    const QStringList fields = errorFields(bad);
    for (const QString &field :
         {u"title"_s, u"kind"_s, u"timeZone"_s, u"endsAt"_s, u"notes"_s, u"attendees[0]"_s})
        QVERIFY2(fields.contains(field), qPrintable(field + u" not in "_s + fields.join(u", "_s)));
    QVERIFY(!fields.contains(u"attendees[1]"_s));

    const HttpTestReply allDay = planner.post(path(),
                                              QJsonObject {{u"title"_s, u"Venue open day"_s},
                                                           {u"timeZone"_s, u"Europe/London"_s},
                                                           {u"allDay"_s, true},
                                                           {u"startDate"_s, u"2027-03-10"_s},
                                                           {u"endDate"_s, u"2027-03-10"_s}});
    QCOMPARE(errorFields(allDay), QStringList {u"endDate"_s});
    QVERIFY(!allDay.object()[u"error"_s][u"details"_s][u"fields"_s][0][u"message"_s]
                 .toString()
                 .isEmpty());

    const HttpTestReply unknown
        = planner.post(path(), QJsonObject {{u"title"_s, u"x"_s}, {u"colour"_s, u"red"_s}});
    QCOMPARE(unknown.status, 400);
    QVERIFY(errorFields(unknown).contains(u"colour"_s));

    // Another tenant's wedding is "no such wedding" here, not a hint that it exists.
    const QString lakesideWedding = m_demo->weddingId(DemoData::lakesideId(), u"Mia & Ethan"_s);
    const HttpTestReply foreign = planner.post(path(), tasting(lakesideWedding));
    QCOMPARE(errorFields(foreign), QStringList {u"weddingId"_s});

    // A good all-day appointment spans the midnights of its dates in its zone.
    const HttpTestReply good = planner.post(path(),
                                            QJsonObject {{u"title"_s, u"Venue open day"_s},
                                                         {u"timeZone"_s, u"Europe/London"_s},
                                                         {u"allDay"_s, true},
                                                         {u"startDate"_s, u"2027-07-10"_s},
                                                         {u"endDate"_s, u"2027-07-11"_s}});
    QVERIFY2(good.status == 201, good.describe().constData());
    QCOMPARE(good.object()[u"startsAt"_s].toString(), u"2027-07-09T23:00:00.000Z"_s);
}

void TestAppointmentsApi::weddingDayFollowsTheWedding()
{
    HttpTestClient &planner = m_demo->as(Planner);
    QJsonObject wedding;
    for (const QJsonValue &w :
         planner.get(u"/api/v1/organizations/"_s + m_evergreen + u"/weddings"_s)
             .object()[u"items"_s]
             .toArray()) {
        if (w[u"id"_s].toString() == m_olivia)
            wedding = w.toObject();
    }
    QVERIFY(!wedding.isEmpty());
    const HttpTestReply list = planner.get(path() + u"?weddingId="_s + m_olivia);
    QJsonObject day;
    int days = 0;
    for (const QJsonValue &item : list.object()[u"items"_s].toArray()) {
        if (item[u"kind"_s].toString() == u"wedding_day"_s) {
            day = item.toObject();
            ++days;
        }
    }
    QCOMPARE(days, 1);
    QVERIFY(day[u"allDay"_s].toBool());
    QCOMPARE(day[u"startDate"_s].toString(), wedding[u"weddingDate"_s].toString());
    QCOMPARE(day[u"timeZone"_s].toString(), wedding[u"timeZone"_s].toString());
    QVERIFY(day[u"title"_s].toString().contains(u"Olivia & Noah"_s));
    // The demo adds the planning appointments around it.
    QCOMPARE(list.object()[u"total"_s].toInt(), 4);

    const QString dayPath = path() + u'/' + day[u"id"_s].toString();
    const qint64 version = day[u"version"_s].toInteger();
    const HttpTestReply moved = planner.send(
        "PATCH", dayPath,
        jsonBytes(QJsonObject {{u"startDate"_s, u"2030-01-01"_s}, {u"endDate"_s, u"2030-01-02"_s}}),
        ifMatch(version));
    QCOMPARE(moved.status, 400);
    QCOMPARE(errorFields(moved), QStringList {u"startDate"_s});
    QCOMPARE(planner.send("DELETE", dayPath, {}, ifMatch(version)).status, 409);
    QCOMPARE(errorFields(planner.post(path(),
                                      QJsonObject {{u"title"_s, u"Second day"_s},
                                                   {u"kind"_s, u"wedding_day"_s},
                                                   {u"weddingId"_s, m_olivia},
                                                   {u"timeZone"_s, u"Europe/London"_s},
                                                   {u"allDay"_s, true},
                                                   {u"startDate"_s, u"2027-01-01"_s},
                                                   {u"endDate"_s, u"2027-01-02"_s}})),
             QStringList {u"kind"_s});
    // Where and with whom is the planner's to say.
    const HttpTestReply located = planner.send(
        "PATCH", dayPath,
        jsonBytes(QJsonObject {{u"location"_s, u"Kew Gardens"_s},
                               {u"attendees"_s, QJsonArray {u"olivia@example.com"_s}}}),
        ifMatch(version));
    QVERIFY2(located.status == 200, located.describe().constData());
    QCOMPARE(located.object()[u"location"_s].toString(), u"Kew Gardens"_s);
    QCOMPARE(located.object()[u"startDate"_s], day[u"startDate"_s]);
}

void TestAppointmentsApi::whoMayReadAndWrite()
{
    const QJsonObject a = create(tasting(m_olivia));
    const QString one = path() + u'/' + a[u"id"_s].toString();
    // Support staff read every tenant's, and change none.
    QCOMPARE(m_demo->as(Support).get(one).status, 200);
    const HttpTestReply supportWrite = m_demo->as(Support).post(path(), tasting());
    QCOMPARE(supportWrite.status, 403);
    QCOMPARE(supportWrite.errorCode(), u"forbidden"_s);
    QCOMPARE(m_demo->as(Support).send("DELETE", one, {}, ifMatch(1)).status, 403);
    // A vendor has no console access at all.
    QCOMPARE(m_demo->as(Vendor).get(path()).errorCode(), u"no_console_access"_s);
    QCOMPARE(m_demo->as(Vendor).post(path(), tasting()).status, 403);
    // The organization's admin and the platform admin write.
    const HttpTestReply admin = m_demo->as(Admin).send(
        "PATCH", one, jsonBytes(QJsonObject {{u"title"_s, u"Tasting (admin)"_s}}), ifMatch(1));
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.object()[u"updatedBy"_s].toString(), m_demo->userId(Admin));
    QCOMPARE(m_demo->as(Platform).post(path(), tasting()).status, 201);
    QCOMPARE(m_demo->as(Support).get(one).object()[u"version"_s].toInt(), 2);
}

void TestAppointmentsApi::otherTenantIsNotFound()
{
    const QJsonObject a = create(tasting(m_olivia));
    const QString id = a[u"id"_s].toString();
    HttpTestClient &lakeside = m_demo->as(LakesideAdmin);
    const QString lakesidePath = path(DemoData::lakesideId());
    for (const QString &where : QStringList {path() + u'/' + id, lakesidePath + u'/' + id}) {
        QCOMPARE(lakeside.get(where).status, 404);
        QCOMPARE(
            lakeside
                .send("PATCH", where, jsonBytes(QJsonObject {{u"title"_s, u"Mine"_s}}), ifMatch(1))
                .status,
            404);
        QCOMPARE(lakeside.send("DELETE", where, {}, ifMatch(1)).status, 404);
    }
    QCOMPARE(lakeside.get(path()).status, 404);
    QVERIFY(!idsOf(lakeside.get(lakesidePath + u"?limit=500"_s)).contains(id));
    QCOMPARE(m_demo->as(Planner).get(path() + u'/' + id).object()[u"version"_s].toInt(), 1);
}

void TestAppointmentsApi::everyChangeIsAudited()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString id = create(tasting(m_olivia))[u"id"_s].toString();
    QCOMPARE(planner
                 .send("PATCH", path() + u'/' + id,
                       jsonBytes(QJsonObject {{u"location"_s, u"Borough Market"_s}}), ifMatch(1))
                 .status,
             200);
    // A patch that changes nothing writes nothing.
    QCOMPARE(planner
                 .send("PATCH", path() + u'/' + id,
                       jsonBytes(QJsonObject {{u"location"_s, u"Borough Market"_s}}), ifMatch(2))
                 .object()[u"version"_s]
                 .toInt(),
             2);
    QCOMPARE(planner.send("DELETE", path() + u'/' + id, {}, ifMatch(2)).status, 204);
    const HttpTestReply trail
        = m_demo->as(Admin).get(u"/api/v1/audit?organizationId="_s + m_evergreen
                                + u"&entityType=appointment&entityId="_s + id);
    QVERIFY2(trail.status == 200, trail.describe().constData());
    const QJsonArray rows = trail.object()[u"items"_s].toArray();
    QStringList actions;
    for (const QJsonValue &row : rows)
        actions.prepend(row[u"action"_s].toString()); // newest first
    QCOMPARE(actions, (QStringList {u"create"_s, u"update"_s, u"delete"_s}));
    const QJsonObject update = rows[1].toObject();
    QCOMPARE(update[u"actorId"_s].toString(), m_demo->userId(Planner));
    QCOMPARE(update[u"before"_s][u"location"_s].toString(), u"The caterer's kitchen"_s);
    QCOMPARE(update[u"after"_s][u"location"_s].toString(), u"Borough Market"_s);
    // The wedding's timeline shows it too.
    const HttpTestReply timeline
        = m_demo->as(Admin).get(u"/api/v1/audit?organizationId="_s + m_evergreen + u"&weddingId="_s
                                + m_olivia + u"&entityType=appointment"_s);
    QCOMPARE(timeline.object()[u"items"_s].toArray().size(), 3);
}

void TestAppointmentsApi::publishedOnOrgAndWeddingAfterCommit()
{
    const QString orgTopic = u"realtime:org:"_s + m_evergreen;
    const QString weddingTopic = u"realtime:wedding:"_s + m_olivia;
    TestClient planner;
    QVERIFY(planner.open(m_demo->socketUrl(Planner)));
    QVERIFY(planner.joinOk(orgTopic, appointmentsBinding()));
    QVERIFY(planner.joinOk(weddingTopic, appointmentsBinding()));
    TestClient lakeside;
    QVERIFY(lakeside.open(m_demo->socketUrl(LakesideAdmin)));
    QVERIFY(lakeside.joinOk(u"realtime:org:"_s + DemoData::lakesideId(), appointmentsBinding()));
    QVERIFY(!lakeside.joinOk(orgTopic, appointmentsBinding()));
    QVERIFY(!lakeside.joinOk(weddingTopic, appointmentsBinding()));

    const QJsonObject a = create(tasting(m_olivia));
    const QString id = a[u"id"_s].toString();
    for (const QString &topic : {orgTopic, weddingTopic}) {
        const auto change = planner.takeEvent(topic, u"postgres_changes"_s);
        QVERIFY2(change, qPrintable(topic));
        const QJsonObject data = change->payload.toObject()[u"data"_s].toObject();
        QCOMPARE(data[u"table"_s].toString(), u"appointments"_s);
        QCOMPARE(data[u"type"_s].toString(), u"INSERT"_s);
        QCOMPARE(data[u"record"_s][u"id"_s].toString(), id);
        QCOMPARE(data[u"record"_s][u"wedding_id"_s].toString(), m_olivia);
        // What the topic said is what REST reads now (it was committed first).
        QCOMPARE(m_demo->as(Planner).get(path() + u'/' + id).status, 200);
    }
    QCOMPARE(m_demo->as(Planner).send("DELETE", path() + u'/' + id, {}, ifMatch(1)).status, 204);
    const auto removed = planner.takeEvent(weddingTopic, u"postgres_changes"_s);
    QVERIFY(removed);
    const QJsonObject data = removed->payload.toObject()[u"data"_s].toObject();
    QCOMPARE(data[u"type"_s].toString(), u"UPDATE"_s);
    QVERIFY(!data[u"record"_s][u"deleted_at"_s].toString().isEmpty());
    // An organization-wide appointment reaches org:<id> but no wedding's topic.
    create(tasting());
    QVERIFY(planner.takeEvent(orgTopic, u"postgres_changes"_s)); // the delete
    QVERIFY(planner.takeEvent(orgTopic, u"postgres_changes"_s));
    QVERIFY(planner.nothingFor([&](const RealtimeMessage &m) {
        return m.topic == weddingTopic && m.event == "postgres_changes"_L1;
    }));
    QVERIFY2(lakeside.nothingFor(
                 [](const RealtimeMessage &m) { return m.event == "postgres_changes"_L1; }),
             "another tenant hears nothing");
}

void TestAppointmentsApi::failedWriteLeavesNothingAndPublishesNothing()
{
    const QString orgTopic = u"realtime:org:"_s + m_evergreen;
    const QJsonObject a = create(tasting(m_olivia));
    const QString one = path() + u'/' + a[u"id"_s].toString();
    TestClient planner;
    QVERIFY(planner.open(m_demo->socketUrl(Planner)));
    QVERIFY(planner.joinOk(orgTopic, appointmentsBinding()));
    QString error;
    QVERIFY2(m_demo->setAuditWritesFail(true, &error), qPrintable(error));
    HttpTestClient &api = m_demo->as(Planner);
    const int before = api.get(path() + u"?limit=1"_s).object()[u"total"_s].toInt();
    QCOMPARE(api.post(path(), tasting()).status, 500);
    QCOMPARE(
        api.send("PATCH", one, jsonBytes(QJsonObject {{u"title"_s, u"Lost"_s}}), ifMatch(1)).status,
        500);
    QCOMPARE(api.send("DELETE", one, {}, ifMatch(1)).status, 500);
    QCOMPARE(api.get(path() + u"?limit=1"_s).object()[u"total"_s].toInt(), before);
    QCOMPARE(api.get(one).object(), a);
    QVERIFY(planner.nothingFor(
        [](const RealtimeMessage &m) { return m.event == "postgres_changes"_L1; }, 300));
}

void TestAppointmentsApi::rangeFilterAndCursorPaging()
{
    HttpTestClient &planner = m_demo->as(Planner);
    QStringList made;
    for (int day = 1; day <= 5; ++day) {
        QJsonObject body = tasting();
        body[u"startsAt"_s] = u"2031-02-%1T10:00:00Z"_s.arg(day, 2, 10, QChar(u'0'));
        body[u"endsAt"_s] = u"2031-02-%1T11:00:00Z"_s.arg(day, 2, 10, QChar(u'0'));
        made << create(body)[u"id"_s].toString();
    }
    // Those overlapping [Feb 2 10:30, Feb 4 10:00): the 2nd (still running) and the 3rd.
    const HttpTestReply window
        = planner.get(path() + u"?from=2031-02-02T10:30:00Z&to=2031-02-04T10:00:00Z"_s);
    QCOMPARE(idsOf(window), (QStringList {made[2], made[1]})); // latest start first
    QCOMPARE(
        planner.get(path() + u"?from=2031-02-04T00:00:00Z&to=2031-02-01T00:00:00Z"_s).errorCode(),
        u"invalid_query"_s);

    QStringList paged;
    QString next = path() + u"?from=2031-01-01T00:00:00Z&limit=2"_s;
    for (int guard = 0; !next.isEmpty() && guard < 10; ++guard) {
        const HttpTestReply page = planner.get(next);
        QVERIFY2(page.status == 200, page.describe().constData());
        QCOMPARE(page.object()[u"total"_s].toInt(), 5);
        paged << idsOf(page);
        const QString cursor = page.object()[u"nextCursor"_s].toString();
        next = cursor.isEmpty() ? QString()
                                : path() + u"?from=2031-01-01T00:00:00Z&limit=2&cursor="_s + cursor;
    }
    QStringList expected = made;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(paged, expected);
}

void TestAppointmentsApi::retriedCreateIsMadeOnce()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const int before = planner.get(path() + u"?limit=1"_s).object()[u"total"_s].toInt();
    const QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"},
                                                        {"Idempotency-Key", "tasting-olivia-1"}};
    const HttpTestReply first = planner.send("POST", path(), jsonBytes(tasting(m_olivia)), headers);
    QCOMPARE(first.status, 201);
    const HttpTestReply again = planner.send("POST", path(), jsonBytes(tasting(m_olivia)), headers);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotency-Replayed"), QByteArray("true"));
    QCOMPARE(again.object()[u"id"_s], first.object()[u"id"_s]);
    QCOMPARE(planner.get(path() + u"?limit=1"_s).object()[u"total"_s].toInt(), before + 1);
}

QTEST_MAIN(TestAppointmentsApi)
#include "tst_appointmentsapi.moc"
