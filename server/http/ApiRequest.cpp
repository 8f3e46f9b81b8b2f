#include "http/ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

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

namespace {
// U+0000, or half of a UTF-16 surrogate pair on its own (JSON can escape one, "\ud800"):
// PostgreSQL's text and jsonb types cannot hold either, so no backend may be given them.
bool hasForbiddenCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i; // a proper pair
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// What a path shows of a key: without the characters that made it refused.
QString printableKey(const QString &key)
{
    QString out;
    for (QChar c : key) {
        if (!c.isNull() && !c.isSurrogate())
            out += c;
    }
    return out;
}

// The dotted path of the first key or string holding a forbidden character, if any.
std::optional<QString> nulCharacterPath(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        if (hasForbiddenCharacter(value.toString()))
            return path;
        return std::nullopt;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString child = path + u'[' + QString::number(i) + u']';
            if (auto where = nulCharacterPath(array.at(i), child))
                return where;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const QString name = printableKey(key);
            const QString child = path.isEmpty() ? name : path + u'.' + name;
            if (hasForbiddenCharacter(key))
                return child;
            if (auto where = nulCharacterPath(it.value(), child))
                return where;
        }
    }
    return std::nullopt;
}
} // namespace

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
    if (const auto where = nulCharacterPath(document.object(), QString())) {
        return Error {u"invalid_character"_s,
                      u"Text in the request may not contain the NUL character (U+0000) or half "
                      "of a UTF-16 surrogate pair (such as \\ud800 alone)."_s,
                      {FieldError {where->isEmpty() ? u"body"_s : *where,
                                   u"Remove the NUL character or the lone surrogate."_s}}};
    }
    return document.object();
}

} // namespace wedsync::server
