// The configuration hierarchy over REST on both backends (issue 19): a platform change reaches
// every tenant and its users under the notifications rule (tenant wins: Evergreen keeps its own
// SMS provider, the others take the platform's), one sync event per tenant, a failing tenant
// leaves the others applied (partial); an opt-out holds a tenant back; history, diff and
// rollback; If-Match (428/412) and per-field validation; change requests need a second admin;
// another tenant's settings are 404; only the changed keys are published on config:<type>,
// tenant:<id>:admins and user:<id>. Provider secrets are sealed in every row that stores a
// document (read back with SQL and opened with the server's key), open only in their own row,
// survive a rollback, and an older server's plain ones are sealed at the next start.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "auth/ConfigSecrets.h"
#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "demo/DemoData.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QDir>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

const QString PlatformNotifications = u"/api/v1/config/notifications"_s;

QString tenantPath(const QString &org, const QString &type = u"notifications"_s)
{
    return u"/api/v1/organizations/%1/config/%2"_s.arg(org, type);
}

QString userPath(const QString &org, const QString &user, const QString &type)
{
    return u"/api/v1/organizations/%1/members/%2/config/%3"_s.arg(org, user, type);
}

// The demo's platform template with another SMS provider and e-mail sender (the rest as is).
QJsonObject changedTemplate(const QString &smsProvider = u"vonage"_s)
{
    return QJsonObject {
        {u"providers"_s,
         QJsonObject {
             {u"email"_s,
              QJsonObject {{u"provider"_s, u"postmark"_s}, {u"from"_s, u"news@wedsync.demo"_s}}},
             {u"sms"_s, QJsonObject {{u"provider"_s, smsProvider}, {u"from"_s, u"WedSync"_s}}}}},
        {u"preferences"_s,
         QJsonObject {
             {u"booking_confirmed"_s,
              QJsonObject {
                  {u"email"_s, true}, {u"sms"_s, false}, {u"push"_s, true}, {u"inApp"_s, true}}},
             {u"payment_due"_s,
              QJsonObject {
                  {u"email"_s, true}, {u"sms"_s, true}, {u"push"_s, false}, {u"inApp"_s, true}}}}},
        {u"quietHours"_s,
         QJsonObject {{u"enabled"_s, true}, {u"start"_s, u"22:00"_s}, {u"end"_s, u"07:00"_s}}},
        {u"digest"_s, u"daily"_s},
    };
}

const QString PlatformKey = u"sk_live_PLATFORM_7f3a9c2e41d8"_s;
const QString RotatedKey = u"sk_live_ROTATED_0b8d6e5f22a9"_s;
const QString EvergreenKey = u"mb_live_EVERGREEN_51c0ffee77"_s;
const QString LakesideKey = u"mb_live_LAKESIDE_9a8b7c6d55"_s;

// `document` with the SMS provider's API key (a secret field of notifications) set to `key`.
QJsonObject withSmsKey(QJsonObject document, const QString &key)
{
    QJsonObject providers = document[u"providers"_s].toObject();
    QJsonObject sms = providers[u"sms"_s].toObject();
    sms.insert(u"apiKey"_s, key);
    providers.insert(u"sms"_s, sms);
    document.insert(u"providers"_s, providers);
    return document;
}

QJsonValue smsKey(const QJsonObject &document)
{
    return document[u"providers"_s][u"sms"_s][u"apiKey"_s];
}

// An organization's own SMS sender with its API key.
QJsonObject tenantSms(const QString &provider, const QString &key)
{
    return QJsonObject {{u"providers"_s,
                         QJsonObject {{u"sms"_s,
                                       QJsonObject {{u"provider"_s, provider},
                                                    {u"from"_s, u"Ours"_s},
                                                    {u"apiKey"_s, key}}}}},
                        {u"digest"_s, u"weekly"_s}};
}

QJsonObject writeBody(const QJsonObject &document, const QString &summary = {})
{
    QJsonObject body {{u"document"_s, document}};
    if (!summary.isEmpty())
        body.insert(u"summary"_s, summary);
    return body;
}

QString smsProvider(const HttpTestReply &reply)
{
    return reply.object()[u"effective"_s][u"providers"_s][u"sms"_s][u"provider"_s].toString();
}

QJsonObject fieldOf(const HttpTestReply &reply, const QString &path)
{
    for (const QJsonValue &field : reply.object()[u"fields"_s].toArray()) {
        if (field[u"path"_s].toString() == path)
            return field.toObject();
    }
    return {};
}

// The next config_delta broadcast on `topic` (other broadcasts, e.g. health, are skipped).
std::optional<QJsonObject> nextDelta(TestClient &client, const QString &topic)
{
    for (int i = 0; i < 10; ++i) {
        const auto message = client.takeEvent(topic, u"broadcast"_s);
        if (!message)
            return std::nullopt;
        if (message->payload[u"event"_s].toString() == u"config_delta"_s)
            return message->payload[u"payload"_s].toObject();
    }
    return std::nullopt;
}

QStringList changedPaths(const QJsonObject &deltaMessage)
{
    QStringList out;
    for (const QJsonValue &change : deltaMessage[u"changes"_s].toArray())
        out << change[u"path"_s].toString();
    return out;
}

} // namespace

class TestConfigApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void platformChangeReachesTenantsAndUsers();
    void failingTenantDoesNotBlockTheOthers();
    void optOutHoldsTheTenantBack();
    void historyDiffAndRollback();
    void writesNeedIfMatchAndValidDocuments();
    void changeRequestNeedsASecondAdmin();
    void scopesAreIsolated();
    void onlyChangedKeysArePublished();
    void secretsAreSealedAtRest();
    void rollbackRestoresTheSecret();
    void sealedSecretDoesNotOpenInAnotherTenant();
    void plainSecretsOfAnOlderServerAreSealedAtStart();

