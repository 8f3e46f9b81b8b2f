// The conflict center's server side on both backends: the demo's queue with base, both sides
// and the fields in conflict; a merged resolution applied to the section in one transaction
// with its audit rows, a version bump and live row changes; 412 when the section moved on;
// bulk resolution all or nothing; who may resolve; dismissal; resync audited.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

const QString Platform = u"platform@wedsync.demo"_s;
const QString Support = u"support@wedsync.demo"_s;
const QString Planner = u"planner@evergreen.demo"_s;
const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString LakesideAdmin = u"admin@lakeside.demo"_s;
const QString Vendor = u"vendor@evergreen.demo"_s;

QByteArray compact(const QJsonObject &object)
{
    return jsonBytes(object);
}

QList<QPair<QByteArray, QByteArray>> jsonHeaders()
{
    return {{"Content-Type", "application/json"}};
}

bool isRowChange(const RealtimeMessage &m, const QString &table)
{
    return m.event == "postgres_changes"_L1
        && m.payload.toObject().value(u"data"_s)[u"table"_s].toString() == table;
}

QJsonObject bindings(const QStringList &tables)
{
    QJsonArray out;
    for (const QString &table : tables)
        out.append(
            QJsonObject {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, table}});
    return {{u"postgres_changes"_s, out}};
}

} // namespace

class TestConflictCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void demoQueueHasBaseSidesAndFields();
    void listFiltersSearchAndPages();
    void mergedResolutionAppliesAuditsAndPublishes();
    void resolutionAgainstAMovedSectionIs412();
    void bulkResolutionIsAllOrNothing();
    void whoMayResolve();
    void dismissLeavesTheSectionAlone();
    void invalidMergedDocumentIs422();
    void resyncIsAudited();

private:
    HttpTestClient &as(const QString &email) { return m_demo->as(email); }
    // The open demo conflict on the organization's section titled... by its section type.
    QJsonObject conflictOn(const QString &organizationId, const QString &sectionType);
    QJsonObject section(const QString &id);
    HttpTestReply resolve(const QString &email, const QString &id, const QJsonObject &body);
    HttpTestReply patchTitle(const QString &sectionId, const QString &title);

    std::unique_ptr<DemoSession> m_demo;
    const QString m_evergreen = DemoData::evergreenId();
    const QString m_lakeside = DemoData::lakesideId();
};

void TestConflictCenter::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

void TestConflictCenter::cleanup()
{
    m_demo.reset();
}

QJsonObject TestConflictCenter::conflictOn(const QString &organizationId,
                                           const QString &sectionType)
{
    const HttpTestReply list
        = as(Support).get(u"/api/v1/sync/conflicts?limit=500&organizationId="_s + organizationId);
    for (const QJsonValue &item : list.object()[u"items"_s].toArray()) {
        if (item[u"theirs"_s][u"sectionType"_s].toString() == sectionType)
            return item.toObject();
    }
    return {};
}

QJsonObject TestConflictCenter::section(const QString &id)
{
    return as(Platform).get(u"/api/v1/sections/"_s + id).object();
}

HttpTestReply TestConflictCenter::resolve(const QString &email, const QString &id,
                                          const QJsonObject &body)
{
    return as(email).send("POST", u"/api/v1/sync/conflicts/"_s + id + u"/resolve"_s, compact(body),
                          jsonHeaders());
}

HttpTestReply TestConflictCenter::patchTitle(const QString &sectionId, const QString &title)
{
    const QJsonObject current = section(sectionId);
    return as(Platform).send(
        "PATCH", u"/api/v1/sections/"_s + sectionId,
        compact({{u"customization"_s, QJsonObject {{u"title"_s, title}}}}),
        {{"If-Match", '"' + QByteArray::number(current[u"version"_s].toInteger()) + '"'},
         {"Content-Type", "application/json"}});
}

