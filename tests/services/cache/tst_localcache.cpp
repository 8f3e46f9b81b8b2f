// LocalCache on real SQLite files: schema creation and forward migration, documents, capped
// streams, bookkeeping, refusal of a newer console's file, a damaged file reported (and moved
// aside), and data kept across close and reopen.
#include "cache/LocalCache.h"
#include "cache/Outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

CachedDocument doc(const QString &id, const QString &scope, const QString &title)
{
    return {id, scope, QJsonObject {{u"id"_s, id}, {u"title"_s, title}}};
}

CachedDocument syncEvent(int n, const QString &scope, const QDateTime &at)
{
    const QString id = u"ev-%1"_s.arg(n);
    return {id, scope,
            QJsonObject {
                {u"id"_s, id}, {u"n"_s, n}, {u"occurredAt"_s, at.toString(Qt::ISODateWithMs)}}};
}

// QVERIFY2 evaluates its message even when the check passes.
QString why(const Result<bool> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QStringList ids(const QList<QJsonObject> &objects)
{
    QStringList out;
    for (const QJsonObject &object : objects)
        out << object.value(u"id"_s).toString();
    return out;
}

// Runs statements on a file through a connection of the test's own (fixtures, inspection).
QVariant rawQuery(const QString &path, const QStringList &statements)
{
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            if (query.next())
                last = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return last;
}

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsTheSchemaOwnerOnly();
    void migratesAnOlderFileForward();
    void documentsKeepTheirListsAndPlaces();
    void streamsKeepTheNewest();
    void bookkeeping();
    void newerConsolesFileIsRefusedUntouched();
    void damagedFileIsReportedAndCanBeMovedAside();
    void reopenAfterCloseKeepsEverything();
    void twoProfilesAtOnce();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestLocalCache::createsTheSchemaOwnerOnly()
{
    const QString path = file(u"profiles/a/cache.db"_s);
    {
        LocalCache cache(u"create"_s);
        const Result<bool> opened = cache.open(path);
        QVERIFY2(opened.ok(), qPrintable(why(opened)));
        QCOMPARE(cache.schemaVersion(), 2);
        QVERIFY(cache.isOpen());
    }
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(rawQuery(path, {u"PRAGMA user_version"_s}).toInt(), 2);
    QCOMPARE(rawQuery(path, {u"PRAGMA journal_mode"_s}).toString(), u"wal"_s);
    QVERIFY(!QSqlDatabase::contains(u"create"_s)); // the destructor removed its connection
}

void TestLocalCache::migratesAnOlderFileForward()
{
    // A file as the first console wrote it: schema 1, before the outbox existed.
    const QString path = file(u"v1.db"_s);
    rawQuery(path,
             {u"CREATE TABLE documents (collection TEXT NOT NULL, id TEXT NOT NULL, "
              "scope TEXT NOT NULL DEFAULT '', json BLOB NOT NULL, updated_at TEXT NOT NULL)"_s,
              u"CREATE UNIQUE INDEX documents_id ON documents (collection, id)"_s,
              u"CREATE INDEX documents_scope ON documents (collection, scope)"_s,
              u"CREATE TABLE streams (seq INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT "
              "NULL, id TEXT NOT NULL, scope TEXT NOT NULL DEFAULT '', json BLOB NOT NULL, "
              "at TEXT NOT NULL)"_s,
              u"CREATE UNIQUE INDEX streams_id ON streams (stream, id)"_s,
              u"CREATE INDEX streams_recent ON streams (stream, at, seq)"_s,
              u"CREATE INDEX streams_scope_recent ON streams (stream, scope, at, seq)"_s,
              u"CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
              u"CREATE TABLE topic_seq (topic TEXT PRIMARY KEY, seq INTEGER NOT NULL)"_s,
              u"CREATE TABLE refreshes (collection TEXT NOT NULL, scope TEXT NOT NULL, "
              "refreshed_at TEXT NOT NULL, PRIMARY KEY (collection, scope))"_s,
              u"INSERT INTO documents VALUES ('sections', 's1', 'org', '{\"id\":\"s1\"}', "
              "'2026-01-01T00:00:00.000Z')"_s,
              u"INSERT INTO topic_seq VALUES ('org:1', 41)"_s, u"PRAGMA user_version = 1"_s});

    LocalCache cache(u"migrate"_s);
    const Result<bool> opened = cache.open(path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    QCOMPARE(cache.schemaVersion(), 2);
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org"_s)), QStringList {u"s1"_s});
    QCOMPARE(cache.lastSeq(u"org:1"_s), 41);
    // What version 2 adds works on the migrated file.
    Outbox outbox(&cache, nullptr);
    OutboxEntry edit;
    edit.method = "PATCH";
    edit.path = u"/api/v1/sections/s1"_s;
    edit.body = {{u"layout"_s, QJsonObject {{u"columns"_s, 6}}}};
    edit.baseVersion = 3;
    const OutboxEntry queued = outbox.enqueue(edit);
    QVERIFY(queued.id > 0);
    QCOMPARE(outbox.pendingCount(), 1);
}

void TestLocalCache::documentsKeepTheirListsAndPlaces()
{
    LocalCache cache(u"documents"_s);
    QVERIFY(cache.open(file(u"docs.db"_s)).ok());
    QVERIFY(cache.replaceAll(
        u"sections"_s, u"org1"_s,
        {doc(u"c"_s, {}, u"C"_s), doc(u"a"_s, {}, u"A"_s), doc(u"b"_s, {}, u"B"_s)}));
    QVERIFY(cache.replaceAll(u"sections"_s, u"org2"_s, {doc(u"x"_s, {}, u"X"_s)}));
    QVERIFY(cache.replaceAll(u"organizations"_s, {}, {doc(u"org1"_s, {}, u"Evergreen"_s)}));

    // The order given, per scope and across scopes; collections do not mix.
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org1"_s)),
             (QStringList {u"c"_s, u"a"_s, u"b"_s}));
    QCOMPARE(ids(cache.documents(u"sections"_s)), (QStringList {u"c"_s, u"a"_s, u"b"_s, u"x"_s}));
    QCOMPARE(ids(cache.documents(u"organizations"_s)), QStringList {u"org1"_s});
    QVERIFY(cache.documents(u"weddings"_s).isEmpty());

    // put: an existing id is updated in place, a new one goes last.
    QVERIFY(cache.put(u"sections"_s, doc(u"a"_s, u"org1"_s, u"A2"_s)));
    QVERIFY(cache.put(u"sections"_s, doc(u"d"_s, u"org1"_s, u"D"_s)));
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org1"_s)),
             (QStringList {u"c"_s, u"a"_s, u"b"_s, u"d"_s}));
    QCOMPARE(cache.document(u"sections"_s, u"a"_s)->value(u"title"_s).toString(), u"A2"_s);
    QVERIFY(!cache.document(u"sections"_s, u"nope"_s).has_value());
    QVERIFY(!cache.document(u"organizations"_s, u"a"_s).has_value());

    QVERIFY(cache.remove(u"sections"_s, u"c"_s));
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org1"_s)),
             (QStringList {u"a"_s, u"b"_s, u"d"_s}));

    // replaceAll of one scope leaves the other scopes alone; unicode and nesting survive.
    const QJsonObject nested {
        {u"id"_s, u"e"_s},
        {u"customization"_s, QJsonObject {{u"title"_s, u"Ünïcødé 💍 \"q\""_s}}},
        {u"roles"_s, QJsonArray {u"admin"_s, u"couple"_s}}};
    QVERIFY(cache.replaceAll(u"sections"_s, u"org1"_s, {{u"e"_s, {}, nested}}));
    QCOMPARE(cache.documents(u"sections"_s, u"org1"_s), QList<QJsonObject> {nested});
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org2"_s)), QStringList {u"x"_s});

    // A first screen's worth in one transaction.
    QList<CachedDocument> many;
    for (int i = 0; i < 10000; ++i)
        many << doc(u"s%1"_s.arg(i), {}, u"Section %1"_s.arg(i));
    QVERIFY(cache.replaceAll(u"sections"_s, u"big"_s, many));
    const QList<QJsonObject> loaded = cache.documents(u"sections"_s, u"big"_s);
    QCOMPARE(loaded.size(), 10000);
    QCOMPARE(loaded.at(9999).value(u"title"_s).toString(), u"Section 9999"_s);
    QCOMPARE(cache.documents(u"sections"_s).size(), 10002);

    // An empty scope replaces the whole collection.
    QVERIFY(cache.replaceAll(u"sections"_s, {}, {doc(u"only"_s, u"org1"_s, u"Only"_s)}));
    QCOMPARE(ids(cache.documents(u"sections"_s)), QStringList {u"only"_s});
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org1"_s)), QStringList {u"only"_s});
}