private:
    HttpTestReply writePlatform(const QJsonObject &document, qint64 version,
                                const QString &as = Platform)
    {
        return m_demo->as(as).send("PUT", PlatformNotifications, jsonBytes(writeBody(document)),
                                   ifMatch(version));
    }
    qint64 count(const QString &sql);
    bool addSecondPlatformAdmin();
    // Every row that may hold a document or a copy of one (settings, baselines, history,
    // change requests, audit trail, sync events, realtime log, webhook deliveries), as text.
    QString storedText();
    // The JSON in `column` of the row of `table` that `where` selects, as stored.
    QJsonObject stored(const QString &table, const QString &column, const QString &where);
    // The same opened with the server's key file, bound to the row's own scope key.
    ConfigSecrets::Opened opened(const QString &table, const QString &column, const QString &where);

    std::unique_ptr<DemoSession> m_demo;
    QString m_backend;
    QString m_evergreen;
    QString m_lakeside;
    QString m_harbor;
};

void TestConfigApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
    m_evergreen = DemoData::evergreenId();
    m_lakeside = DemoData::lakesideId();
    m_harbor = DemoData::harborId();
}

qint64 TestConfigApi::count(const QString &sql)
{
    QString error;
    Database *db = m_demo->database(&error);
    if (!db) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    SqlQuery q(*db, sql);
    if (!q.exec(u"counting"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TestConfigApi::addSecondPlatformAdmin()
{
    const QString id = u"5d1c7f0e-8a4b-4c59-9a8e-2f6f1b3c4d5e"_s;
    QString error;
    const bool made
        = m_demo->execute(u"INSERT INTO users (id, email, display_name, password_hash, disabled,"
                          " created_at) SELECT '%1', 'second@wedsync.demo', 'Second Admin',"
                          " password_hash, disabled, created_at FROM users"
                          " WHERE email = 'platform@wedsync.demo'"_s.arg(id),
                          &error)
        && m_demo->execute(u"INSERT INTO platform_staff (user_id, kind, created_at)"
                           " VALUES ('%1', 'platform_admin', '2026-01-01T00:00:00.000Z')"_s.arg(id),
                           &error);
    if (!made)
        qWarning("%s", qPrintable(error));
    return made;
}

QString TestConfigApi::storedText()
{
    QString error;
    Database *db = m_demo->database(&error);
    if (!db) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QList<std::pair<QString, QString>> columns {
        {u"config_settings"_s, u"document"_s},   {u"config_settings"_s, u"parent_baseline"_s},
        {u"config_history"_s, u"snapshot"_s},    {u"config_change_requests"_s, u"payload"_s},
        {u"audit_log"_s, u"before_json"_s},      {u"audit_log"_s, u"after_json"_s},
        {u"sync_events"_s, u"details_json"_s},   {u"realtime_messages"_s, u"message"_s},
        {u"webhook_deliveries"_s, u"payload"_s},
    };
    QString out;
    for (const auto &[table, column] : columns) {
        SqlQuery q(*db, u"SELECT CAST(%1 AS TEXT) FROM %2"_s.arg(column, table));
        if (auto done = q.exec(u"reading "_s + table); !done) {
            qWarning("%s", qPrintable(done.error().message));
            return {};
        }
        while (q.next())
            out += q.text(0) + u'\n';
    }
    return out;
}

QJsonObject TestConfigApi::stored(const QString &table, const QString &column, const QString &where)
{
    QString error;
    Database *db = m_demo->database(&error);
    if (!db)
        return {};
    SqlQuery q(*db, u"SELECT CAST(%1 AS TEXT) FROM %2 WHERE %3"_s.arg(column, table, where));
    if (!q.exec(u"reading a document"_s) || !q.next())
        return {};
    return sql::toJsonObject(q.value(0));
}

ConfigSecrets::Opened TestConfigApi::opened(const QString &table, const QString &column,
                                            const QString &where)
{
    auto box = SecretBox::loadOrCreate(QDir(m_demo->dataDir()).filePath(u"secret.key"_s));
    if (!box) {
        qWarning("%s", qPrintable(box.error().message));
        return {};
    }
    QString error;
    Database *db = m_demo->database(&error);
    if (!db)
        return {};
    SqlQuery q(*db,
               u"SELECT scope_key, setting_type, CAST(%1 AS TEXT) FROM %2 WHERE %3"_s.arg(
                   column, table, where));
    if (!q.exec(u"reading a document"_s) || !q.next())
        return {};
    const auto type = configSettingTypeFromName(q.text(1));
    if (!type)
        return {};
    return ConfigSecrets(&box.value()).open(q.text(0), *type, sql::toJsonObject(q.value(2)));
}

void TestConfigApi::platformChangeReachesTenantsAndUsers()
{
    HttpTestClient &platform = m_demo->as(Platform);
    const HttpTestReply before = platform.get(PlatformNotifications);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(smsProvider(before), u"twilio"_s);

    const HttpTestReply written = writePlatform(changedTemplate(), 1);
    QVERIFY2(written.status == 200, written.describe().constData());
    QCOMPARE(written.header("ETag"), QByteArray("\"2\""));
    const QJsonObject propagation = written.object()[u"propagation"_s].toObject();
    QCOMPARE(propagation[u"status"_s].toString(), u"success"_s);
    QCOMPARE(propagation[u"tenants"_s].toInt(), 3);
    QCOMPARE(propagation[u"failed"_s].toInt(), 0);
    QVERIFY(propagation[u"users"_s].toInt() > 0);

    // Tenant wins: Evergreen keeps its own SMS provider, and says why.
    const HttpTestReply evergreen = platform.get(tenantPath(m_evergreen));
    QCOMPARE(smsProvider(evergreen), u"messagebird"_s);
    const QJsonObject why = fieldOf(evergreen, u"providers.sms.provider"_s);
    QCOMPARE(why[u"layer"_s].toString(), u"tenant"_s);
    QCOMPARE(why[u"ruleId"_s].toString(), u"notifications"_s);
    QCOMPARE(why[u"overridden"_s].toString(), u"vonage"_s);
    // ...but takes the platform's new e-mail sender, which it does not set itself.
    QCOMPARE(evergreen.object()[u"effective"_s][u"providers"_s][u"email"_s][u"from"_s].toString(),
             u"news@wedsync.demo"_s);
    for (const QString &org : {m_harbor, m_lakeside}) {
        const HttpTestReply other = platform.get(tenantPath(org));
        QCOMPARE(smsProvider(other), u"vonage"_s);
        QCOMPARE(fieldOf(other, u"providers.sms.provider"_s)[u"layer"_s].toString(), u"platform"_s);
    }
    // Their users see what their organization does.
    const HttpTestReply erin
        = m_demo->as(Admin).get(userPath(m_evergreen, m_demo->userId(Admin), u"notifications"_s));
    QVERIFY2(erin.status == 200, erin.describe().constData());
    QCOMPARE(smsProvider(erin), u"messagebird"_s);
    const HttpTestReply lee
        = m_demo->as(LakesideAdmin)
              .get(userPath(m_lakeside, m_demo->userId(LakesideAdmin), u"notifications"_s));
    QCOMPARE(smsProvider(lee), u"vonage"_s);

    // One sync event per tenant, for the sync-health dashboard.
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_events WHERE source = 'config:notifications'"
                   " AND status = 'success'"_s),
             3);
    const QJsonArray tenants
        = platform.get(u"/api/v1/sync/health"_s).object()[u"tenants"_s].toArray();
    QCOMPARE(tenants.size(), 3);
}

void TestConfigApi::failingTenantDoesNotBlockTheOthers()
{
    const bool sqlite = m_backend == u"sqlite"_s;
    QStringList statements;
    if (sqlite) {
        statements << u"CREATE TRIGGER test_config_fails BEFORE INSERT ON config_settings"
                      " WHEN NEW.organization_id = '%1'"
                      " BEGIN SELECT RAISE(ABORT, 'failed on purpose'); END"_s.arg(m_harbor);
    } else {
        statements << u"CREATE FUNCTION test_config_fails() RETURNS trigger LANGUAGE plpgsql"
                      " AS $$ BEGIN IF NEW.organization_id = '%1' THEN"
                      " RAISE EXCEPTION 'failed on purpose'; END IF; RETURN NEW; END $$"_s.arg(
                          m_harbor)
                   << u"CREATE TRIGGER test_config_fails BEFORE INSERT ON config_settings"
                      " FOR EACH ROW EXECUTE FUNCTION test_config_fails()"_s;
    }
    QString error;
    for (const QString &sql : std::as_const(statements))
        QVERIFY2(m_demo->execute(sql, &error), qPrintable(error));
    const QString harborVersion = u"SELECT COALESCE(MAX(config_version), 0)"
                                  " FROM organization_config_versions"
                                  " WHERE organization_id = '%1'"_s.arg(m_harbor);
    const qint64 harborBefore = count(harborVersion);

    const HttpTestReply written = writePlatform(changedTemplate(), 1);
    QVERIFY2(written.status == 200, written.describe().constData());
    const QJsonObject propagation = written.object()[u"propagation"_s].toObject();
    QCOMPARE(propagation[u"status"_s].toString(), u"partial"_s);
    QCOMPARE(propagation[u"failed"_s].toInt(), 1);
    QCOMPARE(propagation[u"tenants"_s].toInt(), 3);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_events WHERE source = 'config:notifications'"
                   " AND status = 'failed' AND organization_id = '%1'"_s.arg(m_harbor)),
             1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_events WHERE source = 'config:notifications'"
                   " AND status = 'success'"_s),
             2);
    // The others accepted the change as their new baseline.
    QCOMPARE(count(u"SELECT COUNT(*) FROM config_settings WHERE layer = 'tenant'"
                   " AND setting_type = 'notifications' AND parent_baseline IS NOT NULL"_s),
             2);
    // ...and a new configuration version, which their event names; the failed one neither.
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_events e JOIN organization_config_versions v"
                   " ON v.organization_id = e.organization_id"
                   " WHERE e.source = 'config:notifications' AND e.status = 'success'"
                   " AND e.config_version = v.config_version AND e.config_version > 0"_s),
             2);
    QCOMPARE(count(harborVersion), harborBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_events WHERE source = 'config:notifications'"
                   " AND organization_id = '%1' AND config_version = 0"_s.arg(m_harbor)),
             1);
}