void TestConflictCenter::demoQueueHasBaseSidesAndFields()
{
    const HttpTestReply all = as(Support).get(u"/api/v1/sync/conflicts"_s);
    QVERIFY2(all.status == 200, all.describe().constData());
    QCOMPARE(all.object()[u"total"_s].toInt(), 4);
    QSet<QString> sources, organizations;
    for (const QJsonValue &item : all.object()[u"items"_s].toArray()) {
        sources.insert(item[u"source"_s].toString());
        organizations.insert(item[u"organizationId"_s].toString());
        QVERIFY(item[u"baseKnown"_s].toBool());
        QVERIFY(item[u"base"_s].isObject());
        QVERIFY(item[u"ageSeconds"_s].toInteger() > 0);
        QVERIFY(!item[u"mineBy"_s].toString().isEmpty());
        QVERIFY(!item[u"theirsAt"_s].toString().isEmpty());
        QCOMPARE(item[u"entity"_s][u"type"_s].toString(), u"section_configuration"_s);
    }
    QCOMPARE(sources, (QSet<QString> {u"offline_edit"_s, u"concurrent_save"_s}));
    QCOMPARE(organizations, (QSet<QString> {m_evergreen, m_lakeside}));

    // The budget: a true conflict on the subtitle, the title mine alone, the colour theirs.
    const QJsonObject budget = conflictOn(m_evergreen, u"budget"_s);
    QCOMPARE(budget[u"conflictFields"_s].toArray(), QJsonArray {u"customization.subtitle"_s});
    QCOMPARE(budget[u"changedFields"_s][u"mine"_s].toInt(), 1);
    QCOMPARE(budget[u"changedFields"_s][u"theirs"_s].toInt(), 1);
    // The photo wall: one change on each side, nothing to choose.
    QVERIFY(conflictOn(m_lakeside, u"photos"_s)[u"conflictFields"_s].toArray().isEmpty());

    const HttpTestReply detail
        = as(EvergreenAdmin).get(u"/api/v1/sync/conflicts/"_s + budget[u"id"_s].toString());
    QVERIFY2(detail.status == 200, detail.describe().constData());
    QHash<QString, QString> kinds;
    for (const QJsonValue &field : detail.object()[u"fields"_s].toArray())
        kinds.insert(field[u"path"_s].toString(), field[u"kind"_s].toString());
    QCOMPARE(kinds.value(u"customization.subtitle"_s), u"conflict"_s);
    QCOMPARE(kinds.value(u"customization.title"_s), u"mine"_s);
    QCOMPARE(kinds.value(u"customization.color"_s), u"theirs"_s);
    QCOMPARE(kinds.value(u"layout.columns"_s), u"unchanged"_s);
    QCOMPARE(detail.object()[u"current"_s][u"id"_s].toString(), budget[u"entityId"_s].toString());

    // An organization's admins see theirs only; coordinators read no list.
    QCOMPARE(as(LakesideAdmin).get(u"/api/v1/sync/conflicts"_s).object()[u"total"_s].toInt(), 2);
    QCOMPARE(as(Planner).get(u"/api/v1/sync/conflicts"_s).status, 403);
    QCOMPARE(
        as(LakesideAdmin).get(u"/api/v1/sync/conflicts/"_s + budget[u"id"_s].toString()).status,
        404);
}

void TestConflictCenter::listFiltersSearchAndPages()
{
    const auto total = [&](const QString &query) {
        const HttpTestReply reply = as(Support).get(u"/api/v1/sync/conflicts?"_s + query);
        if (reply.status != 200)
            qWarning("%s", reply.describe().constData());
        return reply.object()[u"total"_s].toInt(-1);
    };
    QCOMPARE(total(u"source=concurrent_save"_s), 2);
    QCOMPARE(total(u"source=crm_sync"_s), 0);
    QCOMPARE(total(u"organizationId="_s + m_lakeside), 2);
    QCOMPARE(total(u"q=budget"_s), 1);
    QCOMPARE(total(u"q=%25"_s), 0); // a literal %
    QCOMPARE(total(u"status=resolved"_s), 0);
    QCOMPARE(total(u"status=all"_s), 4);
    QCOMPARE(as(Support).get(u"/api/v1/sync/conflicts?status=maybe"_s).status, 400);

    const HttpTestReply first = as(Support).get(u"/api/v1/sync/conflicts?limit=3"_s);
    const QString cursor = first.object()[u"nextCursor"_s].toString();
    QVERIFY(!cursor.isEmpty());
    const HttpTestReply second
        = as(Support).get(u"/api/v1/sync/conflicts?limit=3&cursor="_s + cursor);
    QCOMPARE(second.object()[u"items"_s].toArray().size(), 1);
    QVERIFY(second.object()[u"nextCursor"_s].isNull());
}

