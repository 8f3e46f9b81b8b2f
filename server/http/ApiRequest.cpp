#include "ApiRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace wedsync::server {

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiRequest::bearerToken() const
{
    const QByteArray value = header(QByteArrayLiteral("Authorization")).trimmed();
    if (value.size() < 8
        || value.left(7).compare(QByteArrayLiteral("Bearer "), Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

Result<QJsonObject> ApiRequest::jsonObject() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        FieldError where {u"body"_s,
                          u"%1 at byte %2."_s.arg(parseError.errorString()).arg(parseError.offset)};
        return Error {u"malformed_json"_s, u"The request body is not valid JSON."_s, {where}};
    }
    if (!document.isObject())
        return Error {u"invalid_body"_s, u"The request body must be a JSON object."_s, {}};
    return document.object();
}

} // namespace wedsync::server