void TestConfigApi::optOutHoldsTheTenantBack()
{
    HttpTestClient &lee = m_demo->as(LakesideAdmin);
    const QString optOuts = u"/api/v1/organizations/%1/config/opt-outs"_s.arg(m_lakeside);
    const HttpTestReply unknownRule = lee.send(
        "PUT", optOuts, jsonBytes(QJsonObject {{u"ruleIds"_s, QJsonArray {u"no_such_rule"_s}}}),
        {{"Content-Type", "application/json"}});
    QCOMPARE(unknownRule.status, 400);
    QCOMPARE(unknownRule.object()[u"error"_s][u"details"_s][u"fields"_s][0][u"field"_s].toString(),
             u"ruleIds[0]"_s);
    const HttpTestReply declined
        = lee.send("PUT", optOuts,
                   jsonBytes(QJsonObject {{u"settingTypes"_s, QJsonArray {u"notifications"_s}}}),
                   {{"Content-Type", "application/json"}});
    QVERIFY2(declined.status == 200, declined.describe().constData());
    QCOMPARE(lee.get(optOuts).object()[u"settingTypes"_s].toArray(),
             QJsonArray {u"notifications"_s});
    // Evergreen's admin cannot touch Lakeside's opt-outs: it does not exist for them.
    QCOMPARE(m_demo->as(Admin).get(optOuts).status, 404);

    QCOMPARE(writePlatform(changedTemplate(), 1).status, 200);
    const HttpTestReply lakeside = lee.get(tenantPath(m_lakeside));
    QCOMPARE(smsProvider(lakeside), u"twilio"_s);
    const QJsonObject why = fieldOf(lakeside, u"providers.sms.provider"_s);
    QCOMPARE(why[u"hold"_s].toString(), u"opted_out_of_type"_s);
    QCOMPARE(why[u"upstream"_s].toString(), u"vonage"_s);
    QCOMPARE(smsProvider(m_demo->as(Platform).get(tenantPath(m_harbor))), u"vonage"_s);

    // Opting back in lets the platform's value through.
    QCOMPARE(
        lee.send("PUT", optOuts, jsonBytes(QJsonObject {}), {{"Content-Type", "application/json"}})
            .status,
        200);
    QCOMPARE(smsProvider(lee.get(tenantPath(m_lakeside))), u"vonage"_s);
}

