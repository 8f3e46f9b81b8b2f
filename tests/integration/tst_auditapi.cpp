// The audit trail on both backends: every mutation writes one row with actor, tenant, entity,
// before/after and request id in its own transaction; a failing audit write leaves nothing
// behind; /api/v1/audit filters, pages and is scoped by who asks; the export is proper CSV
// (RFC 4180, formula cells neutralised) or JSON.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Headers with our own request id, to find the request's audit rows.
QList<QPair<QByteArray, QByteArray>> tagged(const QString &requestId, qint64 version = 0)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"X-Request-Id", requestId.toLatin1()},
                                                  {"Content-Type", "application/json"}};
    if (version > 0)
        headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    return headers;
}

// An RFC 4180 reader, independent of the writer under test.
QList<QStringList> parseCsv(const QString &text, bool *wellFormed)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'"' || c == u'\n' || c == u'\r') {
            *wellFormed = false; // a bare quote or line break outside quotes
            field += c;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *wellFormed = false; // the last row must end with CRLF
    return rows;
}

// A join's config that binds the audit trail's new rows.
QJsonObject auditInserts()
{
    return {{u"postgres_changes"_s,
             QJsonArray {QJsonObject {{u"event"_s, u"INSERT"_s},
                                      {u"schema"_s, u"public"_s},
                                      {u"table"_s, u"audit_log"_s}}}}};
}

QJsonArray itemsOf(const HttpTestReply &reply)
{
    return reply.object()[u"items"_s].toArray();
}

} // namespace

class TestAuditApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void everyMutationWritesOneRow();
    void failingAuditWriteLeavesNothingBehind();
    void filtersAndPaging();
    void badQueriesAreRefused_data();
    void badQueriesAreRefused();
    void eachCallerSeesTheirTenants();
    void exportIsCsvOrJson();
    void weddingTimeline();
    void weddingTimelineTellsSuppliersAndConflicts();

private:
    QJsonArray rowsOfRequest(const QString &requestId);

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen = DemoData::evergreenId();
};

void TestAuditApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

QJsonArray TestAuditApi::rowsOfRequest(const QString &requestId)
{
    // No request-id filter exists: read the newest page and pick the request's rows.
    const HttpTestReply page = m_demo->as(Platform).get(u"/api/v1/audit?limit=500"_s);
    QJsonArray out;
    for (const QJsonValue &row : itemsOf(page)) {
        if (row[u"requestId"_s].toString() == requestId)
            out.append(row);
    }
    return out;
}