void TestLocalCache::streamsKeepTheNewest()
{
    LocalCache cache(u"streams"_s);
    QVERIFY(cache.open(file(u"streams.db"_s)).ok());
    const QDateTime t0 = QDateTime::fromString(u"2026-06-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
    // Arrives out of order (a replayed page after live events): newest means occurredAt.
    QList<CachedDocument> batch;
    for (int n : {5, 1, 9, 3, 7, 2, 8, 0, 6, 4})
        batch << syncEvent(n, n % 2 ? u"odd"_s : u"even"_s, t0.addSecs(n));
    QVERIFY(cache.append(u"sync_events"_s, batch, 6));
    QCOMPARE(ids(cache.recent(u"sync_events"_s, 100)),
             (QStringList {u"ev-9"_s, u"ev-8"_s, u"ev-7"_s, u"ev-6"_s, u"ev-5"_s, u"ev-4"_s}));
    QCOMPARE(ids(cache.recent(u"sync_events"_s, 2)), (QStringList {u"ev-9"_s, u"ev-8"_s}));
    QCOMPARE(ids(cache.recent(u"sync_events"_s, -1, u"even"_s)),
             (QStringList {u"ev-8"_s, u"ev-6"_s, u"ev-4"_s}));
    QVERIFY(cache.recent(u"audit"_s, 10).isEmpty());

    // The same id again replaces the earlier copy instead of doubling it.
    CachedDocument again = syncEvent(9, u"odd"_s, t0.addSecs(9));
    again.data.insert(u"status"_s, u"failed"_s);
    QVERIFY(cache.append(u"sync_events"_s, {again}, 6));
    const QList<QJsonObject> recent = cache.recent(u"sync_events"_s, 100);
    QCOMPARE(recent.size(), 6);
    QCOMPARE(recent.first().value(u"status"_s).toString(), u"failed"_s);

    // Older than everything kept: trimmed straight away. Newer: pushes the oldest out.
    QVERIFY(cache.append(u"sync_events"_s, {syncEvent(-1, u"odd"_s, t0.addSecs(-1))}, 6));
    QVERIFY(cache.append(u"sync_events"_s, {syncEvent(10, u"even"_s, t0.addSecs(10))}, 6));
    QCOMPARE(ids(cache.recent(u"sync_events"_s, 100)),
             (QStringList {u"ev-10"_s, u"ev-9"_s, u"ev-8"_s, u"ev-7"_s, u"ev-6"_s, u"ev-5"_s}));

    // Streams are capped independently.
    QVERIFY(cache.append(u"audit"_s, {syncEvent(1, {}, t0)}, 6));
    QCOMPARE(cache.recent(u"audit"_s, 10).size(), 1);
    QCOMPARE(cache.recent(u"sync_events"_s, 10).size(), 6);
}

void TestLocalCache::bookkeeping()
{
    LocalCache cache(u"bookkeeping"_s);
    QVERIFY(cache.open(file(u"book.db"_s)).ok());
    QVERIFY(cache.value(u"selectedOrganization"_s).isNull());
    cache.setValue(u"selectedOrganization"_s, u"org1"_s);
    cache.setValue(u"selectedOrganization"_s, u"org2"_s);
    QCOMPARE(cache.value(u"selectedOrganization"_s), u"org2"_s);

    QCOMPARE(cache.lastSeq(u"org:1"_s), 0);
    cache.setLastSeq(u"org:1"_s, 17);
    cache.setLastSeq(u"platform:admins"_s, 9000000000LL);
    QCOMPARE(cache.lastSeq(u"org:1"_s), 17);
    QCOMPARE(cache.lastSeq(u"platform:admins"_s), 9000000000LL);

    QVERIFY(!cache.refreshedAt(u"sections"_s, u"org1"_s).isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(cache.replaceAll(u"sections"_s, u"org1"_s, {doc(u"a"_s, {}, u"A"_s)}));
    const QDateTime refreshed = cache.refreshedAt(u"sections"_s, u"org1"_s);
    QVERIFY(refreshed >= before && refreshed <= QDateTime::currentDateTimeUtc());
    QCOMPARE(refreshed.timeSpec(), Qt::UTC);
    QVERIFY(!cache.refreshedAt(u"sections"_s, u"org2"_s).isValid());
    QVERIFY(!cache.refreshedAt(u"sections"_s).isValid()); // the whole collection never was

    QVERIFY(cache.append(u"sync_events"_s, {syncEvent(1, u"org1"_s, before)}));
    QVERIFY(cache.refreshedAt(u"sync_events"_s).isValid());
    QVERIFY(cache.refreshedAt(u"sync_events"_s, u"org1"_s).isValid());
    QVERIFY(!cache.refreshedAt(u"sync_events"_s, u"org2"_s).isValid());
}

void TestLocalCache::newerConsolesFileIsRefusedUntouched()
{
    const QString path = file(u"newer.db"_s);
    rawQuery(path, {u"CREATE TABLE future_things (x)"_s, u"PRAGMA user_version = 7"_s});
    const QByteArray bytes = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    LocalCache cache(u"newer"_s);
    const Result<bool> opened = cache.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(CacheErrorCode::TooNew));
    QVERIFY2(opened.error().message.contains(u"newer"_s), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(path));
    QVERIFY(!cache.isOpen());
    QVERIFY(cache.documents(u"sections"_s).isEmpty()); // a closed cache answers nothing, safely
    QVERIFY(!cache.put(u"sections"_s, doc(u"a"_s, {}, u"A"_s)));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes); // not migrated, not switched to WAL
    QCOMPARE(rawQuery(path, {u"PRAGMA user_version"_s}).toInt(), 7);
}