void TestConfigApi::historyDiffAndRollback()
{
    HttpTestClient &platform = m_demo->as(Platform);
    QCOMPARE(platform
                 .send("PUT", PlatformNotifications,
                       jsonBytes(writeBody(changedTemplate(), u"Switch SMS to Vonage"_s)),
                       ifMatch(1))
                 .status,
             200);
    const HttpTestReply history = platform.get(PlatformNotifications + u"/history?limit=1"_s);
    QCOMPARE(history.status, 200);
    QCOMPARE(history.object()[u"total"_s].toInt(), 2);
    const QJsonObject newest = history.object()[u"items"_s][0].toObject();
    QCOMPARE(newest[u"version"_s].toInt(), 2);
    QCOMPARE(newest[u"summary"_s].toString(), u"Switch SMS to Vonage"_s);
    QCOMPARE(newest[u"changedBy"_s].toString(), ids::named(u"user:"_s + Platform));
    // Who, in words: the history is read by people.
    QVERIFY(!newest[u"changedByName"_s].toString().isEmpty());
    const QString cursor = history.object()[u"nextCursor"_s].toString();
    QVERIFY(!cursor.isEmpty());
    const HttpTestReply older
        = platform.get(PlatformNotifications + u"/history?limit=1&cursor="_s + cursor);
    QCOMPARE(older.object()[u"items"_s][0][u"version"_s].toInt(), 1);

    const HttpTestReply diff = platform.get(PlatformNotifications + u"/diff?from=1&to=2"_s);
    QCOMPARE(diff.status, 200);
    QJsonObject smsChange;
    for (const QJsonValue &change : diff.object()[u"changes"_s].toArray()) {
        if (change[u"path"_s].toString() == u"providers.sms.provider"_s)
            smsChange = change.toObject();
    }
    QCOMPARE(smsChange[u"op"_s].toString(), u"changed"_s);
    QCOMPARE(smsChange[u"old"_s].toString(), u"twilio"_s);
    QCOMPARE(smsChange[u"new"_s].toString(), u"vonage"_s);
    QCOMPARE(platform.get(PlatformNotifications + u"/diff?from=1&to=9"_s).status, 404);

    const HttpTestReply rolledBack
        = platform.send("POST", PlatformNotifications + u"/rollback"_s,
                        jsonBytes(QJsonObject {{u"version"_s, 1}}), ifMatch(2));
    QVERIFY2(rolledBack.status == 200, rolledBack.describe().constData());
    QCOMPARE(rolledBack.object()[u"version"_s].toInt(), 3);
    QCOMPARE(smsProvider(rolledBack), u"twilio"_s);
    QCOMPARE(smsProvider(platform.get(tenantPath(m_harbor))), u"twilio"_s);
    QCOMPARE(platform.get(PlatformNotifications + u"/diff?from=1&to=3"_s)
                 .object()[u"changes"_s]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(platform.get(PlatformNotifications + u"/history"_s)
                 .object()[u"items"_s][0][u"summary"_s]
                 .toString(),
             u"Rolled back to version 1."_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE entity_type = 'config_setting'"
                   " AND action = 'rollback'"_s),
             1);
}

void TestConfigApi::writesNeedIfMatchAndValidDocuments()
{
    HttpTestClient &platform = m_demo->as(Platform);
    const HttpTestReply missing
        = platform.send("PUT", PlatformNotifications, jsonBytes(writeBody(changedTemplate())),
                        {{"Content-Type", "application/json"}});
    QCOMPARE(missing.status, 428);
    const HttpTestReply stale = writePlatform(changedTemplate(), 7);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInt(), 1);
    QCOMPARE(stale.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(smsProvider(platform.get(PlatformNotifications)), u"twilio"_s);

    QJsonObject bad = changedTemplate();
    bad.insert(u"digest"_s, u"hourly"_s);
    bad.insert(u"colour"_s, u"blue"_s);
    const HttpTestReply invalid = writePlatform(bad, 1);
    QCOMPARE(invalid.status, 400);
    QStringList fields;
    for (const QJsonValue &field :
         invalid.object()[u"error"_s][u"details"_s][u"fields"_s].toArray())
        fields << field[u"field"_s].toString();
    QVERIFY2(fields.contains(u"digest"_s) && fields.contains(u"colour"_s),
             qPrintable(fields.join(u", "_s)));

    // Who writes which level.
    QCOMPARE(writePlatform(changedTemplate(), 1, Admin).status, 403);
    const HttpTestReply planner = m_demo->as(Planner).send(
        "PUT", tenantPath(m_evergreen), jsonBytes(writeBody(QJsonObject {{u"digest"_s, u"off"_s}})),
        ifMatch(1));
    QCOMPARE(planner.status, 403);
    const HttpTestReply admin = m_demo->as(Admin).send(
        "PUT", tenantPath(m_evergreen), jsonBytes(writeBody(QJsonObject {{u"digest"_s, u"off"_s}})),
        ifMatch(1));
    QVERIFY2(admin.status == 200, admin.describe().constData());
    QCOMPARE(admin.object()[u"effective"_s][u"digest"_s].toString(), u"off"_s);
    // Providers are not a user's to set.
    const HttpTestReply userProviders = m_demo->as(Admin).send(
        "PUT", userPath(m_evergreen, m_demo->userId(Admin), u"notifications"_s),
        jsonBytes(writeBody(changedTemplate())), ifMatch(0));
    QCOMPARE(userProviders.status, 400);
}

