// `--demo` on both backends: the demo tenants, accounts, weddings in every phase and sections
// are there after the first start, and a second start adds nothing.
#include "HttpTestClient.h"
#include "SectionValidator.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "WeddingPhase.h"
#include "common/Ids.h"
#include "demo/DemoCompliance.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/LayoutVersionRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

struct Counts
{
    qint64 organizations = -1, users = -1, memberships = -1, staff = -1, weddings = -1, access = -1,
           sections = -1, audit = -1;
    friend bool operator==(const Counts &, const Counts &) = default;
};

qint64 countRows(Database &db, const QString &table)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM "_s + table);
    if (!q.exec(u"counting"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Counts counts(Database &db)
{
    return Counts {countRows(db, u"organizations"_s),
                   countRows(db, u"users"_s),
                   countRows(db, u"memberships"_s),
                   countRows(db, u"platform_staff"_s),
                   countRows(db, u"weddings"_s),
                   countRows(db, u"wedding_access"_s),
                   countRows(db, u"section_configurations"_s),
                   countRows(db, u"audit_log"_s)};
}

std::unique_ptr<Database> open(const TestDatabase &testDb)
{
    auto db = Database::open(DatabaseUrl::parse(testDb.url()).value());
    return db ? std::move(db).value() : nullptr;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seededOnceWithEverything_data() { TestDatabase::addBackendRows(); }
    void seededOnceWithEverything();
    void withoutDemoNothingIsSeeded_data() { TestDatabase::addBackendRows(); }
    void withoutDemoNothingIsSeeded();
};

void TestDemoData::seededOnceWithEverything()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    {
        ServerProcess server;
        QVERIFY2(server.start(testDb.serverArguments() << u"--demo"_s),
                 qPrintable(server.errorString()));
        QCOMPARE(server.stop(), 0);
    }
    auto db = open(testDb);
    QVERIFY(db);
    const Counts first = counts(*db);
    QCOMPARE(first.organizations, 3); // Evergreen, Lakeside, Harbor Light (no members)
    // The demo accounts and the suppliers of DemoCompliance (vendor@evergreen.demo is both).
    QCOMPARE(first.users, 7 + DemoCompliance::supplierEmails().size());
    QCOMPARE(first.staff, 3);
    QCOMPARE(first.memberships, 4 + DemoCompliance::supplierEmails().size());
    QVERIFY(first.weddings >= 8);
    QVERIFY(first.access > 0);
    QVERIFY(first.audit > 0);

    SystemClock clock;
    UserRepository users(*db, clock);
    // Every account the README lists, with the right standing.
    const QHash<QString, QString> expected {
        {u"platform@wedsync.demo"_s, u"staff:platform_admin"_s},
        {u"ops@wedsync.demo"_s, u"staff:platform_admin"_s},
        {u"support@wedsync.demo"_s, u"staff:support"_s},
        {u"admin@evergreen.demo"_s, u"Evergreen Weddings:admin"_s},
        {u"planner@evergreen.demo"_s, u"Evergreen Weddings:coordinator"_s},
        {u"vendor@evergreen.demo"_s, u"Evergreen Weddings:vendor"_s},
        {u"admin@lakeside.demo"_s, u"Lakeside Events:admin"_s},
    };
    QCOMPARE(DemoData::accountEmails().size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        auto user = users.findByEmail(it.key());
        QVERIFY2(user.ok() && user.value().has_value(), qPrintable(it.key()));
        QVERIFY2(user.value()->passwordHash.startsWith(u"$argon2id$"_s),
                 "demo passwords are Argon2id hashes");
        QVERIFY(!user.value()->passwordHash.contains(DemoData::password()));
        QString standing;
        if (auto kind = users.staffKind(user.value()->id).value())
            standing = u"staff:"_s + staffKindName(*kind);
        const auto memberships = users.memberships(user.value()->id).value();
        for (const Membership &m : memberships)
            standing = m.organizationName + u':' + roleName(m.role);
        QCOMPARE(standing, it.value());
    }

    OrganizationRepository organizations(*db, clock);
    auto evergreen = organizations.find(DemoData::evergreenId()).value();
    QVERIFY(evergreen.has_value());
    QCOMPARE(evergreen->name, u"Evergreen Weddings"_s);
    QCOMPARE(evergreen->subscriptionTier, u"professional"_s);
    QCOMPARE(organizations.find(DemoData::lakesideId()).value()->subscriptionTier, u"free"_s);

    // Each organization has a wedding in every phase, in real IANA zones.
    WeddingRepository weddings(*db, clock);
    SectionRepository sections(*db, clock);
    const QStringList expectedTypes = DemoData::sectionTypes();
    QCOMPARE(expectedTypes.size(), 9);
    for (const QString &orgId : {DemoData::evergreenId(), DemoData::lakesideId()}) {
        QSet<WeddingPhase> phases;
        const QList<Wedding> list = weddings.list(orgId).value();
        for (const Wedding &w : list) {
            const QTimeZone zone(w.timeZone.toUtf8());
            QVERIFY2(zone.isValid(), qPrintable(w.timeZone));
            phases.insert(weddingPhaseAt(w.weddingDate, zone, QDateTime::currentDateTimeUtc()));
        }
        QCOMPARE(phases.size(), WeddingPhaseCount);

        const auto orgWide
            = sections.list(orgId, SectionScope {SectionScope::Kind::OrganizationWide, {}}).value();
        QStringList types;
        QSet<int> positions;
        for (const SectionRecord &record : orgWide) {
            types << record.section.sectionType;
            positions.insert(record.section.layout.position);
            QVERIFY2(validateSection(record.section).isEmpty(),
                     qPrintable(record.section.sectionType));
            QVERIFY(record.section.layout.columns >= 1 && record.section.layout.columns <= 12);
        }
        QCOMPARE(types, expectedTypes);
        QCOMPARE(positions.size(), orgWide.size());
        QVERIFY2(sections.list(orgId).value().size() > orgWide.size(),
                 "some sections are per wedding");
    }

    // Evergreen's wedding-day dashboard has a week of layout history, recorded as the API
    // records it: the planner's draft last week, the admin's gallery yesterday, today's shape.
    {
        const QString planner = users.findByEmail(u"planner@evergreen.demo"_s).value()->id;
        const QString admin = users.findByEmail(u"admin@evergreen.demo"_s).value()->id;
        SqlQuery q(*db,
                   u"SELECT wedding_id, version, author_id, created_at FROM layout_versions "
                   "WHERE organization_id = :org ORDER BY version"_s);
        q.bind(u":org"_s, DemoData::evergreenId());
        QVERIFY(q.exec(u"reading layout versions"_s));
        QStringList authors;
        QList<QDateTime> times;
        QString wedding;
        while (q.next()) {
            wedding = q.text(0);
            QCOMPARE(q.value(1).toLongLong(), qint64(authors.size() + 1));
            authors << q.text(2);
            times << QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
        }
        QCOMPARE(authors, (QStringList {planner, admin, planner}));
        QVERIFY(!wedding.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(times.at(0) < now.addDays(-6)); // last week
        QVERIFY(times.at(1) < now.addSecs(-12 * 3600) && times.at(1) > now.addDays(-2));
        QVERIFY(times.at(2) < now);
        LayoutVersionRepository versions(*db, clock);
        const auto draft = versions.find(DemoData::evergreenId(), wedding, 1).value();
        QVERIFY(draft.has_value());
        QCOMPARE(draft->snapshot.size(), 1);
        QCOMPARE(draft->snapshot.at(0)[u"customization"_s][u"title"_s].toString(),
                 u"Run Sheet (draft)"_s);
        // The newest version is the dashboard as it is.
        const auto head = versions.find(DemoData::evergreenId(), wedding, 3).value();
        const auto current = sections
                                 .list(DemoData::evergreenId(),
                                       SectionScope {SectionScope::Kind::Wedding, wedding})
                                 .value();
        QCOMPARE(head->snapshot.size(), current.size());
        for (qsizetype i = 0; i < current.size(); ++i)
            QCOMPARE(head->snapshot.at(i)[u"customization"_s][u"title"_s].toString(),
                     current.at(i).section.customization.title);
    }

    // A second start with --demo changes nothing.
    db.reset();
    {
        ServerProcess server;
        QVERIFY2(server.start(testDb.serverArguments() << u"--demo"_s),
                 qPrintable(server.errorString()));
        HttpTestClient api(server.baseUrl());
        QCOMPARE(api.get(u"/healthz"_s).status, 200);
        QCOMPARE(server.stop(), 0);
    }
    db = open(testDb);
    QVERIFY(db);
    QVERIFY(counts(*db) == first);
}

void TestDemoData::withoutDemoNothingIsSeeded()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    QVERIFY2(testDb.isReady(), qPrintable(testDb.errorString()));
    {
        ServerProcess server;
        QVERIFY2(server.start(testDb.serverArguments()), qPrintable(server.errorString()));
        QCOMPARE(server.stop(), 0);
    }
    auto db = open(testDb);
    QVERIFY(db);
    QCOMPARE(countRows(*db, u"organizations"_s), 0);
    QCOMPARE(countRows(*db, u"users"_s), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
