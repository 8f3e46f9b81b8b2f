// Supplier compliance recalculation: 10,000 suppliers x 20 requirements, first as core's pure
// rules (figures and advancement check), then through the server's real path
// (ComplianceService::recalculate: one transaction per supplier, reading its records and tiers,
// writing its figures and audit row) on SQLite — once when every figure is stale, once when
// every figure is right (nothing written). Prints a table; not a test.
#include "ComplianceProgress.h"
#include "api/ChangeNotifier.h"
#include "api/ComplianceService.h"
#include "common/Ids.h"
#include "storage/ComplianceCatalogRepository.h"
#include "storage/ComplianceRecordRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"
#include "storage/OrganizationRepository.h"
#include "storage/Schema.h"
#include "storage/SupplierComplianceRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {

const QList<RequirementStatus> Statuses {
    RequirementStatus::Pending,    RequirementStatus::Draft,
    RequirementStatus::InProgress, RequirementStatus::Submitted,
    RequirementStatus::Approved,   RequirementStatus::Approved,
    RequirementStatus::Approved,   RequirementStatus::RevisionRequired,
    RequirementStatus::Rejected,   RequirementStatus::Legacy};

QList<ComplianceTierRule> tierRules(const QString &prefix)
{
    return {{prefix + u"basic"_s, u"basic"_s, 1, 0, 0},
            {prefix + u"verified"_s, u"verified"_s, 2, 75, 150},
            {prefix + u"premier"_s, u"premier"_s, 3, 100, 300}};
}