void TestConfigApi::changeRequestNeedsASecondAdmin()
{
    QVERIFY(addSecondPlatformAdmin());
    HttpTestClient &author = m_demo->as(Platform);
    HttpTestClient &second = m_demo->as(u"second@wedsync.demo"_s);
    const QString requests = u"/api/v1/config/change-requests"_s;
    const HttpTestReply proposed = author.post(requests,
                                               QJsonObject {{u"settingType"_s, u"notifications"_s},
                                                            {u"document"_s, changedTemplate()},
                                                            {u"summary"_s, u"Vonage for SMS"_s}});
    QVERIFY2(proposed.status == 201, proposed.describe().constData());
    const QString id = proposed.object()[u"id"_s].toString();
    QCOMPARE(proposed.object()[u"status"_s].toString(), u"proposed"_s);
    QCOMPARE(proposed.object()[u"baseVersion"_s].toInt(), 1);
    // The proposal is read where its Location says, by the second admin too; an organization's
    // path does not reach a platform request.
    QCOMPARE(QString::fromUtf8(proposed.header("Location")), requests + u'/' + id);
    const HttpTestReply read = second.get(requests + u'/' + id);
    QVERIFY2(read.status == 200, read.describe().constData());
    QCOMPARE(read.object()[u"summary"_s].toString(), u"Vonage for SMS"_s);
    QCOMPARE(
        author.get(u"/api/v1/organizations/%1/config/change-requests/%2"_s.arg(m_evergreen, id))
            .status,
        404);
    // Nothing changes until it is approved.
    QCOMPARE(smsProvider(author.get(PlatformNotifications)), u"twilio"_s);

    const HttpTestReply byAuthor = author.post(requests + u'/' + id + u"/approve"_s, {});
    QCOMPARE(byAuthor.status, 403);
    QVERIFY(byAuthor.object()[u"error"_s][u"message"_s].toString().contains(u"another admin"_s));
    // An organization admin is not an admin of the platform's level.
    QCOMPARE(m_demo->as(Admin).post(requests + u'/' + id + u"/approve"_s, {}).status, 403);

    const HttpTestReply approved = second.post(requests + u'/' + id + u"/approve"_s, {});
    QVERIFY2(approved.status == 200, approved.describe().constData());
    QCOMPARE(approved.object()[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(approved.object()[u"appliedVersion"_s].toInt(), 2);
    QCOMPARE(approved.object()[u"approverId"_s].toString(),
             u"5d1c7f0e-8a4b-4c59-9a8e-2f6f1b3c4d5e"_s);
    QCOMPARE(smsProvider(author.get(PlatformNotifications)), u"vonage"_s);
    QCOMPARE(smsProvider(author.get(tenantPath(m_harbor))), u"vonage"_s);
    QCOMPARE(second.post(requests + u'/' + id + u"/reject"_s, {}).status, 409);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE entity_type = 'config_setting'"
                   " AND action = 'change_request_apply'"_s),
             1);

    // A request based on an older version cannot be applied over a newer one.
    const HttpTestReply outdated
        = author.post(requests,
                      QJsonObject {{u"settingType"_s, u"notifications"_s},
                                   {u"document"_s, changedTemplate(u"sinch"_s)}});
    QVERIFY2(outdated.status == 201, outdated.describe().constData());
    const QString outdatedId = outdated.object()[u"id"_s].toString();
    QCOMPARE(writePlatform(changedTemplate(u"plivo"_s), 2, u"second@wedsync.demo"_s).status, 200);
    const HttpTestReply stale = second.post(requests + u'/' + outdatedId + u"/approve"_s, {});
    QVERIFY2(stale.status == 409, stale.describe().constData());
    const HttpTestReply rejected = second.post(requests + u'/' + outdatedId + u"/reject"_s, {});
    QCOMPARE(rejected.object()[u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(author.get(requests + u"?status=rejected"_s).object()[u"total"_s].toInt(), 1);
}

void TestConfigApi::scopesAreIsolated()
{
    HttpTestClient &lee = m_demo->as(LakesideAdmin);
    QCOMPARE(lee.get(tenantPath(m_evergreen)).status, 404);
    QCOMPARE(lee.get(tenantPath(m_evergreen) + u"/history"_s).status, 404);
    const HttpTestReply foreignWrite
        = lee.send("PUT", tenantPath(m_evergreen),
                   jsonBytes(writeBody(QJsonObject {{u"digest"_s, u"off"_s}})), ifMatch(1));
    QCOMPARE(foreignWrite.status, 404);
    const QString erin = m_demo->userId(Admin);
    QCOMPARE(lee.get(userPath(m_evergreen, erin, u"mfa"_s)).status, 404);
    // A user of another organization under one's own organization: not found either.
    QCOMPARE(m_demo->as(Admin)
                 .get(userPath(m_evergreen, m_demo->userId(LakesideAdmin), u"mfa"_s))
                 .status,
             404);
    QCOMPARE(lee.get(u"/api/v1/organizations/%1/config/change-requests"_s.arg(m_evergreen)).status,
             404);
    QCOMPARE(lee.get(tenantPath(m_lakeside, u"no_such_type"_s)).status, 404);

    // A user sets their own MFA preference; their admin reads it but cannot change it.
    const QString vendor = m_demo->userId(Vendor);
    const QJsonObject mfa {{u"enabled"_s, true}, {u"preferredMethod"_s, u"totp"_s}};
    const HttpTestReply own = m_demo->as(Vendor).send(
        "PUT", userPath(m_evergreen, vendor, u"mfa"_s), jsonBytes(writeBody(mfa)), ifMatch(0));
    QVERIFY2(own.status == 200, own.describe().constData());
    QCOMPARE(own.object()[u"effective"_s][u"preferredMethod"_s].toString(), u"totp"_s);
    QCOMPARE(fieldOf(own, u"allowedMethods"_s)[u"layer"_s].toString(), u"platform"_s);
    const HttpTestReply read = m_demo->as(Admin).get(userPath(m_evergreen, vendor, u"mfa"_s));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object()[u"effective"_s][u"enabled"_s].toBool(), true);
    QCOMPARE(m_demo->as(Admin)
                 .send("PUT", userPath(m_evergreen, vendor, u"mfa"_s), jsonBytes(writeBody(mfa)),
                       ifMatch(1))
                 .status,
             403);
}

void TestConfigApi::onlyChangedKeysArePublished()
{
    const QString evergreenAdmins = u"realtime:tenant:%1:admins"_s.arg(m_evergreen);
    const QString lakesideAdmins = u"realtime:tenant:%1:admins"_s.arg(m_lakeside);
    const QString leeTopic = u"realtime:user:"_s + m_demo->userId(LakesideAdmin);
    TestClient erin;
    QVERIFY(erin.open(m_demo->socketUrl(Admin)));
    QVERIFY(erin.joinOk(evergreenAdmins));
    QVERIFY(erin.joinOk(u"realtime:config:notifications"_s));
    QVERIFY(!erin.joinOk(lakesideAdmins));
    TestClient lee;
    QVERIFY(lee.open(m_demo->socketUrl(LakesideAdmin)));
    QVERIFY(lee.joinOk(lakesideAdmins));
    QVERIFY(lee.joinOk(leeTopic));

    QCOMPARE(writePlatform(changedTemplate(), 1).status, 200);
    const auto platformDelta = nextDelta(erin, u"realtime:config:notifications"_s);
    QVERIFY(platformDelta);
    QCOMPARE(changedPaths(*platformDelta),
             QStringList({u"providers.email.from"_s, u"providers.sms.provider"_s}));

    // Evergreen keeps its SMS provider: its delta has the new sender, not the provider.
    const auto evergreen = nextDelta(erin, evergreenAdmins);
    QVERIFY(evergreen);
    QCOMPARE(changedPaths(*evergreen), QStringList {u"providers.email.from"_s});
    const auto lakeside = nextDelta(lee, lakesideAdmins);
    QVERIFY(lakeside);
    QCOMPARE(changedPaths(*lakeside),
             QStringList({u"providers.email.from"_s, u"providers.sms.provider"_s}));
    const auto user = nextDelta(lee, leeTopic);
    QVERIFY(user);
    QCOMPARE((*user)[u"scope"_s][u"layer"_s].toString(), u"user"_s);
    QCOMPARE(changedPaths(*user),
             QStringList({u"providers.email.from"_s, u"providers.sms.provider"_s}));
    QVERIFY2(lee.nothingFor([&](const RealtimeMessage &m) { return m.topic == evergreenAdmins; }),
             "another tenant's delta never reaches Lakeside");
}

void TestConfigApi::secretsAreSealedAtRest()
{
    HttpTestClient &platform = m_demo->as(Platform);
    const HttpTestReply written = writePlatform(withSmsKey(changedTemplate(), PlatformKey), 1);
    QVERIFY2(written.status == 200, written.describe().constData());
    // Answered redacted, in the document and in the effective settings.
    QCOMPARE(smsKey(written.object()[u"document"_s].toObject()).toString(), u"********"_s);
    QCOMPARE(smsKey(written.object()[u"effective"_s].toObject()).toString(), u"********"_s);
    // An organization's own key, and a proposal with another one.
    const HttpTestReply evergreen = m_demo->as(Admin).send(
        "PUT", tenantPath(m_evergreen),
        jsonBytes(writeBody(tenantSms(u"messagebird"_s, EvergreenKey))), ifMatch(1));
    QVERIFY2(evergreen.status == 200, evergreen.describe().constData());
    const HttpTestReply proposed = m_demo->as(Admin).post(
        u"/api/v1/organizations/%1/config/change-requests"_s.arg(m_evergreen),
        QJsonObject {{u"settingType"_s, u"notifications"_s},
                     {u"document"_s, tenantSms(u"sinch"_s, RotatedKey)}});
    QVERIFY2(proposed.status == 201, proposed.describe().constData());
    QCOMPARE(smsKey(proposed.object()[u"document"_s].toObject()).toString(), u"********"_s);

    // Not one row holds a key in the clear...
    const QString raw = storedText();
    QVERIFY(raw.contains(u"sealed:v1:"_s));
    for (const QString &secret : {PlatformKey, EvergreenKey, RotatedKey})
        QVERIFY2(!raw.contains(secret), qPrintable(secret + u" is stored in the clear"_s));
    // ...each is sealed where it belongs: the settings and their history, every tenant's
    // baseline (what the propagation stored), the proposal.
    const QString platformRow = u"scope_key = 'platform' AND setting_type = 'notifications'"_s;
    QVERIFY(
        ConfigSecrets::isSealed(smsKey(stored(u"config_settings"_s, u"document"_s, platformRow))));
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, platformRow).document).toString(),
             PlatformKey);
    QCOMPARE(smsKey(opened(u"config_history"_s, u"snapshot"_s, platformRow + u" AND version = 2"_s)
                        .document)
                 .toString(),
             PlatformKey);
    for (const QString &org : {m_harbor, m_lakeside, m_evergreen}) {
        const QString row
            = u"scope_key = 'tenant:%1' AND setting_type = 'notifications'"_s.arg(org);
        QVERIFY(ConfigSecrets::isSealed(
            smsKey(stored(u"config_settings"_s, u"parent_baseline"_s, row))));
        QCOMPARE(
            smsKey(opened(u"config_settings"_s, u"parent_baseline"_s, row).document).toString(),
            PlatformKey);
    }
    const QString evergreenRow
        = u"scope_key = 'tenant:%1' AND setting_type = 'notifications'"_s.arg(m_evergreen);
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, evergreenRow).document).toString(),
             EvergreenKey);
    const QString requestRow = u"id = '%1'"_s.arg(proposed.object()[u"id"_s].toString());
    QCOMPARE(
        smsKey(opened(u"config_change_requests"_s, u"payload"_s, requestRow).document).toString(),
        RotatedKey);

    // The resolver works on the real values: Harbor takes the platform's key, Evergreen keeps
    // its own (tenant wins).
    QCOMPARE(fieldOf(platform.get(tenantPath(m_harbor)), u"providers.sms.apiKey"_s)[u"layer"_s]
                 .toString(),
             u"platform"_s);
    const HttpTestReply own = platform.get(tenantPath(m_evergreen));
    QCOMPARE(fieldOf(own, u"providers.sms.apiKey"_s)[u"layer"_s].toString(), u"tenant"_s);
    QCOMPARE(smsKey(own.object()[u"effective"_s].toObject()).toString(), u"********"_s);
    // Writing the redacted document back keeps the secret itself.
    const HttpTestReply again = writePlatform(written.object()[u"document"_s].toObject(), 2);
    QVERIFY2(again.status == 200, again.describe().constData());
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, platformRow).document).toString(),
             PlatformKey);
    const QByteArray log = m_demo->serverLog();
    for (const QString &secret : {PlatformKey, EvergreenKey, RotatedKey})
        QVERIFY(!log.contains(secret.toUtf8()));
}

