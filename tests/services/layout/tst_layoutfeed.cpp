// The layout editor's feed against a real `wedsync-server --demo`: a dashboard painted from the
// cache and then from the server (a wedding without sections shows the default), another
// operator's save arriving live, a save plan landing exactly, a stale one answered with the
// section as it is now, a save while the server is down replayed once after its restart, the
// layout's versions, and two editors seeing each other.
#include "DemoSession.h"
#include "RealtimeFixture.h"
#include "ServerProcess.h"

#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "layout/LayoutFeed.h"
#include "layout/LayoutWire.h"
#include "realtime/RealtimeChannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

constexpr int WaitMs = 30000;

// One console: its REST client, realtime connection, cache, outbox and layout feed.
struct Console
{
    Console(const QUrl &baseUrl, const SignIn &who, const QString &cachePath)
        : cache(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        api.setBaseUrl(baseUrl);
        api.setAccessToken(who.accessToken);
        api.setRetryPolicy(RetryPolicy {1, 100, 1000});
        api.setTimeoutMs(5000);
        realtime.setTimers(fastTimers());
        realtime.setServer(baseUrl);
        realtime.setAccessToken(who.accessToken);
        realtime.open();
        opened = bool(cache.open(cachePath));
        outbox = std::make_unique<Outbox>(&cache, &api);
        feed = std::make_unique<LayoutFeed>(&api, &realtime, &cache, outbox.get());
        feed->setOperator(who.userId, who.userId.left(8));
    }
    ~Console()
    {
        feed.reset();
        outbox.reset();
    }

    QNetworkAccessManager nam;
    ApiClient api {&nam};
    RealtimeClient realtime;
    LocalCache cache;
    bool opened = false;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<LayoutFeed> feed;
};

struct Loaded
{
    QList<SectionConfig> sections;
    qint64 layoutVersion = -1;
    bool inherited = false;
    bool fromCache = false;
};

Loaded loadedAt(const QSignalSpy &spy, qsizetype i)
{
    const QList<QVariant> args = spy.at(i);
    return {args.at(0).value<QList<SectionConfig>>(), args.at(1).toLongLong(), args.at(2).toBool(),
            args.at(3).toBool()};
}

// Opens the dashboard and waits for the server's answer.
std::optional<Loaded> openAndLoad(Console &console, const QString &org, const QString &wedding)
{
    QSignalSpy loaded(console.feed.get(), &LayoutFeed::loaded);
    console.feed->open(org, wedding);
    const auto fromServer = [&] {
        for (qsizetype i = 0; i < loaded.size(); ++i) {
            if (!loadedAt(loaded, i).fromCache)
                return i;
        }
        return qsizetype(-1);
    };
    for (int waited = 0; fromServer() < 0 && waited < WaitMs; waited += 50)
        loaded.wait(50);
    const qsizetype at = fromServer();
    if (at < 0)
        return std::nullopt;
    return loadedAt(loaded, at);
}

const SectionConfig *byId(const QList<SectionConfig> &sections, const QString &id)
{
    for (const SectionConfig &section : sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

const SectionConfig *byType(const QList<SectionConfig> &sections, const QString &type)
{
    for (const SectionConfig &section : sections) {
        if (section.sectionType == type)
            return &section;
    }
    return nullptr;
}

PlannedPatch subtitlePatch(const SectionConfig &section, const QString &subtitle)
{
    return {section.id,
            section.metadata.version,
            {u"customization.subtitle"_s},
            QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, subtitle}}}}};
}

} // namespace

class TestLayoutFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void paintsFromTheCacheThenTheServer();
    void aWeddingWithoutSectionsShowsTheDefault();
    void anotherOperatorsSaveArrivesLive();
    void aSavePlanLandsExactly();
    void aStaleSaveIsAConflict();
    void versionsListLoadAndRestore();
    void editorsSeeEachOther();
    void aSaveWhileTheServerIsDownIsReplayedOnce();

