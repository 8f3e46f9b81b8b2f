// What a configuration document may hold at each layer, with one clear error per problem, and
// how secrets are redacted and kept.
#include "ConfigSettingSchemas.h"
#include "ConfigTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

namespace {

QString messageAt(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return u"<no error>"_s;
}

} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocuments_data()
    {
        QTest::addColumn<ConfigSettingType>("type");
        QTest::addColumn<ConfigLayer>("layer");
        QTest::addColumn<QByteArray>("json");

        QTest::newRow("rbac template")
            << ConfigSettingType::Rbac << ConfigLayer::Platform
            << QByteArray("{'templates':{'planner':{'label':'Planner','sections':{'timeline':{"
                          "'coordinator':{'view':true,'edit':true},'couple':{'view':true}}}}}}");
        QTest::newRow("rbac applied by a tenant") << ConfigSettingType::Rbac << ConfigLayer::Tenant
                                                  << QByteArray("{'appliedTemplate':'planner'}");
        QTest::newRow("modules")
            << ConfigSettingType::Modules << ConfigLayer::Platform
            << QByteArray("{'enabled':{'crm':true},'byBusinessType':{'venue':{'calendar':false}}}");
        QTest::newRow("auth")
            << ConfigSettingType::Auth << ConfigLayer::Tenant
            << QByteArray("{'providers':{'google':{'enabled':true,'clientId':'abc','clientSecret':"
                          "'s3cr3t','issuerUrl':'https://accounts.google.com'}},'login':{"
                          "'sessionMinutes':720,'magicLink':false}}");
        QTest::newRow("notifications of a user")
            << ConfigSettingType::Notifications << ConfigLayer::User
            << QByteArray("{'preferences':{'payment_due':{'email':true,'sms':false}},"
                          "'quietHours':{'enabled':true,'start':'22:00','end':'07:30'},"
                          "'digest':'weekly'}");
        QTest::newRow("mfa of a user")
            << ConfigSettingType::Mfa << ConfigLayer::User
            << QByteArray("{'enabled':true,'preferredMethod':'webauthn','rememberDeviceDays':30}");
        QTest::newRow("business type presets")
            << ConfigSettingType::BusinessType << ConfigLayer::Platform
            << QByteArray("{'presets':{'photographer':{'label':'Photographer',"
                          "'rbacTemplate':'studio','sections':{'timeline':true}}}}");
        QTest::newRow("empty inherits everything")
            << ConfigSettingType::Notifications << ConfigLayer::Tenant << QByteArray("{}");
    }
    void validDocuments()
    {
        QFETCH(ConfigSettingType, type);
        QFETCH(ConfigLayer, layer);
        QFETCH(QByteArray, json);
        const QList<FieldError> errors = validateConfigDocument(type, layer, doc(json));
        QVERIFY2(errors.isEmpty(), qPrintable(fieldsOf(errors).join(u", ")));
    }

    void errorPerField_data()
    {
        QTest::addColumn<ConfigSettingType>("type");
        QTest::addColumn<ConfigLayer>("layer");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        const auto P = ConfigLayer::Platform;
        const auto T = ConfigLayer::Tenant;
        const auto U = ConfigLayer::User;
        QTest::newRow("wrong type")
            << ConfigSettingType::Auth << T << QByteArray("{'login':{'sso':'yes'}}")
            << u"login.sso"_s << u"Must be true or false."_s;
        QTest::newRow("out of range")
            << ConfigSettingType::Auth << T << QByteArray("{'login':{'sessionMinutes':1}}")
            << u"login.sessionMinutes"_s << u"Must be between 5 and 43200."_s;
        QTest::newRow("fraction") << ConfigSettingType::Mfa << T
                                  << QByteArray("{'rememberDeviceDays':1.5}")
                                  << u"rememberDeviceDays"_s << u"Must be a whole number."_s;
        QTest::newRow("unknown field")
            << ConfigSettingType::Modules << P << QByteArray("{'enabledd':{}}") << u"enabledd"_s
            << u"This is not a setting of this kind."_s;
        QTest::newRow("null") << ConfigSettingType::Notifications << T
                              << QByteArray("{'digest':null}") << u"digest"_s
                              << u"Leave the setting out to inherit it; null is not a value."_s;
        QTest::newRow("choice") << ConfigSettingType::Notifications << U
                                << QByteArray("{'digest':'hourly'}") << u"digest"_s
                                << u"Must be one of: off, daily, weekly."_s;
        QTest::newRow("unknown role")
            << ConfigSettingType::Rbac << P
            << QByteArray("{'templates':{'t':{'sections':{'timeline':{'owner':{}}}}}}")
            << u"templates.t.sections.timeline.owner"_s
            << u"The key must be one of: guest, vendor, couple, photographer, coordinator, admin."_s;
        QTest::newRow("key with a dot")
            << ConfigSettingType::Modules << P << QByteArray("{'enabled':{'a.b':true}}")
            << u"enabled.a.b"_s
            << u"The key must start with a-z and use only a-z, 0-9 and _ (at most 64)."_s;
        QTest::newRow("user sets providers")
            << ConfigSettingType::Notifications << U
            << QByteArray("{'providers':{'sms':{'provider':'twilio'}}}") << u"providers"_s
            << u"This setting cannot be set by the user."_s;
        QTest::newRow("tenant sets presets")
            << ConfigSettingType::BusinessType << T << QByteArray("{}") << QString()
            << u"Business-type presets cannot be set by the organization."_s;
        QTest::newRow("user sets auth") << ConfigSettingType::Auth << U << QByteArray("{}")
                                        << QString() << u"Sign-in cannot be set by the user."_s;
        QTest::newRow("time of day")
            << ConfigSettingType::Notifications << U << QByteArray("{'quietHours':{'end':'24:00'}}")
            << u"quietHours.end"_s << u"Must be a time of day such as 07:30 or 22:00."_s;
        QTest::newRow("url") << ConfigSettingType::Auth << P
                             << QByteArray(
                                    "{'providers':{'okta':{'issuerUrl':'javascript:alert(1)'}}}")
                             << u"providers.okta.issuerUrl"_s
                             << u"Must be an http:// or https:// address."_s;
        QTest::newRow("set twice")
            << ConfigSettingType::Mfa << P << QByteArray("{'allowedMethods':['totp','totp']}")
            << u"allowedMethods[1]"_s << u"Listed twice."_s;
        QTest::newRow("control characters")
            << ConfigSettingType::Auth << P
            << QByteArray("{'providers':{'okta':{'label':'Okta\\nSSO'}}}")
            << u"providers.okta.label"_s
            << u"Must not contain control characters or line breaks."_s;
        QTest::newRow("object expected")
            << ConfigSettingType::Rbac << P << QByteArray("{'templates':[1,2]}") << u"templates"_s
            << u"Must be an object."_s;
    }
    void errorPerField()
    {
        QFETCH(ConfigSettingType, type);
        QFETCH(ConfigLayer, layer);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QList<FieldError> errors = validateConfigDocument(type, layer, doc(json));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QTEST(errors.first().message, "message");
    }

    void everyProblemIsListed()
    {
        const QList<FieldError> errors = validateConfigDocument(
            ConfigSettingType::Auth, ConfigLayer::Tenant,
            doc("{'login':{'sso':1,'sessionMinutes':'long'},'extra':true}"));
        QCOMPARE(fieldsOf(errors),
                 (QStringList {u"extra"_s, u"login.sessionMinutes"_s, u"login.sso"_s}));
    }

    void hugeStringIsRefusedByLength()
    {
        QJsonObject provider {{u"label"_s, QString(20000, u'x')}};
        const QJsonObject document {{u"providers"_s, QJsonObject {{u"okta"_s, provider}}}};
        const auto errors
            = validateConfigDocument(ConfigSettingType::Auth, ConfigLayer::Platform, document);
        QCOMPARE(messageAt(errors, u"providers.okta.label"_s),
                 u"Must be at most 100 characters long."_s);
    }

    void oversizedDocumentIsOneError()
    {
        QJsonObject enabled;
        for (int i = 0; i < 5000; ++i)
            enabled.insert(u"module_"_s + QString::number(i) + QString(20, u'x'), true);
        const auto errors = validateConfigDocument(
            ConfigSettingType::Modules, ConfigLayer::Platform, {{u"enabled"_s, enabled}});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QString());
        QCOMPARE(errors.first().message,
                 u"The settings are larger than 64 KiB; remove some entries."_s);
    }

    void tooManyEntries()
    {
        QJsonObject enabled;
        for (int i = 0; i < 101; ++i)
            enabled.insert(u"m"_s + QString::number(i), true);
        const auto errors = validateConfigDocument(
            ConfigSettingType::Modules, ConfigLayer::Platform, {{u"enabled"_s, enabled}});
        QCOMPARE(messageAt(errors, u"enabled"_s), u"Must have at most 100 entries."_s);
    }

    void deepNestingStopsWhereTheSchemaDoes()
    {
        QJsonObject nested {{u"x"_s, 1}};
        for (int i = 0; i < 3000; ++i)
            nested = QJsonObject {{u"x"_s, nested}};
        const QJsonObject document {
            {u"login"_s, QJsonObject {{u"sso"_s, nested}}},
            {u"providers"_s, QJsonObject {{u"okta"_s, QJsonObject {{u"label"_s, nested}}}}}};
        const auto errors
            = validateConfigDocument(ConfigSettingType::Auth, ConfigLayer::Platform, document);
        QCOMPARE(fieldsOf(errors), (QStringList {u"login.sso"_s, u"providers.okta.label"_s}));
    }

    void manyProblemsAreCapped()
    {
        QJsonObject document;
        for (int i = 0; i < 2000; ++i)
            document.insert(u"junk"_s + QString::number(i), i);
        const auto errors
            = validateConfigDocument(ConfigSettingType::Mfa, ConfigLayer::Platform, document);
        QCOMPARE(errors.size(), MaxConfigErrors);
        QCOMPARE(errors.last().message, u"There are more problems; fix these first."_s);
    }

    void hugeKeyIsShortenedInTheError()
    {
        const QString key(1000000, u'k');
        const auto errors
            = validateConfigDocument(ConfigSettingType::Mfa, ConfigLayer::Platform, {{key, true}});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().field.size() < 100);
    }

    void secretsAreRedactedAndKept()
    {
        const auto &schema = configSchema(ConfigSettingType::Notifications);
        const QJsonObject stored = doc("{'providers':{'sms':{'provider':'twilio','apiKey':'AK1'},"
                                       "'email':{'apiKey':'EK1'}}}");
        QCOMPARE(configSecretPaths(schema, stored),
                 (QStringList {u"providers.email.apiKey"_s, u"providers.sms.apiKey"_s}));
        const QJsonObject redacted = redactConfigSecrets(schema, stored);
        QCOMPARE(redacted[u"providers"_s][u"sms"_s][u"apiKey"_s].toString(), u"********"_s);
        QCOMPARE(redacted[u"providers"_s][u"sms"_s][u"provider"_s].toString(), u"twilio"_s);
        QVERIFY(!QJsonDocument(redacted).toJson().contains("AK1"));

        // The console writes the redacted document back with one new secret.
        QJsonObject incoming = redacted;
        QJsonObject providers = incoming[u"providers"_s].toObject();
        QJsonObject email = providers[u"email"_s].toObject();
        email[u"apiKey"_s] = u"EK2"_s;
        providers[u"email"_s] = email;
        incoming[u"providers"_s] = providers;
        const QJsonObject kept = keepSealedSecrets(schema, incoming, stored);
        QCOMPARE(kept[u"providers"_s][u"sms"_s][u"apiKey"_s].toString(), u"AK1"_s);
        QCOMPARE(kept[u"providers"_s][u"email"_s][u"apiKey"_s].toString(), u"EK2"_s);
    }

    void authSecretsInsideAMap()
    {
        const QJsonObject stored
            = doc("{'providers':{'google':{'clientSecret':'G'},'okta':{'clientSecret':'O'}}}");
        QCOMPARE(
            configSecretPaths(configSchema(ConfigSettingType::Auth), stored),
            (QStringList {u"providers.google.clientSecret"_s, u"providers.okta.clientSecret"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
