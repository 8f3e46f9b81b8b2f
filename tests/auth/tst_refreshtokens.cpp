// Refresh tokens: unguessable, stored only as hashes, compared in constant time.
#include "auth/RefreshTokens.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

class TestRefreshTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensAreUrlSafe32RandomBytes();
    void tokensDoNotRepeat();
    void wellFormed_data();
    void wellFormed();
    void storageHashIsSha256Hex();
    void storageHashFindsOnlyItsToken();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestRefreshTokens::tokensAreUrlSafe32RandomBytes()
{
    const QString token = RefreshTokens::generate();
    QCOMPARE(token.size(), RefreshTokens::TokenLength);
    static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]{43}$"_s);
    QVERIFY2(urlSafe.match(token).hasMatch(), qPrintable(token));
    QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
             RefreshTokens::TokenBytes);
    QVERIFY(RefreshTokens::isWellFormed(token));
}

void TestRefreshTokens::tokensDoNotRepeat()
{
    QSet<QString> seen;
    QSet<QChar> firstChars;
    for (int i = 0; i < 2000; ++i) {
        const QString token = RefreshTokens::generate();
        QVERIFY2(!seen.contains(token), "a refresh token was issued twice");
        seen.insert(token);
        firstChars.insert(token.front());
    }
    // A broken generator (constant, counter, zeroed buffer) would not spread over the alphabet.
    QVERIFY(firstChars.size() > 50);
}

void TestRefreshTokens::wellFormed_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("wellFormed");

    const QString good = RefreshTokens::generate();
    QTest::newRow("generated") << good << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one short") << good.chopped(1) << false;
    QTest::newRow("one long") << good + u'A' << false;
    QTest::newRow("padded") << good.chopped(1) + u'=' << false;
    QTest::newRow("standard alphabet") << good.chopped(1) + u'+' << false;
    QTest::newRow("space") << good.chopped(1) + u' ' << false;
    QTest::newRow("non-ASCII") << good.chopped(1) + u'é' << false;
    QTest::newRow("a JWT") << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"_s << false;
}

void TestRefreshTokens::wellFormed()
{
    QFETCH(QString, token);
    QFETCH(bool, wellFormed);
    QCOMPARE(RefreshTokens::isWellFormed(token), wellFormed);
    QCOMPARE(RefreshTokens::hashForStorage(token).isEmpty(), !wellFormed);
}

void TestRefreshTokens::storageHashIsSha256Hex()
{
    const QString token = RefreshTokens::generate();
    const QString hashed = RefreshTokens::hashForStorage(token);
    QCOMPARE(hashed.size(), 64);
    QCOMPARE(hashed,
             QString::fromLatin1(
                 QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!hashed.contains(token));
    QCOMPARE(RefreshTokens::hashForStorage(token), hashed); // stable: it is looked up by value
}

void TestRefreshTokens::storageHashFindsOnlyItsToken()
{
    const QString token = RefreshTokens::generate();
    QString nearMiss = token;
    nearMiss[10] = nearMiss.at(10) == u'A' ? u'B' : u'A';
    QVERIFY(RefreshTokens::hashForStorage(nearMiss) != RefreshTokens::hashForStorage(token));
}

void TestRefreshTokens::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << QByteArray("abcdef") << QByteArray("abcdef") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("first byte differs") << QByteArray("xbcdef") << QByteArray("abcdef") << false;
    QTest::newRow("last byte differs") << QByteArray("abcdex") << QByteArray("abcdef") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcdef") << false;
    QTest::newRow("empty vs not") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("embedded NUL") << QByteArray("ab\0cd", 5) << QByteArray("ab\0ce", 5) << false;
}

void TestRefreshTokens::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(RefreshTokens::constantTimeEquals(QByteArrayView(a), QByteArrayView(b)), equal);
    QCOMPARE(RefreshTokens::constantTimeEquals(QByteArrayView(b), QByteArrayView(a)), equal);
    const QString sa = QString::fromLatin1(a);
    const QString sb = QString::fromLatin1(b);
    QCOMPARE(RefreshTokens::constantTimeEquals(QStringView(sa), QStringView(sb)), equal);
}

QTEST_GUILESS_MAIN(TestRefreshTokens)
#include "tst_refreshtokens.moc"