private:
    bool startServer();
    QList<SectionConfig> serverSections(const QString &wedding = {});
    qint64 headVersion(const QString &wedding = {});
    std::unique_ptr<Console> console(const SignIn &who, const QString &cacheName = {});
    QString weddingWithoutSections();

    QTemporaryDir m_data;
    QTemporaryDir m_caches;
    ServerProcess m_server;
    quint16 m_port = 0;
    SignIn m_admin;
    SignIn m_planner;
    QString m_org;
};

bool TestLayoutFeed::startServer()
{
    return m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path(), u"--listen"_s,
                           u"127.0.0.1:"_s + QString::number(m_port)});
}

void TestLayoutFeed::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid() && m_caches.isValid());
    m_port = freePort();
    QVERIFY2(startServer(), qPrintable(m_server.errorString()));
}

void TestLayoutFeed::init()
{
    // Signed in again for each test: the last one restarts the server.
    m_admin = signIn(m_server.baseUrl(), demo::Admin);
    m_planner = signIn(m_server.baseUrl(), demo::Planner);
    QVERIFY(!m_admin.accessToken.isEmpty() && !m_planner.accessToken.isEmpty());
    m_org = m_admin.organizationId;
}

std::unique_ptr<Console> TestLayoutFeed::console(const SignIn &who, const QString &cacheName)
{
    const QString name
        = cacheName.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : cacheName;
    auto made = std::make_unique<Console>(m_server.baseUrl(), who,
                                          m_caches.filePath(name + u".sqlite"_s));
    return made->opened ? std::move(made) : nullptr;
}

QList<SectionConfig> TestLayoutFeed::serverSections(const QString &wedding)
{
    HttpTestClient http(m_server.baseUrl());
    http.setBearerToken(m_admin.accessToken);
    const QString query = wedding.isEmpty() ? u"scope=organization"_s : u"weddingId="_s + wedding;
    const HttpTestReply reply
        = http.get(u"/api/v1/organizations/"_s + m_org + u"/sections?"_s + query);
    return layoutwire::sectionsFromApi(reply.object());
}

qint64 TestLayoutFeed::headVersion(const QString &wedding)
{
    HttpTestClient http(m_server.baseUrl());
    http.setBearerToken(m_admin.accessToken);
    QString path = u"/api/v1/organizations/"_s + m_org + u"/layout/versions?limit=1"_s;
    if (!wedding.isEmpty())
        path += u"&weddingId="_s + wedding;
    return http.get(path).object().value(u"currentVersion"_s).toInteger(-1);
}

QString TestLayoutFeed::weddingWithoutSections()
{
    HttpTestClient http(m_server.baseUrl());
    http.setBearerToken(m_admin.accessToken);
    const QJsonArray weddings = http.get(u"/api/v1/organizations/"_s + m_org + u"/weddings"_s)
                                    .object()[u"items"_s]
                                    .toArray();
    for (const QJsonValue &wedding : weddings) {
        const QString id = wedding[u"id"_s].toString();
        if (serverSections(id).isEmpty())
            return id;
    }
    return {};
}

void TestLayoutFeed::paintsFromTheCacheThenTheServer()
{
    const QList<SectionConfig> expected = serverSections();
    QVERIFY(expected.size() >= 3);
    {
        auto first = console(m_planner, u"cold-start"_s);
        QVERIFY(first);
        const auto loaded = openAndLoad(*first, m_org, {});
        QVERIFY(loaded);
        QVERIFY(!loaded->inherited);
        QCOMPARE(loaded->sections.size(), expected.size());
        for (qsizetype i = 1; i < loaded->sections.size(); ++i)
            QVERIFY(loaded->sections.at(i - 1).layout.position
                    < loaded->sections.at(i).layout.position);
        QCOMPARE(loaded->layoutVersion, headVersion());
    }
    // The next start paints at once from its cache, before any answer of the server.
    auto again = console(m_planner, u"cold-start"_s);
    QVERIFY(again);
    QSignalSpy loaded(again->feed.get(), &LayoutFeed::loaded);
    again->feed->open(m_org, {});
    QCOMPARE(loaded.size(), 1);
    const Loaded cached = loadedAt(loaded, 0);
    QVERIFY(cached.fromCache);
    QCOMPARE(cached.sections.size(), expected.size());
    for (const SectionConfig &section : expected) {
        const SectionConfig *mine = byId(cached.sections, section.id);
        QVERIFY(mine);
        QCOMPARE(mine->customization.title, section.customization.title);
        QCOMPARE(mine->metadata.version, section.metadata.version);
    }
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, WaitMs);
    QVERIFY(!loadedAt(loaded, 1).fromCache);
}