void TestConfigApi::rollbackRestoresTheSecret()
{
    HttpTestClient &platform = m_demo->as(Platform);
    QCOMPARE(writePlatform(withSmsKey(changedTemplate(), PlatformKey), 1).status, 200);
    QCOMPARE(writePlatform(withSmsKey(changedTemplate(), RotatedKey), 2).status, 200);
    const QString platformRow = u"scope_key = 'platform' AND setting_type = 'notifications'"_s;
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, platformRow).document).toString(),
             RotatedKey);

    // History and diff show the redaction, never a key nor its sealed form.
    for (const QString &path : QStringList {PlatformNotifications + u"/history"_s,
                                            PlatformNotifications + u"/diff?from=2&to=3"_s,
                                            PlatformNotifications + u"/diff?from=0&to=3"_s}) {
        const HttpTestReply reply = platform.get(path);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const QByteArray body = jsonBytes(reply.object());
        QVERIFY2(!body.contains(PlatformKey.toUtf8()) && !body.contains(RotatedKey.toUtf8())
                     && !body.contains("sealed:"),
                 body.constData());
    }
    QVERIFY(jsonBytes(platform.get(PlatformNotifications + u"/diff?from=1&to=2"_s).object())
                .contains("********"));

    const HttpTestReply rolledBack
        = platform.send("POST", PlatformNotifications + u"/rollback"_s,
                        jsonBytes(QJsonObject {{u"version"_s, 2}}), ifMatch(3));
    QVERIFY2(rolledBack.status == 200, rolledBack.describe().constData());
    QCOMPARE(rolledBack.object()[u"version"_s].toInt(), 4);
    QCOMPARE(smsKey(rolledBack.object()[u"document"_s].toObject()).toString(), u"********"_s);
    // The row holds the old key again, sealed: the secret itself came back, not its stars...
    QVERIFY(
        ConfigSecrets::isSealed(smsKey(stored(u"config_settings"_s, u"document"_s, platformRow))));
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, platformRow).document).toString(),
             PlatformKey);
    QCOMPARE(smsKey(opened(u"config_history"_s, u"snapshot"_s, platformRow + u" AND version = 4"_s)
                        .document)
                 .toString(),
             PlatformKey);
    // ...and the tenants were given it again.
    const QString harborRow
        = u"scope_key = 'tenant:%1' AND setting_type = 'notifications'"_s.arg(m_harbor);
    QCOMPARE(
        smsKey(opened(u"config_settings"_s, u"parent_baseline"_s, harborRow).document).toString(),
        PlatformKey);
    const QString raw = storedText();
    QVERIFY(!raw.contains(PlatformKey) && !raw.contains(RotatedKey));
}

