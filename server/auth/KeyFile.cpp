// Key files: owner-only, created atomically, never overwritten.
#include "auth/KeyFile.h"

#include "auth/AuthLogging.h"
#include "auth/Sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// The key must stay with the account the server runs as, like an SSH private key: a
// group- or world-readable key lets any local user forge tokens or read provider secrets.
Result<QByteArray> checkMode(const QString &path, int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return Error {u"key_file_unreadable"_s,
                      u"Cannot inspect the key file %1: %2."_s.arg(path, systemError(errno)),
                      {}};
    if (!S_ISREG(st.st_mode))
        return Error {
            u"key_file_not_regular"_s, u"The key file %1 is not a regular file."_s.arg(path), {}};
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error {
            u"key_file_insecure"_s,
            u"The key file %1 can be read or changed by other users (mode %2). "
            "Restrict it with: chmod 600 %1"_s.arg(path, QString::number(st.st_mode & 07777, 8)),
            {}};
    return QByteArray();
}

void syncFolderOf(const QString &path)
{
    // Makes the new directory entry itself durable, so a power cut right after first start
    // cannot leave the server without the key it has already used to sign tokens.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Result<QByteArray> createKeyFile(const QString &path, qsizetype bytes)
{
    if (!Sodium::ensureInitialized())
        return Error {
            u"key_file_create_failed"_s, u"The cryptography library is unavailable."_s, {}};

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {u"key_file_create_failed"_s,
                      u"Cannot create the folder %1 for the key file."_s.arg(info.absolutePath()),
                      {}};

    // Write the key under a private temporary name first and publish it with link(), which
    // fails instead of replacing an existing file. A crash mid-write thus never leaves a
    // truncated key behind, and two servers starting together end up sharing one key.
    QByteArray suffix(8, '\0');
    randombytes_buf(suffix.data(), size_t(suffix.size()));
    const QString tempPath = path + u".new-"_s + QString::fromLatin1(suffix.toHex());
    QFile temp(tempPath);
    // The permissions are applied by open() itself (O_CREAT|O_EXCL with mode 0600), so the file
    // is never visible with looser permissions, not even for an instant.
    if (!temp.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error {u"key_file_create_failed"_s,
                      u"Cannot create the key file %1: %2."_s.arg(path, temp.errorString()),
                      {}};
    }
    const auto cleanUp = [&temp] {
        temp.close();
        temp.remove();
    };
    // Check the mode before the secret goes in: a surprising umask or file system (e.g. a
    // mount that ignores modes) must not end with a key in a file others can read.
    if (auto mode = checkMode(tempPath, temp.handle()); !mode) {
        cleanUp();
        return Error {u"key_file_create_failed"_s, mode.error().message, {}};
    }

    QByteArray key(bytes, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    const bool written
        = temp.write(key) == key.size() && temp.flush() && ::fsync(temp.handle()) == 0;
    sodium_memzero(key.data(), size_t(key.size()));
    if (!written) {
        const QString reason = temp.errorString();
        cleanUp();
        return Error {u"key_file_create_failed"_s,
                      u"Cannot write the key file %1: %2."_s.arg(path, reason),
                      {}};
    }
    temp.close();

    const int linked
        = ::link(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData());
    const int linkErrno = errno;
    temp.remove();
    if (linked != 0 && linkErrno != EEXIST) {
        return Error {u"key_file_create_failed"_s,
                      u"Cannot create the key file %1: %2."_s.arg(path, systemError(linkErrno)),
                      {}};
    }
    if (linked == 0) {
        syncFolderOf(path);
        qCInfo(lcAuth) << "created a new key file" << path;
    }
    return QByteArray();
}
} // namespace

Result<QByteArray> KeyFile::load(const QString &path, const Requirements &requirements)
{
    // Checked again on the open file below; this early check only gives a directory or a
    // device a clearer message than "cannot read".
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        return Error {
            u"key_file_not_regular"_s, u"The key file %1 is not a regular file."_s.arg(path), {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {u"key_file_unreadable"_s,
                      u"Cannot read the key file %1: %2."_s.arg(path, file.errorString()),
                      {}};
    }
    // Check the file we actually opened, not the path, so a swap between check and read
    // cannot slip a different file in.
    if (auto mode = checkMode(path, file.handle()); !mode)
        return mode.error();

    QByteArray key = file.read(requirements.maxBytes + 1);
    if (key.size() > requirements.maxBytes) {
        sodium_memzero(key.data(), size_t(key.size()));
        return Error {
            u"key_file_too_long"_s,
            u"The key file %1 holds more than %2 bytes; is it the right file?"_s.arg(path).arg(
                requirements.maxBytes),
            {}};
    }
    if (key.size() < requirements.minBytes) {
        const qsizetype found = key.size();
        sodium_memzero(key.data(), size_t(key.size()));
        return Error {
            u"key_file_too_short"_s,
            u"The key file %1 holds %2 bytes but a key needs at least %3. "
            "Remove the file to have a new key created, or put a longer key in it."_s.arg(path)
                .arg(found)
                .arg(requirements.minBytes),
            {}};
    }
    return key;
}

Result<QByteArray> KeyFile::loadOrCreate(const QString &path, const Requirements &requirements)
{
    Q_ASSERT(requirements.minBytes <= requirements.newKeyBytes
             && requirements.newKeyBytes <= requirements.maxBytes);
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno != ENOENT) {
            return Error {u"key_file_unreadable"_s,
                          u"Cannot inspect the key file %1: %2."_s.arg(path, systemError(errno)),
                          {}};
        }
        if (auto created = createKeyFile(path, requirements.newKeyBytes); !created)
            return created.error();
    }
    return load(path, requirements);
}

} // namespace wedsync::server