void TestConflictCenter::mergedResolutionAppliesAuditsAndPublishes()
{
    const QJsonObject budget = conflictOn(m_evergreen, u"budget"_s);
    const QString id = budget[u"id"_s].toString();
    const QString sectionId = budget[u"entityId"_s].toString();
    const QJsonObject before = section(sectionId);
    const qint64 version = before[u"version"_s].toInteger();

    TestClient watcher;
    QVERIFY(watcher.open(m_demo->socketUrl(EvergreenAdmin)));
    QVERIFY(watcher.joinOk(u"realtime:tenant:"_s + m_evergreen + u":admins"_s,
                           bindings({u"sync_conflicts"_s, u"audit_log"_s})));
    QVERIFY(
        watcher.joinOk(u"realtime:org:"_s + m_evergreen, bindings({u"section_configurations"_s})));

    // The resolver keeps the merge (title mine, colour theirs) and writes the subtitle.
    QJsonObject document = budget[u"theirs"_s].toObject();
    QJsonObject customization = document[u"customization"_s].toObject();
    customization[u"title"_s] = budget[u"mine"_s][u"customization"_s][u"title"_s];
    customization[u"subtitle"_s] = u"Deposits, balances and tips"_s;
    document[u"customization"_s] = customization;
    const HttpTestReply resolved = resolve(
        Support, id,
        {{u"resolution"_s, u"merged"_s}, {u"document"_s, document}, {u"entityVersion"_s, version}});
    QVERIFY2(resolved.status == 200, resolved.describe().constData());
    QCOMPARE(resolved.object()[u"status"_s].toString(), u"resolved"_s);
    QCOMPARE(resolved.object()[u"resolution"_s].toString(), u"merged"_s);
    QCOMPARE(resolved.object()[u"resultVersion"_s].toInteger(), version + 1);

    const QJsonObject after = section(sectionId);
    QCOMPARE(after[u"version"_s].toInteger(), version + 1);
    QCOMPARE(after[u"customization"_s][u"title"_s].toString(), u"Budget & payments"_s);
    QCOMPARE(after[u"customization"_s][u"subtitle"_s].toString(), u"Deposits, balances and tips"_s);
    QCOMPARE(after[u"customization"_s][u"color"_s], before[u"customization"_s][u"color"_s]);

    // One audit row for the section, one for the conflict, in the same request.
    const QJsonArray sectionRows
        = as(Platform)
              .get(u"/api/v1/audit?entityType=section_configuration&action=conflict_resolve"
                   "&entityId="_s
                   + sectionId)
              .object()[u"items"_s]
              .toArray();
    QCOMPARE(sectionRows.size(), 1);
    QCOMPARE(sectionRows.at(0)[u"after"_s][u"version"_s].toInteger(), version + 1);
    const QJsonArray conflictRows
        = as(Platform)
              .get(u"/api/v1/audit?entityType=sync_conflict&entityId="_s + id)
              .object()[u"items"_s]
              .toArray();
    QCOMPARE(conflictRows.size(), 1);
    QCOMPARE(conflictRows.at(0)[u"action"_s].toString(), u"conflict_resolve"_s);
    QCOMPARE(conflictRows.at(0)[u"before"_s][u"status"_s].toString(), u"open"_s);
    QCOMPARE(conflictRows.at(0)[u"after"_s][u"resolution"_s].toString(), u"merged"_s);
    QCOMPARE(conflictRows.at(0)[u"requestId"_s], sectionRows.at(0)[u"requestId"_s]);

    const auto conflictRow = watcher.take(
        [](const RealtimeMessage &m) { return isRowChange(m, u"sync_conflicts"_s); });
    QVERIFY2(conflictRow, "the closed conflict reaches the tenant's admins live");
    QCOMPARE(conflictRow->payload.toObject()[u"data"_s][u"record"_s][u"status"_s].toString(),
             u"resolved"_s);
    QVERIFY2(watcher.take([](const RealtimeMessage &m) {
        return isRowChange(m, u"section_configurations"_s);
    }),
             "the section's change reaches the organization live");

    // Closed: out of the open list; a second resolution is refused.
    QVERIFY(conflictOn(m_evergreen, u"budget"_s).isEmpty());
    QCOMPARE(resolve(Support, id, {{u"resolution"_s, u"theirs"_s}}).status, 409);
}

