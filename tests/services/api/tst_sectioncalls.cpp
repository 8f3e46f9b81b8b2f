// ApiClient's section calls against the real wedsync-server (both backends): one dashboard's
// list, create, replace, delete and reorder, each conditional write with If-Match, and a stale
// one answered 412 with the section as it is; the layout versions those writes record, read
// page by page, as a snapshot, and restored; the permission matrix read into core's
// PermissionMatrix and written with core's update codec, versioned like the sections.
#include "PermissionMatrixJson.h"
#include "SessionTestSupport.h"
#include "TestDatabase.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using wedsync::ApiClient;
using wedsync::ApiReply;
using wedsync::MatrixRow;
using wedsync::matrixUpdateToJson;
using wedsync::permissionMatrixFromJson;
using wedsync::Role;
using wedsync::SectionMoveRequest;
using wedsync::server::DemoData;
using wedsync::test::DemoServer;
using wedsync::test::finishes;
using wedsync::test::succeeded;
using wedsync::test::TestDatabase;
using namespace wedsync::test::accounts;

namespace {

using Reply = std::unique_ptr<ApiReply>;

QJsonObject notesSection()
{
    return {{u"sectionType"_s, u"notes"_s},
            {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s}}}},
            {u"layout"_s, QJsonObject {{u"size"_s, u"small"_s}, {u"columns"_s, 4}}},
            {u"customization"_s, QJsonObject {{u"title"_s, u"Planner notes"_s}}}};
}

QJsonArray items(ApiReply *reply)
{
    return reply->object()[u"items"_s].toArray();
}

} // namespace

class TestSectionCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void oneDashboard();
    void createReplaceDelete();
    void reorderIsAtomic();
    void layoutVersions();
    void permissionMatrix();

private:
    QJsonArray organizationSections();

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    const QString m_org = DemoData::evergreenId();
};

void TestSectionCalls::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_server = std::make_unique<DemoServer>();
    QVERIFY(m_server->start(backend));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    m_api->setBaseUrl(m_server->url());
    Reply login(m_api->login(Admin, DemoData::password()));
    QVERIFY(succeeded(login.get()));
    m_api->setAccessToken(login->object()[u"accessToken"_s].toString());
}

void TestSectionCalls::cleanup()
{
    m_api.reset();
    m_nam.reset();
    m_server.reset();
}

QJsonArray TestSectionCalls::organizationSections()
{
    Reply list(m_api->sectionsInScope(m_org, {}));
    return succeeded(list.get()) ? items(list.get()) : QJsonArray();
}

void TestSectionCalls::oneDashboard()
{
    const QJsonArray mine = organizationSections();
    QVERIFY(!mine.isEmpty());
    for (const QJsonValue &s : mine)
        QVERIFY2(s[u"weddingId"_s].toString().isEmpty(), "an organization-wide list");

    Reply weddings(m_api->weddings(m_org));
    QVERIFY(succeeded(weddings.get()));
    const QString wedding = items(weddings.get()).first()[u"id"_s].toString();
    Reply one(m_api->sectionsInScope(m_org, wedding));
    QVERIFY(succeeded(one.get()));
    for (const QJsonValue &s : items(one.get()))
        QCOMPARE(s[u"weddingId"_s].toString(), wedding);

    Reply all(m_api->sections(m_org));
    QVERIFY(succeeded(all.get()));
    QVERIFY(items(all.get()).size() >= mine.size());
}