void TestAuditApi::everyMutationWritesOneRow()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString adminId = m_demo->userId(Admin);

    const QString create = newRequestId();
    const HttpTestReply created = admin.send(
        "POST", sectionsPath(m_evergreen),
        jsonBytes(QJsonObject {{u"sectionType"_s, u"notes"_s},
                               {u"customization"_s, QJsonObject {{u"title"_s, u"Notes"_s}}}}),
        tagged(create));
    QVERIFY2(created.status == 201, created.describe().constData());
    QCOMPARE(created.header("X-Request-Id"), create.toLatin1());
    const QString id = created.object()[u"id"_s].toString();
    const QString path = u"/api/v1/sections/"_s + id;

    const QString update = newRequestId();
    QCOMPARE(admin
                 .send("PATCH", path,
                       jsonBytes(QJsonObject {
                           {u"customization"_s, QJsonObject {{u"title"_s, u"Memo"_s}}}}),
                       tagged(update, 1))
                 .status,
             200);
    const QString reorder = newRequestId();
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QJsonArray moves {
        QJsonObject {{u"id"_s, id}, {u"position"_s, 20}, {u"version"_s, 2}},
        QJsonObject {{u"id"_s, budget[u"id"_s]}, {u"position"_s, 21}, {u"version"_s, 1}}};
    QCOMPARE(admin
                 .send("POST", sectionsPath(m_evergreen) + u"/reorder"_s, jsonBytes(moves),
                       tagged(reorder))
                 .status,
             200);
    const QString permissions = newRequestId();
    const QJsonObject row {
        {u"sectionId"_s, id},
        {u"version"_s, 3},
        {u"cells"_s, QJsonObject {{u"vendor"_s, QJsonObject {{u"view"_s, true}}}}}};
    QCOMPARE(admin
                 .send("PUT", u"/api/v1/organizations/"_s + m_evergreen + u"/permissions/matrix"_s,
                       jsonBytes(QJsonObject {{u"rows"_s, QJsonArray {row}}}), tagged(permissions))
                 .status,
             200);
    const QString remove = newRequestId();
    QCOMPARE(admin.send("DELETE", path, {}, tagged(remove, 4)).status, 204);

    struct Expected
    {
        QString requestId;
        QString action;
        int rows;
        QJsonValue beforeVersion; // null: no before
        QJsonValue afterVersion;
    };
    const QList<Expected> expected {
        {create, u"create"_s, 1, QJsonValue::Null, 1},
        {update, u"update"_s, 1, 1, 2},
        {reorder, u"reorder"_s, 2, 2, 3},
        {permissions, u"permissions_update"_s, 1, 3, 4},
        {remove, u"delete"_s, 1, 4, QJsonValue::Null},
    };
    for (const Expected &e : expected) {
        const QJsonArray rows = rowsOfRequest(e.requestId);
        QVERIFY2(rows.size() == e.rows, qPrintable(e.action));
        QJsonObject mine;
        for (const QJsonValue &r : rows) {
            QCOMPARE(r[u"action"_s].toString(), e.action);
            QCOMPARE(r[u"actorId"_s].toString(), adminId);
            QCOMPARE(r[u"organizationId"_s].toString(), m_evergreen);
            QCOMPARE(r[u"entityType"_s].toString(), u"section_configuration"_s);
            QVERIFY(!r[u"occurredAt"_s].toString().isEmpty());
            if (r[u"entityId"_s].toString() == id)
                mine = r.toObject();
        }
        QVERIFY2(!mine.isEmpty(), qPrintable(e.action));
        QCOMPARE(mine[u"before"_s].isNull() ? QJsonValue(QJsonValue::Null)
                                            : mine[u"before"_s][u"version"_s],
                 e.beforeVersion);
        QCOMPARE(mine[u"after"_s].isNull() ? QJsonValue(QJsonValue::Null)
                                           : mine[u"after"_s][u"version"_s],
                 e.afterVersion);
    }
    const QJsonObject updated = rowsOfRequest(update)[0].toObject();
    QCOMPARE(updated[u"before"_s][u"customization"_s][u"title"_s].toString(), u"Notes"_s);
    QCOMPARE(updated[u"after"_s][u"customization"_s][u"title"_s].toString(), u"Memo"_s);
    const QJsonObject granted = rowsOfRequest(permissions)[0].toObject();
    QVERIFY(!granted[u"before"_s][u"visibility"_s][u"roles"_s].toArray().contains(u"vendor"_s));
    QVERIFY(granted[u"after"_s][u"visibility"_s][u"roles"_s].toArray().contains(u"vendor"_s));

    // Sign-in and sign-out are audited too, in the member's organization: its admins see
    // their own and their colleagues' sign-ins, with the person named beside the id.
    const HttpTestReply ownLogins = admin.get(u"/api/v1/audit?action=login&actorId="_s + adminId);
    QCOMPARE(ownLogins.object()[u"total"_s].toInt(), 1);
    const QJsonObject login = ownLogins.object()[u"items"_s][0].toObject();
    QCOMPARE(login[u"organizationId"_s].toString(), m_evergreen);
    QCOMPARE(login[u"actorEmail"_s].toString(), Admin);
    const QString logout = newRequestId();
    QCOMPARE(admin.send("POST", u"/api/v1/auth/logout"_s, {}, tagged(logout)).status, 204);
    const QJsonArray out = rowsOfRequest(logout);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0][u"action"_s].toString(), u"logout"_s);
    QCOMPARE(out[0][u"organizationId"_s].toString(), m_evergreen);
    const HttpTestReply logins
        = m_demo->as(Platform).get(u"/api/v1/audit?action=login&actorId="_s + adminId);
    QCOMPARE(logins.object()[u"total"_s].toInt(), 1);
}