void TestConfigApi::sealedSecretDoesNotOpenInAnotherTenant()
{
    HttpTestClient &erin = m_demo->as(Admin);
    HttpTestClient &lee = m_demo->as(LakesideAdmin);
    QCOMPARE(erin.send("PUT", tenantPath(m_evergreen),
                       jsonBytes(writeBody(tenantSms(u"messagebird"_s, EvergreenKey))), ifMatch(1))
                 .status,
             200);
    QCOMPARE(lee.send("PUT", tenantPath(m_lakeside),
                      jsonBytes(writeBody(tenantSms(u"sinch"_s, LakesideKey))), ifMatch(0))
                 .status,
             200);
    // Someone with database access copies Evergreen's sealed key into Lakeside's settings and
    // their first version.
    const QString evergreenRow
        = u"scope_key = 'tenant:%1' AND setting_type = 'notifications'"_s.arg(m_evergreen);
    const QString lakesideRow
        = u"scope_key = 'tenant:%1' AND setting_type = 'notifications'"_s.arg(m_lakeside);
    const QString sealedEvergreen
        = smsKey(stored(u"config_settings"_s, u"document"_s, evergreenRow)).toString();
    QVERIFY(ConfigSecrets::isSealed(sealedEvergreen));
    const QJsonObject copied
        = withSmsKey(stored(u"config_settings"_s, u"document"_s, lakesideRow), sealedEvergreen);
    QString error;
    QVERIFY2(m_demo->execute(u"UPDATE config_settings SET document = '%1' WHERE %2"_s.arg(
                                 sql::jsonText(copied), lakesideRow),
                             &error),
             qPrintable(error));
    QVERIFY2(m_demo->execute(u"UPDATE config_history SET snapshot = '%1' WHERE %2"
                             " AND version = 1"_s.arg(sql::jsonText(copied), lakesideRow),
                             &error),
             qPrintable(error));

    // Reads go on: the key that does not open is left out and named; nothing else changes.
    const HttpTestReply read = lee.get(tenantPath(m_lakeside));
    QVERIFY2(read.status == 200, read.describe().constData());
    QCOMPARE(read.object()[u"unreadableSecrets"_s].toArray(),
             QJsonArray {u"providers.sms.apiKey"_s});
    QVERIFY(smsKey(read.object()[u"document"_s].toObject()).isUndefined());
    QVERIFY(smsKey(read.object()[u"effective"_s].toObject()).isUndefined());
    QCOMPARE(smsProvider(read), u"sinch"_s);
    QCOMPARE(lee.get(tenantPath(m_lakeside) + u"/history"_s).status, 200);
    QCOMPARE(lee.get(tenantPath(m_lakeside) + u"/diff?from=0&to=1"_s).status, 200);
    // Evergreen's own is untouched.
    const HttpTestReply own = erin.get(tenantPath(m_evergreen));
    QVERIFY(!own.object().contains(u"unreadableSecrets"_s));
    QCOMPARE(smsKey(own.object()[u"document"_s].toObject()).toString(), u"********"_s);
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, evergreenRow).document).toString(),
             EvergreenKey);
    // The log names the field, never a value.
    QVERIFY(m_demo->serverLog().contains("providers.sms.apiKey"));
    QVERIFY(!m_demo->serverLog().contains(EvergreenKey.toUtf8()));

    // Lakeside enters its key again; version 1 cannot be restored (its key does not open).
    const HttpTestReply entered
        = lee.send("PUT", tenantPath(m_lakeside),
                   jsonBytes(writeBody(tenantSms(u"sinch"_s, LakesideKey))), ifMatch(1));
    QVERIFY2(entered.status == 200, entered.describe().constData());
    QVERIFY(!entered.object().contains(u"unreadableSecrets"_s));
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, lakesideRow).document).toString(),
             LakesideKey);
    const HttpTestReply restore = lee.send("POST", tenantPath(m_lakeside) + u"/rollback"_s,
                                           jsonBytes(QJsonObject {{u"version"_s, 1}}), ifMatch(2));
    QCOMPARE(restore.status, 422);
    QCOMPARE(restore.object()[u"error"_s][u"code"_s].toString(), u"config_secret_unreadable"_s);
    QCOMPARE(errorFields(restore), QStringList {u"providers.sms.apiKey"_s});
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, lakesideRow).document).toString(),
             LakesideKey);

    // A proposal whose key was copied in from elsewhere is not applied either.
    const HttpTestReply proposed
        = erin.post(u"/api/v1/organizations/%1/config/change-requests"_s.arg(m_evergreen),
                    QJsonObject {{u"settingType"_s, u"notifications"_s},
                                 {u"document"_s, tenantSms(u"sinch"_s, RotatedKey)}});
    QVERIFY2(proposed.status == 201, proposed.describe().constData());
    const QString id = proposed.object()[u"id"_s].toString();
    const QString requestRow = u"id = '%1'"_s.arg(id);
    const QString sealedLakeside
        = smsKey(stored(u"config_settings"_s, u"document"_s, lakesideRow)).toString();
    QVERIFY2(m_demo->execute(u"UPDATE config_change_requests SET payload = '%1' WHERE %2"_s.arg(
                                 sql::jsonText(withSmsKey(
                                     stored(u"config_change_requests"_s, u"payload"_s, requestRow),
                                     sealedLakeside)),
                                 requestRow),
                             &error),
             qPrintable(error));
    const QString requestPath
        = u"/api/v1/organizations/%1/config/change-requests/%2"_s.arg(m_evergreen, id);
    QCOMPARE(m_demo->as(Platform).get(requestPath).status, 200);
    const HttpTestReply approve = m_demo->as(Platform).post(requestPath + u"/approve"_s, {});
    QCOMPARE(approve.status, 422);
    QCOMPARE(approve.object()[u"error"_s][u"code"_s].toString(), u"config_secret_unreadable"_s);
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, evergreenRow).document).toString(),
             EvergreenKey);
}

