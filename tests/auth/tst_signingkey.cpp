// The JWT key file: created owner-only on first start, kept across restarts, refused when unsafe.
#include "auth/JwtCodec.h"
#include "auth/SigningKey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {
mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(-1);
    return st.st_mode & 07777;
}

bool writeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets a permissive umask for one test, so the test shows that the code does not rely on it.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~ScopedUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

class TestSigningKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsOwnerOnlyKeyOnFirstStart();
    void keepsKeyAcrossRestarts();
    void usesAnExistingKeyAsIs();
    void newKeysAreRandom();
    void refusesUnsafeModes_data();
    void refusesUnsafeModes();
    void refusesBadSizes_data();
    void refusesBadSizes();
    void refusesDirectory();
    void doesNotCreateThroughDanglingSymlink();
    void keyInMemoryMustBeLongEnough();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSigningKey::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSigningKey::createsOwnerOnlyKeyOnFirstStart()
{
    const ScopedUmask permissive(0);
    const QString path = m_dir->filePath(u"data/keys/jwt.key"_s);
    const auto key = SigningKey::loadOrCreate(path);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(key.value().bytes().size(), SigningKey::NewKeyBytes);
    QCOMPARE(readFile(path), key.value().bytes());
    QCOMPARE(modeOf(path), mode_t(0600));
    // No temporary files left next to it.
    QCOMPARE(QDir(m_dir->filePath(u"data/keys"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList {u"jwt.key"_s});
}

void TestSigningKey::keepsKeyAcrossRestarts()
{
    const QString path = m_dir->filePath(u"jwt.key"_s);
    const auto first = SigningKey::loadOrCreate(path);
    QVERIFY(first.ok());
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    const QString token
        = JwtCodec(first.value(), clock).issue(u"u"_s, u"s"_s, std::chrono::minutes(5));

    // A restarted server reads the same key, so sessions survive the restart.
    const auto second = SigningKey::loadOrCreate(path);
    QVERIFY(second.ok());
    QCOMPARE(second.value().bytes(), first.value().bytes());
    QVERIFY(JwtCodec(second.value(), clock).verify(token).ok());
}

void TestSigningKey::usesAnExistingKeyAsIs()
{
    const QString path = m_dir->filePath(u"jwt.key"_s);
    const QByteArray shared = "super-secret-jwt-token-with-at-least-32-characters-long";
    QVERIFY(writeFile(path, shared, 0600));
    const auto key = SigningKey::loadOrCreate(path);
    QVERIFY(key.ok());
    QCOMPARE(key.value().bytes(), shared);
    QCOMPARE(readFile(path), shared);
}

void TestSigningKey::newKeysAreRandom()
{
    const auto a = SigningKey::loadOrCreate(m_dir->filePath(u"a.key"_s));
    const auto b = SigningKey::loadOrCreate(m_dir->filePath(u"b.key"_s));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value().bytes() != b.value().bytes());
    QVERIFY(a.value().bytes() != QByteArray(SigningKey::NewKeyBytes, '\0'));
}

void TestSigningKey::refusesUnsafeModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0600 owner only") << 0600 << true;
    QTest::newRow("0400 owner read-only") << 0400 << true;
    QTest::newRow("0644 world-readable") << 0644 << false;
    QTest::newRow("0604 world-readable") << 0604 << false;
    QTest::newRow("0640 group-readable") << 0640 << false;
    QTest::newRow("0620 group-writable") << 0620 << false;
    QTest::newRow("0666 everyone") << 0666 << false;
}

void TestSigningKey::refusesUnsafeModes()
{
    QFETCH(int, mode);
    QFETCH(bool, accepted);
    const QString path = m_dir->filePath(u"jwt.key"_s);
    const QByteArray bytes(32, 'k');
    QVERIFY(writeFile(path, bytes, mode_t(mode)));

    const auto key = SigningKey::loadOrCreate(path);
    QCOMPARE(key.ok(), accepted);
    if (!accepted) {
        QCOMPARE(key.error().code, u"key_file_insecure"_s);
        QVERIFY2(key.error().message.contains(u"chmod 600"_s), qPrintable(key.error().message));
        QVERIFY(key.error().message.contains(path));
        // Neither replaced nor "fixed" behind the operator's back.
        QCOMPARE(readFile(path), bytes);
        QCOMPARE(modeOf(path), mode_t(mode));
    }
}

void TestSigningKey::refusesBadSizes_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QByteArray() << u"key_file_too_short"_s;
    QTest::newRow("16 bytes") << QByteArray(16, 'k') << u"key_file_too_short"_s;
    QTest::newRow("31 bytes") << QByteArray(31, 'k') << u"key_file_too_short"_s;
    QTest::newRow("5000 bytes") << QByteArray(5000, 'k') << u"key_file_too_long"_s;
}

void TestSigningKey::refusesBadSizes()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, code);
    const QString path = m_dir->filePath(u"jwt.key"_s);
    QVERIFY(writeFile(path, contents, 0600));
    const auto key = SigningKey::loadOrCreate(path);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, code);
    QVERIFY(key.error().message.contains(path));
    QCOMPARE(readFile(path), contents);
}

void TestSigningKey::refusesDirectory()
{
    const QString path = m_dir->filePath(u"jwt.key"_s);
    QVERIFY(QDir().mkdir(path));
    const auto key = SigningKey::loadOrCreate(path);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, u"key_file_not_regular"_s);
}

void TestSigningKey::doesNotCreateThroughDanglingSymlink()
{
    const QString target = m_dir->filePath(u"elsewhere.key"_s);
    const QString path = m_dir->filePath(u"jwt.key"_s);
    QVERIFY(QFile::link(target, path));
    const auto key = SigningKey::loadOrCreate(path);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, u"key_file_unreadable"_s);
    QVERIFY(!QFile::exists(target));
}

void TestSigningKey::keyInMemoryMustBeLongEnough()
{
    const auto shortKey = SigningKey::fromBytes(QByteArray(31, 'k'));
    QVERIFY(!shortKey.ok());
    QCOMPARE(shortKey.error().code, u"key_too_short"_s);
    QVERIFY(SigningKey::fromBytes(QByteArray(32, 'k')).ok());
}

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
