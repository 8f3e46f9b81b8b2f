// PKCE's S256 challenge against RFC 7636 Appendix B, and the verifier's shape.
#include "Pkce.h"

#include <QTest>

using namespace wedsync::crm;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB()
    {
        // The RFC's verifier and its S256 challenge.
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QCOMPARE(pkceChallenge(verifier),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(isPkceVerifier(verifier));
    }

    void verifierFromOctets()
    {
        // RFC 7636 Appendix B's octets give its verifier.
        const QByteArray octets
            = QByteArray::fromRawData(reinterpret_cast<const char *>(Octets), sizeof(Octets));
        QCOMPARE(pkceVerifierFromBytes(octets),
                 QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(pkceVerifierFromBytes(QByteArray(32, '\0')).size(), 43);
    }

    void verifierShape()
    {
        QVERIFY(!isPkceVerifier(QByteArray(42, 'a')));
        QVERIFY(isPkceVerifier(QByteArray(43, 'a')));
        QVERIFY(isPkceVerifier(QByteArray(128, '~')));
        QVERIFY(!isPkceVerifier(QByteArray(129, 'a')));
        QVERIFY(!isPkceVerifier(QByteArray(42, 'a') + '+'));
        QVERIFY(!isPkceVerifier(QByteArray(42, 'a') + '='));
    }

private:
    static constexpr unsigned char Octets[32]
        = {116, 24,  223, 180, 151, 153, 224, 37,  79, 250, 96, 125, 216, 173, 187, 186,
           22,  212, 37,  77,  105, 214, 191, 240, 91, 88,  5,  88,  83,  132, 141, 121};
};

QTEST_APPLESS_MAIN(TestPkce)
#include "tst_pkce.moc"
