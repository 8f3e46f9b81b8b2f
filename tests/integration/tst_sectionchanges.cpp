// The realtime seam of section writes, in process on both backends: every committed change
// (and its audit row) reaches the injected RealtimePublisher after the commit, as the table's
// row; a write that fails or rolls back publishes nothing; no publisher is fine too.
#include "TestDatabase.h"
#include "api/AuditedTransaction.h"
#include "api/SectionService.h"
#include "auth/PasswordHasher.h"
#include "demo/DemoData.h"
#include "realtime/RealtimePublisher.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

struct Published
{
    QString table;
    QString eventType;
    QString orgId; // empty for publishChangeTo
    QStringList topics; // publishChangeTo only
    QJsonObject newRow;
    QJsonObject oldRow;
    int transactionDepth; // of the server's connection when it was published
};

// Records what it is asked to publish, and whether a transaction was still open then.
class RecordingPublisher final : public RealtimePublisher
{
public:
    explicit RecordingPublisher(Database &db)
        : m_db(db)
    { }

    Result<int> publishChange(const QString &table, const QString &eventType, const QString &orgId,
                              const QJsonObject &newRow, const QJsonObject &oldRow) override
    {
        calls.append({table, eventType, orgId, {}, newRow, oldRow, m_db.transactionDepth()});
        return 3;
    }
    Result<int> publishChangeTo(const QList<RealtimeTopic> &topics, const QString &table,
                                const QString &eventType, const QJsonObject &newRow,
                                const QJsonObject &oldRow) override
    {
        QStringList names;
        for (const RealtimeTopic &topic : topics)
            names << topic.name();
        calls.append({table, eventType, {}, names, newRow, oldRow, m_db.transactionDepth()});
        return int(topics.size());
    }
    Result<qint64> broadcastFromServer(const QString &, const QString &,
                                       const QJsonValue &) override
    {
        return qint64(0);
    }

    QList<Published> calls;

private:
    Database &m_db;
};

} // namespace

class TestSectionChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void committedChangesArePublishedAfterTheCommit();
    void failedWritesPublishNothing();
    void noPublisherIsFine();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)};
    ChangeNotifier m_notifier;
    std::unique_ptr<RecordingPublisher> m_publisher;
    std::unique_ptr<SectionService> m_service;
    QString m_org = DemoData::evergreenId();
};

void TestSectionChanges::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_testDb = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_testDb->isReady(), qPrintable(m_testDb->errorString()));
    auto url = DatabaseUrl::parse(m_testDb->url());
    QVERIFY(url.ok());
    auto db = Database::open(url.value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    auto migrated = Migrations(*m_db, schemaMigrations()).apply();
    QVERIFY(migrated.ok());
    const PasswordHasher hasher(PasswordHasher::fastCost());
    auto seeded = DemoData(*m_db, m_clock, hasher).seedIfEmpty();
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    m_publisher = std::make_unique<RecordingPublisher>(*m_db);
    m_notifier.setPublisher(m_publisher.get());
    m_service = std::make_unique<SectionService>(*m_db, m_clock, m_notifier);
}