void row(const char *what, int suppliers, qint64 ms)
{
    std::printf("| %-44s | %8d | %9lld | %10.1f |\n", what, suppliers, static_cast<long long>(ms),
                suppliers ? ms * 1000.0 / suppliers : 0.0);
}

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Supplier compliance recalculation figures."_s);
    parser.addHelpOption();
    parser.addOption({u"suppliers"_s, u"Suppliers (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"requirements"_s, u"Requirements each (default 20)."_s, u"n"_s, u"20"_s});
    parser.addOption({u"core-only"_s, u"Skip the SQLite path."_s});
    parser.process(app);
    const int suppliers = qMax(1, parser.value(u"suppliers"_s).toInt());
    const int requirements = qMax(1, parser.value(u"requirements"_s).toInt());
    QRandomGenerator rng(20);

    std::printf("suppliers %d x requirements %d\n\n", suppliers, requirements);
    std::printf("| %-44s | %8s | %9s | %10s |\n", "step", "supplier", "total ms", "us/supplier");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------", "----------",
                "-----------", "------------");

    // Core only: the rules on records already in memory.
    QList<QList<RequirementProgress>> all;
    for (int s = 0; s < suppliers; ++s) {
        QList<RequirementProgress> records;
        for (int r = 0; r < requirements; ++r)
            records << RequirementProgress {Statuses.at(int(rng.bounded(Statuses.size()))),
                                            int(5 + rng.bounded(30))};
        all << records;
    }
    const QList<ComplianceTierRule> rules = tierRules(u"t-"_s);
    QElapsedTimer timer;
    timer.start();
    int eligible = 0;
    for (const auto &records : std::as_const(all)) {
        const ComplianceStats stats = computeComplianceStats(records);
        eligible += checkAdvancement(rules.first(), rules, stats).eligible ? 1 : 0;
    }
    row("core: figures + advancement check", suppliers, timer.elapsed());
    if (parser.isSet(u"core-only"_s)) {
        std::printf("\neligible: %d\n", eligible);
        return 0;
    }

    // The server's path on SQLite.
    QTemporaryDir dir;
    auto url = DatabaseUrl::parse(u"sqlite:"_s + dir.filePath(u"bench.db"_s));
    auto opened = Database::open(url.value());
    if (!opened)
        return fail(u"open"_s, opened.error());
    Database &db = *opened.value();
    if (auto migrated = Migrations(db, schemaMigrations()).apply(); !migrated)
        return fail(u"migrate"_s, migrated.error());
    SystemClock clock;
    const QString org = ids::create();
    timer.restart();
    {
        Transaction tx(db);
        if (auto made = OrganizationRepository(db, clock).create(
                {org, u"Bench"_s, u"bench"_s, u"starter"_s, {}});
            !made)
            return fail(u"organization"_s, made.error());
        ComplianceCatalogRepository catalog(db, clock);
        QStringList requirementIds;
        for (int r = 0; r < requirements; ++r) {
            const QString id = ids::create();
            requirementIds << id;
            if (auto made = catalog.createRequirement({id,
                                                       org,
                                                       u"Requirement %1"_s.arg(r),
                                                       {},
                                                       int(5 + rng.bounded(30)),
                                                       30,
                                                       u"document"_s});
                !made)
                return fail(u"requirement"_s, made.error());
        }
        for (const ComplianceTierRule &rule : tierRules(QString())) {
            ComplianceTierRow tier {rule, org, {}, requirementIds};
            tier.rule.id = ids::named(u"bench-tier:"_s + rule.name);
            if (auto made = catalog.createTier(tier); !made)
                return fail(u"tier"_s, made.error());
        }
        UserRepository users(db, clock);
        SupplierComplianceRepository supplierRows(db, clock);
        ComplianceRecordRepository records(db, clock);
        for (int s = 0; s < suppliers; ++s) {
            User user {ids::create(),
                       u"s%1@bench.test"_s.arg(s),
                       u"Supplier %1"_s.arg(s),
                       u"x"_s,
                       false,
                       {}};
            if (auto made = users.create(user); !made)
                return fail(u"user"_s, made.error());
            if (auto made = users.addMembership({user.id, org, {}, Role::Vendor}); !made)
                return fail(u"membership"_s, made.error());
            SupplierComplianceRow supplier;
            supplier.id = user.id;
            supplier.organizationId = org;
            supplier.role = u"vendor"_s;
            supplier.tierId = ids::named(u"bench-tier:basic"_s);
            if (auto made = supplierRows.insert(supplier); !made) // figures left stale (zero)
                return fail(u"supplier"_s, made.error());
            for (int r = 0; r < requirements; ++r) {
                ComplianceRecordRow record;
                record.organizationId = org;
                record.supplierId = user.id;
                record.requirementId = requirementIds.at(r);
                record.status = all.at(s).at(r).status;
                if (auto made = records.insert(record, u"bench"_s, {}, {}); !made)
                    return fail(u"record"_s, made.error());
            }
        }
        if (auto committed = tx.commit(); !committed)
            return fail(u"seed"_s, committed.error());
    }
    row("sqlite: seed (one transaction)", suppliers, timer.elapsed());

    auto ids = SupplierComplianceRepository(db, clock);
    SupplierComplianceRepository::Filter filter;
    filter.organizationId = org;
    filter.limit = 1000;
    QStringList supplierIds;
    for (;;) {
        auto page = ids.query(filter);
        if (!page)
            return fail(u"list"_s, page.error());
        for (const auto &supplier : page.value())
            supplierIds << supplier.id;
        if (page->size() < filter.limit)
            break;
        filter.beforeAt = page->last().initializedAt;
        filter.beforeId = page->last().id;
    }
    ChangeNotifier notifier; // no hub: nothing to publish to
    ComplianceService service(db, clock, notifier);
    for (const char *pass :
         {"sqlite: recalculate, every figure stale", "sqlite: recalculate, every figure right"}) {
        timer.restart();
        int changed = 0;
        for (const QString &supplierId : std::as_const(supplierIds)) {
            auto done = service.recalculate({{}, u"bench"_s}, org, supplierId);
            if (!done)
                return fail(u"recalculate"_s, done.error());
            changed += done->changed ? 1 : 0;
        }
        row(pass, int(supplierIds.size()), timer.elapsed());
        std::printf("|   changed: %-33d |          |           |            |\n", changed);
    }
    std::printf("\neligible (core): %d\n", eligible);
    return 0;
}