void TestConflictCenter::resolutionAgainstAMovedSectionIs412()
{
    const QJsonObject guests = conflictOn(m_evergreen, u"guest_list"_s);
    const QString sectionId = guests[u"entityId"_s].toString();
    const qint64 seen = section(sectionId)[u"version"_s].toInteger();
    QCOMPARE(patchTitle(sectionId, u"Guests (edited meanwhile)"_s).status, 200);

    const HttpTestReply stale = resolve(EvergreenAdmin, guests[u"id"_s].toString(),
                                        {{u"resolution"_s, u"mine"_s}, {u"entityVersion"_s, seen}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object()[u"error"_s][u"code"_s].toString(), u"version_conflict"_s);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInteger(),
             seen + 1);
    QCOMPARE(section(sectionId)[u"version"_s].toInteger(), seen + 1);
    QCOMPARE(conflictOn(m_evergreen, u"guest_list"_s)[u"status"_s].toString(), u"open"_s);

    // Looked at again: the merge against the current section goes through.
    const HttpTestReply again
        = as(EvergreenAdmin)
              .send("POST",
                    u"/api/v1/sync/conflicts/"_s + guests[u"id"_s].toString() + u"/resolve"_s,
                    compact({{u"resolution"_s, u"mine"_s}}),
                    {{"If-Match", '"' + QByteArray::number(seen + 1) + '"'},
                     {"Content-Type", "application/json"}});
    QVERIFY2(again.status == 200, again.describe().constData());
    const QJsonObject after = section(sectionId);
    QCOMPARE(after[u"layout"_s][u"columns"_s].toInt(), 8); // mine won the conflict
    QCOMPARE(after[u"customization"_s][u"title"_s].toString(), u"Guests (edited meanwhile)"_s);
    // Without a version, mine is refused (428).
    const QJsonObject photos = conflictOn(m_lakeside, u"photos"_s);
    QCOMPARE(resolve(Support, photos[u"id"_s].toString(), {{u"resolution"_s, u"mine"_s}}).status,
             428);
}

