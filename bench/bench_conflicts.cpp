// The conflict center's figures: the core merge of two 100-field documents, and on the real
// storage (SQLite in a temporary folder, or PostgreSQL with WEDSYNC_BENCH_DATABASE_URL) with
// 10,000 open conflicts: the first page of the list, a filtered page, one conflict's detail,
// and a bulk resolution of 1,000 (all audited, one transaction). Prints a table; not a test.
#include "ThreeWayMerge.h"
#include "api/ChangeNotifier.h"
#include "api/Operator.h"
#include "api/SectionService.h"
#include "api/SectionWire.h"
#include "auth/PasswordHasher.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/SectionRepository.h"
#include "storage/SyncConflictRepository.h"
#include "storage/Transaction.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncRows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {

constexpr int Conflicts = 10'000;
constexpr int Bulk = 1'000;

void row(const QString &what, double value, const QString &unit)
{
    std::printf("| %-58s | %12.1f | %-4s |\n", qPrintable(what), value, qPrintable(unit));
}

// Two sides of a 100-field document (10 groups of 10): mine changes every 7th field, theirs
// every 5th, so 3 fields conflict.
void mergeFigures()
{
    QJsonObject base, mine, theirs;
    for (int g = 0; g < 10; ++g) {
        QJsonObject b, m, t;
        for (int f = 0; f < 10; ++f) {
            const int i = g * 10 + f;
            const QString key = u"field"_s + QString::number(f);
            b.insert(key, u"value %1"_s.arg(i));
            m.insert(key, i % 7 == 0 ? QJsonValue(u"mine %1"_s.arg(i)) : b.value(key));
            t.insert(key, i % 5 == 0 ? QJsonValue(u"theirs %1"_s.arg(i)) : b.value(key));
        }
        const QString group = u"group"_s + QString::number(g);
        base.insert(group, b);
        mine.insert(group, m);
        theirs.insert(group, t);
    }
    constexpr int Rounds = 2000;
    QList<qint64> samples;
    int conflicts = 0;
    for (int i = 0; i < Rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const MergeResult result = threeWayMerge(base, mine, theirs);
        samples.append(timer.nsecsElapsed());
        conflicts = int(result.conflictPaths().size());
    }
    std::sort(samples.begin(), samples.end());
    row(u"merge 100 fields (%1 conflicts), median"_s.arg(conflicts),
        samples.at(Rounds / 2) / 1000.0, u"µs"_s);
    row(u"merge 100 fields, p99"_s, samples.at(Rounds * 99 / 100) / 1000.0, u"µs"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("| %-58s | %12s | %-4s |\n", "figure", "value", "unit");
    std::printf("|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(14, '-').constData(),
                QByteArray(6, '-').constData());
    mergeFigures();

    QTemporaryDir dir;
    const QString url = qEnvironmentVariable("WEDSYNC_BENCH_DATABASE_URL",
                                             u"sqlite:"_s + dir.filePath(u"bench.db"_s));
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        std::fprintf(stderr, "bad database url: %s\n", qPrintable(parsed.error().message));
        return 2;
    }
    auto opened = Database::open(parsed.value());
    if (!opened) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    Database &db = *opened.value();
    SystemClock clock;
    if (auto applied = Migrations(db, schemaMigrations()).apply(); !applied) {
        std::fprintf(stderr, "migrations: %s\n", qPrintable(applied.error().message));
        return 2;
    }
    const PasswordHasher hasher(PasswordHasher::fastCost());
    if (auto seeded = DemoData(db, clock, hasher).seedIfEmpty(); !seeded) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(seeded.error().message));
        return 2;
    }
    auto sections = SectionRepository(db, clock).list(DemoData::evergreenId());
    if (!sections || sections->isEmpty())
        return 2;

    // 10,000 open conflicts across the Evergreen sections (base, mine, theirs as documents).
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        SyncConflictRepository repository(db, clock);
        for (int i = 0; i < Conflicts; ++i) {
            const SectionRecord &record = sections->at(i % sections->size());
            QJsonObject theirs = json::section(record);
            SyncConflict c;
            c.organizationId = record.section.organizationId;
            c.source = i % 3 ? u"offline_edit"_s : u"concurrent_save"_s;
            c.entityType = SectionService::entityType();
            c.entityId = record.section.id;
            c.label = record.section.customization.title + u" #"_s + QString::number(i);
            c.base = theirs;
            QJsonObject mine = theirs;
            QJsonObject custom = mine[u"customization"_s].toObject();
            custom[u"subtitle"_s] = u"offline %1"_s.arg(i);
            mine[u"customization"_s] = custom;
            c.mine = mine;
            c.theirs = theirs;
            c.createdAt = clock.now().addSecs(-i);
            if (auto stored = repository.insert(c); !stored) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(stored.error().message));
                return 2;
            }
        }
        if (!tx.commit())
            return 2;
    }
    row(u"insert %1 conflicts (one transaction)"_s.arg(Conflicts), timer.elapsed(), u"ms"_s);

    SyncConflictRepository repository(db, clock);
    const auto page = [&](SyncConflictRepository::Filter filter, const QString &name) {
        QElapsedTimer t;
        t.start();
        filter.limit = 100;
        auto total = repository.count(filter);
        filter.limit = 101;
        auto rows = repository.query(filter);
        QJsonArray items;
        const QDateTime now = clock.now();
        for (const SyncConflict &c : rows.value().mid(0, 100))
            items.append(syncConflictJson(c, now));
        row(name + u" (%1 of %2)"_s.arg(items.size()).arg(total.value()), t.nsecsElapsed() / 1e6,
            u"ms"_s);
        return rows.value();
    };
    SyncConflictRepository::Filter open;
    open.status = u"open"_s;
    const QList<SyncConflict> first = page(open, u"list: first page of 100"_s);
    SyncConflictRepository::Filter filtered = open;
    filtered.source = u"concurrent_save"_s;
    filtered.search = u"#77"_s;
    page(filtered, u"list: source + search filter"_s);
    {
        QElapsedTimer t;
        t.start();
        auto one = repository.find(first.first().id);
        const QJsonObject detail = syncConflictJson(one->value(), clock.now(), true);
        row(u"detail of one conflict with its merge"_s, t.nsecsElapsed() / 1e6, u"ms"_s);
    }

    // Support resolves 1,000 with theirs in one call: 1,000 audit rows, one transaction.
    auto oldest = repository.query([] {
        SyncConflictRepository::Filter f;
        f.status = u"open"_s;
        f.limit = Bulk;
        f.offset = 5000;
        return f;
    }());
    QList<ConflictResolutionRequest> requests;
    for (const SyncConflict &c : oldest.value())
        requests.append({c.id, u"theirs"_s, std::nullopt, std::nullopt});
    const Operator support(User {u"00000000-0000-4000-8000-0000000000aa"_s,
                                 u"bench@wedsync.demo"_s,
                                 u"Bench"_s,
                                 {},
                                 false,
                                 {}},
                           {}, StaffKind::Support, {});
    ChangeNotifier notifier;
    SectionService service(db, clock, notifier);
    ConflictResolver resolver(db, clock, notifier, service);
    timer.restart();
    auto outcome = resolver.resolve(support, MutationActor {{}, u"bench"_s}, requests);
    const bool ok = std::holds_alternative<QList<SyncConflict>>(outcome);
    row(u"bulk resolve %1 of %2 with theirs (audited)%3"_s.arg(requests.size())
            .arg(Conflicts)
            .arg(ok ? QString()
                    : u" FAILED: "_s + std::get<ConflictResolutionFailure>(outcome).error.message),
        timer.elapsed(), u"ms"_s);
    page(open, u"list: first page after the bulk"_s);
    std::printf("\ndatabase: %s\n",
                db.dialect() == Database::Dialect::Sqlite ? "sqlite" : "postgresql");
    return ok ? 0 : 1;
}
