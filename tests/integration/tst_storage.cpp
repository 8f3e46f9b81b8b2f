// Storage on both backends: migrations, transactions, the append-only audit trail, tenancy
// scoping, versioned writes and the multi-row batch writes of the repositories.
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "api/SectionWire.h"
#include "api/SectionWireCache.h"
#include "auth/ConfigSecrets.h"
#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "storage/AppointmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/ConfigChangeRequestRepository.h"
#include "storage/ConfigPlainSecrets.h"
#include "storage/ConfigSettingRepository.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/CrmClientRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrganizationRepository.h"
#include "storage/Schema.h"
#include "storage/SectionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/SyncEventRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

// A database with the migrations below `before` applied (all by default): an older server's.
std::unique_ptr<Database> openMigrated(const TestDatabase &testDb, QString *error,
                                       int before = std::numeric_limits<int>::max())
{
    auto url = DatabaseUrl::parse(testDb.url());
    if (!url) {
        *error = url.error().message;
        return nullptr;
    }
    auto db = Database::open(url.value());
    if (!db) {
        *error = db.error().message;
        return nullptr;
    }
    QList<Migration> older;
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version < before)
            older << migration;
    }
    Migrations migrations(*db.value(), older);
    if (auto applied = migrations.apply(); !applied) {
        *error = applied.error().message;
        return nullptr;
    }
    return std::move(db).value();
}

qint64 countRows(Database &db, const QString &table)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM "_s + table);
    if (!q.exec(u"counting"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Organization organization(const QString &slug)
{
    return Organization {ids::create(), slug.toUpper(), slug, u"starter"_s, {}};
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreIdempotent_data() { TestDatabase::addBackendRows(); }
    void migrationsAreIdempotent();
    void concurrentStartsMigrateOnce_data() { TestDatabase::addBackendRows(); }
    void concurrentStartsMigrateOnce();
    void newerSchemaIsRefused_data() { TestDatabase::addBackendRows(); }
    void newerSchemaIsRefused();
    void transactionRollsBackUnlessCommitted_data() { TestDatabase::addBackendRows(); }
    void transactionRollsBackUnlessCommitted();
    void auditLogIsAppendOnly_data() { TestDatabase::addBackendRows(); }
    void auditLogIsAppendOnly();
    void auditRowsLearnTheirWedding_data() { TestDatabase::addBackendRows(); }
    void auditRowsLearnTheirWedding();
    void weddingsGetTheirWeddingDay_data() { TestDatabase::addBackendRows(); }
    void weddingsGetTheirWeddingDay();
    void emailsAreUniqueWhateverTheirCase_data() { TestDatabase::addBackendRows(); }
    void emailsAreUniqueWhateverTheirCase();
    void readsAreScopedByOrganization_data() { TestDatabase::addBackendRows(); }
    void readsAreScopedByOrganization();
    void sectionWritesAreVersioned_data() { TestDatabase::addBackendRows(); }
    void sectionWritesAreVersioned();
    void storedSectionsAreKeptByEveryColumn_data() { TestDatabase::addBackendRows(); }
    void storedSectionsAreKeptByEveryColumn();
    void metacharactersAreStoredVerbatim_data() { TestDatabase::addBackendRows(); }
    void metacharactersAreStoredVerbatim();
    void batchWritesStoreEveryRow_data() { TestDatabase::addBackendRows(); }
    void batchWritesStoreEveryRow();
    void clientsAreMatchedByEmailOldestFirst_data() { TestDatabase::addBackendRows(); }
    void clientsAreMatchedByEmailOldestFirst();
    void configSecretsAreNeverStoredInTheClear_data() { TestDatabase::addBackendRows(); }
    void configSecretsAreNeverStoredInTheClear();
    void aStartWithNoPlainSecretsMarksSealingDone_data() { TestDatabase::addBackendRows(); }
    void aStartWithNoPlainSecretsMarksSealingDone();
    void layoutSnapshotsAreCompressedWithLz4_data();
    void layoutSnapshotsAreCompressedWithLz4();
};

void TestStorage::layoutSnapshotsAreCompressedWithLz4_data()
{
    // PostgreSQL only: SQLite does not compress values.
    QTest::addColumn<QString>("backend");
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestStorage::layoutSnapshotsAreCompressedWithLz4()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SqlQuery q(*db,
               u"SELECT attcompression FROM pg_attribute WHERE attrelid ="
               " CAST('layout_versions' AS regclass) AND attname = 'snapshot'"_s);
    QVERIFY(q.exec(u"reading the column's compression"_s));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), u"l"_s); // lz4 (Debian's PostgreSQL is built with it)
}