void TestAuditApi::failingAuditWriteLeavesNothingBehind()
{
    HttpTestClient &admin = m_demo->as(Admin);
    HttpTestClient &platform = m_demo->as(Platform);
    const qint64 rowsBefore
        = platform.get(u"/api/v1/audit?limit=1"_s).object()[u"total"_s].toInteger();
    const HttpTestReply sectionsBefore = admin.get(sectionsPath(m_evergreen));
    const HttpTestReply matrixBefore
        = admin.get(u"/api/v1/organizations/"_s + m_evergreen + u"/permissions/matrix"_s);
    QVERIFY(rowsBefore > 0);

    // Fault injection on the test database only: every insert into audit_log now fails.
    QString error;
    QFETCH_GLOBAL(QString, backend);
    const bool sqlite = backend == u"sqlite"_s;
    const QStringList breakIt = sqlite
        ? QStringList {u"CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit write failed on purpose'); END"_s}
        : QStringList {u"CREATE FUNCTION test_audit_fails() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'audit write failed on purpose'; END $$"_s,
                       u"CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION test_audit_fails()"_s};
    for (const QString &sql : breakIt)
        QVERIFY2(m_demo->execute(sql, &error), qPrintable(error));

    const QJsonObject timeline = m_demo->section(m_evergreen, u"timeline"_s);
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QString path = u"/api/v1/sections/"_s + timeline[u"id"_s].toString();
    struct Attempt
    {
        QByteArray method;
        QString path;
        QByteArray body;
        qint64 ifMatch;
    };
    const QList<Attempt> attempts {
        {"POST", sectionsPath(m_evergreen),
         jsonBytes(QJsonObject {{u"sectionType"_s, u"notes"_s},
                                {u"customization"_s, QJsonObject {{u"title"_s, u"N"_s}}}}),
         0},
        {"PATCH", path,
         jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Lost"_s}}}}), 1},
        {"PUT", path, jsonBytes(QJsonObject {{u"layout"_s, QJsonObject {{u"columns"_s, 4}}}}), 1},
        {"DELETE", path, {}, 1},
        {"POST", sectionsPath(m_evergreen) + u"/reorder"_s,
         jsonBytes(QJsonArray {
             QJsonObject {{u"id"_s, timeline[u"id"_s]}, {u"position"_s, 30}, {u"version"_s, 1}},
             QJsonObject {{u"id"_s, budget[u"id"_s]}, {u"position"_s, 31}, {u"version"_s, 1}}}),
         0},
        {"PUT", u"/api/v1/organizations/"_s + m_evergreen + u"/permissions/matrix"_s,
         jsonBytes(QJsonObject {
             {u"rows"_s,
              QJsonArray {QJsonObject {
                  {u"sectionId"_s, budget[u"id"_s]},
                  {u"version"_s, 1},
                  {u"cells"_s, QJsonObject {{u"guest"_s, QJsonObject {{u"view"_s, true}}}}}}}}}),
         0},
    };
    for (const Attempt &attempt : attempts) {
        const HttpTestReply reply = admin.send(attempt.method, attempt.path, attempt.body,
                                               tagged(newRequestId(), attempt.ifMatch));
        QVERIFY2(reply.status == 500,
                 qPrintable(QString::fromLatin1(attempt.method) + u' ' + attempt.path + u' '
                            + QString::fromUtf8(reply.describe())));
        QCOMPARE(reply.errorCode(), u"internal_error"_s);
        QVERIFY2(!reply.body.contains("audit write failed"),
                 reply.body.constData()); // nothing internal leaks
    }
    // Nothing of any attempt is stored.
    QCOMPARE(admin.get(sectionsPath(m_evergreen)).object(), sectionsBefore.object());
    QCOMPARE(
        admin.get(u"/api/v1/organizations/"_s + m_evergreen + u"/permissions/matrix"_s).object(),
        matrixBefore.object());

    for (const QString &sql : sqlite ? QStringList {u"DROP TRIGGER test_audit_fails"_s}
                                     : QStringList {u"DROP TRIGGER test_audit_fails ON audit_log"_s,
                                                    u"DROP FUNCTION test_audit_fails()"_s})
        QVERIFY2(m_demo->execute(sql, &error), qPrintable(error));
    QCOMPARE(platform.get(u"/api/v1/audit?limit=1"_s).object()[u"total"_s].toInteger(), rowsBefore);
    // And the same write succeeds once the audit trail works again.
    const HttpTestReply retry
        = admin.send("PATCH", path, attempts[1].body, tagged(newRequestId(), 1));
    QVERIFY2(retry.status == 200, retry.describe().constData());
    QCOMPARE(platform.get(u"/api/v1/audit?limit=1"_s).object()[u"total"_s].toInteger(),
             rowsBefore + 1);
}

void TestAuditApi::filtersAndPaging()
{
    HttpTestClient &admin = m_demo->as(Admin);
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject photos = m_demo->section(m_evergreen, u"photos"_s);
    const QString id = photos[u"id"_s].toString();
    const QString path = u"/api/v1/sections/"_s + id;
    for (int version = 1; version <= 7; ++version) {
        HttpTestClient &who = version % 2 ? admin : planner;
        const HttpTestReply reply = who.send(
            "PATCH", path,
            jsonBytes(QJsonObject {
                {u"customization"_s, QJsonObject {{u"subtitle"_s, u"Edit %1"_s.arg(version)}}}}),
            ifMatch(version));
        QVERIFY2(reply.status == 200, reply.describe().constData());
    }
    const QString base = u"/api/v1/audit?entityType=section_configuration&entityId="_s + id;

    // Walking the cursor visits every row once, newest first.
    QStringList seen;
    QString cursor;
    QString previousTime = u"9999"_s;
    int pages = 0;
    do {
        const HttpTestReply page = admin.get(
            base + u"&limit=3"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QVERIFY2(page.status == 200, page.describe().constData());
        QCOMPARE(page.object()[u"total"_s].toInt(), 7);
        for (const QJsonValue &row : itemsOf(page)) {
            QVERIFY(!seen.contains(row[u"id"_s].toString()));
            seen << row[u"id"_s].toString();
            QVERIFY(row[u"occurredAt"_s].toString() <= previousTime);
            previousTime = row[u"occurredAt"_s].toString();
        }
        cursor = page.object()[u"nextCursor"_s].toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(pages, 3);

    const HttpTestReply second = admin.get(base + u"&limit=3&offset=3"_s);
    QCOMPARE(itemsOf(second).size(), 3);
    QCOMPARE(itemsOf(second)[0][u"id"_s].toString(), seen[3]);
    QCOMPARE(
        itemsOf(admin.get(base)).first()[u"after"_s][u"customization"_s][u"subtitle"_s].toString(),
        u"Edit 7"_s);

    const HttpTestReply byPlanner = admin.get(base + u"&actorId="_s + m_demo->userId(Planner));
    QCOMPARE(byPlanner.object()[u"total"_s].toInt(), 3);
    for (const QJsonValue &row : itemsOf(byPlanner))
        QCOMPARE(row[u"actorId"_s].toString(), m_demo->userId(Planner));
    QCOMPARE(admin.get(base + u"&action=update"_s).object()[u"total"_s].toInt(), 7);
    QCOMPARE(admin.get(base + u"&action=delete"_s).object()[u"total"_s].toInt(), 0);

    // A time window [from, to): from the 5th newest row's time to the 2nd newest's.
    const QJsonArray all = itemsOf(admin.get(base));
    const QString from = all[4][u"occurredAt"_s].toString();
    const QString to = all[1][u"occurredAt"_s].toString();
    const HttpTestReply window = admin.get(base + u"&from="_s + from + u"&to="_s + to);
    QVERIFY2(window.status == 200, window.describe().constData());
    for (const QJsonValue &row : itemsOf(window)) {
        QVERIFY(row[u"occurredAt"_s].toString() >= from);
        QVERIFY(row[u"occurredAt"_s].toString() < to);
    }
    QVERIFY(window.object()[u"total"_s].toInt() >= 1);
    QVERIFY(window.object()[u"total"_s].toInt() <= 3);
}

void TestAuditApi::badQueriesAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit 501") << u"limit=501"_s << u"limit"_s;
    QTest::newRow("limit text") << u"limit=ten"_s << u"limit"_s;
    QTest::newRow("negative offset") << u"offset=-1"_s << u"offset"_s;
    QTest::newRow("forged cursor") << u"cursor=bm90LWEtY3Vyc29y"_s << u"cursor"_s;
    // Well-formed, but not a position the server gave out: the id is not a UUID.
    const QByteArray injected
        = QByteArray("2025-01-01T00:00:00.000Z|x' OR 1=1 --")
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QTest::newRow("cursor with a forged id")
        << u"cursor="_s + QString::fromLatin1(injected) << u"cursor"_s;
    QTest::newRow("cursor and offset") << u"cursor=abc&offset=2"_s << u"cursor"_s;
    QTest::newRow("time without zone") << u"from=2025-01-01T00:00:00"_s << u"from"_s;
    QTest::newRow("not a time") << u"to=yesterday"_s << u"to"_s;
    QTest::newRow("reversed window")
        << u"from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z"_s << u"to"_s;
    QTest::newRow("bad actor id") << u"actorId=1%20OR%201=1"_s << u"actorId"_s;
    QTest::newRow("unknown filter") << u"actor=me"_s << u"actor"_s;
}

void TestAuditApi::badQueriesAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const HttpTestReply reply = m_demo->as(Platform).get(u"/api/v1/audit?"_s + query);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), u"invalid_query"_s);
    QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"parameter"_s].toString(), parameter);
}

