// The sync health rules (status, overall percent, freshness, severity) as tables, and the JSON
// of events, tenant lines, reports and connection statistics: round trips and refusals.
#include "SyncHealth.h"
#include "SyncJson.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::SyncStatus)
Q_DECLARE_METATYPE(wedsync::SyncFreshness)
Q_DECLARE_METATYPE(wedsync::SyncSeverity)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

// -1: none / unknown.
std::optional<SyncStatus> statusOrNone(int value)
{
    return value < 0 ? std::nullopt : std::optional<SyncStatus>(static_cast<SyncStatus>(value));
}

SyncEvent sampleEvent()
{
    SyncEvent event;
    event.id = u"0b7c5a52-2f3e-4c1b-9a57-1f3a4c2f9e01"_s;
    event.organizationId = u"5d0f5b8e-6d1a-4d7e-8f57-0c3d2b1a9e02"_s;
    event.kind = SyncEventKind::ConfigChange.toString();
    event.status = SyncStatus::Partial;
    event.configVersion = 42;
    event.source = u"sections"_s;
    event.actorId = u"9a1e2d3c-4b5a-4968-8776-655443322110"_s;
    event.message = u"Sections changed (configuration version 42)."_s;
    event.details = QJsonObject {{u"entityIds"_s, QJsonArray {u"a"_s, u"b"_s}}, {u"n"_s, 2}};
    event.occurredAt = Now.addMSecs(-1234);
    event.durationMs = 95'000;
    return event;
}

TenantSyncHealth sampleTenant(bool withOptionals)
{
    TenantSyncHealth tenant;
    tenant.organizationId = u"5d0f5b8e-6d1a-4d7e-8f57-0c3d2b1a9e02"_s;
    tenant.name = u"Evergreen Weddings"_s;
    tenant.status = SyncStatus::Pending;
    tenant.configVersion = 7;
    tenant.connectedClients = 3;
    tenant.staleClients = 1;
    tenant.pendingChanges = 2;
    tenant.conflicts = 1;
    if (withOptionals) {
        tenant.lastSuccessAt = Now.addSecs(-600);
        tenant.lastEventAt = Now.addSecs(-5);
        tenant.nextWeddingDate = QDate(2026, 6, 3);
        tenant.daysUntilNextWedding = 2;
    }
    return tenant;
}

QStringList fieldsOf(const Error &error)
{
    QStringList out;
    for (const FieldError &field : error.fields)
        out << field.field;
    return out;
}

} // namespace

class TestSyncHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenantStatus_data();
    void tenantStatus();
    void healthPercent_data();
    void healthPercent();
    void freshness_data();
    void freshness();
    void severity_data();
    void severity();
    void namesRoundTrip();
    void reportCountsItsTenants();

    void eventRoundTrips();
    void tenantRoundTrips_data();
    void tenantRoundTrips();
    void reportRoundTrips();
    void connectionStatsRoundTrip();
    void badInputIsRefused_data();
    void badInputIsRefused();
};

