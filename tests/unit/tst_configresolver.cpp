// The effective configuration at each scope under each sync rule, with "why this value".
#include "ConfigResolver.h"
#include "ConfigTestSupport.h"
#include "ThreeWayMerge.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

namespace {

ConfigSyncRule notificationRule(SyncStrategy strategy)
{
    ConfigSyncRule rule = defaultConfigSyncRules().at(2);
    rule.strategy = strategy;
    return rule;
}

// Three layers that each set the digest, and one field only the platform and the user set.
ConfigResolveRequest layeredDigest(ConfigLayer at, const QList<ConfigSyncRule> &rules)
{
    ConfigResolveRequest request;
    request.type = ConfigSettingType::Notifications;
    request.at = at;
    request.platform = doc("{'digest':'daily','quietHours':{'start':'22:00'}}");
    request.tenant.document = doc("{'digest':'weekly'}");
    request.user.document = doc("{'digest':'off','quietHours':{'start':'23:30'}}");
    request.rules = rules;
    return request;
}

// Seed 002's notification template: the platform moves every tenant from one SMS provider to
// another; Evergreen has its own, Harbor Light does not.
ConfigResolveRequest smsTemplateChange(const QJsonObject &tenantOwn)
{
    ConfigResolveRequest request;
    request.type = ConfigSettingType::Notifications;
    request.at = ConfigLayer::Tenant;
    request.platform = doc("{'providers':{'sms':{'provider':'messagebird','from':'WedSync'}}}");
    request.tenant.document = tenantOwn;
    request.tenant.parentBaseline
        = doc("{'providers':{'sms':{'provider':'twilio','from':'WedSync'}}}");
    return request;
}

ConfigResolveRequest rbacTemplateChange(const char *tenantOwn, const char *platformNow)
{
    ConfigResolveRequest request;
    request.type = ConfigSettingType::Rbac;
    request.at = ConfigLayer::Tenant;
    request.tenant.parentBaseline
        = doc("{'templates':{'planner':{'label':'Planner','sections':{'timeline':{'coordinator':"
              "{'view':true,'edit':false}}}}}}");
    request.platform = doc(platformNow);
    request.tenant.document = doc(tenantOwn);
    return request;
}

QString layerAt(const ResolvedConfig &resolved, const QString &path)
{
    const FieldProvenance *field = resolved.field(path);
    return field ? configLayerName(field->layer) : u"<missing>"_s;
}

// Stands in for a language: every text of the configuration contexts comes back in brackets.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        if (QByteArrayView(context).startsWith("wedsync::Config"))
            return u'[' + QString::fromUtf8(source) + u']';
        return {};
    }
};

} // namespace

class TestConfigResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strategyAtEachScope_data()
    {
        QTest::addColumn<QString>("strategy"); // "" = no rule
        QTest::addColumn<ConfigLayer>("at");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("digestFrom");
        QTest::addColumn<QString>("quietStart"); // set by the platform and the user only
        QTest::addColumn<QString>("quietFrom");

        const auto T = ConfigLayer::Tenant;
        const auto U = ConfigLayer::User;
        QTest::newRow("platform wins, tenant") << u"platform_wins"_s << T << u"daily"_s
                                               << u"platform"_s << u"22:00"_s << u"platform"_s;
        QTest::newRow("platform wins, user") << u"platform_wins"_s << U << u"daily"_s
                                             << u"platform"_s << u"22:00"_s << u"platform"_s;
        QTest::newRow("tenant wins, tenant")
            << u"tenant_wins"_s << T << u"weekly"_s << u"tenant"_s << u"22:00"_s << u"platform"_s;
        // The organization beats its user; where it sets nothing the user beats the platform.
        QTest::newRow("tenant wins, user")
            << u"tenant_wins"_s << U << u"weekly"_s << u"tenant"_s << u"23:30"_s << u"user"_s;
        QTest::newRow("user wins, tenant")
            << u"user_wins"_s << T << u"weekly"_s << u"tenant"_s << u"22:00"_s << u"platform"_s;
        QTest::newRow("user wins, user")
            << u"user_wins"_s << U << u"off"_s << u"user"_s << u"23:30"_s << u"user"_s;
        QTest::newRow("merge, tenant")
            << u"merge"_s << T << u"weekly"_s << u"tenant"_s << u"22:00"_s << u"platform"_s;
        QTest::newRow("merge, user")
            << u"merge"_s << U << u"off"_s << u"user"_s << u"23:30"_s << u"user"_s;
        QTest::newRow("no rule, user")
            << QString() << U << u"off"_s << u"user"_s << u"23:30"_s << u"user"_s;
    }
    void strategyAtEachScope()
    {
        QFETCH(QString, strategy);
        QFETCH(ConfigLayer, at);
        QList<ConfigSyncRule> rules;
        if (!strategy.isEmpty())
            rules.append(notificationRule(*syncStrategyFromName(strategy)));
        const ResolvedConfig resolved = resolveConfig(layeredDigest(at, rules));

        QTEST(resolved.effective.value(u"digest"_s).toString(), "digest");
        QTEST(layerAt(resolved, u"digest"_s), "digestFrom");
        QTEST(resolved.effective.value(u"quietHours"_s)[u"start"_s].toString(), "quietStart");
        QTEST(layerAt(resolved, u"quietHours.start"_s), "quietFrom");
        QCOMPARE(resolved.fields.size(), 2);
        QVERIFY(resolved.declined.isEmpty());
    }

    void usersResolveFromTheirOrganizationOnce_data()
    {
        QTest::addColumn<QString>("strategy"); // "" = no rule
        QTest::addColumn<bool>("optedOut");
        for (const QString &strategy :
             {u"platform_wins"_s, u"tenant_wins"_s, u"user_wins"_s, u"merge"_s, QString()}) {
            for (bool optedOut : {false, true}) {
                const QString name = (strategy.isEmpty() ? u"no rule"_s : strategy)
                    + (optedOut ? u", opted out"_s : QString());
                QTest::newRow(qPrintable(name)) << strategy << optedOut;
            }
        }
    }
    void usersResolveFromTheirOrganizationOnce()
    {
        QFETCH(QString, strategy);
        QFETCH(bool, optedOut);
        QList<ConfigSyncRule> rules;
        if (!strategy.isEmpty())
            rules.append(notificationRule(*syncStrategyFromName(strategy)));
        ConfigResolveRequest request = layeredDigest(ConfigLayer::Tenant, rules);
        request.tenant.parentBaseline = doc("{'digest':'monthly','quietHours':{'end':'06:00'}}");
        request.user.parentBaseline = doc("{'digest':'weekly'}");
        if (optedOut)
            request.optOuts.settingTypes = {ConfigSettingType::Notifications};
        const ResolvedConfig organization = resolveConfig(request);
        request.at = ConfigLayer::User;
        const ResolvedConfig whole = resolveConfig(request);
        const ResolvedConfig stepped = resolveConfigBelow(organization, request);
        QCOMPARE(stepped.effective, whole.effective);
        QCOMPARE(stepped.fields, whole.fields);
        QCOMPARE(stepped.declined, whole.declined);
    }

    void userWinsLetsTheClosestLayerDecideAboveTheUser()
    {
        const ResolvedConfig resolved = resolveConfig(
            layeredDigest(ConfigLayer::Tenant, {notificationRule(SyncStrategy::UserWins)}));
        QCOMPARE(whyThisValue(*resolved.field(u"digest"_s)),
                 u"Set by the organization: under rule “Notifications” (User wins) the closest "
                 "layer's value applies here. It overrides the value “daily” set by the "
                 "platform."_s);
    }

    void uncheckedShapesDoNotBreakTheResolver_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const QString &strategy :
             {u"platform_wins"_s, u"tenant_wins"_s, u"user_wins"_s, u"merge"_s})
            QTest::newRow(qPrintable(strategy)) << strategy;
    }
    void uncheckedShapesDoNotBreakTheResolver()
    {
        QFETCH(QString, strategy);
        QJsonObject deep {{u"x"_s, 1}};
        for (int i = 0; i < 500; ++i)
            deep = QJsonObject {{u"x"_s, deep}};
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Notifications;
        request.at = ConfigLayer::User;
        request.rules = {notificationRule(*syncStrategyFromName(strategy))};
        request.platform = doc("{'a':{'b':1},'c':5,'d':[1,{'e':2}]}");
        request.tenant.document = doc("{'a':7,'c':{'z':{}}}");
        request.tenant.parentBaseline = doc("{'a':'text','d':null}");
        request.user.document = QJsonObject {{u"a"_s, deep}, {u"d"_s, QJsonValue::Null}};
        const ResolvedConfig resolved = resolveConfig(request);
        for (const FieldProvenance &field : resolved.fields) {
            QVERIFY2(!jsonAtPath(resolved.effective, field.path).isUndefined(),
                     qPrintable(field.path));
            QVERIFY(!whyThisValue(field).isEmpty());
        }
    }

    void platformScopeIsThePlatformDocument()
    {
        const ResolvedConfig resolved
            = resolveConfig(layeredDigest(ConfigLayer::Platform, defaultConfigSyncRules()));
        QCOMPARE(resolved.effective, doc("{'digest':'daily','quietHours':{'start':'22:00'}}"));
        QCOMPARE(whyThisValue(*resolved.field(u"digest"_s)), u"Set by the platform."_s);
    }

    void tenantWinsKeepsEvergreensProviderWhileHarborLightTakesTheNewOne()
    {
        const ResolvedConfig evergreen
            = resolveConfig(smsTemplateChange(doc("{'providers':{'sms':{'provider':'vonage'}}}")));
        QCOMPARE(evergreen.effective[u"providers"_s][u"sms"_s][u"provider"_s].toString(),
                 u"vonage"_s);
        const FieldProvenance *own = evergreen.field(u"providers.sms.provider"_s);
        QCOMPARE(own->layer, ConfigLayer::Tenant);
        QCOMPARE(own->ruleId, u"notifications"_s);
        QCOMPARE(whyThisValue(*own),
                 u"Set by the organization: under rule “Notifications” (Organization wins) its "
                 "value wins. It overrides the value “messagebird” set by the platform."_s);

        const ResolvedConfig harbor = resolveConfig(smsTemplateChange({}));
        QCOMPARE(harbor.effective[u"providers"_s][u"sms"_s][u"provider"_s].toString(),
                 u"messagebird"_s);
        QCOMPARE(whyThisValue(*harbor.field(u"providers.sms.provider"_s)),
                 u"Inherited from the platform; nothing closer sets this field."_s);
    }

    void platformWinsOverridesTheOrganization()
    {
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Auth;
        request.at = ConfigLayer::User;
        request.platform = doc("{'login':{'sessionMinutes':60,'password':true}}");
        request.tenant.document = doc("{'login':{'sessionMinutes':720,'magicLink':true}}");
        const ResolvedConfig resolved = resolveConfig(request);
        QCOMPARE(resolved.effective,
                 doc("{'login':{'sessionMinutes':60,'password':true,'magicLink':true}}"));
        const FieldProvenance *minutes = resolved.field(u"login.sessionMinutes"_s);
        QCOMPARE(minutes->reason, ProvenanceReason::RuleWinner);
        QCOMPARE(minutes->overriddenLayer, ConfigLayer::Tenant);
        QCOMPARE(whyThisValue(*minutes),
                 u"Set by the platform: under rule “Sign-in and SSO” (Platform wins) its value "
                 "wins. It overrides the value “720” set by the organization."_s);
        // The platform sets nothing about magic links: the organization's own value stands.
        QCOMPARE(whyThisValue(*resolved.field(u"login.magicLink"_s)),
                 u"Set by the organization: rule “Sign-in and SSO” lets the platform win, but "
                 "the platform does not set this field."_s);
    }

    void mergeKeepsACustomizationAndTakesAChangeToAnotherField()
    {
        const ResolvedConfig resolved = resolveConfig(rbacTemplateChange(
            "{'templates':{'planner':{'sections':{'timeline':{'coordinator':{'edit':true}}}}}}",
            "{'templates':{'planner':{'label':'Planner 2026','sections':{'timeline':"
            "{'coordinator':{'view':true,'edit':false}}}}}}"));
        QCOMPARE(resolved.effective,
                 doc("{'templates':{'planner':{'label':'Planner 2026','sections':{'timeline':"
                     "{'coordinator':{'view':true,'edit':true}}}}}}"));
        const QString edit = u"templates.planner.sections.timeline.coordinator.edit"_s;
        QCOMPARE(resolved.field(edit)->reason, ProvenanceReason::MergeKept);
        QCOMPARE(resolved.field(edit)->layer, ConfigLayer::Tenant);
        QCOMPARE(whyThisValue(*resolved.field(edit)),
                 u"Set by the organization: rule “Permission templates” merges, and the layer "
                 "above has not changed this field since, so the customization stays. It "
                 "overrides the value “off” set by the platform."_s);
        const FieldProvenance *label = resolved.field(u"templates.planner.label"_s);
        QCOMPARE(label->reason, ProvenanceReason::MergeTaken);
        QCOMPARE(label->layer, ConfigLayer::Platform);
    }

    void mergeConflictOnTheSameFieldTakesTheParentsChange()
    {
        const ResolvedConfig resolved
            = resolveConfig(rbacTemplateChange("{'templates':{'planner':{'label':'Our planner'}}}",
                                               "{'templates':{'planner':{'label':'Planner 2026',"
                                               "'sections':{'timeline':{'coordinator':{'view':"
                                               "true,'edit':false}}}}}}"));
        const FieldProvenance *label = resolved.field(u"templates.planner.label"_s);
        QCOMPARE(label->value.toString(), u"Planner 2026"_s);
        QCOMPARE(label->reason, ProvenanceReason::MergeConflict);
        QCOMPARE(label->overridden.toString(), u"Our planner"_s);
        QCOMPARE(label->overriddenLayer, ConfigLayer::Tenant);
        QCOMPARE(whyThisValue(*label),
                 u"Set by the platform: rule “Permission templates” merges, and the platform "
                 "changed this field after it was customized, so the change from above wins. It "
                 "overrides the value “Our planner” set by the organization."_s);
    }

    void mergeWithoutBaselineKeepsCustomizations()
    {
        ConfigResolveRequest request
            = rbacTemplateChange("{'templates':{'planner':{'label':'Our planner'}}}",
                                 "{'templates':{'planner':{'label':'Planner 2026'}}}");
        request.tenant.parentBaseline.reset();
        const ResolvedConfig resolved = resolveConfig(request);
        QCOMPARE(resolved.field(u"templates.planner.label"_s)->value.toString(), u"Our planner"_s);
    }

    void mergeDropsWhatTheParentRemoved()
    {
        const ResolvedConfig resolved = resolveConfig(rbacTemplateChange("{}", "{}"));
        QCOMPARE(resolved.effective, QJsonObject());
        QVERIFY(resolved.fields.isEmpty());
    }

    void optOutOfTheRuleKeepsTheLastSyncAndShowsTheDeviation()
    {
        ConfigResolveRequest request = smsTemplateChange({});
        request.optOuts.ruleIds = {u"notifications"_s};
        const ResolvedConfig resolved = resolveConfig(request);
        const FieldProvenance *sms = resolved.field(u"providers.sms.provider"_s);
        QCOMPARE(sms->value.toString(), u"twilio"_s);
        QCOMPARE(sms->hold, ProvenanceHold::OptedOutOfRule);
        QVERIFY(sms->deviates());
        QCOMPARE(sms->upstream.toString(), u"messagebird"_s);
        QCOMPARE(whyThisValue(*sms),
                 u"Kept from the last sync with the platform. The organization opted out of "
                 "rule “Notifications”. The layer above now has “messagebird”; it is not applied "
                 "here."_s);
        // The field the platform did not change does not deviate.
        QVERIFY(!resolved.field(u"providers.sms.from"_s)->deviates());
        QCOMPARE(resolved.declined.size(), 1);
        QCOMPARE(resolved.declined.first().path, u"providers.sms.provider"_s);
    }

    void optOutOfATypeBeatsAPlatformWinsRule()
    {
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Auth;
        request.at = ConfigLayer::Tenant;
        request.platform = doc("{'login':{'sessionMinutes':30}}");
        request.tenant.parentBaseline = doc("{'login':{'sessionMinutes':60}}");
        request.tenant.document = doc("{'login':{'magicLink':true}}");
        request.optOuts.settingTypes = {ConfigSettingType::Auth};
        const ResolvedConfig resolved = resolveConfig(request);
        QCOMPARE(resolved.effective, doc("{'login':{'sessionMinutes':60,'magicLink':true}}"));
        QCOMPARE(resolved.field(u"login.sessionMinutes"_s)->hold, ProvenanceHold::OptedOutOfType);
        QVERIFY(whyThisValue(*resolved.field(u"login.sessionMinutes"_s))
                    .contains(u"opted out of updates to Sign-in"_s));
        // Without the opt-out the platform's new value wins.
        request.optOuts = {};
        QCOMPARE(resolveConfig(request).effective[u"login"_s][u"sessionMinutes"_s].toInt(), 30);
    }

    void optOutWithoutAnEarlierSyncHoldsFromNow()
    {
        ConfigResolveRequest request = smsTemplateChange({});
        request.tenant.parentBaseline.reset();
        request.optOuts.ruleIds = {u"notifications"_s};
        const ResolvedConfig resolved = resolveConfig(request);
        const FieldProvenance *sms = resolved.field(u"providers.sms.provider"_s);
        QCOMPARE(sms->value.toString(), u"messagebird"_s);
        QCOMPARE(sms->hold, ProvenanceHold::OptedOutOfRule);
        QVERIFY(!sms->deviates());
        QVERIFY(resolved.declined.isEmpty());
    }

    void optOutReachesTheOrganizationsUsers()
    {
        ConfigResolveRequest request = smsTemplateChange({});
        request.at = ConfigLayer::User;
        request.optOuts.ruleIds = {u"notifications"_s};
        const ResolvedConfig resolved = resolveConfig(request);
        QCOMPARE(resolved.field(u"providers.sms.provider"_s)->value.toString(), u"twilio"_s);
    }

    void ruleWaitingForApprovalHoldsChangesBack()
    {
        ConfigResolveRequest request = smsTemplateChange({});
        request.rules = {notificationRule(SyncStrategy::TenantWins)};
        request.rules.first().autoApply = false;
        const ResolvedConfig resolved = resolveConfig(request);
        const FieldProvenance *sms = resolved.field(u"providers.sms.provider"_s);
        QCOMPARE(sms->value.toString(), u"twilio"_s);
        QCOMPARE(sms->hold, ProvenanceHold::AwaitingApproval);
        QVERIFY(whyThisValue(*sms).contains(u"waits for an administrator to approve"_s));
        QCOMPARE(resolved.declined.size(), 1);
    }

    void secretsNeverAppearInSentences()
    {
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Auth;
        request.at = ConfigLayer::Tenant;
        request.platform = doc("{'providers':{'google':{'clientSecret':'platform-secret'}}}");
        request.tenant.document = doc("{'providers':{'google':{'clientSecret':'tenant-secret'}}}");
        const ResolvedConfig resolved = resolveConfig(request);
        const FieldProvenance *secret = resolved.field(u"providers.google.clientSecret"_s);
        QVERIFY(secret->secret);
        const QString why = whyThisValue(*secret);
        QVERIFY2(!why.contains(u"secret-"_s), qPrintable(why));
        QVERIFY(why.contains(u"It overrides a secret set by the organization."_s));
    }

    void sentencesAreInTheOperatorsLanguage()
    {
        BracketTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const ResolvedConfig resolved
            = resolveConfig(smsTemplateChange(doc("{'providers':{'sms':{'provider':'vonage'}}}")));
        const QString why = whyThisValue(*resolved.field(u"providers.sms.provider"_s));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(why,
                 u"[Set by [the organization]: under rule “[Notifications]” ([Organization "
                 "wins]) its value wins.] [It overrides the value [“messagebird”] set by [the "
                 "platform].]"_s);
    }

    void provenanceJsonRoundTrip()
    {
        ConfigResolveRequest request = smsTemplateChange({});
        request.optOuts.ruleIds = {u"notifications"_s};
        for (const FieldProvenance &field : resolveConfig(request).fields) {
            const auto back = fieldProvenanceFromJson(fieldProvenanceToJson(field));
            QVERIFY(back.ok());
            QCOMPARE(back.value(), field);
        }
        QVERIFY(!fieldProvenanceFromJson(doc("{'path':5,'layer':'moon'}")).ok());
    }

    void readingEffectiveSettingsNeverSendsASecret()
    {
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Notifications;
        request.at = ConfigLayer::Tenant;
        request.platform
            = doc("{'providers':{'sms':{'provider':'messagebird','apiKey':'NEW-KEY'}}}");
        request.tenant.parentBaseline
            = doc("{'providers':{'sms':{'provider':'twilio','apiKey':'OLD-KEY'}}}");
        request.optOuts.settingTypes = {ConfigSettingType::Notifications};
        const ResolvedConfig resolved = resolveConfig(request);
        QCOMPARE(resolved.declined.size(), 2);
        const QJsonObject wire = resolvedConfigToJson(resolved, request.type);
        const QByteArray bytes = QJsonDocument(wire).toJson();
        QVERIFY2(!bytes.contains("KEY"), bytes.constData());
        QCOMPARE(wire[u"effective"_s][u"providers"_s][u"sms"_s][u"apiKey"_s].toString(),
                 u"********"_s);

        const auto back = resolvedConfigFromJson(wire);
        QVERIFY(back.ok());
        QCOMPARE(back->fields.size(), resolved.fields.size());
        QCOMPARE(back->field(u"providers.sms.provider"_s)->upstream.toString(), u"messagebird"_s);
        const FieldProvenance *key = back->field(u"providers.sms.apiKey"_s);
        QVERIFY(key->secret);
        QVERIFY(key->deviates()); // the platform has another key, which is not said
        QVERIFY(!whyThisValue(*key).contains(u"****"_s));
        QCOMPARE(back->declined.size(), 2);
        QVERIFY(!resolvedConfigFromJson(doc("{'settingType':'themes','fields':[{}]}")).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfigResolver)
#include "tst_configresolver.moc"
