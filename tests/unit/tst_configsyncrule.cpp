// Sync rules as data: the seed's defaults, validation with one error per field, JSON.
#include "ConfigOptOut.h"
#include "ConfigSyncRule.h"
#include "ConfigTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

namespace {

const char *ValidRule = "{'id':'modules_sync','name':'Modules','settingType':'modules',"
                        "'triggerEvents':['modules.module.enable'],'targetScopes':['tenant'],"
                        "'direction':'down','strategy':'merge','autoApply':false}";

} // namespace

class TestConfigSyncRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheSeedsThreeRules()
    {
        const QList<ConfigSyncRule> &rules = defaultConfigSyncRules();
        QVERIFY(validateConfigSyncRules(rules).isEmpty());
        QCOMPARE(rules.size(), 3);
        QCOMPARE(configSyncRuleFor(rules, ConfigSettingType::Auth, ConfigLayer::User)->strategy,
                 SyncStrategy::PlatformWins);
        QCOMPARE(configSyncRuleFor(rules, ConfigSettingType::Rbac, ConfigLayer::Tenant)->strategy,
                 SyncStrategy::Merge);
        QVERIFY(!configSyncRuleFor(rules, ConfigSettingType::Rbac, ConfigLayer::User));
        QCOMPARE(configSyncRuleFor(rules, ConfigSettingType::Notifications, ConfigLayer::Tenant)
                     ->strategy,
                 SyncStrategy::TenantWins);
        QVERIFY(std::all_of(rules.cbegin(), rules.cend(),
                            [](const ConfigSyncRule &r) { return r.autoApply; }));
        const QList<ConfigSyncRule> triggered
            = configSyncRulesTriggeredBy(rules, u"notifications.provider.add");
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered.first().id, u"notifications"_s);
        QVERIFY(configSyncRulesTriggeredBy(rules, u"notifications.provider").isEmpty());
        QCOMPARE(configSyncRuleDisplayName(rules.first()), u"Sign-in and SSO"_s);
    }

    void jsonRoundTrip()
    {
        for (const ConfigSyncRule &rule : defaultConfigSyncRules()) {
            const auto back = configSyncRuleFromJson(configSyncRuleToJson(rule));
            QVERIFY(back.ok());
            QCOMPARE(back.value(), rule);
        }
        const auto all = configSyncRulesFromJson(configSyncRulesToJson(defaultConfigSyncRules()));
        QVERIFY(all.ok());
        QCOMPARE(all.value(), defaultConfigSyncRules());
        const auto custom = configSyncRuleFromJson(doc(ValidRule));
        QVERIFY(custom.ok());
        QVERIFY(!custom->autoApply);
        QCOMPARE(configSyncRuleToJson(custom.value()), doc(ValidRule));
    }

    void readsTheSeedsSpelling()
    {
        QJsonObject json = doc(ValidRule);
        json[u"strategy"_s] = u"platform-wins"_s;
        QCOMPARE(configSyncRuleFromJson(json)->strategy, SyncStrategy::PlatformWins);
    }

    void errorPerField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("fields");

        QTest::newRow("id") << u"id"_s << QJsonValue(u"Modules Sync"_s) << QStringList {u"id"_s};
        QTest::newRow("id missing")
            << u"id"_s << QJsonValue(QJsonValue::Undefined) << QStringList {u"id"_s};
        QTest::newRow("type") << u"settingType"_s << QJsonValue(u"themes"_s)
                              << QStringList {u"settingType"_s};
        QTest::newRow("event of another type")
            << u"triggerEvents"_s
            << QJsonValue(QJsonArray {u"modules.module.enable"_s, u"auth.provider.update"_s})
            << QStringList {u"triggerEvents[1]"_s};
        QTest::newRow("no events")
            << u"triggerEvents"_s << QJsonValue(QJsonArray {}) << QStringList {u"triggerEvents"_s};
        QTest::newRow("event not text") << u"triggerEvents"_s << QJsonValue(QJsonArray {42})
                                        << QStringList {u"triggerEvents[0]"_s};
        QTest::newRow("targets the platform")
            << u"targetScopes"_s << QJsonValue(QJsonArray {u"platform"_s})
            << QStringList {u"targetScopes[0]"_s};
        QTest::newRow("unknown scope") << u"targetScopes"_s << QJsonValue(QJsonArray {u"wedding"_s})
                                       << QStringList {u"targetScopes[0]"_s};
        QTest::newRow("scope twice")
            << u"targetScopes"_s << QJsonValue(QJsonArray {u"tenant"_s, u"tenant"_s})
            << QStringList {u"targetScopes[1]"_s};
        QTest::newRow("direction up")
            << u"direction"_s << QJsonValue(u"up"_s) << QStringList {u"direction"_s};
        QTest::newRow("strategy") << u"strategy"_s << QJsonValue(u"newest_wins"_s)
                                  << QStringList {u"strategy"_s};
        QTest::newRow("autoApply")
            << u"autoApply"_s << QJsonValue(u"yes"_s) << QStringList {u"autoApply"_s};
        QTest::newRow("long name")
            << u"name"_s << QJsonValue(QString(101, u'n')) << QStringList {u"name"_s};
        QTest::newRow("name with a line break")
            << u"name"_s << QJsonValue(u"Two\nlines"_s) << QStringList {u"name"_s};
    }
    void errorPerField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = doc(ValidRule);
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto rule = configSyncRuleFromJson(json);
        QVERIFY(!rule.ok());
        QCOMPARE(rule.error().code, u"validation_failed"_s);
        QTEST(fieldsOf(rule.error().fields), "fields");
    }

    void hugeListsAreOneError()
    {
        QJsonObject json = doc(ValidRule);
        QJsonArray events;
        for (int i = 0; i < 100000; ++i)
            events.append(i);
        json[u"triggerEvents"_s] = events;
        const auto rule = configSyncRuleFromJson(json);
        QVERIFY(!rule.ok());
        QCOMPARE(rule.error().fields.size(), 1);
        QCOMPARE(rule.error().fields.first().message, u"Must have at most 50 entries."_s);

        QJsonArray rules;
        for (int i = 0; i < 1000; ++i)
            rules.append(i);
        QCOMPARE(configSyncRulesFromJson(rules).error().fields.size(), 1);
        QCOMPARE(configOptOutsFromJson({{u"settingTypes"_s, events}}).error().fields.size(), 1);
    }

    void messagesSayWhatToDo()
    {
        QJsonObject json = doc(ValidRule);
        json[u"direction"_s] = u"up"_s;
        QCOMPARE(configSyncRuleFromJson(json).error().fields.first().message,
                 u"Only down is supported: configuration flows from the platform to "
                 "organizations and their users."_s);
        json = doc(ValidRule);
        json[u"triggerEvents"_s] = QJsonArray {u"auth.provider.update"_s};
        QCOMPARE(configSyncRuleFromJson(json).error().fields.first().message,
                 u"Must read modules.<object>.<action> in a-z, 0-9 and _, such as "
                 "modules.config.update."_s);
    }

    void aSetDecidesEachTypeAndScopeOnce()
    {
        QList<ConfigSyncRule> rules = defaultConfigSyncRules();
        ConfigSyncRule second = rules.at(2);
        second.id = u"notifications_again"_s;
        second.targetScopes = {ConfigLayer::User};
        rules.append(second);
        rules.append(rules.at(0));
        const QList<FieldError> errors = validateConfigSyncRules(rules);
        QCOMPARE(fieldsOf(errors),
                 (QStringList {u"[3].targetScopes"_s, u"[4].id"_s, u"[4].targetScopes"_s,
                               u"[4].targetScopes"_s}));
        QCOMPARE(errors.first().message,
                 u"Another rule already decides Notifications for the user."_s);
        QVERIFY(!configSyncRulesFromJson(QJsonArray {1}).ok());
    }

    void optOutsRoundTripAndValidate()
    {
        ConfigOptOuts optOuts;
        optOuts.ruleIds = {u"auth_sso"_s};
        optOuts.settingTypes = {ConfigSettingType::Notifications};
        const auto back = configOptOutsFromJson(configOptOutsToJson(optOuts));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), optOuts);
        QVERIFY(optOuts.declines(ConfigSettingType::Notifications, std::nullopt));
        QVERIFY(optOuts.declines(ConfigSettingType::Auth, defaultConfigSyncRules().first()));
        QVERIFY(!optOuts.declines(ConfigSettingType::Rbac, defaultConfigSyncRules().at(1)));

        const auto bad = configOptOutsFromJson(
            doc("{'ruleIds':['auth_sso','auth_sso','Bad Id'],'settingTypes':['themes',7]}"));
        QVERIFY(!bad.ok());
        QCOMPARE(fieldsOf(bad.error().fields),
                 (QStringList {u"settingTypes[1]"_s, u"ruleIds[1]"_s, u"ruleIds[2]"_s,
                               u"settingTypes[0]"_s}));
    }

    void scopesHaveStableKeys()
    {
        const QString org = u"6f1c2a52-7d3e-4a8b-9c0d-1e2f3a4b5c6d"_s;
        const QString user = u"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"_s;
        const ConfigScope scope = ConfigScope::user(org, user);
        QCOMPARE(scope.key(), u"user:"_s + org + u':' + user);
        QCOMPARE(configScopeFromKey(scope.key()), scope);
        QCOMPARE(scope.parent(), ConfigScope::tenant(org));
        QCOMPARE(configScopeFromKey(u"platform"), ConfigScope::platform());
        QVERIFY(!configScopeFromKey(u"tenant:not-a-uuid"));
        QCOMPARE(fieldsOf(validateConfigScope({ConfigLayer::User, org, {}})),
                 QStringList {u"userId"_s});
    }
};

QTEST_GUILESS_MAIN(TestConfigSyncRule)
#include "tst_configsyncrule.moc"
