// Provider secrets at rest: AES-256-GCM round trips, stable format, and refusal of tampering.
#include "auth/SecretBox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {
QByteArray testKey()
{
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(char(i));
    return key;
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}
} // namespace

class TestSecretBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void sealedValueHidesSecretAndNeverRepeats();
    void opensValueFromAnotherImplementation();
    void refusesTampering_data();
    void refusesTampering();
    void refusesOtherRecordAndOtherKey();
    void keyFileCreatedOwnerOnlyAndKept();
    void refusesUnsafeKeyFile_data();
    void refusesUnsafeKeyFile();
    void keyInMemoryMustBe32Bytes();

private:
    std::optional<SecretBox> m_box;
};

void TestSecretBox::initTestCase()
{
    // Not a skip: the server refuses to start without AES-GCM, so a CPU without it fails here.
    QVERIFY2(SecretBox::isAvailable(), "this CPU lacks AES-NI; SecretBox cannot work here");
    auto box = SecretBox::fromKey(testKey());
    QVERIFY(box.ok());
    m_box.emplace(box.value());
}

void TestSecretBox::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("associatedData");

    QTest::newRow("OAuth client secret") << QByteArray("GOCSPX-abcdef123456") << QByteArray();
    QTest::newRow("with associated data")
        << QByteArray("refresh-token-value") << QByteArray("integration:7:refresh_token");
    QTest::newRow("empty secret") << QByteArray() << QByteArray("integration:7:api_key");
    QTest::newRow("binary with NULs") << QByteArray("\0\1\2\0\xff", 5) << QByteArray();
    QTest::newRow("large") << QByteArray(1 << 20, 'x') << QByteArray("big");
}

void TestSecretBox::roundTrip()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, associatedData);
    const QByteArray sealed = m_box->seal(secret, associatedData);
    QCOMPARE(sealed.size(), 1 + 12 + secret.size() + 16);
    QCOMPARE(sealed.front(), SecretBox::FormatVersion);
    const auto opened = m_box->open(sealed, associatedData);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value(), secret);
}

void TestSecretBox::sealedValueHidesSecretAndNeverRepeats()
{
    const QByteArray secret = "my-tave-api-key-1234567890";
    const QByteArray a = m_box->seal(secret);
    const QByteArray b = m_box->seal(secret);
    QVERIFY(!a.contains(secret));
    // A fresh nonce every time: equal secrets do not look equal in the database.
    QVERIFY(a != b);
    QVERIFY(a.mid(1, 12) != b.mid(1, 12));
    QCOMPARE(m_box->open(a).value(), secret);
    QCOMPARE(m_box->open(b).value(), secret);
}

void TestSecretBox::opensValueFromAnotherImplementation()
{
    // Sealed with Python's "cryptography" (OpenSSL's AES-GCM) in our documented format:
    // version 1, nonce 0x64..0x6f, key 0x00..0x1f, associated data 0x01 + "integration:42:..."
    // Secrets already stored must stay readable, so this format may never change silently.
    const QByteArray sealed = QByteArray::fromHex(
        "016465666768696a6b6c6d6e6f2f74b101158c7bf15f172b80f706069427ac7227f8099000c2a586"
        "16689d3fc7a894094b186745d359ce");
    const auto opened = m_box->open(sealed, "integration:42:client_secret");
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value(), QByteArray("google-oauth-client-secret"));
}

void TestSecretBox::refusesTampering_data()
{
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QString>("code");

    const QByteArray sealed = SecretBox::fromKey(testKey()).value().seal("client-secret", "row-1");
    QTest::newRow("version byte") << flipped(sealed, 0) << u"secret_unsupported_version"_s;
    QTest::newRow("nonce") << flipped(sealed, 5) << u"secret_tampered"_s;
    QTest::newRow("ciphertext") << flipped(sealed, 14) << u"secret_tampered"_s;
    QTest::newRow("tag") << flipped(sealed, sealed.size() - 1) << u"secret_tampered"_s;
    QTest::newRow("last byte cut") << sealed.chopped(1) << u"secret_tampered"_s;
    QTest::newRow("byte appended") << sealed + 'x' << u"secret_tampered"_s;
    QTest::newRow("only the header") << sealed.left(13) << u"secret_truncated"_s;
    QTest::newRow("empty") << QByteArray() << u"secret_truncated"_s;
    QTest::newRow("plain text stored by mistake")
        << QByteArray("client-secret-stored-in-the-clear-by-mistake")
        << u"secret_unsupported_version"_s;
}

void TestSecretBox::refusesTampering()
{
    QFETCH(QByteArray, sealed);
    QFETCH(QString, code);
    const auto opened = m_box->open(sealed, "row-1");
    QVERIFY2(!opened.ok(), "a damaged secret was accepted");
    QCOMPARE(opened.error().code, code);
    QVERIFY(!opened.error().message.isEmpty());
}

void TestSecretBox::refusesOtherRecordAndOtherKey()
{
    const QByteArray sealed = m_box->seal("tenant-a-secret", "integration:a:client_secret");
    const auto movedRow = m_box->open(sealed, "integration:b:client_secret");
    QVERIFY(!movedRow.ok());
    QCOMPARE(movedRow.error().code, u"secret_tampered"_s);

    const auto otherBox = SecretBox::fromKey(QByteArray(32, 'z'));
    QVERIFY(otherBox.ok());
    const auto otherKey = otherBox.value().open(sealed, "integration:a:client_secret");
    QVERIFY(!otherKey.ok());
    QCOMPARE(otherKey.error().code, u"secret_tampered"_s);
}

void TestSecretBox::keyFileCreatedOwnerOnlyAndKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secrets.key"_s);
    const auto first = SecretBox::loadOrCreate(path);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(st.st_size, off_t(32));

    // After a restart the same key is read back and old secrets open.
    const QByteArray sealed = first.value().seal("calendar-token");
    const auto second = SecretBox::loadOrCreate(path);
    QVERIFY(second.ok());
    QCOMPARE(second.value().open(sealed).value(), QByteArray("calendar-token"));
}

void TestSecretBox::refusesUnsafeKeyFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("code");

    QTest::newRow("world-readable") << QByteArray(32, 'k') << 0644 << u"key_file_insecure"_s;
    QTest::newRow("31 bytes") << QByteArray(31, 'k') << 0600 << u"key_file_too_short"_s;
    QTest::newRow("33 bytes") << QByteArray(33, 'k') << 0600 << u"key_file_too_long"_s;
}

void TestSecretBox::refusesUnsafeKeyFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, mode);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secrets.key"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);

    const auto box = SecretBox::loadOrCreate(path);
    QVERIFY(!box.ok());
    QCOMPARE(box.error().code, code);
}

void TestSecretBox::keyInMemoryMustBe32Bytes()
{
    QCOMPARE(SecretBox::fromKey(QByteArray(16, 'k')).error().code, u"key_wrong_size"_s);
    QCOMPARE(SecretBox::fromKey(QByteArray(64, 'k')).error().code, u"key_wrong_size"_s);
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