void TestSyncHealth::tenantStatus_data()
{
    QTest::addColumn<int>("last"); // newest propagation's status, -1 none
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<int>("stale");
    QTest::addColumn<int>("staleFor"); // seconds, -1 unknown
    QTest::addColumn<int>("grace");
    QTest::addColumn<SyncStatus>("expected");
    const int none = -1, success = int(SyncStatus::Success), partial = int(SyncStatus::Partial),
              failed = int(SyncStatus::Failed), pending = int(SyncStatus::Pending);
    const int grace = int(SyncStaleGraceSecs);
    QTest::newRow("nothing synced yet") << none << 0 << 0 << none << grace << SyncStatus::Success;
    QTest::newRow("all delivered") << success << 0 << 0 << none << grace << SyncStatus::Success;
    QTest::newRow("propagation failed") << failed << 0 << 0 << none << grace << SyncStatus::Failed;
    QTest::newRow("failed beats conflicts and lag")
        << failed << 2 << 1 << 600 << grace << SyncStatus::Failed;
    QTest::newRow("propagation partial")
        << partial << 0 << 0 << none << grace << SyncStatus::Partial;
    QTest::newRow("propagation pending")
        << pending << 0 << 0 << none << grace << SyncStatus::Pending;
    QTest::newRow("open conflict") << success << 1 << 0 << none << grace << SyncStatus::Partial;
    QTest::newRow("conflict beats pending")
        << pending << 1 << 0 << none << grace << SyncStatus::Partial;
    QTest::newRow("lagging within grace")
        << success << 0 << 1 << 30 << grace << SyncStatus::Pending;
    QTest::newRow("lagging exactly the grace")
        << success << 0 << 1 << grace << grace << SyncStatus::Pending;
    QTest::newRow("lagging past the grace")
        << success << 0 << 2 << grace + 1 << grace << SyncStatus::Partial;
    QTest::newRow("lagging, for how long unknown")
        << success << 0 << 1 << none << grace << SyncStatus::Pending;
    QTest::newRow("short grace, past it") << success << 0 << 1 << 4 << 3 << SyncStatus::Partial;
    QTest::newRow("short grace, within it") << pending << 0 << 1 << 2 << 3 << SyncStatus::Pending;
    QTest::newRow("lag time without lagging clients")
        << success << 0 << 0 << 900 << grace << SyncStatus::Success;
}

void TestSyncHealth::tenantStatus()
{
    QFETCH(int, last);
    QFETCH(int, conflicts);
    QFETCH(int, stale);
    QFETCH(int, staleFor);
    QFETCH(int, grace);
    QFETCH(SyncStatus, expected);
    TenantSyncFacts facts;
    facts.lastPropagation = statusOrNone(last);
    facts.conflicts = conflicts;
    facts.staleClients = stale;
    if (staleFor >= 0)
        facts.staleForSecs = staleFor;
    QCOMPARE(deriveTenantSyncStatus(facts, grace), expected);
    if (grace == SyncStaleGraceSecs)
        QCOMPARE(deriveTenantSyncStatus(facts), expected); // the default grace
}

void TestSyncHealth::healthPercent_data()
{
    QTest::addColumn<int>("success");
    QTest::addColumn<int>("partial");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("pending");
    QTest::addColumn<double>("expected");
    QTest::newRow("no tenants") << 0 << 0 << 0 << 0 << 100.0;
    QTest::newRow("one healthy") << 1 << 0 << 0 << 0 << 100.0;
    QTest::newRow("partial counts half") << 0 << 1 << 0 << 0 << 50.0;
    QTest::newRow("failed counts nothing") << 0 << 0 << 1 << 0 << 0.0;
    QTest::newRow("pending counts nothing") << 0 << 0 << 0 << 1 << 0.0;
    QTest::newRow("one of each but pending") << 1 << 1 << 1 << 0 << 50.0;
    QTest::newRow("mixed") << 2 << 1 << 0 << 1 << 62.5;
    QTest::newRow("thousands") << 997 << 2 << 1 << 0 << 99.8;
}

void TestSyncHealth::healthPercent()
{
    QFETCH(int, success);
    QFETCH(int, partial);
    QFETCH(int, failed);
    QFETCH(int, pending);
    QFETCH(double, expected);
    const SyncStatusCounts counts {success, partial, failed, pending};
    QCOMPARE(counts.total(), success + partial + failed + pending);
    QVERIFY2(qAbs(overallHealthPercent(counts) - expected) < 1e-9,
             qPrintable(QString::number(overallHealthPercent(counts))));
}