void TestConflictCenter::bulkResolutionIsAllOrNothing()
{
    const QJsonObject photos = conflictOn(m_lakeside, u"photos"_s);
    const QJsonObject documents = conflictOn(m_lakeside, u"documents"_s);
    const QJsonObject guests = conflictOn(m_evergreen, u"guest_list"_s);
    const QString photosSection = photos[u"entityId"_s].toString();
    const QJsonObject photosBefore = section(photosSection);
    // The guest list moves on: its conflict can no longer be resolved blindly.
    QCOMPARE(patchTitle(guests[u"entityId"_s].toString(), u"Moved on"_s).status, 200);

    const QJsonArray ids {photos[u"id"_s], documents[u"id"_s], guests[u"id"_s]};
    const HttpTestReply refused
        = as(Support).send("POST", u"/api/v1/sync/conflicts/resolve"_s,
                           compact({{u"ids"_s, ids}, {u"resolution"_s, u"mine"_s}}), jsonHeaders());
    QCOMPARE(refused.status, 412);
    const QJsonArray failed = refused.object()[u"error"_s][u"details"_s][u"failed"_s].toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0)[u"id"_s], guests[u"id"_s]);
    QCOMPARE(failed.at(0)[u"code"_s].toString(), u"version_conflict"_s);
    // Nothing applied: the photo wall kept its title and version, all three are open.
    QCOMPARE(section(photosSection), photosBefore);
    QCOMPARE(as(Support).get(u"/api/v1/sync/conflicts"_s).object()[u"total"_s].toInt(), 4);
    QVERIFY(as(Platform)
                .get(u"/api/v1/audit?action=conflict_resolve"_s)
                .object()[u"items"_s]
                .toArray()
                .isEmpty());

    const HttpTestReply done
        = as(Support).send("POST", u"/api/v1/sync/conflicts/resolve"_s,
                           compact({{u"ids"_s, QJsonArray {photos[u"id"_s], documents[u"id"_s]}},
                                    {u"resolution"_s, u"mine"_s}}),
                           jsonHeaders());
    QVERIFY2(done.status == 200, done.describe().constData());
    QCOMPARE(done.object()[u"count"_s].toInt(), 2);
    QCOMPARE(section(photosSection)[u"customization"_s][u"title"_s].toString(), u"Photo wall"_s);
    // Theirs' colour stays: mine wins conflicts only, and there were none.
    QCOMPARE(section(photosSection)[u"customization"_s][u"color"_s],
             photosBefore[u"customization"_s][u"color"_s]);
    // One audit row per conflict and one per changed section.
    QCOMPARE(as(Platform)
                 .get(u"/api/v1/audit?entityType=sync_conflict&action=conflict_resolve"_s)
                 .object()[u"total"_s]
                 .toInt(),
             2);
    QCOMPARE(as(Platform)
                 .get(u"/api/v1/audit?entityType=section_configuration&action=conflict_resolve"_s)
                 .object()[u"total"_s]
                 .toInt(),
             2);

    // Too many, repeated or malformed ids are refused before anything runs.
    QJsonArray many;
    for (int i = 0; i < 1001; ++i)
        many.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(as(Support)
                 .send("POST", u"/api/v1/sync/conflicts/resolve"_s,
                       compact({{u"ids"_s, many}, {u"resolution"_s, u"theirs"_s}}), jsonHeaders())
                 .status,
             400);
    QCOMPARE(as(Support)
                 .send("POST", u"/api/v1/sync/conflicts/resolve"_s,
                       compact({{u"ids"_s, QJsonArray {guests[u"id"_s], guests[u"id"_s]}},
                                {u"resolution"_s, u"theirs"_s}}),
                       jsonHeaders())
                 .status,
             400);
}

void TestConflictCenter::whoMayResolve()
{
    const QJsonObject guests = conflictOn(m_evergreen, u"guest_list"_s);
    const QString id = guests[u"id"_s].toString();
    const QJsonObject theirs {{u"resolution"_s, u"theirs"_s}};
    QCOMPARE(resolve(LakesideAdmin, id, theirs).status, 404); // another tenant's
    QCOMPARE(resolve(Vendor, id, theirs).status, 403); // no console access
    // The planner edits the guest list, so may resolve its conflict and open it.
    QCOMPARE(as(Planner).get(u"/api/v1/sync/conflicts/"_s + id).status, 200);
    const HttpTestReply planner = resolve(Planner, id, theirs);
    QVERIFY2(planner.status == 200, planner.describe().constData());
    QCOMPARE(planner.object()[u"resolution"_s].toString(), u"theirs"_s);

    // Support resolve, but change no grants: the documents' roles stay as theirs.
    const QJsonObject documents = conflictOn(m_lakeside, u"documents"_s);
    QJsonObject document = documents[u"theirs"_s].toObject();
    QJsonObject visibility = document[u"visibility"_s].toObject();
    visibility[u"roles"_s] = QJsonArray {u"admin"_s};
    document[u"visibility"_s] = visibility;
    const qint64 version = documents[u"theirs"_s][u"version"_s].toInteger();
    const HttpTestReply grants = resolve(
        Support, documents[u"id"_s].toString(),
        {{u"resolution"_s, u"merged"_s}, {u"document"_s, document}, {u"entityVersion"_s, version}});
    QCOMPARE(grants.status, 403);
    const HttpTestReply admin = resolve(
        LakesideAdmin, documents[u"id"_s].toString(),
        {{u"resolution"_s, u"merged"_s}, {u"document"_s, document}, {u"entityVersion"_s, version}});
    QVERIFY2(admin.status == 200, admin.describe().constData());
    QCOMPARE(section(documents[u"entityId"_s].toString())[u"visibility"_s][u"roles"_s],
             QJsonValue(QJsonArray {u"admin"_s}));
    QCOMPARE(
        resolve(Platform, conflictOn(m_lakeside, u"photos"_s)[u"id"_s].toString(), theirs).status,
        200);
}

