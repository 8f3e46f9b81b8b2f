// SQLite's busy handler (storage/SqliteBusyWait), on real files with two connections: a write
// that meets another connection's write lock waits for it and then runs; one that would wait
// past its limit fails with SQLITE_BUSY, and the lock's holder still commits.
#include "storage/SqliteBusyWait.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using namespace wedsync::server;

namespace {

constexpr int SqliteBusy = 5;

// Runs `work` with a connection of its own to `path`, opened and closed on the calling thread.
template<typename Work> void withConnection(const QString &name, const QString &path, Work work)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open())
            work(db);
    }
    QSqlDatabase::removeDatabase(name);
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    const bool done = q.exec(sql);
    if (error)
        *error = q.lastError();
    return done;
}

} // namespace

class TestSqliteBusyWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aWriteWaitsForAnotherConnectionsLock();
    void aWriteGivesUpAtItsLimit();
    void onlySqliteConnectionsTakeIt();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSqliteBusyWait::init()
{
    QVERIFY(m_dir.isValid());
    m_path
        = m_dir.filePath(u"busy-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    withConnection(u"setup"_s, m_path, [](QSqlDatabase &db) {
        QVERIFY(exec(db, u"PRAGMA journal_mode=WAL"_s));
        QVERIFY(exec(db, u"CREATE TABLE rows (name TEXT NOT NULL)"_s));
    });
}

void TestSqliteBusyWait::aWriteWaitsForAnotherConnectionsLock()
{
    std::promise<void> locked;
    bool held = false; // written before `locked` is set, read after the join
    std::thread holder([&] {
        withConnection(u"holder"_s, m_path, [&](QSqlDatabase &db) {
            held = exec(db, u"BEGIN IMMEDIATE"_s)
                && exec(db, u"INSERT INTO rows (name) VALUES ('held')"_s);
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            exec(db, u"COMMIT"_s);
        });
    });
    locked.get_future().wait();
    bool inserted = false;
    qint64 heldSeen = -1;
    QSqlError error;
    withConnection(u"waiter"_s, m_path, [&](QSqlDatabase &db) {
        QVERIFY(installSqliteBusyWait(db, 5000));
        inserted = exec(db, u"INSERT INTO rows (name) VALUES ('waited')"_s, &error);
        QSqlQuery q(db);
        if (q.exec(u"SELECT COUNT(*) FROM rows WHERE name = 'held'"_s) && q.next())
            heldSeen = q.value(0).toLongLong();
    });
    holder.join();
    QVERIFY(held);
    QVERIFY2(inserted, qPrintable(error.text()));
    QCOMPARE(heldSeen, 1); // it ran after the holder's commit
}

void TestSqliteBusyWait::aWriteGivesUpAtItsLimit()
{
    std::promise<void> locked;
    std::promise<void> tried;
    bool committed = false;
    bool held = false;
    std::thread holder([&] {
        withConnection(u"holder"_s, m_path, [&](QSqlDatabase &db) {
            held = exec(db, u"BEGIN IMMEDIATE"_s)
                && exec(db, u"INSERT INTO rows (name) VALUES ('held')"_s);
            locked.set_value();
            // Held until the other has given up; a waiter that does not give up at its limit
            // (Qt's own handler waits 5 s) gets the lock after 3 s and inserts.
            tried.get_future().wait_for(std::chrono::seconds(3));
            committed = exec(db, u"COMMIT"_s);
        });
    });
    locked.get_future().wait();
    bool inserted = true;
    QSqlError error;
    withConnection(u"waiter"_s, m_path, [&](QSqlDatabase &db) {
        QVERIFY(installSqliteBusyWait(db, 50));
        inserted = exec(db, u"INSERT INTO rows (name) VALUES ('gave up')"_s, &error);
    });
    tried.set_value();
    holder.join();
    QVERIFY(held);
    QVERIFY(!inserted);
    QCOMPARE(error.nativeErrorCode().toInt() & 0xff, SqliteBusy);
    QVERIFY(committed);
}

void TestSqliteBusyWait::onlySqliteConnectionsTakeIt()
{
    QSqlDatabase none;
    QVERIFY(!installSqliteBusyWait(none, 50));
    withConnection(u"closed"_s, m_path, [](QSqlDatabase &db) {
        db.close();
        QVERIFY(!installSqliteBusyWait(db, 50));
    });
}

QTEST_GUILESS_MAIN(TestSqliteBusyWait)
#include "tst_sqlitebusywait.moc"