void TestSyncHealth::freshness_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<int>("lastSuccessAgo"); // seconds, -1 never
    QTest::addColumn<int>("delayedAfter");
    QTest::addColumn<SyncFreshness>("expected");
    QTest::newRow("failed is an error") << SyncStatus::Failed << 10 << 900 << SyncFreshness::Error;
    QTest::newRow("success is on time")
        << SyncStatus::Success << -1 << 900 << SyncFreshness::OnTime;
    QTest::newRow("success long ago is on time")
        << SyncStatus::Success << 86400 << 900 << SyncFreshness::OnTime;
    QTest::newRow("pending, recent success")
        << SyncStatus::Pending << 60 << 900 << SyncFreshness::OnTime;
    QTest::newRow("pending, old success")
        << SyncStatus::Pending << 16 * 60 << 900 << SyncFreshness::Delayed;
    QTest::newRow("partial, never a success")
        << SyncStatus::Partial << -1 << 900 << SyncFreshness::Delayed;
    QTest::newRow("partial, exactly the limit")
        << SyncStatus::Partial << 900 << 900 << SyncFreshness::OnTime;
    QTest::newRow("shorter limit") << SyncStatus::Pending << 120 << 60 << SyncFreshness::Delayed;
}

void TestSyncHealth::freshness()
{
    QFETCH(SyncStatus, status);
    QFETCH(int, lastSuccessAgo);
    QFETCH(int, delayedAfter);
    QFETCH(SyncFreshness, expected);
    TenantSyncHealth tenant;
    tenant.status = status;
    if (lastSuccessAgo >= 0)
        tenant.lastSuccessAt = Now.addSecs(-lastSuccessAgo);
    QCOMPARE(syncFreshness(tenant, Now, delayedAfter), expected);
    if (delayedAfter == 900)
        QCOMPARE(syncFreshness(tenant, Now), expected); // the default, 15 minutes
}

void TestSyncHealth::severity_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<int>("days"); // until the next wedding, -99 none
    QTest::addColumn<SyncSeverity>("expected");
    const auto row = [](const char *name, SyncStatus status, int days, SyncSeverity expected) {
        QTest::newRow(name) << status << days << expected;
    };
    row("success, wedding today", SyncStatus::Success, 0, SyncSeverity::Normal);
    row("success, no wedding", SyncStatus::Success, -99, SyncSeverity::Normal);
    row("pending, no wedding", SyncStatus::Pending, -99, SyncSeverity::Normal);
    row("pending, in a month", SyncStatus::Pending, 30, SyncSeverity::Normal);
    row("pending, in 8 days", SyncStatus::Pending, 8, SyncSeverity::Normal);
    row("pending, in a week", SyncStatus::Pending, 7, SyncSeverity::Elevated);
    row("pending, in 2 days", SyncStatus::Pending, 2, SyncSeverity::Elevated);
    row("pending, tomorrow", SyncStatus::Pending, 1, SyncSeverity::Critical);
    row("pending, today", SyncStatus::Pending, 0, SyncSeverity::Critical);
    row("partial, no wedding", SyncStatus::Partial, -99, SyncSeverity::Elevated);
    row("partial, in a week", SyncStatus::Partial, 7, SyncSeverity::High);
    row("partial, tomorrow", SyncStatus::Partial, 1, SyncSeverity::Critical);
    row("failed, no wedding", SyncStatus::Failed, -99, SyncSeverity::High);
    row("failed, in 60 days", SyncStatus::Failed, 60, SyncSeverity::High);
    row("failed, in 5 days", SyncStatus::Failed, 5, SyncSeverity::Critical);
    row("failed, today", SyncStatus::Failed, 0, SyncSeverity::Critical);
    row("partial, wedding was yesterday", SyncStatus::Partial, -1, SyncSeverity::Elevated);
}

void TestSyncHealth::severity()
{
    QFETCH(SyncStatus, status);
    QFETCH(int, days);
    QFETCH(SyncSeverity, expected);
    const std::optional<qint64> until = days == -99 ? std::nullopt : std::optional<qint64>(days);
    QCOMPARE(syncSeverity(status, until), expected);
}

