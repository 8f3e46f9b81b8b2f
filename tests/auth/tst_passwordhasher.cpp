// Argon2id password hashing: what a user logging in would notice.
#include "auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsStandardArgon2idString();
    void productionDefaultIsInteractive();
    void verify_data();
    void verify();
    void sameFormDifferentNormalisation();
    void saltedHashesDiffer();
    void rejectsBadPasswords_data();
    void rejectsBadPasswords();
    void maxLengthPasswordIsAccepted();
    void corruptStoredHashDoesNotVerify();
    void needsRehash();

private:
    PasswordHasher m_fast {PasswordHasher::fastCost()};
};

void TestPasswordHasher::hashIsStandardArgon2idString()
{
    const auto hashed = m_fast.hash(u"correct horse battery staple"_s);
    QVERIFY2(hashed.ok(), qPrintable(hashed.ok() ? QString() : hashed.error().message));
    static const QRegularExpression shape(
        uR"(^\$argon2id\$v=19\$m=\d+,t=\d+,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"_s);
    QVERIFY2(shape.match(hashed.value()).hasMatch(), qPrintable(hashed.value()));
    QVERIFY(!hashed.value().contains(u"correct horse"_s));
}

void TestPasswordHasher::productionDefaultIsInteractive()
{
    const PasswordHasher hasher;
    QCOMPARE(hasher.cost(), PasswordHasher::interactiveCost());
    const auto hashed = hasher.hash(u"wedding-2026"_s);
    QVERIFY(hashed.ok());
    // libsodium's interactive limits: 64 MiB, 2 passes.
    QVERIFY2(hashed.value().contains(u"$m=65536,t=2,p=1$"_s), qPrintable(hashed.value()));
    QVERIFY(hasher.verify(u"wedding-2026"_s, hashed.value()));
    QVERIFY(!hasher.needsRehash(hashed.value()));
}

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("right password") << u"s3cret!"_s << u"s3cret!"_s << true;
    QTest::newRow("wrong password") << u"s3cret!"_s << u"s3cret?"_s << false;
    QTest::newRow("case matters") << u"Secret"_s << u"secret"_s << false;
    QTest::newRow("trailing space matters") << u"secret"_s << u"secret "_s << false;
    QTest::newRow("prefix is not enough") << u"secret-long"_s << u"secret"_s << false;
    QTest::newRow("empty attempt") << u"secret"_s << QString() << false;
    QTest::newRow("unicode") << u"Grüße, 婚礼 💍"_s << u"Grüße, 婚礼 💍"_s << true;
}

void TestPasswordHasher::verify()
{
    QFETCH(QString, stored);
    QFETCH(QString, attempt);
    QFETCH(bool, accepted);
    const auto hashed = m_fast.hash(stored);
    QVERIFY(hashed.ok());
    QCOMPARE(m_fast.verify(attempt, hashed.value()), accepted);
}

void TestPasswordHasher::sameFormDifferentNormalisation()
{
    // "é" typed precomposed on one keyboard, as e + combining accent on another.
    const QString composed = u"caf\u00e9-party"_s;
    const QString decomposed = u"cafe\u0301-party"_s;
    QVERIFY(composed != decomposed);
    const auto hashed = m_fast.hash(composed);
    QVERIFY(hashed.ok());
    QVERIFY(m_fast.verify(decomposed, hashed.value()));
}

void TestPasswordHasher::saltedHashesDiffer()
{
    const auto a = m_fast.hash(u"same password"_s);
    const auto b = m_fast.hash(u"same password"_s);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    QVERIFY(m_fast.verify(u"same password"_s, a.value()));
    QVERIFY(m_fast.verify(u"same password"_s, b.value()));
}

void TestPasswordHasher::rejectsBadPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString() << u"password_empty"_s;
    QTest::newRow("1025 bytes") << QString(1025, u'x') << u"password_too_long"_s;
    // 342 × "€" is 1026 UTF-8 bytes but only 342 characters: the limit is in bytes.
    QTest::newRow("multi-byte over limit") << QString(342, QChar(0x20ac)) << u"password_too_long"_s;
}

void TestPasswordHasher::rejectsBadPasswords()
{
    QFETCH(QString, password);
    QFETCH(QString, code);
    const auto hashed = m_fast.hash(password);
    QVERIFY(!hashed.ok());
    QCOMPARE(hashed.error().code, code);
    QVERIFY(!hashed.error().message.isEmpty());
}

void TestPasswordHasher::maxLengthPasswordIsAccepted()
{
    const QString longest(PasswordHasher::MaxPasswordBytes, u'y');
    const auto hashed = m_fast.hash(longest);
    QVERIFY(hashed.ok());
    QVERIFY(m_fast.verify(longest, hashed.value()));
    QVERIFY(!m_fast.verify(longest + u'y', hashed.value()));
}

void TestPasswordHasher::corruptStoredHashDoesNotVerify()
{
    const auto hashed = m_fast.hash(u"secret"_s);
    QVERIFY(hashed.ok());
    QString corrupt = hashed.value();
    corrupt[corrupt.size() - 3] = corrupt.at(corrupt.size() - 3) == u'A' ? u'B' : u'A';

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not an Argon2 hash"_s));
    QVERIFY(!m_fast.verify(u"secret"_s, u"plaintext-secret"_s));
    QVERIFY(!m_fast.verify(u"secret"_s, corrupt));
    QVERIFY(!m_fast.verify(u"secret"_s, hashed.value().left(20)));
}

void TestPasswordHasher::needsRehash()
{
    const PasswordHasher stronger(
        {PasswordHasher::fastCost().opsLimit + 1, PasswordHasher::fastCost().memLimit});
    const auto weak = m_fast.hash(u"secret"_s);
    const auto strong = stronger.hash(u"secret"_s);
    QVERIFY(weak.ok() && strong.ok());

    QVERIFY(!m_fast.needsRehash(weak.value()));
    QVERIFY(stronger.needsRehash(weak.value()));
    QVERIFY(!stronger.needsRehash(strong.value()));
    // A hash made with other (even higher) parameters is re-made with ours on next login.
    QVERIFY(m_fast.needsRehash(strong.value()));

    // Anything not Argon2id must be upgraded.
    QVERIFY(m_fast.needsRehash(QString()));
    QVERIFY(m_fast.needsRehash(u"$2b$12$abcdefghijklmnopqrstuv"_s));
    QString argon2i = weak.value();
    argon2i.replace(u"$argon2id$"_s, u"$argon2i$"_s);
    QVERIFY(m_fast.needsRehash(argon2i));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