void TestLayoutFeed::aWeddingWithoutSectionsShowsTheDefault()
{
    const QString wedding = weddingWithoutSections();
    QVERIFY(!wedding.isEmpty());
    auto planner = console(m_admin);
    QVERIFY(planner);
    const auto loaded = openAndLoad(*planner, m_org, wedding);
    QVERIFY(loaded);
    QVERIFY(loaded->inherited);
    const QList<SectionConfig> defaults = serverSections();
    QCOMPARE(loaded->sections.size(), defaults.size());
    for (const SectionConfig &section : loaded->sections)
        QVERIFY(section.weddingId.isEmpty());

    // "Customize for this wedding": one create each, then the wedding's own sections.
    QSignalSpy reloaded(planner->feed.get(), &LayoutFeed::loaded);
    QSignalSpy failed(planner->feed.get(), &LayoutFeed::loadFailed);
    QSignalSpy defaultsLoaded(planner->feed.get(), &LayoutFeed::organizationDefaultsLoaded);
    planner->feed->customizeWedding();
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? ""
                              : qPrintable(failed.at(0).at(0).value<ApiError>().code + u' '
                                           + failed.at(0).at(0).value<ApiError>().message));
    const Loaded own = loadedAt(reloaded, reloaded.size() - 1);
    QVERIFY(!own.inherited);
    QCOMPARE(own.sections.size(), defaults.size());
    for (const SectionConfig &section : own.sections) {
        QCOMPARE(section.weddingId, wedding);
        QVERIFY(!byId(defaults, section.id));
        QVERIFY(byType(defaults, section.sectionType));
    }
    QCOMPARE(serverSections(wedding).size(), defaults.size());
    // With sections of its own, the wedding's editor still learns the default's grants.
    QTRY_VERIFY_WITH_TIMEOUT(!defaultsLoaded.isEmpty(), WaitMs);
    const auto organization = defaultsLoaded.last().at(0).value<QList<SectionConfig>>();
    QCOMPARE(organization.size(), defaults.size());
    for (const SectionConfig &section : organization)
        QVERIFY(byId(defaults, section.id));
}

void TestLayoutFeed::anotherOperatorsSaveArrivesLive()
{
    // The organization's topic is held already (as the console's presence does) when the
    // editor opens: its row-change binding must still take effect.
    auto planner = console(m_planner);
    QVERIFY(planner);
    RealtimeChannel *held = planner->realtime.channel(u"org:"_s + m_org);
    held->join();
    QTRY_VERIFY_WITH_TIMEOUT(held->isJoined(), WaitMs);
    QSignalSpy changed(planner->feed.get(), &LayoutFeed::sectionChanged);
    QVERIFY(openAndLoad(*planner, m_org, {}));
    QTRY_VERIFY_WITH_TIMEOUT(held->isJoined(), WaitMs);

    SectionWriter writer(m_server.baseUrl(), m_admin.accessToken, m_org);
    QVERIFY(writer.isReady());
    QVERIFY(writer.write(u"Changed by the admin"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), WaitMs);
    const auto section = changed.last().at(0).value<SectionConfig>();
    QCOMPARE(section.id, writer.sectionId());
    QCOMPARE(section.customization.subtitle, u"Changed by the admin"_s);
    QCOMPARE(section.metadata.version, qint64(writer.version()));

    // The layout's version moves with it (looked up at the head of the versions list).
    QSignalSpy version(planner->feed.get(), &LayoutFeed::layoutVersionChanged);
    QVERIFY(writer.write(u"Changed again"_s));
    // The first write's own check may still answer (with the head before this write): the
    // version settles on the head after it.
    const qint64 head = headVersion();
    QTRY_VERIFY_WITH_TIMEOUT(!version.isEmpty() && version.last().at(0).toLongLong() == head,
                             WaitMs);
}

