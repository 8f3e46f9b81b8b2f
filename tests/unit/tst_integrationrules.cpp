// The CRM catalog's honesty and the rules of an integration draft, its credentials, its field
// mappings and the tiers' integration limits (issue 17).
#include "ClientFields.h"
#include "CrmCatalog.h"
#include "IntegrationRules.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::crm;

namespace {

IntegrationDraft taveDraft()
{
    return IntegrationDraft {
        u"tave"_s, u"Studio Táve"_s, u"api_key"_s, 60, u"import_only"_s, u"wedsync_wins"_s, {}};
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &error : errors)
        out << error.field;
    return out;
}

} // namespace

class TestIntegrationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogHasTheTenProviders()
    {
        QCOMPARE(providers().size(), 10);
        QCOMPARE(providerIds(),
                 (QStringList {u"tave"_s, u"lightblue"_s, u"honeybook"_s, u"seventeen"_s,
                               u"shootq"_s, u"pixieset"_s, u"iris_works"_s, u"dubsado"_s,
                               u"studio_ninja"_s, u"custom"_s}));
    }
    void providersWithoutApiSaySoPlainly()
    {
        for (const ProviderInfo &provider : providers()) {
            QVERIFY(!provider.capability.isEmpty());
            if (provider.connect != ConnectKind::File)
                continue;
            QVERIFY2(provider.capability.contains(u"no public API"_s)
                         || provider.capability.contains(u"no official public API"_s)
                         || provider.capability.contains(u"documents no public API"_s),
                     qPrintable(provider.id));
            QCOMPARE(provider.authTypes, QList<AuthType> {AuthType::None});
            QVERIFY(!provider.features.contains(u"import"_s)); // no API import
            QCOMPARE(provider.fileFormats, (QStringList {u"csv"_s, u"vcard"_s}));
        }
    }
    void taveJson()
    {
        const QJsonObject tave = providerToJson(*findProvider(u"tave"_s));
        QCOMPARE(tave[u"connect"_s].toString(), u"api"_s);
        QCOMPARE(tave[u"authTypes"_s].toArray(), QJsonArray {u"api_key"_s});
        QVERIFY(tave[u"capability"_s].toString().contains(u"X-API-KEY"_s));
        QCOMPARE(tave[u"rateLimit"_s][u"perSeconds"_s].toInt(), 1);
        QVERIFY(providerToJson(*findProvider(u"honeybook"_s))[u"rateLimit"_s].isNull());
        QCOMPARE(providerToJson(*findProvider(u"lightblue"_s))[u"connect"_s].toString(),
                 u"inbound"_s);
        QCOMPARE(findProvider(u"custom"_s)->authTypes.size(), 4);
        QVERIFY(!findProvider(u"salesforce"_s));
    }

    void validDraftPasses() { QVERIFY(validateDraft(taveDraft()).isEmpty()); }
    void draftErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown provider") << "provider"
                                          << "salesforce"
                                          << "provider";
        QTest::newRow("empty name") << "name"
                                    << "  "
                                    << "name";
        QTest::newRow("long name") << "name" << QString(101, u'x') << "name";
        QTest::newRow("auth not allowed") << "authType"
                                          << "basic"
                                          << "authType";
        QTest::newRow("unknown auth") << "authType"
                                      << "token"
                                      << "authType";
        QTest::newRow("schedule low") << "scheduleMinutes"
                                      << "14"
                                      << "scheduleMinutes";
        QTest::newRow("schedule high") << "scheduleMinutes"
                                       << "1441"
                                       << "scheduleMinutes";
        QTest::newRow("direction") << "direction"
                                   << "sideways"
                                   << "direction";
        QTest::newRow("strategy") << "conflictStrategy"
                                  << "coin_flip"
                                  << "conflictStrategy";
        QTest::newRow("url scheme") << "baseUrl"
                                    << "ftp://example.com"
                                    << "baseUrl";
        QTest::newRow("url no host") << "baseUrl"
                                     << "https://"
                                     << "baseUrl";
    }
    void draftErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        IntegrationDraft draft = taveDraft();
        if (field == u"provider"_s)
            draft.provider = value;
        else if (field == u"name"_s)
            draft.name = value;
        else if (field == u"authType"_s)
            draft.authType = value;
        else if (field == u"scheduleMinutes"_s)
            draft.scheduleMinutes = value.toInt();
        else if (field == u"direction"_s)
            draft.direction = value;
        else if (field == u"conflictStrategy"_s)
            draft.conflictStrategy = value;
        else if (field == u"baseUrl"_s)
            draft.baseUrl = value;
        const QList<FieldError> errors = validateDraft(draft);
        QCOMPARE(fieldsOf(errors), QStringList {expected});
        QVERIFY(errors.constFirst().message.size() > 10);
    }
    void scheduleBoundsAndManual()
    {
        IntegrationDraft draft = taveDraft();
        for (int minutes : {15, 1440}) {
            draft.scheduleMinutes = minutes;
            QVERIFY(validateDraft(draft).isEmpty());
        }
        draft.scheduleMinutes.reset();
        QVERIFY(validateDraft(draft).isEmpty());
    }
    void onlyWhatCanBePulledRunsOnSchedule()
    {
        QVERIFY(runsOnSchedule(u"tave"_s, {}));
        QVERIFY(runsOnSchedule(u"custom"_s, u"https://crm.example.com/api/clients"_s));
        QVERIFY(!runsOnSchedule(u"custom"_s, {})); // a custom file connection
        QVERIFY(!runsOnSchedule(u"lightblue"_s, {})); // only receives what is sent
        QVERIFY(!runsOnSchedule(u"honeybook"_s, {})); // files, by hand
        QVERIFY(!runsOnSchedule(u"nope"_s, u"https://x.example"_s));
    }
    void providerDecidesDirectionAndUrl()
    {
        IntegrationDraft file {u"honeybook"_s,     u"Export"_s,   u"none"_s, std::nullopt,
                               u"bidirectional"_s, u"crm_wins"_s, {}};
        QCOMPARE(fieldsOf(validateDraft(file)), QStringList {u"direction"_s});
        file.direction = u"import_only"_s;
        QVERIFY(validateDraft(file).isEmpty());
        file.baseUrl = u"https://honeybook.com"_s;
        QCOMPARE(fieldsOf(validateDraft(file)), QStringList {u"baseUrl"_s});
        IntegrationDraft custom {u"custom"_s,      u"Our CRM"_s,     u"basic"_s, 30,
                                 u"import_only"_s, u"newest_wins"_s, {}};
        QCOMPARE(fieldsOf(validateDraft(custom)), QStringList {u"baseUrl"_s});
        custom.baseUrl = u"https://crm.example.com/api/clients"_s;
        QVERIFY(validateDraft(custom).isEmpty());
        IntegrationDraft light {
            u"lightblue"_s,    u"Leads"_s, u"api_key"_s, std::nullopt, u"import_only"_s,
            u"wedsync_wins"_s, {}};
        QCOMPARE(fieldsOf(validateDraft(light)), QStringList {u"direction"_s});
    }
    void credentials()
    {
        QVERIFY(validateCredentials(u"api_key"_s, {{u"apiKey"_s, u"k-123"_s}}).isEmpty());
        QCOMPARE(fieldsOf(validateCredentials(u"api_key"_s, {})),
                 QStringList {u"credentials.apiKey"_s});
        QCOMPARE(fieldsOf(validateCredentials(u"basic"_s, {{u"username"_s, u"ann"_s}})),
                 QStringList {u"credentials.password"_s});
        QCOMPARE(
            fieldsOf(validateCredentials(u"api_key"_s, {{u"apiKey"_s, 12}, {u"token"_s, u"x"_s}})),
            (QStringList {u"credentials.apiKey"_s, u"credentials.token"_s,
                          u"credentials.apiKey"_s}));
        QCOMPARE(fieldsOf(validateCredentials(u"none"_s, {{u"apiKey"_s, u"x"_s}})),
                 QStringList {u"credentials.apiKey"_s});
    }
    void oauthCredentials()
    {
        // Linked by the server (oauth/start, oauth/finish): the endpoints and the client id.
        const QJsonObject endpoints {{u"authorizationUrl"_s, u"https://login.example.com/auth"_s},
                                     {u"tokenUrl"_s, u"https://login.example.com/token"_s},
                                     {u"clientId"_s, u"desktop"_s},
                                     {u"scope"_s, u"contacts.read offline_access"_s}};
        QVERIFY(validateCredentials(u"oauth2"_s, endpoints).isEmpty());
        QCOMPARE(fieldsOf(validateCredentials(u"oauth2"_s, {{u"clientId"_s, u"desktop"_s}})),
                 (QStringList {u"credentials.authorizationUrl"_s, u"credentials.tokenUrl"_s}));
        QJsonObject notUrls = endpoints;
        notUrls.insert(u"authorizationUrl"_s, u"login.example.com/auth"_s);
        notUrls.insert(u"tokenUrl"_s, u"ftp://login.example.com/token"_s);
        QCOMPARE(fieldsOf(validateCredentials(u"oauth2"_s, notUrls)),
                 (QStringList {u"credentials.authorizationUrl"_s, u"credentials.tokenUrl"_s}));
        // Or tokens obtained elsewhere.
        QVERIFY(validateCredentials(u"oauth2"_s, {{u"accessToken"_s, u"at"_s}}).isEmpty());
        QCOMPARE(fieldsOf(validateCredentials(u"oauth2"_s, {{u"accessToken"_s, u""_s}})),
                 QStringList {u"credentials.accessToken"_s});
    }
    void mappings()
    {
        QCOMPARE(wedsync::standardClientFields().size(), 22);
        QList<MappingRule> rules {
            {u"FirstName"_s, u"first_name"_s, u"trim"_s, {}},
            {u"EventDate"_s, u"wedding_date"_s, u"date_iso"_s, u"dd/MM/yyyy"_s},
            {u"Phone"_s, u"mobile"_s, u"phone_e164"_s, u"44"_s},
            {u"Shoe size"_s, u"custom.shoe_size"_s, u"none"_s, {}},
        };
        QVERIFY(validateMappings(rules).isEmpty());
        rules << MappingRule {u"Other"_s, u"first_name"_s, u"none"_s, {}}
              << MappingRule {u"X"_s, u"custom.Bad Key"_s, u"none"_s, {}}
              << MappingRule {u"Y"_s, u"city"_s, u"reverse"_s, {}}
              << MappingRule {u"Z"_s, u"phone"_s, u"phone_e164"_s, u"+44"_s}
              << MappingRule {u" "_s, u"venue"_s, u"none"_s, {}};
        // Two columns may fill one field (the first non-empty wins) and "+44" is read as 44:
        // the rules are core's FieldMapping, the same the console checks before it sends.
        QCOMPARE(
            fieldsOf(validateMappings(rules)),
            (QStringList {u"items[5].target"_s, u"items[6].transform"_s, u"items[8].source"_s}));
    }
    void tierLimits()
    {
        QCOMPARE(integrationLimit(u"free"_s), std::optional<int>(0));
        QCOMPARE(integrationLimit(u"starter"_s), std::optional<int>(1));
        QCOMPARE(integrationLimit(u"professional"_s), std::optional<int>(3));
        QCOMPARE(integrationLimit(u"scale"_s), std::optional<int>(5));
        QVERIFY(!integrationLimit(u"enterprise"_s));
        QVERIFY(!tierAllowsAnother(u"free"_s, 0));
        QVERIFY(tierAllowsAnother(u"professional"_s, 2));
        QVERIFY(!tierAllowsAnother(u"professional"_s, 3));
        QVERIFY(tierAllowsAnother(u"enterprise"_s, 1000));
        // The tier to suggest is the next that includes more; none beyond Enterprise.
        QCOMPARE(upgradeTier(u"free"_s), u"starter"_s);
        QCOMPARE(upgradeTier(u"scale"_s), u"enterprise"_s);
        QCOMPARE(upgradeTier(u"enterprise"_s), QString());
        QCOMPARE(upgradeTier(u"gold"_s), QString());
    }
    void tierMessagesNameTierAndUpgrade()
    {
        QCOMPARE(tierLimitMessage(u"Lakeside Events"_s, u"free"_s),
                 u"Lakeside Events is on the Free tier, which includes no CRM integrations. "
                 "Upgrade to Starter for 1."_s);
        QCOMPARE(tierLimitMessage(u"Evergreen"_s, u"professional"_s),
                 u"Evergreen is on the Professional tier, which includes 3 CRM integrations, all "
                 "in use. Upgrade to Scale for 5."_s);
        QVERIFY(tierLimitMessage(u"X"_s, u"scale"_s)
                    .endsWith(u"Upgrade to Enterprise for unlimited integrations."_s));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationRules)
#include "tst_integrationrules.moc"
