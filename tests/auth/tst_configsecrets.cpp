// Configuration secrets sealed at rest: only the schema's secret fields change, the sealed text
// holds nothing readable, it opens under its own scope, type and field only, an older server's
// plain value still reads, and without AES-GCM a secret is never stored in the clear.
#include "ConfigSchema.h"
#include "auth/ConfigSecrets.h"
#include "auth/SecretBox.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {

const QString Tenant = u"tenant:0b6a2c1e-5f4d-4e3a-9c8b-7a6f5e4d3c2b"_s;
const QString OtherTenant = u"tenant:1c7b3d2f-6a5e-4f4b-8d9c-8b7a6f5e4d3c"_s;
const QString ApiKey = u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s;

QJsonObject notifications(const QString &smsKey, const QString &emailKey = {})
{
    QJsonObject email {{u"provider"_s, u"postmark"_s}, {u"from"_s, u"hello@example.com"_s}};
    if (!emailKey.isEmpty())
        email.insert(u"apiKey"_s, emailKey);
    return QJsonObject {
        {u"providers"_s,
         QJsonObject {{u"sms"_s,
                       QJsonObject {{u"provider"_s, u"twilio"_s},
                                    {u"from"_s, u"WedSync"_s},
                                    {u"apiKey"_s, smsKey}}},
                      {u"email"_s, email}}},
        {u"digest"_s, u"daily"_s},
    };
}

QString sms(const QJsonObject &document)
{
    return document[u"providers"_s][u"sms"_s][u"apiKey"_s].toString();
}

