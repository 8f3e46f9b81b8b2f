#include "api/RestRequest.h"

#include <QUrl>

namespace wedsync {

bool RestRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || !idempotencyKey.isEmpty();
}

RestRequest restCall(const QByteArray &method, const QString &path, std::optional<QJsonValue> body)
{
    RestRequest request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    return request;
}

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace wedsync
