// Strict base64url without padding.
#include "auth/Base64Url.h"

namespace wedsync::server {

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray Base64Url::encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(kOptions);
}

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    const QByteArray input = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(
        input, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Qt's decoder tolerates '=' padding and ignores unused trailing bits; encoding the
    // result again and demanding the same text closes both doors (a token that can be
    // re-spelled without changing its meaning invites replay and cache confusion).
    if (encode(decoded.decoded) != input)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace wedsync::server