void TestSyncHealth::namesRoundTrip()
{
    for (SyncStatus status :
         {SyncStatus::Success, SyncStatus::Partial, SyncStatus::Failed, SyncStatus::Pending}) {
        QCOMPARE(syncStatusFromName(syncStatusName(status)), status);
        QVERIFY(!syncStatusDisplayName(status).isEmpty());
    }
    QCOMPARE(syncStatusName(SyncStatus::Partial), u"partial"_s);
    QVERIFY(!syncStatusFromName(u"green"));
    QVERIFY(!syncStatusFromName(u"Success")); // names are exact
    for (SyncSeverity severity :
         {SyncSeverity::Normal, SyncSeverity::Elevated, SyncSeverity::High, SyncSeverity::Critical})
        QCOMPARE(syncSeverityFromName(syncSeverityName(severity)), severity);
    QVERIFY(!syncSeverityFromName(u""));
    QCOMPARE(syncFreshnessName(SyncFreshness::OnTime), u"on_time"_s);
    QCOMPARE(syncFreshnessName(SyncFreshness::Delayed), u"delayed"_s);
    QCOMPARE(syncFreshnessName(SyncFreshness::Error), u"error"_s);
}

void TestSyncHealth::reportCountsItsTenants()
{
    SyncHealthReport report;
    for (SyncStatus status :
         {SyncStatus::Success, SyncStatus::Success, SyncStatus::Partial, SyncStatus::Failed}) {
        TenantSyncHealth tenant;
        tenant.status = status;
        report.tenants.append(tenant);
    }
    QCOMPARE(report.counts(), (SyncStatusCounts {2, 1, 1, 0}));
    QCOMPARE(report.healthPercent(), 62.5);
    QCOMPARE(SyncHealthReport().healthPercent(), 100.0);
}

void TestSyncHealth::eventRoundTrips()
{
    const SyncEvent event = sampleEvent();
    const QJsonObject json = syncEventToJson(event);
    QCOMPARE(json[u"status"_s].toString(), u"partial"_s);
    QCOMPARE(json[u"occurredAt"_s].toString(), u"2026-06-01T11:59:58.766Z"_s);
    QCOMPARE(syncEventFromJson(json).value(), event);
    const QJsonObject row = syncEventToRow(event);
    QCOMPARE(row[u"config_version"_s].toInteger(), 42);
    QCOMPARE(row[u"details_json"_s].toObject(), event.details);
    QCOMPARE(syncEventFromRow(row).value(), event);

    // The system (no actor) is null on the wire and empty in memory.
    SyncEvent system = event;
    system.actorId.clear();
    QVERIFY(syncEventToJson(system)[u"actorId"_s].isNull());
    QCOMPARE(syncEventFromJson(syncEventToJson(system)).value(), system);
    QCOMPARE(syncEventFromRow(syncEventToRow(system)).value(), system);
    // A later source's kind is kept as it is.
    SyncEvent crm = event;
    crm.kind = u"crm_import"_s;
    QCOMPARE(syncEventFromJson(syncEventToJson(crm)).value().kind, u"crm_import"_s);
}

void TestSyncHealth::tenantRoundTrips_data()
{
    QTest::addColumn<bool>("withOptionals");
    QTest::newRow("everything known") << true;
    QTest::newRow("no success, no wedding") << false;
}

void TestSyncHealth::tenantRoundTrips()
{
    QFETCH(bool, withOptionals);
    const TenantSyncHealth tenant = sampleTenant(withOptionals);
    const QJsonObject json = tenantSyncHealthToJson(tenant);
    // Severity is derived for the reader: pending with a wedding in 2 days is elevated.
    QCOMPARE(json[u"severity"_s].toString(), withOptionals ? u"elevated"_s : u"normal"_s);
    if (withOptionals)
        QCOMPARE(json[u"nextWeddingDate"_s].toString(), u"2026-06-03"_s);
    else
        QVERIFY(json[u"lastSuccessAt"_s].isNull() && json[u"daysUntilNextWedding"_s].isNull());
    const auto back = tenantSyncHealthFromJson(json);
    QVERIFY2(back, qPrintable(back ? QString() : fieldsOf(back.error()).join(u", "_s)));
    QCOMPARE(back.value(), tenant);
}