void TestSectionCalls::createReplaceDelete()
{
    Reply created(m_api->createSection(m_org, notesSection()));
    QVERIFY(succeeded(created.get()));
    QCOMPARE(created->status(), 201);
    const QString id = created->object()[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    const qint64 v1 = created->object()[u"version"_s].toInteger();
    // Without a position it goes last.
    const int position = created->object()[u"layout"_s][u"position"_s].toInt();
    for (const QJsonValue &s : organizationSections()) {
        if (s[u"id"_s].toString() != id)
            QVERIFY(s[u"layout"_s][u"position"_s].toInt() < position);
    }

    // A second one of the same type in one dashboard is refused, and nothing is added.
    const qsizetype before = organizationSections().size();
    Reply twice(m_api->createSection(m_org, notesSection()));
    QVERIFY(finishes(twice.get()));
    QVERIFY(!twice->ok());
    QCOMPARE(organizationSections().size(), before);

    // PUT replaces what it is given; the section keeps its id and type.
    QJsonObject replacement = notesSection();
    replacement.remove(u"sectionType"_s);
    replacement[u"customization"_s] = QJsonObject {{u"title"_s, u"Day-of notes"_s}};
    Reply replaced(m_api->replaceSection(id, replacement, v1));
    QVERIFY(succeeded(replaced.get()));
    QCOMPARE(replaced->object()[u"customization"_s][u"title"_s].toString(), u"Day-of notes"_s);
    QCOMPARE(replaced->object()[u"sectionType"_s].toString(), u"notes"_s);
    const qint64 v2 = replaced->object()[u"version"_s].toInteger();
    QCOMPARE(v2, v1 + 1);

    // Replacing from the old version is stale: 412 with the current section, nothing changed.
    Reply stale(m_api->replaceSection(id, notesSection(), v1));
    QVERIFY(finishes(stale.get()));
    QCOMPARE(stale->status(), 412);
    QCOMPARE(stale->error().details[u"current"_s][u"version"_s].toInteger(), v2);

    // Deleting from a stale version is refused too; from the current one it goes.
    Reply staleDelete(m_api->deleteSection(id, v1));
    QVERIFY(finishes(staleDelete.get()));
    QCOMPARE(staleDelete->status(), 412);
    QCOMPARE(organizationSections().size(), before);
    Reply deleted(m_api->deleteSection(id, v2));
    QVERIFY(succeeded(deleted.get()));
    QCOMPARE(deleted->status(), 204);
    QCOMPARE(organizationSections().size(), before - 1);
}

void TestSectionCalls::reorderIsAtomic()
{
    const QJsonArray sections = organizationSections();
    QVERIFY(sections.size() >= 2);
    const QJsonObject first = sections.at(0).toObject();
    const QJsonObject second = sections.at(1).toObject();
    const int p1 = first[u"layout"_s][u"position"_s].toInt();
    const int p2 = second[u"layout"_s][u"position"_s].toInt();
    SectionMoveRequest a {first[u"id"_s].toString(), p2, 6, first[u"version"_s].toInteger()};
    SectionMoveRequest b {second[u"id"_s].toString(), p1, std::nullopt,
                          second[u"version"_s].toInteger()};

    // One stale move refuses them all.
    SectionMoveRequest staleB = b;
    staleB.version += 7;
    Reply refused(m_api->reorderSections(m_org, {a, staleB}));
    QVERIFY(finishes(refused.get()));
    QCOMPARE(refused->status(), 412);
    QCOMPARE(organizationSections(), sections);

    // Both in one call: swapped, the first one narrower.
    Reply swapped(m_api->reorderSections(m_org, {a, b}));
    QVERIFY(succeeded(swapped.get()));
    const QJsonArray now = organizationSections();
    QCOMPARE(now.at(0)[u"id"_s].toString(), b.id);
    QCOMPARE(now.at(1)[u"id"_s].toString(), a.id);
    QCOMPARE(now.at(1)[u"layout"_s][u"columns"_s].toInt(), 6);
    QCOMPARE(now.at(1)[u"version"_s].toInteger(), a.version + 1);
}

void TestSectionCalls::layoutVersions()
{
    const QJsonObject section = organizationSections().at(0).toObject();
    const QString id = section[u"id"_s].toString();
    qint64 version = section[u"version"_s].toInteger();
    // Two saves, two layout versions.
    QList<qint64> saved;
    for (const QString &title : {u"First draft"_s, u"Second draft"_s}) {
        const QJsonObject patch {{u"customization"_s, QJsonObject {{u"title"_s, title}}}};
        Reply patched(m_api->patchSection(id, patch, version));
        QVERIFY(succeeded(patched.get()));
        version = patched->object()[u"version"_s].toInteger();
        Reply latest(m_api->layoutVersions(m_org, {}));
        QVERIFY(succeeded(latest.get()));
        saved.append(latest->object()[u"currentVersion"_s].toInteger());
        QCOMPARE(latest->header("X-Layout-Version"), QByteArray::number(saved.last()));
    }
    QVERIFY(saved.at(1) > saved.at(0));

    // Newest first, one per page: who, when and what, and a cursor to the next page.
    Reply page(m_api->layoutVersions(m_org, {}, QUrlQuery {{u"limit"_s, u"1"_s}}));
    QVERIFY(succeeded(page.get()));
    QCOMPARE(items(page.get()).size(), 1);
    const QJsonObject newest = items(page.get()).first().toObject();
    QCOMPARE(newest[u"version"_s].toInteger(), saved.at(1));
    QVERIFY(!newest[u"author"_s][u"name"_s].toString().isEmpty());
    QVERIFY(QDateTime::fromString(newest[u"createdAt"_s].toString(), Qt::ISODate).isValid());
    QVERIFY(!newest[u"summary"_s].toString().isEmpty());
    const QString cursor = page->object()[u"nextCursor"_s].toString();
    QVERIFY(!cursor.isEmpty());
    Reply next(
        m_api->layoutVersions(m_org, {}, QUrlQuery {{u"limit"_s, u"1"_s}, {u"cursor"_s, cursor}}));
    QVERIFY(succeeded(next.get()));
    QCOMPARE(items(next.get()).first()[u"version"_s].toInteger(), saved.at(0));

    // The snapshot holds the layout as it was then.
    Reply snapshot(m_api->layoutVersion(m_org, {}, saved.at(0)));
    QVERIFY(succeeded(snapshot.get()));
    bool found = false;
    for (const QJsonValue &s : snapshot->object()[u"sections"_s].toArray()) {
        if (s[u"id"_s].toString() == id) {
            found = true;
            QCOMPARE(s[u"customization"_s][u"title"_s].toString(), u"First draft"_s);
        }
    }
    QVERIFY(found);

    // Restoring from a layout version that is not the current one is stale; from the current
    // one it becomes a new version with the old content.
    Reply stale(m_api->restoreLayoutVersion(m_org, {}, saved.at(0), saved.at(0)));
    QVERIFY(finishes(stale.get()));
    QCOMPARE(stale->status(), 412);
    Reply restored(m_api->restoreLayoutVersion(m_org, {}, saved.at(0), saved.at(1)));
    QVERIFY(succeeded(restored.get()));
    QVERIFY(restored->object()[u"version"_s].toInteger() > saved.at(1));
    for (const QJsonValue &s : organizationSections()) {
        if (s[u"id"_s].toString() == id)
            QCOMPARE(s[u"customization"_s][u"title"_s].toString(), u"First draft"_s);
    }
}

void TestSectionCalls::permissionMatrix()
{
    Reply read(m_api->permissionMatrix(m_org));
    QVERIFY(succeeded(read.get()));
    auto matrix = permissionMatrixFromJson(read->object());
    QVERIFY(matrix.ok());
    QCOMPARE(matrix->organizationId, m_org);
    QVERIFY(matrix->rows.size() > 2);

    Reply weddings(m_api->weddings(m_org));
    QVERIFY(succeeded(weddings.get()));
    for (const QJsonValue &wedding : weddings->object()[u"items"_s].toArray()) {
        const QString id = wedding[u"id"_s].toString();
        Reply one(m_api->permissionMatrix(m_org, id));
        QVERIFY(succeeded(one.get()));
        const auto rows = permissionMatrixFromJson(one->object());
        QVERIFY(rows.ok());
        for (const MatrixRow &row : rows->rows)
            QCOMPARE(row.weddingId, id);
    }

    // Let the vendor hide the first row; only that row is sent.
    MatrixRow row = matrix->rows.first();
    row.cell(Role::Vendor).hide = !row.cell(Role::Vendor).hide;
    Reply written(m_api->writePermissionMatrix(m_org, matrixUpdateToJson({row})));
    QVERIFY(succeeded(written.get()));
    const auto after = permissionMatrixFromJson(written->object());
    QVERIFY(after.ok());
    const MatrixRow *stored = after->row(row.sectionId);
    QVERIFY(stored);
    QCOMPARE(stored->cells, row.cells);
    QCOMPARE(stored->version, row.version + 1);

    // The same row again is stale now.
    Reply stale(m_api->writePermissionMatrix(m_org, matrixUpdateToJson({row})));
    QVERIFY(finishes(stale.get()));
    QCOMPARE(stale->status(), 412);
    QCOMPARE(stale->object()[u"error"_s][u"details"_s][u"current"_s][0][u"version"_s].toInteger(),
             stored->version);
}

QTEST_GUILESS_MAIN(TestSectionCalls)
#include "tst_sectioncalls.moc"