void TestStorage::migrationsAreIdempotent()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->backendName(), backend);

    Migrations again(*db, schemaMigrations());
    auto second = again.apply();
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE(second.value(), 0);
    auto versions = again.appliedVersions();
    QVERIFY(versions.ok());
    QCOMPARE(versions.value().size(), schemaMigrations().size());
    QCOMPARE(versions.value().constLast(), again.latestVersion());
    for (const char *table :
         {"organizations", "users", "memberships", "platform_staff", "weddings", "wedding_access",
          "section_configurations", "sessions", "refresh_tokens", "audit_log"})
        QVERIFY2(countRows(*db, QString::fromLatin1(table)) == 0, table);
}

void TestStorage::concurrentStartsMigrateOnce()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    // Three servers start on one empty database at once (a restart racing a second
    // instance): each must come up, and the schema and demo data exist once.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 3; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(ServerProcess::executable(),
                       testDb.serverArguments()
                           << u"--demo"_s << u"--listen"_s << u"127.0.0.1:0"_s);
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        QTRY_VERIFY_WITH_TIMEOUT(process->canReadLine() || process->state() == QProcess::NotRunning,
                                 60000);
        const QByteArray line = process->readLine();
        QVERIFY2(line.startsWith("wedsync-server listening on "),
                 QByteArray(line + process->readAllStandardError()).constData());
        process->terminate();
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 0);
    }
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(countRows(*db, u"schema_migrations"_s), qint64(schemaMigrations().size()));
    QCOMPARE(countRows(*db, u"organizations"_s), 3); // the demo tenants, seeded once
}

void TestStorage::newerSchemaIsRefused()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->execute(u"INSERT INTO schema_migrations (version, name, applied_at)"
                        " VALUES (9999, 'from the future', '2099-01-01T00:00:00.000Z')"_s)
                .ok());
    Migrations migrations(*db, schemaMigrations());
    auto applied = migrations.apply();
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, u"schema_too_new"_s);
}

void TestStorage::transactionRollsBackUnlessCommitted()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    OrganizationRepository organizations(*db, clock);
    {
        Transaction tx(*db);
        QVERIFY(tx.isActive());
        QVERIFY(organizations.create(organization(u"dropped"_s)).ok());
    }
    QCOMPARE(countRows(*db, u"organizations"_s), 0);
    {
        Transaction outer(*db);
        QVERIFY(organizations.create(organization(u"outer"_s)).ok());
        {
            Transaction inner(*db);
            QVERIFY(organizations.create(organization(u"inner"_s)).ok());
            // no commit: the inner step failed
        }
        QVERIFY2(!outer.commit().ok(), "a failed nested step must fail the outer commit");
    }
    QCOMPARE(countRows(*db, u"organizations"_s), 0);
    {
        Transaction tx(*db);
        QVERIFY(organizations.create(organization(u"kept"_s)).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(countRows(*db, u"organizations"_s), 1);
}

void TestStorage::auditLogIsAppendOnly()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    AuditRepository audit(*db, clock);
    AuditRecord entry;
    entry.entityType = u"organization"_s;
    entry.action = u"create"_s;
    entry.after = QJsonObject {{u"name"_s, u"x"_s}};
    auto written = audit.append(entry);
    QVERIFY(written.ok());

    QVERIFY(!db->execute(u"UPDATE audit_log SET action = 'tampered'"_s).ok());
    QVERIFY(!db->execute(u"DELETE FROM audit_log"_s).ok());
    auto rows = audit.query({});
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().constFirst().action, u"create"_s);
    QCOMPARE(rows.value().constFirst().after->value(u"name"_s).toString(), u"x"_s);
    QVERIFY(!rows.value().constFirst().before.has_value());
}