void TestConflictCenter::dismissLeavesTheSectionAlone()
{
    const QJsonObject photos = conflictOn(m_lakeside, u"photos"_s);
    const QString id = photos[u"id"_s].toString();
    const QJsonObject before = section(photos[u"entityId"_s].toString());
    const HttpTestReply dismissed
        = as(LakesideAdmin).send("POST", u"/api/v1/sync/conflicts/"_s + id + u"/dismiss"_s);
    QVERIFY2(dismissed.status == 200, dismissed.describe().constData());
    QCOMPARE(dismissed.object()[u"status"_s].toString(), u"dismissed"_s);
    QVERIFY(dismissed.object()[u"resolution"_s].isNull());
    QCOMPARE(section(photos[u"entityId"_s].toString()), before);
    QCOMPARE(as(Platform)
                 .get(u"/api/v1/audit?action=conflict_dismiss&entityId="_s + id)
                 .object()[u"total"_s]
                 .toInt(),
             1);
    QCOMPARE(
        as(Support).get(u"/api/v1/sync/conflicts?status=dismissed"_s).object()[u"total"_s].toInt(),
        1);
}

void TestConflictCenter::invalidMergedDocumentIs422()
{
    const QJsonObject budget = conflictOn(m_evergreen, u"budget"_s);
    QJsonObject document = budget[u"theirs"_s].toObject();
    QJsonObject layout = document[u"layout"_s].toObject();
    layout[u"columns"_s] = 40;
    document[u"layout"_s] = layout;
    const HttpTestReply invalid
        = resolve(EvergreenAdmin, budget[u"id"_s].toString(),
                  {{u"resolution"_s, u"merged"_s},
                   {u"document"_s, document},
                   {u"entityVersion"_s, budget[u"theirs"_s][u"version"_s]}});
    QCOMPARE(invalid.status, 422);
    const QJsonArray fields = invalid.object()[u"error"_s][u"details"_s][u"fields"_s].toArray();
    QVERIFY(!fields.isEmpty());
    QCOMPARE(fields.at(0)[u"field"_s].toString(), u"document.layout.columns"_s);
    QCOMPARE(conflictOn(m_evergreen, u"budget"_s)[u"status"_s].toString(), u"open"_s);
    QCOMPARE(
        resolve(EvergreenAdmin, budget[u"id"_s].toString(), {{u"resolution"_s, u"later"_s}}).status,
        400);
}

void TestConflictCenter::resyncIsAudited()
{
    const HttpTestReply started
        = as(Support).send("POST", u"/api/v1/sync/tenants/"_s + m_lakeside + u"/resync"_s);
    QVERIFY2(started.status == 202, started.describe().constData());
    const QJsonArray rows = as(Platform)
                                .get(u"/api/v1/audit?action=resync&organizationId="_s + m_lakeside)
                                .object()[u"items"_s]
                                .toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"after"_s][u"eventId"_s], started.object()[u"id"_s]);
}

QTEST_GUILESS_MAIN(TestConflictCenter)
#include "tst_conflictcenter.moc"