void TestSyncHealth::reportRoundTrips()
{
    SyncHealthReport report;
    report.generatedAt = Now;
    report.tenants = {sampleTenant(true), sampleTenant(false)};
    report.tenants[1].status = SyncStatus::Success;
    const QJsonObject json = syncHealthReportToJson(report);
    QCOMPARE(json[u"healthPercent"_s].toDouble(), 50.0);
    QCOMPARE(json[u"counts"_s][u"pending"_s].toInt(), 1);
    QCOMPARE(json[u"counts"_s][u"total"_s].toInt(), 2);
    const auto back = syncHealthReportFromJson(json);
    QVERIFY2(back, qPrintable(back ? QString() : fieldsOf(back.error()).join(u", "_s)));
    QCOMPARE(back.value(), report);
}

void TestSyncHealth::connectionStatsRoundTrip()
{
    ConnectionStats stats;
    for (int i = 0; i < 3; ++i) {
        ConnectionSample sample;
        sample.at = Now.addSecs(10 * (i - 2));
        sample.total = i + 1;
        sample.byTenant.insert(u"5d0f5b8e-6d1a-4d7e-8f57-0c3d2b1a9e02"_s, i + 1);
        sample.byRole.insert(u"admin"_s, i);
        sample.byRole.insert(u"platform_admin"_s, 1);
        stats.samples.append(sample);
    }
    const QJsonObject json = connectionStatsToJson(stats);
    QCOMPARE(json[u"windowSeconds"_s].toInt(), 600);
    QCOMPARE(json[u"bucketSeconds"_s].toInt(), 10);
    QCOMPARE(json[u"samples"_s].toArray().size(), 3);
    QCOMPARE(connectionStatsFromJson(json).value(), stats);
    QCOMPARE(connectionStatsFromJson(connectionStatsToJson({})).value(), ConnectionStats());
}