void TestStorage::auditRowsLearnTheirWedding()
{
    // A database from before migration 9, with a wedding's section row and another row.
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto opened = openMigrated(testDb, &error, 9);
    QVERIFY2(opened, qPrintable(error));
    Database &db = *opened;
    const QString wedding = ids::create();
    const auto insert = [&](const QString &entityType, const QJsonObject &after) {
        SqlQuery q(db,
                   u"INSERT INTO audit_log (id, occurred_at, entity_type, action, after_json)"
                   " VALUES (:id, '2026-01-01T00:00:00.000Z', :type, 'update', :after)"_s);
        q.bind(u":id"_s, ids::create())
            .bind(u":type"_s, entityType)
            .bind(u":after"_s, sql::jsonText(after));
        return q.exec(u"writing an old audit row"_s).ok();
    };
    QVERIFY(insert(u"section_configuration"_s, {{u"weddingId"_s, wedding}}));
    QVERIFY(insert(u"section_configuration"_s, {{u"weddingId"_s, QJsonValue::Null}}));
    QVERIFY(insert(u"organization"_s, {{u"weddingId"_s, wedding}}));

    auto applied = Migrations(db, schemaMigrations()).apply();
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    SystemClock clock;
    AuditRepository audit(db, clock);
    AuditRepository::Filter filter;
    filter.weddingId = wedding;
    auto rows = audit.query(filter);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1); // only the section row: other entities are not guessed
    QCOMPARE(rows->first().entityType, u"section_configuration"_s);
    QCOMPARE(rows->first().weddingId, wedding);
    QCOMPARE(audit.count({}).value(), qint64(3));
    // Still append-only after the backfill lifted its guard.
    QVERIFY(!db.execute(u"UPDATE audit_log SET action = 'tampered'"_s).ok());
    QVERIFY(!db.execute(u"DELETE FROM audit_log"_s).ok());
}

void TestStorage::weddingsGetTheirWeddingDay()
{
    // A wedding stored before migration 13 gets its wedding day at the next start, once; a
    // wedding stored after brings its own.
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto opened = openMigrated(testDb, &error, 13);
    QVERIFY2(opened, qPrintable(error));
    Database &db = *opened;
    SystemClock clock;
    const QString org = ids::create();
    QVERIFY(OrganizationRepository(db, clock)
                .create(Organization {org, u"Old Tenant"_s, u"old-tenant"_s, u"free"_s, {}})
                .ok());
    const QString old = ids::create();
    QVERIFY(db.execute(u"INSERT INTO weddings (id, organization_id, couple_name, wedding_date,"
                       " time_zone, status, version, created_at, updated_at) VALUES ('%1', '%2',"
                       " 'Ana & Bo', '2027-10-31', 'Europe/Madrid', 'active', 1,"
                       " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s.arg(old, org))
                .ok());
    QVERIFY(Migrations(db, schemaMigrations()).apply().ok());

    AppointmentRepository appointments(db, clock);
    QCOMPARE(appointments.ensureWeddingDays().value(), 1);
    QCOMPARE(appointments.ensureWeddingDays().value(), 0); // the next start adds nothing
    auto day = appointments.find(org, AppointmentRepository::weddingDayId(old));
    QVERIFY(day.ok() && day->has_value());
    QCOMPARE(day->value().kind, u"wedding_day"_s);
    QCOMPARE(day->value().weddingId, old);
    QVERIFY(day->value().allDay);
    QCOMPARE(day->value().startDate, QDate(2027, 10, 31));
    QCOMPARE(day->value().endDate, QDate(2027, 11, 1));
    // Madrid's summer time ends that morning: the day is 25 hours long.
    QCOMPARE(day->value().startsAt, QDateTime(QDate(2027, 10, 30), QTime(22, 0), Qt::UTC));
    QCOMPARE(day->value().startsAt.secsTo(day->value().endsAt), 25 * 3600);

    const Wedding fresh {ids::create(),
                         org,
                         u"Cy & Di"_s,
                         QDate(2028, 2, 29),
                         u"Asia/Tokyo"_s,
                         u"active"_s,
                         1,
                         {},
                         {}};
    QVERIFY(WeddingRepository(db, clock).create(fresh).ok());
    auto freshDay = appointments.find(org, AppointmentRepository::weddingDayId(fresh.id));
    QVERIFY(freshDay.ok() && freshDay->has_value());
    QCOMPARE(freshDay->value().startsAt, QDateTime(QDate(2028, 2, 28), QTime(15, 0), Qt::UTC));
    QCOMPARE(appointments.ensureWeddingDays().value(), 0);
    // A second wedding day for a wedding is refused by the database itself.
    appointments::Appointment second = freshDay->value();
    second.id = ids::create();
    QVERIFY(!appointments.create(second).ok());
}

void TestStorage::emailsAreUniqueWhateverTheirCase()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    UserRepository users(*db, clock);
    QVERIFY(users.create(User {ids::create(), u"Ada@Example.org"_s, u"Ada"_s, u"hash"_s, false, {}})
                .ok());
    auto duplicate = users.create(
        User {ids::create(), u"ada@example.ORG"_s, u"Ada 2"_s, u"hash"_s, false, {}});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, u"unique_violation"_s);
    auto found = users.findByEmail(u"  ADA@example.org "_s);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->displayName, u"Ada"_s);
}