void TestLocalCache::damagedFileIsReportedAndCanBeMovedAside()
{
    const QString path = file(u"damaged.db"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this was a cache until the disk hiccuped. ").repeated(200));
    }
    LocalCache cache(u"damaged"_s);
    const Result<bool> opened = cache.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(CacheErrorCode::Corrupt));
    QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));

    // Starting afresh: move it aside (kept for a bug report) and open again.
    QString aside;
    QVERIFY(LocalCache::moveAside(path, &aside));
    QVERIFY(QFile::exists(aside));
    QVERIFY(!QFile::exists(path));
    const Result<bool> fresh = cache.open(path);
    QVERIFY2(fresh.ok(), qPrintable(why(fresh)));
    QVERIFY(cache.put(u"sections"_s, doc(u"a"_s, {}, u"A"_s)));
    QCOMPARE(cache.documents(u"sections"_s).size(), 1);
}

void TestLocalCache::reopenAfterCloseKeepsEverything()
{
    const QString path = file(u"reopen.db"_s);
    const QDateTime t0 = QDateTime::fromString(u"2026-06-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
    QDateTime refreshed;
    {
        LocalCache cache(u"first"_s);
        QVERIFY(cache.open(path).ok());
        QVERIFY(cache.replaceAll(u"sections"_s, u"org1"_s,
                                 {doc(u"a"_s, {}, u"A"_s), doc(u"b"_s, {}, u"B"_s)}));
        QVERIFY(
            cache.append(u"sync_events"_s,
                         {syncEvent(1, u"org1"_s, t0), syncEvent(2, u"org1"_s, t0.addSecs(1))}));
        cache.setValue(u"k"_s, u"v"_s);
        cache.setLastSeq(u"org:1"_s, 5);
        refreshed = cache.refreshedAt(u"sections"_s, u"org1"_s);
    }
    LocalCache cache(u"first"_s); // the same connection name is free again
    QVERIFY(cache.open(path).ok());
    QCOMPARE(ids(cache.documents(u"sections"_s, u"org1"_s)), (QStringList {u"a"_s, u"b"_s}));
    QCOMPARE(ids(cache.recent(u"sync_events"_s, 10)), (QStringList {u"ev-2"_s, u"ev-1"_s}));
    QCOMPARE(cache.value(u"k"_s), u"v"_s);
    QCOMPARE(cache.lastSeq(u"org:1"_s), 5);
    QCOMPARE(cache.refreshedAt(u"sections"_s, u"org1"_s), refreshed);
}

void TestLocalCache::twoProfilesAtOnce()
{
    LocalCache a(u"profile-a"_s);
    LocalCache b(u"profile-b"_s);
    QVERIFY(a.open(file(u"a.db"_s)).ok());
    QVERIFY(b.open(file(u"b.db"_s)).ok());
    a.setValue(u"who"_s, u"a"_s);
    b.setValue(u"who"_s, u"b"_s);
    QCOMPARE(a.value(u"who"_s), u"a"_s);
    QCOMPARE(b.value(u"who"_s), u"b"_s);

    // A second object cannot steal a connection name that is in use.
    LocalCache clash(u"profile-a"_s);
    const Result<bool> opened = clash.open(file(u"c.db"_s));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(CacheErrorCode::Unavailable));
    QCOMPARE(a.value(u"who"_s), u"a"_s); // and its failure does not close the owner's
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