void TestLayoutFeed::aSavePlanLandsExactly()
{
    auto admin = console(m_admin);
    QVERIFY(admin);
    const auto loaded = openAndLoad(*admin, m_org, {});
    QVERIFY(loaded && loaded->sections.size() >= 4);
    const QList<SectionConfig> &base = loaded->sections;
    const SectionConfig gone = base.at(0);
    const SectionConfig edited = base.at(1);
    const SectionConfig left = base.at(2);
    const SectionConfig right = base.at(3);

    LayoutSavePlan plan;
    plan.deletes.append({gone.id, gone.metadata.version});
    plan.patches.append(subtitlePatch(edited, u"Edited in the editor"_s));
    // Edited and moved: the move comes from the version the patch leaves.
    plan.moves.append({edited.id, right.layout.position, 6, edited.metadata.version + 1});
    plan.moves.append(
        {right.id, edited.layout.position, right.layout.columns, right.metadata.version});
    SectionConfig added = gone;
    added.customization.title = u"Back again"_s;
    added.layout.position = gone.layout.position;
    plan.creates.append({u"local-1"_s, layoutwire::createBody(added)});

    QSignalSpy saved(admin->feed.get(), &LayoutFeed::sectionsSaved);
    QSignalSpy deleted(admin->feed.get(), &LayoutFeed::sectionDeleted);
    QSignalSpy progress(admin->feed.get(), &LayoutFeed::saveProgress);
    QSignalSpy locally(admin->feed.get(), &LayoutFeed::savedLocally);
    QSignalSpy finished(admin->feed.get(), &LayoutFeed::saveFinished);
    const qint64 before = headVersion();
    QVERIFY(admin->feed->save(plan));
    QVERIFY(admin->feed->isSaving());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY2(locally.isEmpty(), m_server.standardError().right(3000).constData());
    QVERIFY(!admin->feed->isSaving());
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), gone.id);
    QCOMPARE(saved.size(), 3); // the patch, the reorder, the create

    const auto map = saved.last().at(1).value<QHash<QString, QString>>();
    QCOMPARE(map.size(), 1);
    const QString createdId = map.keys().constFirst();
    QCOMPARE(map.value(createdId), u"local-1"_s);

    // What the server has now is exactly the plan.
    const QList<SectionConfig> now = serverSections();
    QCOMPARE(now.size(), base.size());
    QVERIFY(!byId(now, gone.id));
    const SectionConfig *created = byId(now, createdId);
    QVERIFY(created);
    QCOMPARE(created->customization.title, u"Back again"_s);
    QCOMPARE(created->layout.position, gone.layout.position);
    const SectionConfig *e = byId(now, edited.id);
    QCOMPARE(e->customization.subtitle, u"Edited in the editor"_s);
    QCOMPARE(e->layout.position, right.layout.position);
    QCOMPARE(e->layout.columns, 6);
    QCOMPARE(e->metadata.version, edited.metadata.version + 2);
    QCOMPARE(byId(now, right.id)->layout.position, edited.layout.position);
    QCOMPARE(*byId(now, left.id), left);
    // One layout version per accepted step.
    QCOMPARE(headVersion(), before + 4);
}