void TestStorage::readsAreScopedByOrganization()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    OrganizationRepository organizations(*db, clock);
    WeddingRepository weddings(*db, clock);
    SectionRepository sections(*db, clock);
    const Organization mine = organizations.create(organization(u"mine"_s)).value();
    const Organization theirs = organizations.create(organization(u"theirs"_s)).value();
    const Wedding wedding = weddings
                                .create(Wedding {ids::create(),
                                                 theirs.id,
                                                 u"A & B"_s,
                                                 QDate(2030, 6, 1),
                                                 u"Europe/Rome"_s,
                                                 u"active"_s,
                                                 1,
                                                 {},
                                                 {}})
                                .value();

    auto lookup = weddings.find(mine.id, wedding.id);
    QVERIFY(lookup.ok());
    QVERIFY2(!lookup.value().has_value(), "another tenant's wedding must not be found");
    QVERIFY(weddings.list(mine.id).value().isEmpty());
    QCOMPARE(weddings.list(theirs.id).value().size(), 1);

    // A section of my organization cannot point at their wedding (composite foreign key).
    SectionConfig section;
    section.id = ids::create();
    section.organizationId = mine.id;
    section.weddingId = wedding.id;
    section.sectionType = u"timeline"_s;
    auto crossTenant = sections.create(section);
    QVERIFY(!crossTenant.ok());
    QCOMPARE(crossTenant.error().code, u"foreign_key_violation"_s);

    // Granting access to their wedding in my name writes nothing.
    UserRepository users(*db, clock);
    const User user
        = users.create(User {ids::create(), u"u@example.org"_s, u"U"_s, u"h"_s, false, {}}).value();
    auto grant = weddings.grantAccess(mine.id, WeddingAccess {user.id, wedding.id, u"full"_s});
    QVERIFY(!grant.ok());
    QCOMPARE(grant.error().code, u"not_found"_s);
    QCOMPARE(countRows(*db, u"wedding_access"_s), 0);
}

