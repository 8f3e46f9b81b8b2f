#pragma once
// Strict base64url without padding (RFC 4648 §5), as JWTs and our opaque tokens use it.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace wedsync::server {

class Base64Url
{
public:
    static QByteArray encode(QByteArrayView data);
    // Rejects padding, whitespace, characters outside the url alphabet and non-canonical
    // encodings, so that one value has exactly one accepted spelling.
    static std::optional<QByteArray> decode(QByteArrayView text);
};

} // namespace wedsync::server