void TestAuditApi::eachCallerSeesTheirTenants()
{
    // One change in each organization.
    for (const QString &email : {Admin, LakesideAdmin}) {
        const QString org = email == Admin ? m_evergreen : DemoData::lakesideId();
        const QJsonObject budget = m_demo->section(org, u"budget"_s);
        const HttpTestReply reply = m_demo->as(email).send(
            "PATCH", u"/api/v1/sections/"_s + budget[u"id"_s].toString(),
            jsonBytes(
                QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Audited"_s}}}}),
            ifMatch(1));
        QVERIFY2(reply.status == 200, reply.describe().constData());
    }
    const auto organizationsIn = [](const HttpTestReply &reply) {
        QSet<QString> out;
        for (const QJsonValue &row : itemsOf(reply))
            out.insert(row[u"organizationId"_s].isNull() ? u"none"_s
                                                         : row[u"organizationId"_s].toString());
        return out;
    };
    for (const QString &staff : {Platform, Support}) {
        const HttpTestReply all = m_demo->as(staff).get(u"/api/v1/audit?limit=500"_s);
        QVERIFY2(all.status == 200, all.describe().constData());
        QCOMPARE(organizationsIn(all),
                 (QSet<QString> {m_evergreen, DemoData::lakesideId(), u"none"_s}));
        const HttpTestReply one
            = m_demo->as(staff).get(u"/api/v1/audit?organizationId="_s + m_evergreen);
        QCOMPARE(organizationsIn(one), QSet<QString> {m_evergreen});
    }
    const HttpTestReply own = m_demo->as(Admin).get(u"/api/v1/audit?limit=500"_s);
    QVERIFY2(own.status == 200, own.describe().constData());
    QCOMPARE(organizationsIn(own), QSet<QString> {m_evergreen});
    const HttpTestReply lakesideOwn = m_demo->as(LakesideAdmin).get(u"/api/v1/audit"_s);
    QStringList actions; // newest first: the edit above, the admin's sign-in, the demo seeding
    for (const QJsonValue &row : itemsOf(lakesideOwn))
        actions << row[u"action"_s].toString();
    QCOMPARE(actions, (QStringList {u"update"_s, u"login"_s, u"demo_seed"_s}));

    const HttpTestReply foreign
        = m_demo->as(LakesideAdmin).get(u"/api/v1/audit?organizationId="_s + m_evergreen);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(m_demo->as(LakesideAdmin)
                 .get(u"/api/v1/audit/export?organizationId="_s + m_evergreen)
                 .status,
             404);
    const HttpTestReply planner = m_demo->as(Planner).get(u"/api/v1/audit"_s);
    QCOMPARE(planner.status, 403);
    QVERIFY(planner.object()[u"error"_s][u"message"_s].toString().contains(u"admins"_s));
    QCOMPARE(m_demo->as(Planner).get(u"/api/v1/audit?organizationId="_s + m_evergreen).status, 403);
    QCOMPARE(m_demo->as(u"vendor@evergreen.demo"_s).get(u"/api/v1/audit"_s).errorCode(),
             u"no_console_access"_s);
    QCOMPARE(m_demo->anonymous()->get(u"/api/v1/audit"_s).status, 401);
}

void TestAuditApi::exportIsCsvOrJson()
{
    HttpTestClient &admin = m_demo->as(Admin);
    // A title a spreadsheet would run as a formula, with a comma and quotes.
    const QString title = u"=HYPERLINK(\"http://evil.example\",\"Budget, \"\"final\"\"\")"_s;
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const HttpTestReply edited = admin.send(
        "PATCH", u"/api/v1/sections/"_s + budget[u"id"_s].toString(),
        jsonBytes(QJsonObject {
            {u"customization"_s, QJsonObject {{u"title"_s, title}, {u"subtitle"_s, u"a\r\nb"_s}}}}),
        ifMatch(1));
    QVERIFY2(edited.status == 200, edited.describe().constData());
    QCOMPARE(edited.object()[u"customization"_s][u"title"_s].toString(), title);

    const HttpTestReply csv
        = admin.get(u"/api/v1/audit/export?format=csv&organizationId="_s + m_evergreen);
    QVERIFY2(csv.status == 200, csv.describe().constData());
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    QVERIFY(csv.header("Content-Disposition").startsWith("attachment; filename=\"wedsync-audit-"));
    QVERIFY(csv.header("Content-Disposition").endsWith(".csv\""));
    bool wellFormed = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.body), &wellFormed);
    QVERIFY2(wellFormed, csv.body.left(400).constData());
    // Names beside the ids.
    QCOMPARE(rows.first(),
             (QStringList {u"id"_s, u"occurredAt"_s, u"actorId"_s, u"actorEmail"_s, u"actorName"_s,
                           u"organizationId"_s, u"entityType"_s, u"entityId"_s, u"label"_s,
                           u"action"_s, u"requestId"_s, u"before"_s, u"after"_s, u"weddingId"_s}));
    const HttpTestReply page
        = admin.get(u"/api/v1/audit?limit=500&organizationId="_s + m_evergreen);
    QCOMPARE(rows.size() - 1, page.object()[u"total"_s].toInt());
    const QStringList &row = rows.at(1); // newest first: the edit above
    QCOMPARE(row.size(), 14);
    QCOMPARE(row[3], Admin);
    QCOMPARE(row[4], u"Erin Evergreen"_s);
    QCOMPARE(row[7], budget[u"id"_s].toString());
    QCOMPARE(row[8], u"'"_s + title); // shown as text, never evaluated
    const QJsonObject after = QJsonDocument::fromJson(row[12].toUtf8()).object();
    QCOMPARE(after[u"customization"_s][u"title"_s].toString(), title); // JSON survives the quoting
    QCOMPARE(QJsonDocument::fromJson(row[11].toUtf8())
                 .object()[u"customization"_s][u"title"_s]
                 .toString(),
             u"Budget"_s);

    const HttpTestReply json
        = admin.get(u"/api/v1/audit/export?format=json&organizationId="_s + m_evergreen);
    QVERIFY2(json.status == 200, json.describe().constData());
    QCOMPARE(json.object()[u"count"_s].toInt(), rows.size() - 1);
    QCOMPARE(json.object()[u"items"_s].toArray(), itemsOf(page));
    QCOMPARE(admin.get(u"/api/v1/audit/export?format=xlsx"_s).status, 400);
    QCOMPARE(admin.get(u"/api/v1/audit/export?limit=5"_s).status, 400); // exports are not paged
}

