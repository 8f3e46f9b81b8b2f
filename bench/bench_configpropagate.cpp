// Propagation of one platform configuration change to many tenants (issue 19's figure: 10,000
// tenants under 2 s, batched): the server's real path (ConfigService::write, then
// ConfigPropagator in batches of 500 per transaction: each tenant's merge baseline, version
// bump and sync event) on SQLite, or on PostgreSQL with --database. The templates carry the
// providers' API keys, so every tenant's baseline has two secrets sealed for that tenant (and
// opened again on the next round's read). One tenant in twenty opts out. Prints a table; not
// a test.
#include "ServerUnderTest.h"
#include "api/ChangeNotifier.h"
#include "api/ConfigPropagator.h"
#include "api/ConfigService.h"
#include "auth/ConfigSecrets.h"
#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "storage/ConfigPolicyRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"
#include "storage/OrganizationRepository.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

// With the providers' API keys: secret fields, sealed in every baseline a tenant stores.
QJsonObject smsTemplate(const QString &provider)
{
    return QJsonObject {
        {u"providers"_s,
         QJsonObject {{u"sms"_s,
                       QJsonObject {{u"provider"_s, provider},
                                    {u"from"_s, u"WedSync"_s},
                                    {u"apiKey"_s, QString(u"sk_live_"_s + provider)}}},
                      {u"email"_s,
                       QJsonObject {{u"provider"_s, u"postmark"_s},
                                    {u"from"_s, u"hello@wedsync.example"_s},
                                    {u"apiKey"_s, QString(u"pm_"_s + provider)}}}}},
        {u"digest"_s, u"daily"_s}};
}

void row(const char *what, int tenants, const PropagationReport &report, qint64 totalMs)
{
    std::printf("| %-30s | %7d | %7d | %5d | %5d | %7d | %8lld | %8lld |\n", what, tenants,
                report.batches, report.held, report.failed, report.changed,
                static_cast<long long>(report.durationMs), static_cast<long long>(totalMs));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Platform configuration propagation figures."_s);
    parser.addHelpOption();
    parser.addOption({u"tenants"_s, u"Tenants (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"Tenants per transaction (default 500)."_s, u"n"_s, u"500"_s});
    parser.addOption(
        {u"database"_s, u"A PostgreSQL URL (empty database) instead of SQLite."_s, u"url"_s});
    parser.process(app);
    const int tenants = qMax(1, parser.value(u"tenants"_s).toInt());

    QTemporaryDir dir;
    const QString where = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                      : u"sqlite:"_s + dir.filePath(u"bench.db"_s);
    auto url = DatabaseUrl::parse(where);
    if (!url)
        return fail(u"database URL"_s, url.error());
    auto opened = Database::open(url.value());
    if (!opened)
        return fail(u"open"_s, opened.error());
    Database &db = *opened.value();
    if (auto migrated = Migrations(db, schemaMigrations()).apply(); !migrated)
        return fail(u"migrate"_s, migrated.error());
    SystemClock clock;
    ChangeNotifier notifier;
    auto box = SecretBox::fromKey(QByteArray(SecretBox::KeyBytes, 'k'));
    if (!box)
        return fail(u"secret box"_s, box.error());
    const ConfigSecrets secrets(&box.value());
    ConfigPropagator propagator(db, clock, secrets, notifier);
    propagator.setBatchSize(parser.value(u"batch"_s).toInt());
    ConfigService config(db, clock, secrets, notifier, propagator);

    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        OrganizationRepository organizations(db, clock);
        ConfigPolicyRepository policy(db, clock);
        for (int i = 0; i < tenants; ++i) {
            const QString id = ids::create();
            if (auto made = organizations.create(
                    {id, u"Tenant %1"_s.arg(i), u"tenant-%1"_s.arg(i), u"starter"_s, {}});
                !made)
                return fail(u"organization"_s, made.error());
            if (i % 20 == 0) {
                if (auto done = policy.addOptOut(id, u"setting_type"_s, u"notifications"_s, {});
                    !done)
                    return fail(u"opt-out"_s, done.error());
            }
        }
        if (auto done = tx.commit(); !done)
            return fail(u"commit"_s, done.error());
    }
    const qint64 setupMs = timer.elapsed();
    std::printf("%s, %d tenants (set up in %lld ms), batches of %s\n\n",
                db.dialect() == Database::Dialect::Sqlite ? "SQLite" : "PostgreSQL", tenants,
                static_cast<long long>(setupMs), qPrintable(parser.value(u"batch"_s)));
    std::printf("| %-30s | %7s | %7s | %5s | %5s | %7s | %8s | %8s |\n", "platform write",
                "tenants", "batches", "held", "fail", "changed", "prop. ms", "total ms");
    std::printf("|--------------------------------|---------|---------|-------|-------|---------"
                "|----------|----------|\n");
    const MutationActor actor {{}, u"bench"_s};
    IfMatch ifMatch;
    ifMatch.any = true;
    const QStringList providers {u"twilio"_s, u"vonage"_s, u"sinch"_s};
    const char *labels[] {"first template (no baselines)", "second template", "third template"};
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        auto written
            = config.write(actor, ConfigScope::platform(), ConfigSettingType::Notifications,
                           ifMatch, smsTemplate(providers.at(round)), u"bench"_s);
        const qint64 totalMs = timer.elapsed();
        if (!written)
            return fail(u"write"_s, written.error());
        row(labels[round], tenants, written->propagation.value_or(PropagationReport {}), totalMs);
    }
    std::printf("\nload average: %s\n", qPrintable(bench::loadAverage()));
    return 0;
}