void TestLayoutFeed::aStaleSaveIsAConflict()
{
    auto planner = console(m_planner);
    QVERIFY(planner);
    const auto loaded = openAndLoad(*planner, m_org, {});
    QVERIFY(loaded && !loaded->sections.isEmpty());
    SectionWriter writer(m_server.baseUrl(), m_admin.accessToken, m_org);
    QVERIFY(writer.isReady());
    const SectionConfig *mine = byId(loaded->sections, writer.sectionId());
    QVERIFY(mine);
    QVERIFY(writer.write(u"Saved first by the admin"_s));

    LayoutSavePlan plan;
    plan.patches.append(subtitlePatch(*mine, u"Saved second by the planner"_s));
    QSignalSpy conflict(planner->feed.get(), &LayoutFeed::saveConflict);
    QSignalSpy finished(planner->feed.get(), &LayoutFeed::saveFinished);
    QSignalSpy saved(planner->feed.get(), &LayoutFeed::sectionsSaved);
    QVERIFY(planner->feed->save(plan));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QCOMPARE(conflict.size(), 1);
    const auto current = conflict.at(0).at(0).value<SectionConfig>();
    QCOMPARE(current.id, mine->id);
    QCOMPARE(current.customization.subtitle, u"Saved first by the admin"_s);
    QCOMPARE(current.metadata.version, qint64(writer.version()));
    QVERIFY(saved.isEmpty());
    QCOMPARE(planner->outbox->pendingCount(), 0);
    const QList<SectionConfig> onServer = serverSections();
    QCOMPARE(byId(onServer, mine->id)->customization.subtitle, u"Saved first by the admin"_s);
}

void TestLayoutFeed::versionsListLoadAndRestore()
{
    auto admin = console(m_admin);
    QVERIFY(admin);
    QVERIFY(openAndLoad(*admin, m_org, {}));
    SectionWriter writer(m_server.baseUrl(), m_admin.accessToken, m_org);
    QVERIFY(writer.write(u"Version A"_s));
    const qint64 versionA = headVersion();
    QVERIFY(writer.write(u"Version B"_s));
    const qint64 versionB = headVersion();
    QCOMPARE(versionB, versionA + 1);

    QSignalSpy listed(admin->feed.get(), &LayoutFeed::versionsLoaded);
    admin->feed->loadVersions();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, WaitMs);
    const auto versions = listed.at(0).at(0).value<QList<LayoutVersionItem>>();
    QVERIFY(versions.size() >= 2);
    QCOMPARE(versions.at(0).version, versionB);
    QCOMPARE(versions.at(1).version, versionA);
    QCOMPARE(versions.at(0).authorId, m_admin.userId);
    QVERIFY(!versions.at(0).authorName.isEmpty());
    QVERIFY(!versions.at(0).summary.isEmpty());
    QVERIFY(versions.at(0).createdAt.isValid());

    QSignalSpy one(admin->feed.get(), &LayoutFeed::versionLoaded);
    admin->feed->loadVersion(versionA);
    QTRY_COMPARE_WITH_TIMEOUT(one.size(), 1, WaitMs);
    QCOMPARE(one.at(0).at(0).toLongLong(), versionA);
    const auto snapshot = one.at(0).at(1).value<QList<SectionConfig>>();
    QCOMPARE(byId(snapshot, writer.sectionId())->customization.subtitle, u"Version A"_s);

    QSignalSpy restored(admin->feed.get(), &LayoutFeed::versionRestored);
    QSignalSpy failed(admin->feed.get(), &LayoutFeed::versionsFailed);
    admin->feed->restoreVersion(versionA, versionA); // stale If-Match: refused
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, 412);
    admin->feed->restoreVersion(versionA, versionB);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, WaitMs);
    QCOMPARE(restored.at(0).at(0).toLongLong(), versionB + 1);
    const QList<SectionConfig> now = serverSections();
    QCOMPARE(byId(now, writer.sectionId())->customization.subtitle, u"Version A"_s);

    admin->feed->loadVersion(999999);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, WaitMs);
    QCOMPARE(failed.at(1).at(0).value<ApiError>().httpStatus, 404);
}