void TestAuditApi::weddingTimeline()
{
    const QString evergreen = DemoData::evergreenId();
    const QString sophia = m_demo->weddingId(evergreen, u"Sophia & James"_s);
    const QString amelia = m_demo->weddingId(evergreen, u"Amelia & Liam"_s);
    HttpTestClient &admin = m_demo->as(Admin);
    HttpTestClient &planner = m_demo->as(Planner);
    // The planner follows the wedding live (a coordinator reads its timeline).
    TestClient live;
    QVERIFY(live.open(m_demo->socketUrl(Planner)));
    const QString topic = u"realtime:wedding:"_s + sophia;
    QVERIFY(live.joinOk(topic, auditInserts()));

    const QJsonObject section = planner.get(sectionsPath(evergreen) + u"?weddingId="_s + sophia)
                                    .object()[u"items"_s][0]
                                    .toObject();
    const QString requestId = newRequestId();
    const HttpTestReply patched
        = admin.send("PATCH", u"/api/v1/sections/"_s + section[u"id"_s].toString(),
                     jsonBytes(QJsonObject {
                         {u"customization"_s, QJsonObject {{u"title"_s, u"Run sheet v2"_s}}}}),
                     tagged(requestId, section[u"version"_s].toInteger()));
    QVERIFY2(patched.status == 200, patched.describe().constData());
    // An organization-wide change belongs to no wedding.
    const QJsonObject budget = m_demo->section(evergreen, u"budget"_s);
    QCOMPARE(admin
                 .send("PATCH", u"/api/v1/sections/"_s + budget[u"id"_s].toString(),
                       jsonBytes(QJsonObject {
                           {u"customization"_s, QJsonObject {{u"title"_s, u"Budget v2"_s}}}}),
                       tagged(newRequestId(), budget[u"version"_s].toInteger()))
                 .status,
             200);

    const QJsonArray rows = rowsOfRequest(requestId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"weddingId"_s].toString(), sophia);
    const HttpTestReply timeline = admin.get(u"/api/v1/audit?weddingId="_s + sophia);
    QVERIFY2(timeline.status == 200, timeline.describe().constData());
    QCOMPARE(timeline.object()[u"total"_s].toInt(), 1);
    QCOMPARE(itemsOf(timeline).at(0)[u"id"_s], rows.at(0)[u"id"_s]);
    QCOMPARE(admin.get(u"/api/v1/audit?weddingId="_s + amelia).object()[u"total"_s].toInt(), 0);
    // Coordinators read a wedding's timeline, not the whole trail; other tenants nothing.
    QCOMPARE(planner.get(u"/api/v1/audit?weddingId="_s + sophia).object()[u"total"_s].toInt(), 1);
    QCOMPARE(planner.get(u"/api/v1/audit"_s).status, 403);
    QCOMPARE(m_demo->as(LakesideAdmin).get(u"/api/v1/audit?weddingId="_s + sophia).status, 404);
    QCOMPARE(admin
                 .get(u"/api/v1/audit?weddingId="_s + sophia + u"&organizationId="_s
                      + DemoData::lakesideId())
                 .status,
             404);
    QCOMPARE(admin.get(u"/api/v1/audit?weddingId=nope"_s).errorCode(), u"invalid_query"_s);
    // The export takes the same filter.
    const HttpTestReply json = admin.get(u"/api/v1/audit/export?format=json&weddingId="_s + sophia);
    QCOMPARE(json.object()[u"count"_s].toInt(), 1);
    bool wellFormed = false;
    const QList<QStringList> csv
        = parseCsv(QString::fromUtf8(admin.get(u"/api/v1/audit/export?weddingId="_s + sophia).body),
                   &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(csv.size(), 2);
    QCOMPARE(csv.at(1).last(), sophia);
    // And live, on the wedding's topic.
    const auto change = live.takeEvent(topic, u"postgres_changes"_s);
    QVERIFY2(change, "the audit row reaches wedding:<id>");
    const QJsonObject data = change->payload.toObject()[u"data"_s].toObject();
    QCOMPARE(data[u"table"_s].toString(), u"audit_log"_s);
    QCOMPARE(data[u"record"_s][u"wedding_id"_s].toString(), sophia);
}