void TestStorage::sectionWritesAreVersioned()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    OrganizationRepository organizations(*db, clock);
    SectionRepository sections(*db, clock);
    const Organization org = organizations.create(organization(u"org"_s)).value();
    const Organization other = organizations.create(organization(u"other"_s)).value();

    SectionConfig section;
    section.id = ids::create();
    section.organizationId = org.id;
    section.sectionType = u"budget"_s;
    section.visibility.roles = {u"admin"_s, u"couple"_s};
    section.layout.columns = 6;
    section.customization.title = u"Budget"_s;
    auto created = sections.create(section);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().section.metadata.version, 1);

    auto fetched = sections.find(org.id, section.id);
    QVERIFY(fetched.ok() && fetched.value().has_value());
    QCOMPARE(fetched.value()->section.visibility.roles, section.visibility.roles);
    QCOMPARE(fetched.value()->section.customization.title, u"Budget"_s);
    QVERIFY(!sections.find(other.id, section.id).value().has_value());

    SectionConfig edit = fetched.value()->section;
    edit.customization.title = u"Money"_s;
    auto updated = sections.update(edit, 1);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().section.metadata.version, 2);
    QCOMPARE(updated.value().section.customization.title, u"Money"_s);

    auto stale = sections.update(edit, 1);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, u"version_conflict"_s);

    SectionConfig foreign = edit;
    foreign.organizationId = other.id;
    auto wrongTenant = sections.update(foreign, 2);
    QVERIFY(!wrongTenant.ok());
    QCOMPARE(wrongTenant.error().code, u"not_found"_s);

    QCOMPARE(sections.remove(org.id, section.id, 1).error().code, u"version_conflict"_s);
    QVERIFY(sections.remove(org.id, section.id, 2).ok());
    QVERIFY(sections.list(org.id).value().isEmpty());
}

void TestStorage::storedSectionsAreKeptByEveryColumn()
{
    // A section's wire form is kept by its stored row: a row that changed in any column is
    // made again, even when a write left its version as it was.
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    const Organization org
        = OrganizationRepository(*db, clock).create(organization(u"org"_s)).value();
    SectionRepository sections(*db, clock);
    SectionConfig section;
    section.id = ids::create();
    section.organizationId = org.id;
    section.sectionType = u"budget"_s;
    section.customization.title = u"Budget"_s;
    QVERIFY(sections.create(section).ok());
    SectionWireCache cache;
    const auto wireTitle = [&] {
        auto rows = sections.listStored(org.id);
        auto wire = rows ? cache.wire(rows.value()) : Result<QJsonArray>(rows.error());
        return wire ? wire->at(0)[u"customization"_s][u"title"_s].toString() : u"(error)"_s;
    };
    QCOMPARE(wireTitle(), u"Budget"_s);
    QCOMPARE(cache.wire(sections.listStored(org.id).value()).value().at(0).toObject(),
             json::section(sections.find(org.id, section.id).value().value()));

    SqlQuery read(*db, u"SELECT config FROM section_configurations WHERE id = :id"_s);
    read.bind(u":id"_s, section.id);
    QVERIFY(read.exec(u"test"_s) && read.next());
    const QString config = read.text(0).replace(u"Budget"_s, u"Money"_s);
    SqlQuery write(*db, u"UPDATE section_configurations SET config = :config WHERE id = :id"_s);
    write.bind(u":config"_s, config).bind(u":id"_s, section.id);
    QVERIFY(write.exec(u"test"_s));
    QCOMPARE(wireTitle(), u"Money"_s);

    SectionConfig edit = sections.find(org.id, section.id).value()->section;
    edit.customization.title = u"Cash"_s;
    QVERIFY(sections.update(edit, 1).ok());
    QCOMPARE(wireTitle(), u"Cash"_s);
    const QJsonObject kept
        = cache.wire(sections.listStored(org.id).value()).value().at(0).toObject();
    QCOMPARE(kept[u"version"_s].toInteger(), 2);

    // The snapshot's encoding follows the rows the same way: made, kept, then changed.
    const auto encodedTitle = [&] {
        auto rows = sections.listStored(org.id);
        auto bytes = rows ? cache.encoded(rows.value()) : Result<QByteArray>(rows.error());
        const QJsonArray array
            = bytes ? QJsonDocument::fromJson(bytes.value()).array() : QJsonArray();
        if (bytes && array != cache.wire(rows.value()).value())
            return u"(not the wire form)"_s;
        return array.at(0)[u"customization"_s][u"title"_s].toString();
    };
    QCOMPARE(encodedTitle(), u"Cash"_s);
    QCOMPARE(encodedTitle(), u"Cash"_s); // kept
    edit = sections.find(org.id, section.id).value()->section;
    edit.customization.title = u"Funds"_s;
    QVERIFY(sections.update(edit, 2).ok());
    QCOMPARE(encodedTitle(), u"Funds"_s);
    QCOMPARE(cache.encoded({}).value(), QByteArray("[]"));
}