QByteArray text(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace

class TestConfigSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SecretBox::isAvailable(), "this CPU lacks AES-NI; SecretBox cannot work here");
        auto box = SecretBox::fromKey(QByteArray(SecretBox::KeyBytes, 'k'));
        QVERIFY(box.ok());
        m_box = std::make_unique<SecretBox>(std::move(box).value());
    }

    void sealsOnlyTheSecretFields()
    {
        const ConfigSecrets secrets(m_box.get());
        const QJsonObject plain = notifications(ApiKey, u"pm-secret-key"_s);
        auto sealed = secrets.seal(Tenant, ConfigSettingType::Notifications, plain);
        QVERIFY(sealed.ok());
        QVERIFY(!text(sealed.value()).contains(ApiKey.toUtf8()));
        QVERIFY(!text(sealed.value()).contains("pm-secret-key"));
        QVERIFY(sms(sealed.value()).startsWith(u"sealed:v1:"));
        QVERIFY(ConfigSecrets::isSealed(sealed.value()[u"providers"_s][u"email"_s][u"apiKey"_s]));
        // Everything else is as written.
        QJsonObject others = sealed.value();
        QJsonObject unsealed = plain;
        for (QJsonObject *document : {&others, &unsealed}) {
            QJsonObject providers = (*document)[u"providers"_s].toObject();
            for (const QString &channel : {u"sms"_s, u"email"_s}) {
                QJsonObject one = providers[channel].toObject();
                one.remove(u"apiKey"_s);
                providers.insert(channel, one);
            }
            document->insert(u"providers"_s, providers);
        }
        QCOMPARE(others, unsealed);
        QCOMPARE(ConfigSecrets::plainSecretPaths(ConfigSettingType::Notifications, plain),
                 QStringList({u"providers.email.apiKey"_s, u"providers.sms.apiKey"_s}));
        QVERIFY(ConfigSecrets::plainSecretPaths(ConfigSettingType::Notifications, sealed.value())
                    .isEmpty());

        // Each seal is fresh (random nonce): two rows never share a ciphertext.
        QVERIFY(sms(secrets.seal(Tenant, ConfigSettingType::Notifications, plain).value())
                != sms(sealed.value()));

        // A type without secret fields is left exactly as it is.
        const QJsonObject mfa {{u"required"_s, true}};
        QVERIFY(!ConfigSecrets::hasSecretFields(ConfigSettingType::Mfa));
        QVERIFY(ConfigSecrets::hasSecretFields(ConfigSettingType::Auth));
        QCOMPARE(secrets.seal(Tenant, ConfigSettingType::Mfa, mfa).value(), mfa);
    }

    void opensUnderItsOwnScopeTypeAndFieldOnly()
    {
        const ConfigSecrets secrets(m_box.get());
        const QJsonObject plain = notifications(ApiKey);
        const QJsonObject sealed
            = secrets.seal(Tenant, ConfigSettingType::Notifications, plain).value();
        const auto opened = secrets.open(Tenant, ConfigSettingType::Notifications, sealed);
        QCOMPARE(opened.document, plain);
        QVERIFY(opened.unreadable.isEmpty());
        // The scope key's case does not matter (PostgreSQL lower-cases uuids).
        QCOMPARE(secrets.open(Tenant.toUpper(), ConfigSettingType::Notifications, sealed).document,
                 plain);

        // Copied into another tenant's row: it does not open, and reads as absent; the log
        // names the field, never a value.
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"^configuration secrets of %1 notifications do "
                               "not open .*: providers\\.sms\\.apiKey$"_s.arg(OtherTenant)));
        const auto moved = secrets.open(OtherTenant, ConfigSettingType::Notifications, sealed);
        QCOMPARE(moved.unreadable, QStringList {u"providers.sms.apiKey"_s});
        QVERIFY(!moved.document[u"providers"_s][u"sms"_s].toObject().contains(u"apiKey"_s));
        QCOMPARE(moved.document[u"providers"_s][u"sms"_s][u"provider"_s].toString(), u"twilio"_s);

        // Moved to another field of the same row: neither.
        QJsonObject swapped = sealed;
        QJsonObject providers = swapped[u"providers"_s].toObject();
        QJsonObject email = providers[u"email"_s].toObject();
        email.insert(u"apiKey"_s, sms(sealed));
        providers.insert(u"email"_s, email);
        swapped.insert(u"providers"_s, providers);
        QCOMPARE(secrets.open(Tenant, ConfigSettingType::Notifications, swapped).unreadable,
                 QStringList {u"providers.email.apiKey"_s});

        // Altered, or garbage after the prefix: unreadable, never a crash or garbage.
        QString altered = sms(sealed);
        altered[altered.size() - 2] = altered.at(altered.size() - 2) == u'A' ? u'B' : u'A';
        for (const QString &bad :
             {altered, u"sealed:v1:"_s, u"sealed:v1:!!not base64!!"_s, u"sealed:v1:AAAA"_s}) {
            const auto damaged
                = secrets.open(Tenant, ConfigSettingType::Notifications, notifications(bad));
            QCOMPARE(damaged.unreadable, QStringList {u"providers.sms.apiKey"_s});
        }

        // Under another key file: unreadable too.
        auto otherBox = SecretBox::fromKey(QByteArray(SecretBox::KeyBytes, 'o'));
        QVERIFY(otherBox.ok());
        const ConfigSecrets otherKey(&otherBox.value());
        QCOMPARE(otherKey.open(Tenant, ConfigSettingType::Notifications, sealed).unreadable,
                 QStringList {u"providers.sms.apiKey"_s});
        QCOMPARE(ConfigSecrets::associatedData(u"tenant:ABC"_s, ConfigSettingType::Auth,
                                               u"providers.google.clientSecret"_s),
                 QByteArray("config:tenant:abc:auth:providers.google.clientSecret"));
    }

    void plainValuesOfAnOlderServerReadAndGetSealed()
    {
        const ConfigSecrets secrets(m_box.get());
        const QJsonObject plain = notifications(ApiKey, u"pm-secret-key"_s);
        // As read: taken as they are.
        QCOMPARE(secrets.open(Tenant, ConfigSettingType::Notifications, plain).document, plain);

        // Half sealed (one field written by this server): sealPlain seals the other and keeps
        // the sealed one byte for byte.
        QJsonObject half = secrets.seal(Tenant, ConfigSettingType::Notifications, plain).value();
        QJsonObject providers = half[u"providers"_s].toObject();
        QJsonObject email = providers[u"email"_s].toObject();
        email.insert(u"apiKey"_s, u"pm-secret-key"_s);
        providers.insert(u"email"_s, email);
        half.insert(u"providers"_s, providers);
        QCOMPARE(ConfigSecrets::plainSecretPaths(ConfigSettingType::Notifications, half),
                 QStringList {u"providers.email.apiKey"_s});
        auto resealed = secrets.sealPlain(Tenant, ConfigSettingType::Notifications, half);
        QVERIFY(resealed.ok());
        QCOMPARE(sms(resealed.value()), sms(half));
        QVERIFY(!text(resealed.value()).contains("pm-secret-key"));
        QCOMPARE(secrets.open(Tenant, ConfigSettingType::Notifications, resealed.value()).document,
                 plain);
    }

    void withoutAesGcmNoSecretIsStored()
    {
        const ConfigSecrets none(nullptr);
        QVERIFY(!none.isAvailable());
        auto refused = none.seal(Tenant, ConfigSettingType::Notifications, notifications(ApiKey));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"config_secrets_unavailable"_s);
        QVERIFY(refused.error().message.contains(u"AES"_s));
        QCOMPARE(none.sealPlain(Tenant, ConfigSettingType::Notifications, notifications(ApiKey))
                     .error()
                     .code,
                 u"config_secrets_unavailable"_s);
        // Documents without secrets keep working.
        const QJsonObject noSecret {{u"digest"_s, u"weekly"_s}};
        QCOMPARE(none.seal(Tenant, ConfigSettingType::Notifications, noSecret).value(), noSecret);
        // A sealed value cannot be opened here: it reads as absent, listed.
        const QJsonObject sealed
            = ConfigSecrets(m_box.get())
                  .seal(Tenant, ConfigSettingType::Notifications, notifications(ApiKey))
                  .value();
        QCOMPARE(none.open(Tenant, ConfigSettingType::Notifications, sealed).unreadable,
                 QStringList {u"providers.sms.apiKey"_s});
    }

    void oneDocumentSealedForManyScopes()
    {
        const ConfigSecrets secrets(m_box.get());
        const QJsonObject plain = notifications(ApiKey, u"pm-secret-key"_s);
        const auto prepared = secrets.sealedJson(ConfigSettingType::Notifications, plain);
        QCOMPARE(prepared.document(), plain);
        QStringList texts;
        for (const QString &scope : {Tenant, OtherTenant}) {
            auto text = prepared.text(scope);
            QVERIFY(text.ok());
            QVERIFY(!text->contains(ApiKey));
            QVERIFY(!text->contains(u"pm-secret-key"_s));
            QCOMPARE(text->count(u'@'), 1); // hello@example.com: no marker left
            const QJsonObject stored = QJsonDocument::fromJson(text->toUtf8()).object();
            // The text QJsonDocument would write for that document, secrets sealed for `scope`.
            QCOMPARE(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                     text.value());
            QVERIFY(ConfigSecrets::plainSecretPaths(ConfigSettingType::Notifications, stored)
                        .isEmpty());
            const auto opened = secrets.open(scope, ConfigSettingType::Notifications, stored);
            QCOMPARE(opened.document, plain);
            texts << text.value();
        }
        QVERIFY(texts.at(0) != texts.at(1));
        QCOMPARE(secrets
                     .open(OtherTenant, ConfigSettingType::Notifications,
                           QJsonDocument::fromJson(texts.at(0).toUtf8()).object())
                     .unreadable.size(),
                 2);

        // No secret: the text as it is, with or without AES-GCM; a secret without it: refused.
        const ConfigSecrets none(nullptr);
        const QJsonObject noSecret {{u"digest"_s, u"weekly"_s}};
        QCOMPARE(none.sealedJson(ConfigSettingType::Notifications, noSecret).text(Tenant).value(),
                 u"{\"digest\":\"weekly\"}"_s);
        QCOMPARE(none.sealedJson(ConfigSettingType::Notifications, plain).text(Tenant).error().code,
                 u"config_secrets_unavailable"_s);
    }

    void aValueThatIsNotTextRoundTrips()
    {
        // The schemas make every secret a text; a stored row may still hold something else.
        const ConfigSecrets secrets(m_box.get());
        QJsonObject odd = notifications(ApiKey);
        QJsonObject providers = odd[u"providers"_s].toObject();
        QJsonObject sms = providers[u"sms"_s].toObject();
        sms.insert(u"apiKey"_s, QJsonObject {{u"id"_s, 42}, {u"key"_s, ApiKey}});
        providers.insert(u"sms"_s, sms);
        odd.insert(u"providers"_s, providers);
        auto sealed = secrets.seal(Tenant, ConfigSettingType::Notifications, odd);
        QVERIFY(sealed.ok());
        QVERIFY(!text(sealed.value()).contains(ApiKey.toUtf8()));
        QCOMPARE(secrets.open(Tenant, ConfigSettingType::Notifications, sealed.value()).document,
                 odd);
    }

    void secretsInsideMapsAreFound()
    {
        // auth: providers is a map of identity providers, each with a clientSecret.
        const ConfigSecrets secrets(m_box.get());
        const QJsonObject auth {
            {u"providers"_s,
             QJsonObject {{u"google"_s,
                           QJsonObject {{u"enabled"_s, true},
                                        {u"clientId"_s, u"id-1"_s},
                                        {u"clientSecret"_s, u"GOCSPX-secret"_s}}},
                          {u"okta"_s, QJsonObject {{u"clientSecret"_s, u"okta-secret"_s}}}}}};
        auto sealed = secrets.seal(Tenant, ConfigSettingType::Auth, auth);
        QVERIFY(sealed.ok());
        QVERIFY(!text(sealed.value()).contains("GOCSPX-secret"));
        QVERIFY(!text(sealed.value()).contains("okta-secret"));
        QVERIFY(text(sealed.value()).contains("id-1"));
        QCOMPARE(secrets.open(Tenant, ConfigSettingType::Auth, sealed.value()).document, auth);
    }

private:
    std::unique_ptr<SecretBox> m_box;
};

QTEST_GUILESS_MAIN(TestConfigSecrets)
#include "tst_configsecrets.moc"