void TestLayoutFeed::editorsSeeEachOther()
{
    auto admin = console(m_admin);
    auto planner = console(m_planner);
    QVERIFY(admin && planner);
    admin->feed->setPresenceTimers(200, 1500);
    QSignalSpy adminSees(admin->feed.get(), &LayoutFeed::editorsChanged);
    const auto loaded = openAndLoad(*admin, m_org, {});
    QVERIFY(loaded && !loaded->sections.isEmpty());
    QVERIFY(openAndLoad(*planner, m_org, {}));

    // Each learns of the other, whichever came first.
    QTRY_COMPARE_WITH_TIMEOUT(admin->feed->editors().size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(planner->feed->editors().size(), 1, WaitMs);
    QCOMPARE(admin->feed->editors().at(0).userId, m_planner.userId);
    QCOMPARE(planner->feed->editors().at(0).userId, m_admin.userId);
    QVERIFY(!adminSees.isEmpty());

    const QString tile = loaded->sections.at(0).id;
    planner->feed->announceSelection(tile);
    QTRY_COMPARE_WITH_TIMEOUT(admin->feed->editors().value(0).itemId, tile, WaitMs);

    // Closing says goodbye.
    planner->feed->close();
    QTRY_VERIFY_WITH_TIMEOUT(admin->feed->editors().isEmpty(), WaitMs);

    // An editor that vanishes without a word is dropped once it has been silent too long.
    planner->feed->open(m_org, {});
    QTRY_COMPARE_WITH_TIMEOUT(admin->feed->editors().size(), 1, WaitMs);
    planner->realtime.close();
    QTRY_VERIFY_WITH_TIMEOUT(admin->feed->editors().isEmpty(), WaitMs);
}

void TestLayoutFeed::aSaveWhileTheServerIsDownIsReplayedOnce()
{
    auto planner = console(m_planner);
    QVERIFY(planner);
    const auto loaded = openAndLoad(*planner, m_org, {});
    QVERIFY(loaded && loaded->sections.size() >= 2);
    const SectionConfig edited = loaded->sections.at(0);
    const SectionConfig other = loaded->sections.at(1);
    const qint64 before = headVersion();

    QCOMPARE(m_server.stop(), 0);
    LayoutSavePlan plan;
    plan.patches.append(subtitlePatch(edited, u"Typed while offline"_s));
    plan.moves.append(
        {edited.id, other.layout.position, edited.layout.columns, edited.metadata.version + 1});
    plan.moves.append(
        {other.id, edited.layout.position, other.layout.columns, other.metadata.version});
    QSignalSpy locally(planner->feed.get(), &LayoutFeed::savedLocally);
    QSignalSpy finished(planner->feed.get(), &LayoutFeed::saveFinished);
    QVERIFY(planner->feed->save(plan));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toString().contains(u"locally"_s));
    QCOMPARE(locally.size(), 1);
    QCOMPARE(locally.at(0).at(0).toInt(), 2);
    const QList<OutboxEntry> queued = planner->outbox->pending();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).entityType, u"section_configuration"_s);
    QCOMPARE(queued.at(0).entityId, edited.id);
    QVERIFY(queued.at(0).label.contains(edited.customization.title));
    QCOMPARE(queued.at(0).baseVersion, edited.metadata.version);

    // Back, on the same data: the outbox replays, and the editor hears what was stored.
    QVERIFY2(startServer(), qPrintable(m_server.errorString()));
    QSignalSpy saved(planner->feed.get(), &LayoutFeed::sectionsSaved);
    QSignalSpy replayed(planner->outbox.get(), &Outbox::replayFinished);
    planner->outbox->replay();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, WaitMs);
    QCOMPARE(replayed.at(0).at(0).toInt(), 2); // applied
    QCOMPARE(replayed.at(0).at(3).toInt(), 0); // remaining
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).at(0).value<QList<SectionConfig>>().at(0).customization.subtitle,
             u"Typed while offline"_s);

    // Applied exactly once: two versions, and a second replay sends nothing.
    planner->outbox->replay();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 2, WaitMs);
    QCOMPARE(replayed.at(1).at(0).toInt(), 0);
    QCOMPARE(headVersion(), before + 2);
    const QList<SectionConfig> now = serverSections();
    QCOMPARE(byId(now, edited.id)->customization.subtitle, u"Typed while offline"_s);
    QCOMPARE(byId(now, edited.id)->metadata.version, edited.metadata.version + 2);
    QCOMPARE(byId(now, edited.id)->layout.position, other.layout.position);
    QCOMPARE(byId(now, other.id)->layout.position, edited.layout.position);
}

QTEST_MAIN(TestLayoutFeed)
#include "tst_layoutfeed.moc"