void TestSectionChanges::cleanup()
{
    m_service.reset();
    m_notifier.setPublisher(nullptr);
    m_publisher.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestSectionChanges::committedChangesArePublishedAfterTheCommit()
{
    const MutationActor actor {QString(), u"test-request"_s};
    SectionConfig section;
    section.organizationId = m_org;
    section.sectionType = u"notes"_s;
    section.visibility.roles = {u"admin"_s};
    auto created = m_service->create(actor, section, true);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const QString id = created->section.id;

    SectionChange change;
    change.id = id;
    change.ifMatch.versions = {1};
    change.edit = [](SectionConfig s) -> Result<SectionConfig> {
        s.customization.title = u"Notes"_s;
        return s;
    };
    QVERIFY(m_service->update(actor, m_org, {change}, u"update"_s, nullptr).ok());
    QVERIFY(m_service->remove(actor, m_org, id, IfMatch {false, {2}}, nullptr).ok());

    const QList<Published> &calls = m_publisher->calls;
    QCOMPARE(calls.size(), 6); // each change and its audit row
    QStringList sectionEvents;
    for (const Published &call : calls) {
        QCOMPARE(call.transactionDepth, 0); // only after the commit
        if (call.table == u"section_configurations"_s) {
            sectionEvents << call.eventType;
            QCOMPARE(call.orgId, m_org);
            const QJsonObject row = call.eventType == u"DELETE"_s ? call.oldRow : call.newRow;
            QCOMPARE(row[u"id"_s].toString(), id);
            QCOMPARE(row[u"organization_id"_s].toString(),
                     m_org); // filterable as organization_id=eq.<id>
            QCOMPARE(row[u"section_type"_s].toString(), u"notes"_s);
        } else {
            QCOMPARE(call.table, u"audit_log"_s);
            QCOMPARE(call.eventType, u"INSERT"_s);
            // Audit rows only for the tenant's admins and platform staff.
            QCOMPARE(call.topics,
                     (QStringList {u"tenant:"_s + m_org + u":admins"_s, u"platform:admins"_s}));
            QCOMPARE(call.newRow[u"request_id"_s].toString(), u"test-request"_s);
        }
    }
    QCOMPARE(sectionEvents, (QStringList {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}));
    const Published update = calls.at(3);
    QCOMPARE(update.eventType, u"UPDATE"_s);
    QCOMPARE(update.oldRow[u"version"_s].toInt(), 1);
    QCOMPARE(update.newRow[u"version"_s].toInt(), 2);
    QCOMPARE(update.newRow[u"config"_s][u"customization"_s][u"title"_s].toString(), u"Notes"_s);
}

void TestSectionChanges::failedWritesPublishNothing()
{
    const MutationActor actor {QString(), u"test-request"_s};
    auto sections = m_service->list(m_org, SectionScope {SectionScope::Kind::OrganizationWide, {}});
    QVERIFY(sections.ok());
    const SectionConfig budget = sections->at(3).section;

    // A stale version, an invalid edit, a reorder onto a taken position.
    SectionChange stale {budget.id,
                         IfMatch {false, {9}},
                         {},
                         [](const SectionConfig &s) { return Result<SectionConfig>(s); },
                         {}};
    QList<SectionRecord> conflicts;
    QCOMPARE(m_service->update(actor, m_org, {stale}, u"update"_s, &conflicts).error().code,
             u"version_conflict"_s);
    QCOMPARE(conflicts.size(), 1);
    SectionChange invalid {budget.id,
                           IfMatch {false, {1}},
                           {},
                           [](SectionConfig s) -> Result<SectionConfig> {
                               s.layout.columns = 40;
                               return s;
                           },
                           {}};
    QCOMPARE(m_service->update(actor, m_org, {invalid}, u"update"_s, nullptr).error().code,
             u"validation_failed"_s);

    // The audit write fails: the section change is rolled back and nothing is announced.
    const QStringList breakAudit = m_db->dialect() == Database::Dialect::Sqlite
        ? QStringList {u"CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit write failed on purpose'); END"_s}
        : QStringList {u"CREATE FUNCTION test_audit_fails() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'audit write failed on purpose'; END $$"_s,
                       u"CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION test_audit_fails()"_s};
    for (const QString &sql : breakAudit)
        QVERIFY(m_db->execute(sql).ok());
    SectionChange edit {budget.id,
                        IfMatch {false, {1}},
                        {},
                        [](SectionConfig s) -> Result<SectionConfig> {
                            s.customization.title = u"Never stored"_s;
                            return s;
                        },
                        {}};
    QVERIFY(!m_service->update(actor, m_org, {edit}, u"update"_s, nullptr).ok());
    SectionConfig fresh;
    fresh.organizationId = m_org;
    fresh.sectionType = u"notes"_s;
    QVERIFY(!m_service->create(actor, fresh, true).ok());
    QVERIFY(!m_service->remove(actor, m_org, budget.id, IfMatch {true, {}}, nullptr).ok());

    QVERIFY(m_publisher->calls.isEmpty());
    QCOMPARE(m_db->transactionDepth(), 0);
    auto after = m_service->find(m_org, budget.id);
    QVERIFY(after.ok() && after->has_value());
    QCOMPARE(after->value().section, budget);
}

void TestSectionChanges::noPublisherIsFine()
{
    m_notifier.setPublisher(nullptr);
    SectionConfig section;
    section.organizationId = m_org;
    section.sectionType = u"notes"_s;
    auto created = m_service->create(MutationActor {}, section, false);
    QVERIFY(created.ok());
    QCOMPARE(created->section.layout.position, 0);
    QVERIFY(m_publisher->calls.isEmpty());
}

QTEST_GUILESS_MAIN(TestSectionChanges)
#include "tst_sectionchanges.moc"