void TestSyncHealth::badInputIsRefused_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("field");
    const auto event = [](const QString &key, const QJsonValue &value) {
        QJsonObject json = syncEventToJson(sampleEvent());
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        return json;
    };
    const auto tenant = [](const QString &key, const QJsonValue &value) {
        QJsonObject json = tenantSyncHealthToJson(sampleTenant(true));
        json.insert(key, value);
        return json;
    };
    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("event without id") << u"event"_s << event(u"id"_s, missing) << u"id"_s;
    QTest::newRow("event with an unknown status")
        << u"event"_s << event(u"status"_s, u"green"_s) << u"status"_s;
    QTest::newRow("event version as text")
        << u"event"_s << event(u"configVersion"_s, u"3"_s) << u"configVersion"_s;
    QTest::newRow("event time in words")
        << u"event"_s << event(u"occurredAt"_s, u"yesterday"_s) << u"occurredAt"_s;
    QTest::newRow("event time without a zone")
        << u"event"_s << event(u"occurredAt"_s, u"2026-06-01T12:00:00"_s) << u"occurredAt"_s;
    QTest::newRow("event without a kind") << u"event"_s << event(u"kind"_s, u""_s) << u"kind"_s;
    QTest::newRow("event details not an object")
        << u"event"_s << event(u"details"_s, QJsonArray {1}) << u"details"_s;
    QTest::newRow("row with camelCase keys")
        << u"row"_s << syncEventToJson(sampleEvent()) << u"organization_id"_s;
    QTest::newRow("negative client count")
        << u"tenant"_s << tenant(u"connectedClients"_s, -1) << u"connectedClients"_s;
    QTest::newRow("impossible wedding date")
        << u"tenant"_s << tenant(u"nextWeddingDate"_s, u"2026-13-01"_s) << u"nextWeddingDate"_s;
    QTest::newRow("wedding date with a time")
        << u"tenant"_s << tenant(u"nextWeddingDate"_s, u"2026-06-03T00:00:00Z"_s)
        << u"nextWeddingDate"_s;
    QTest::newRow("success time as a number")
        << u"tenant"_s << tenant(u"lastSuccessAt"_s, 5) << u"lastSuccessAt"_s;
    QTest::newRow("tenant without a name") << u"tenant"_s << [] {
        QJsonObject json = tenantSyncHealthToJson(sampleTenant(true));
        json.remove(u"name"_s);
        return json;
    }() << u"name"_s;
    QTest::newRow("report tenant not an object")
        << u"report"_s
        << QJsonObject {{u"generatedAt"_s, Now.toString(Qt::ISODateWithMs)},
                        {u"tenants"_s, QJsonArray {42}}}
        << u"tenants[0]"_s;
    QTest::newRow("report tenant with a bad status")
        << u"report"_s
        << QJsonObject {{u"generatedAt"_s, Now.toString(Qt::ISODateWithMs)},
                        {u"tenants"_s, QJsonArray {tenant(u"status"_s, u"red"_s)}}}
        << u"tenants[0].status"_s;
    QTest::newRow("zero-second buckets") << u"stats"_s
                                         << QJsonObject {{u"windowSeconds"_s, 600},
                                                         {u"bucketSeconds"_s, 0},
                                                         {u"samples"_s, QJsonArray {}}}
                                         << u"bucketSeconds"_s;
    QTest::newRow("fractional tenant count")
        << u"stats"_s
        << QJsonObject {{u"windowSeconds"_s, 600},
                        {u"bucketSeconds"_s, 10},
                        {u"samples"_s,
                         QJsonArray {QJsonObject {{u"at"_s, Now.toString(Qt::ISODateWithMs)},
                                                  {u"total"_s, 1},
                                                  {u"byTenant"_s, QJsonObject {{u"t"_s, 1.5}}},
                                                  {u"byRole"_s, QJsonObject {}}}}}}
        << u"samples[0].byTenant.t"_s;
    QTest::newRow("negative role count")
        << u"stats"_s
        << QJsonObject {{u"windowSeconds"_s, 600},
                        {u"bucketSeconds"_s, 10},
                        {u"samples"_s,
                         QJsonArray {QJsonObject {{u"at"_s, Now.toString(Qt::ISODateWithMs)},
                                                  {u"total"_s, 1},
                                                  {u"byTenant"_s, QJsonObject {}},
                                                  {u"byRole"_s, QJsonObject {{u"admin"_s, -2}}}}}}}
        << u"samples[0].byRole.admin"_s;
}

void TestSyncHealth::badInputIsRefused()
{
    QFETCH(QString, decoder);
    QFETCH(QJsonObject, input);
    QFETCH(QString, field);
    Error error;
    if (decoder == u"event"_s) {
        auto decoded = syncEventFromJson(input);
        QVERIFY(!decoded);
        error = decoded.error();
    } else if (decoder == u"row"_s) {
        auto decoded = syncEventFromRow(input);
        QVERIFY(!decoded);
        error = decoded.error();
    } else if (decoder == u"tenant"_s) {
        auto decoded = tenantSyncHealthFromJson(input);
        QVERIFY(!decoded);
        error = decoded.error();
    } else if (decoder == u"report"_s) {
        auto decoded = syncHealthReportFromJson(input);
        QVERIFY(!decoded);
        error = decoded.error();
    } else {
        auto decoded = connectionStatsFromJson(input);
        QVERIFY(!decoded);
        error = decoded.error();
    }
    QCOMPARE(error.code, u"invalid_sync_data"_s);
    QVERIFY2(fieldsOf(error).contains(field), qPrintable(fieldsOf(error).join(u", "_s)));
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncHealth)
#include "tst_synchealth.moc"
