// A CRM integration's credentials sealed at rest: they open under their own integration only,
// the sealed bytes hold nothing readable, and a damaged value is a clear error, not garbage.
#include "auth/IntegrationCredentials.h"
#include "auth/SecretBox.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync::server;

class TestIntegrationCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SecretBox::isAvailable(), "this CPU lacks AES-NI; SecretBox cannot work here");
    }

    void sealedOpensUnderItsOwnIntegrationOnly()
    {
        auto box = SecretBox::fromKey(QByteArray(SecretBox::KeyBytes, 'k'));
        QVERIFY(box.ok());
        const IntegrationCredentials credentials(&box.value());
        const QJsonObject secret {{u"apiKey"_s, u"tave-live-0123456789"_s}};
        auto sealed = credentials.seal(u"a1"_s, secret);
        QVERIFY(sealed.ok());
        QVERIFY(!sealed.value().contains("tave-live"));
        QVERIFY(!sealed.value().contains("apiKey"));
        auto opened = credentials.open(u"a1"_s, sealed.value());
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), secret);
        // Copied to another integration's row, it does not open.
        auto moved = credentials.open(u"b2"_s, sealed.value());
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, u"credentials_unreadable"_s);
        QByteArray damaged = sealed.value();
        damaged[damaged.size() - 1] = char(damaged.back() ^ 1);
        QCOMPARE(credentials.open(u"a1"_s, damaged).error().code, u"credentials_unreadable"_s);
        QCOMPARE(IntegrationCredentials::associatedData(u"a1"_s),
                 QByteArray("integration:a1:credentials"));
    }

    void withoutAesGcmNothingIsStored()
    {
        const IntegrationCredentials none(nullptr);
        QVERIFY(!none.isAvailable());
        QCOMPARE(none.seal(u"a1"_s, {{u"apiKey"_s, u"x"_s}}).error().code,
                 u"credentials_unavailable"_s);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationCredentials)
#include "tst_integrationcredentials.moc"
