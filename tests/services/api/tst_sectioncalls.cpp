// ApiClient's section calls against the real wedsync-server (both backends): one dashboard's
// list, create, replace, delete and reorder, each conditional write with If-Match, and a stale
// one answered 412 with the section as it is.
#include "SessionTestSupport.h"
#include "TestDatabase.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using wedsync::ApiClient;
using wedsync::ApiReply;
using wedsync::SectionMoveRequest;
using wedsync::server::DemoData;
using wedsync::test::DemoServer;
using wedsync::test::finishes;
using wedsync::test::TestDatabase;
using namespace wedsync::test::accounts;

namespace {

using Reply = std::unique_ptr<ApiReply>;

bool succeeded(ApiReply *reply)
{
    if (!finishes(reply))
        return false;
    if (!reply->ok())
        qWarning("%d %s %s", reply->status(), qPrintable(reply->error().code),
                 reply->body().left(400).constData());
    return reply->ok();
}

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

QTEST_GUILESS_MAIN(TestSectionCalls)
#include "tst_sectioncalls.moc"