void TestStorage::metacharactersAreStoredVerbatim()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    OrganizationRepository organizations(*db, clock);
    const QString nasty
        = u"Robert'); DROP TABLE organizations;-- <script>alert(1)</script> \\ :name ? $1 💍"_s;
    Organization org = organization(u"nasty"_s);
    org.name = nasty;
    QVERIFY(organizations.create(org).ok());
    auto back = organizations.find(org.id);
    QVERIFY(back.ok() && back.value().has_value());
    QCOMPARE(back.value()->name, nasty);
    QCOMPARE(countRows(*db, u"organizations"_s), 1);
}

// A propagation writes its batch with multi-row statements sent in chunks: every row arrives,
// with its own values, whatever the batch's size (here more than a chunk, and not a multiple).
void TestStorage::batchWritesStoreEveryRow()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    QStringList orgs;
    {
        Transaction tx(*db);
        OrganizationRepository organizations(*db, clock);
        for (int i = 0; i < 301; ++i) {
            auto made = organizations.create(organization(u"batch-%1"_s.arg(i)));
            QVERIFY(made.ok());
            orgs << made->id;
        }
        QVERIFY(tx.commit().ok());
    }

    ConfigVersionRepository versions(*db, clock);
    const QStringList again = orgs.mid(7, 100);
    QVERIFY(versions.bumpAll(orgs).ok());
    auto bumped = versions.bumpAll(again);
    QVERIFY(bumped.ok());
    QCOMPARE(bumped->size(), again.size());
    for (const QString &org : orgs) {
        const qint64 expected = again.contains(org) ? 2 : 1;
        QCOMPARE(versions.current(org).value(), expected);
        if (expected == 2)
            QCOMPARE(bumped->value(org), expected);
    }

    const ConfigSecrets noSecrets(nullptr); // these documents hold none
    ConfigSettingRepository settings(*db, clock, noSecrets);
    QList<std::pair<ConfigScope, QJsonObject>> baselines;
    for (const QString &org : orgs)
        baselines.append({ConfigScope::tenant(org), QJsonObject {{u"org"_s, org}}});
    QVERIFY(settings.setBaselines(ConfigSettingType::Notifications, baselines).ok());
    baselines = baselines.mid(0, 70);
    for (auto &[scope, baseline] : baselines)
        baseline.insert(u"again"_s, true);
    QVERIFY(settings.setBaselines(ConfigSettingType::Notifications, baselines).ok());
    auto tenants = settings.tenants(ConfigSettingType::Notifications);
    QVERIFY(tenants.ok());
    QCOMPARE(tenants->size(), orgs.size());
    for (int i = 0; i < orgs.size(); ++i) {
        const StoredConfig stored = tenants->value(orgs.at(i));
        QCOMPARE(stored.parentBaseline.value_or(QJsonObject {})[u"org"_s].toString(), orgs.at(i));
        QCOMPARE(stored.parentBaseline.value_or(QJsonObject {}).contains(u"again"_s), i < 70);
        QCOMPARE(stored.version, qint64(0));
    }

    QList<SyncEvent> events;
    for (const QString &org : orgs) {
        SyncEvent event;
        event.organizationId = org;
        event.kind = SyncEventKind::ConfigChange.toString();
        event.status = SyncStatus::Success;
        event.configVersion = versions.current(org).value();
        event.source = u"config:notifications"_s;
        event.message = u"to %1 :v1 ? $1"_s.arg(org);
        events << event;
    }
    SyncEventRepository repository(*db, clock);
    auto stored = repository.insertAll(events);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), orgs.size());
    for (const SyncEvent &event : std::as_const(stored.value())) {
        auto back = repository.find(event.id);
        QVERIFY(back.ok() && back.value().has_value());
        QCOMPARE(back.value()->organizationId, event.organizationId);
        QCOMPARE(back.value()->message, u"to %1 :v1 ? $1"_s.arg(event.organizationId));
        QCOMPARE(back.value()->configVersion, versions.current(event.organizationId).value());
    }
    QCOMPARE(countRows(*db, u"sync_events"_s), qint64(orgs.size()));
}