void TestAuditApi::weddingTimelineTellsSuppliersAndConflicts()
{
    const QString evergreen = DemoData::evergreenId();
    const QString sophia = m_demo->weddingId(evergreen, u"Sophia & James"_s);
    const QString amelia = m_demo->weddingId(evergreen, u"Amelia & Liam"_s);
    HttpTestClient &admin = m_demo->as(Admin);
    HttpTestClient &planner = m_demo->as(Planner);
    TestClient live;
    QVERIFY(live.open(m_demo->socketUrl(Planner)));
    const QString topic = u"realtime:wedding:"_s + sophia;
    QVERIFY(live.joinOk(topic, auditInserts()));
    const auto timeline = [&](HttpTestClient &client, const QString &wedding) {
        QHash<QString, QJsonObject> byEntity;
        const HttpTestReply page = client.get(u"/api/v1/audit?limit=500&weddingId="_s + wedding);
        for (const QJsonValue &row : itemsOf(page))
            byEntity.insert(row[u"entityId"_s].toString(), row.toObject());
        return byEntity;
    };

    // The demo's photographer (Remy) shoots Sophia & James's wedding; the florist (Flora) does
    // not work on it. Both get a compliance step.
    const QString remy = m_demo->userId(u"photo@evergreen.demo"_s);
    const QString flora = m_demo->userId(u"florist@evergreen.demo"_s);
    const QString suppliers = u"/api/v1/organizations/"_s + evergreen + u"/suppliers/"_s;
    // The florist's step first, so that the live check below would see it arrive.
    const HttpTestReply deactivated
        = admin.send("POST", suppliers + flora + u"/deactivate"_s,
                     jsonBytes(QJsonObject {{u"reason"_s, u"Retired."_s}}),
                     ifMatch(admin.get(suppliers + flora).object()[u"version"_s].toInteger()));
    QVERIFY2(deactivated.status == 200, deactivated.describe().constData());
    QVERIFY2(
        !itemsOf(admin.get(u"/api/v1/audit?entityType=supplier_compliance&entityId="_s + flora))
             .isEmpty(),
        "the florist's step is audited");

    QJsonObject insurance;
    for (const QJsonValue &item :
         planner.get(suppliers + remy + u"/requirements"_s).object()[u"items"_s].toArray()) {
        if (item[u"title"_s].toString().startsWith(u"Public liability"_s))
            insurance = item.toObject();
    }
    QCOMPARE(insurance[u"status"_s].toString(), u"submitted"_s);
    const HttpTestReply approved = planner.send(
        "PATCH", suppliers + remy + u"/requirements/"_s + insurance[u"requirementId"_s].toString(),
        jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}}),
        ifMatch(insurance[u"version"_s].toInteger()));
    QVERIFY2(approved.status == 200, approved.describe().constData());
    auto sophiaRows = timeline(admin, sophia);
    QVERIFY2(sophiaRows.contains(insurance[u"id"_s].toString()),
             "the approval of a supplier with access is in the wedding's timeline");
    const QJsonObject approval = sophiaRows.value(insurance[u"id"_s].toString());
    QCOMPARE(approval[u"entityType"_s].toString(), u"compliance_record"_s);
    QCOMPARE(approval[u"after"_s][u"status"_s].toString(), u"approved"_s);
    QCOMPARE(approval[u"actorId"_s].toString(), m_demo->userId(Planner));
    QVERIFY2(!sophiaRows.contains(flora), "a supplier without access stays out");
    QVERIFY2(!timeline(admin, amelia).contains(insurance[u"id"_s].toString()),
             "another wedding's timeline does not show it");
    // The coordinator reads the same; another tenant's admin gets nothing.
    QVERIFY(timeline(planner, sophia).contains(insurance[u"id"_s].toString()));
    QCOMPARE(m_demo->as(LakesideAdmin).get(u"/api/v1/audit?weddingId="_s + sophia).status, 404);
    // The total counts it, and the export carries it.
    const HttpTestReply exported
        = admin.get(u"/api/v1/audit/export?format=json&weddingId="_s + sophia);
    QCOMPARE(exported.object()[u"count"_s].toInt(), int(sophiaRows.size()));
    QCOMPARE(admin.get(u"/api/v1/audit?limit=1&weddingId="_s + sophia).object()[u"total"_s].toInt(),
             int(sophiaRows.size()));
    // Live on the wedding's topic, though the row names no wedding of its own.
    bool delivered = false;
    while (!delivered) {
        const auto change = live.takeEvent(topic, u"postgres_changes"_s);
        if (!change)
            break;
        const QJsonObject record = change->payload.toObject()[u"data"_s][u"record"_s].toObject();
        QVERIFY2(record[u"entity_id"_s].toString() != flora, "the florist's step stays off");
        if (record[u"entity_id"_s].toString() == insurance[u"id"_s].toString())
            delivered = true;
    }
    QVERIFY2(delivered, "the supplier's approval reaches wedding:<id>");

    // A conflict on one of the wedding's sections, and its resolution, join the timeline too.
    const QJsonObject section = planner.get(sectionsPath(evergreen) + u"?weddingId="_s + sophia)
                                    .object()[u"items"_s][0]
                                    .toObject();
    const QString path = u"/api/v1/sections/"_s + section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const auto keyed = [](qint64 ifMatch) {
        QList<QPair<QByteArray, QByteArray>> headers = tagged(newRequestId(), ifMatch);
        headers.append({"Idempotency-Key", newRequestId().toLatin1()});
        return headers;
    };
    const auto titled = [](const QString &title) {
        return jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, title}}}});
    };
    QCOMPARE(admin.send("PATCH", path, titled(u"Run sheet (admin)"_s), keyed(version)).status, 200);
    QCOMPARE(planner.send("PATCH", path, titled(u"Run sheet (offline)"_s), keyed(version)).status,
             412);
    QString conflictId;
    for (const QJsonValue &item : m_demo->as(Support)
                                      .get(u"/api/v1/sync/conflicts?organizationId="_s + evergreen)
                                      .object()[u"items"_s]
                                      .toArray()) {
        if (item[u"entityId"_s].toString() == section[u"id"_s].toString())
            conflictId = item[u"id"_s].toString();
    }
    QVERIFY2(!conflictId.isEmpty(), "the stale replay recorded a conflict");
    const HttpTestReply resolved
        = admin.send("POST", u"/api/v1/sync/conflicts/"_s + conflictId + u"/resolve"_s,
                     jsonBytes(QJsonObject {{u"resolution"_s, u"theirs"_s}}),
                     {{"Content-Type", "application/json"}});
    QVERIFY2(resolved.status == 200, resolved.describe().constData());
    sophiaRows = timeline(admin, sophia);
    QVERIFY2(sophiaRows.contains(conflictId), "the conflict's resolution is in the timeline");
    QCOMPARE(sophiaRows.value(conflictId)[u"weddingId"_s].toString(), sophia);
    QCOMPARE(sophiaRows.value(conflictId)[u"action"_s].toString(), u"conflict_resolve"_s);
    QVERIFY(!timeline(admin, amelia).contains(conflictId));

    // Paged two at a time by cursor, or by offset, it is the same story in the same order.
    QStringList whole;
    for (const QJsonValue &row :
         itemsOf(admin.get(u"/api/v1/audit?limit=500&weddingId="_s + sophia)))
        whole << row[u"id"_s].toString();
    QVERIFY(whole.size() >= 3); // the approval, the admin's change, the resolution
    QStringList paged;
    QString cursor;
    do {
        const HttpTestReply page
            = admin.get(u"/api/v1/audit?limit=2&weddingId="_s + sophia
                        + (cursor.isEmpty() ? QString()
                                            : u"&cursor="_s
                                   + QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
        QVERIFY2(page.status == 200, page.describe().constData());
        for (const QJsonValue &row : itemsOf(page))
            paged << row[u"id"_s].toString();
        cursor = page.object()[u"nextCursor"_s].toString();
    } while (!cursor.isEmpty() && paged.size() <= whole.size());
    QCOMPARE(paged, whole);
    QStringList offset;
    for (const QJsonValue &row :
         itemsOf(admin.get(u"/api/v1/audit?limit=2&offset=1&weddingId="_s + sophia)))
        offset << row[u"id"_s].toString();
    QCOMPARE(offset, whole.mid(1, 2));
}

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_auditapi.moc"
