// The server's HMAC key for access tokens.
#include "auth/SigningKey.h"

#include "auth/KeyFile.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Result<SigningKey> SigningKey::loadOrCreate(const QString &path)
{
    auto bytes = KeyFile::loadOrCreate(path, {MinBytes, MaxBytes, NewKeyBytes});
    if (!bytes)
        return bytes.error();
    return SigningKey(std::move(bytes).value());
}

Result<SigningKey> SigningKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() < MinBytes) {
        return Error {
            u"key_too_short"_s,
            u"A signing key needs at least %1 bytes; got %2."_s.arg(MinBytes).arg(bytes.size()),
            {}};
    }
    return SigningKey(bytes);
}

} // namespace wedsync::server