// A file import matches each of its rows by e-mail. The oldest client with the address wins,
// another tenant's never does, and on SQLite the match is one index search: with the ORDER BY
// answered from the list index instead, each new address read every client of the
// organization and a 50,000-row import slowed to 20 rows a second.
void TestStorage::clientsAreMatchedByEmailOldestFirst()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    OrganizationRepository organizations(*db, clock);
    const Organization mine = organizations.create(organization(u"mine"_s)).value();
    const Organization theirs = organizations.create(organization(u"theirs"_s)).value();
    CrmClientRepository clients(*db);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const auto add = [&](const Organization &org, const QString &email, int secondsLater) {
        CrmClientRow row;
        row.id = ids::create();
        row.organizationId = org.id;
        row.fields = QJsonObject {{u"email"_s, email}};
        row.emailKey = email;
        row.createdAt = start.addSecs(secondsLater);
        row.updatedAt = row.createdAt;
        return clients.insert(row).ok() ? row.id : QString();
    };
    QVERIFY(!add(theirs, u"ana@example.com"_s, 0).isEmpty());
    const QString oldest = add(mine, u"ana@example.com"_s, 10);
    QVERIFY(!oldest.isEmpty());
    QVERIFY(!add(mine, u"ana@example.com"_s, 20).isEmpty());
    for (int i = 0; i < 50; ++i)
        QVERIFY(!add(mine, u"client%1@example.com"_s.arg(i), 30 + i).isEmpty());

    auto found = clients.findByEmail(mine.id, u"ana@example.com"_s);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->id, oldest);
    auto none = clients.findByEmail(mine.id, u"nobody@example.com"_s);
    QVERIFY(none.ok() && !none.value().has_value());

    if (backend != u"sqlite"_s)
        return;
    SqlQuery plan(*db,
                  u"EXPLAIN QUERY PLAN SELECT * FROM crm_clients WHERE organization_id = "
                  ":org AND email_key = :email ORDER BY created_at, id LIMIT 1"_s);
    plan.bind(u":org"_s, mine.id).bind(u":email"_s, u"ana@example.com"_s);
    QVERIFY(plan.exec(u"explaining"_s).ok());
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    QVERIFY2(steps.join(u'\n').contains(u"INDEX crm_clients_email (organization_id=? AND "
                                        "email_key=?)"_s),
             qPrintable(steps.join(u'\n')));
    QVERIFY2(!steps.join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(steps.join(u'\n')));
}