void TestConfigApi::plainSecretsOfAnOlderServerAreSealedAtStart()
{
    // Rows as an older server wrote them, keys in the clear: the platform's settings and their
    // first version, Evergreen's baseline, Evergreen's waiting change request.
    const QString platformRow = u"scope_key = 'platform' AND setting_type = 'notifications'"_s;
    const QString evergreenRow
        = u"scope_key = 'tenant:%1' AND setting_type = 'notifications'"_s.arg(m_evergreen);
    const QString requestRow = u"organization_id = '%1' AND status = 'proposed'"_s.arg(m_evergreen);
    const QJsonObject platformPlain
        = withSmsKey(stored(u"config_settings"_s, u"document"_s, platformRow), PlatformKey);
    const QJsonObject requestPlain
        = withSmsKey(stored(u"config_change_requests"_s, u"payload"_s, requestRow), EvergreenKey);
    QVERIFY(!requestPlain.isEmpty());
    const QString platformText = sql::jsonText(platformPlain);
    QString error;
    for (const QString &sql :
         {u"UPDATE config_settings SET document = '%1' WHERE %2"_s.arg(platformText, platformRow),
          u"UPDATE config_history SET snapshot = '%1' WHERE %2 AND version = 1"_s.arg(platformText,
                                                                                      platformRow),
          u"UPDATE config_settings SET parent_baseline = '%1' WHERE %2"_s.arg(platformText,
                                                                              evergreenRow),
          u"UPDATE config_change_requests SET payload = '%1' WHERE %2"_s.arg(
              sql::jsonText(requestPlain), requestRow),
          // As an older server's database: its sealing pass has not run yet.
          u"DELETE FROM config_secrets_sealed"_s})
        QVERIFY2(m_demo->execute(sql, &error), qPrintable(error));
    QVERIFY(storedText().contains(PlatformKey));
    // They read as they are (redacted on the way out).
    const HttpTestReply before = m_demo->as(Platform).get(PlatformNotifications);
    QVERIFY2(before.status == 200, before.describe().constData());
    QCOMPARE(smsKey(before.object()[u"document"_s].toObject()).toString(), u"********"_s);

    QVERIFY2(m_demo->restartAfterCrash(), qPrintable(m_demo->errorString()));
    QVERIFY2(m_demo->serverLog().contains("configuration secrets of 4 row(s)"),
             m_demo->serverLog().constData());
    const QString raw = storedText();
    QVERIFY(!raw.contains(PlatformKey) && !raw.contains(EvergreenKey));
    QVERIFY(
        ConfigSecrets::isSealed(smsKey(stored(u"config_settings"_s, u"document"_s, platformRow))));
    // Sealed under their own rows, each opens to what it held.
    QCOMPARE(opened(u"config_settings"_s, u"document"_s, platformRow).document, platformPlain);
    QCOMPARE(
        opened(u"config_history"_s, u"snapshot"_s, platformRow + u" AND version = 1"_s).document,
        platformPlain);
    QCOMPARE(opened(u"config_settings"_s, u"parent_baseline"_s, evergreenRow).document,
             platformPlain);
    QCOMPARE(opened(u"config_change_requests"_s, u"payload"_s, requestRow).document, requestPlain);

    // The server works on with them: the waiting proposal is applied with its key.
    const QString requests = u"/api/v1/organizations/%1/config/change-requests"_s.arg(m_evergreen);
    const HttpTestReply waiting = m_demo->as(Platform).get(requests + u"?status=proposed"_s);
    QCOMPARE(waiting.object()[u"total"_s].toInt(), 1);
    const QString id = waiting.object()[u"items"_s][0][u"id"_s].toString();
    const HttpTestReply approved
        = m_demo->as(Platform).post(requests + u'/' + id + u"/approve"_s, {});
    QVERIFY2(approved.status == 200, approved.describe().constData());
    QCOMPARE(smsKey(opened(u"config_settings"_s, u"document"_s, evergreenRow).document).toString(),
             EvergreenKey);
    QVERIFY(!storedText().contains(EvergreenKey));

    // The next start finds nothing left to seal.
    QVERIFY2(m_demo->restartAfterCrash(), qPrintable(m_demo->errorString()));
    QVERIFY(!m_demo->serverLog().contains("configuration secrets of"));
    QCOMPARE(m_demo->as(Platform).get(PlatformNotifications).status, 200);
}

QTEST_GUILESS_MAIN(TestConfigApi)
#include "tst_configapi.moc"