// Configuration secrets at the storage boundary: without AES-GCM nothing with a secret is
// written (documents without one are), a sealed value reads as absent there, and the start's
// pass seals an older server's plain secrets once (or counts them when it cannot).
void TestStorage::configSecretsAreNeverStoredInTheClear()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    SystemClock clock;
    const ConfigSecrets none(nullptr);
    auto box = SecretBox::fromKey(QByteArray(SecretBox::KeyBytes, 'k'));
    QVERIFY(box.ok());
    const ConfigSecrets secrets(&box.value());
    const QJsonObject withKey {{u"providers"_s,
                                QJsonObject {{u"sms"_s,
                                              QJsonObject {{u"provider"_s, u"twilio"_s},
                                                           {u"apiKey"_s, u"sk_plain_123"_s}}}}}};
    StoredConfig config;
    config.scope = ConfigScope::platform();
    config.type = ConfigSettingType::Notifications;
    config.document = withKey;

    ConfigSettingRepository unable(*db, clock, none);
    auto refused = unable.write(config, 0, {}, u"with a key"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"config_secrets_unavailable"_s);
    QCOMPARE(unable.setBaselines(ConfigSettingType::Notifications, {{config.scope, withKey}})
                 .error()
                 .code,
             u"config_secrets_unavailable"_s);
    ConfigChangeRequest request;
    request.scope = config.scope;
    request.type = config.type;
    request.payload = withKey;
    QCOMPARE(ConfigChangeRequestRepository(*db, clock, none).create(request).error().code,
             u"config_secrets_unavailable"_s);
    for (const QString &table :
         {u"config_settings"_s, u"config_history"_s, u"config_change_requests"_s})
        QCOMPARE(countRows(*db, table), 0);
    config.document = QJsonObject {{u"digest"_s, u"weekly"_s}};
    QVERIFY(unable.write(config, 0, {}, u"no key"_s).ok());

    // Written where AES-GCM works, read where it does not: the secret reads as absent, named.
    config.document = withKey;
    QVERIFY(ConfigSettingRepository(*db, clock, secrets).write(config, 1, {}, u"key"_s).ok());
    auto found = unable.find(ConfigScope::platform(), ConfigSettingType::Notifications);
    QVERIFY(found.ok());
    QCOMPARE(found->unreadableSecrets, QStringList {u"providers.sms.apiKey"_s});
    QVERIFY(!found->document[u"providers"_s][u"sms"_s].toObject().contains(u"apiKey"_s));
    QCOMPARE(ConfigSettingRepository(*db, clock, secrets)
                 .find(ConfigScope::platform(), ConfigSettingType::Notifications)
                 ->document,
             withKey);

    // An older server's plain row: counted where it cannot be sealed, sealed once where it can.
    QVERIFY(db->execute(u"UPDATE config_settings SET document = '%1'"_s.arg(sql::jsonText(withKey)))
                .ok());
    auto left = sealPlainConfigSecrets(*db, none);
    QVERIFY(left.ok());
    QCOMPARE(left->left, 1);
    QCOMPARE(left->sealed, 0);
    auto sealed = sealPlainConfigSecrets(*db, secrets);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->sealed, 1);
    QCOMPARE(sealed->left, 0);
    SqlQuery raw(*db, u"SELECT CAST(document AS TEXT) FROM config_settings"_s);
    QVERIFY(raw.exec(u"reading"_s).ok() && raw.next());
    QVERIFY(!raw.text(0).contains(u"sk_plain_123"_s));
    QCOMPARE(ConfigSettingRepository(*db, clock, secrets)
                 .find(ConfigScope::platform(), ConfigSettingType::Notifications)
                 ->document,
             withKey);
    // The pass that sealed the last of them marked it done: later starts read no document
    // (none of the pre-sealing servers can open this schema to write one in the clear).
    QCOMPARE(countRows(*db, u"config_secrets_sealed"_s), 1);
    auto again = sealPlainConfigSecrets(*db, secrets);
    QVERIFY(again.ok());
    QVERIFY(again->alreadyDone);
    QCOMPARE(again->sealed, 0);
    QCOMPARE(again->left, 0);
}

void TestStorage::aStartWithNoPlainSecretsMarksSealingDone()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    QString error;
    auto db = openMigrated(testDb, &error);
    QVERIFY2(db, qPrintable(error));
    // A new database's first start finds nothing to seal and says so once, even on a server
    // without AES-GCM (which refuses to store a secret at all).
    const ConfigSecrets none(nullptr);
    auto first = sealPlainConfigSecrets(*db, none);
    QVERIFY(first.ok());
    QVERIFY(!first->alreadyDone);
    QCOMPARE(first->left, 0);
    QCOMPARE(countRows(*db, u"config_secrets_sealed"_s), 1);
    QVERIFY(sealPlainConfigSecrets(*db, none)->alreadyDone);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
