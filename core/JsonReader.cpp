#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace wedsync {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::JsonReader", text);
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path, QList<FieldError> *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{ }

QString JsonReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::addError(const QString &key, const QString &message)
{
    m_errors->append({fieldPath(key), message});
}

const QJsonValue *JsonReader::valueOf(const QString &key, bool required)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined()) {
        if (required)
            addError(key, tr("This field is required."));
        return nullptr;
    }
    m_current = *it;
    return &m_current;
}

QString JsonReader::string(const QString &key, const QString &fallback, bool required)
{
    const QJsonValue *v = valueOf(key, required);
    if (!v)
        return fallback;
    if (v->isNull() && !required)
        return fallback;
    if (!v->isString()) {
        addError(key, tr("Must be text."));
        return fallback;
    }
    return v->toString();
}

std::optional<qint64> JsonReader::integer(const QString &key, bool required)
{
    const QJsonValue *v = valueOf(key, required);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || std::isnan(d) || std::trunc(d) != d || std::fabs(d) > 9.0e15) {
        addError(key, tr("Must be a whole number."));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<bool> JsonReader::boolean(const QString &key, bool required)
{
    const QJsonValue *v = valueOf(key, required);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        addError(key, tr("Must be true or false."));
        return std::nullopt;
    }
    return v->toBool();
}

QStringList JsonReader::stringList(const QString &key, bool required, qsizetype maxEntries)
{
    const QJsonValue *v = valueOf(key, required);
    if (!v)
        return {};
    if (!v->isArray()) {
        addError(key, tr("Must be a list."));
        return {};
    }
    QStringList out;
    const QJsonArray array = v->toArray();
    if (maxEntries >= 0 && array.size() > maxEntries) {
        addError(key, tr("Must have at most %1 entries.").arg(maxEntries));
        return {};
    }
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            m_errors->append({fieldPath(key) + u'[' + QString::number(i) + u']',
                              tr("Each entry must be text.")});
            continue;
        }
        out.append(array.at(i).toString());
    }
    return out;
}

QJsonObject JsonReader::object(const QString &key, bool required)
{
    const QJsonValue *v = valueOf(key, required);
    if (!v)
        return {};
    if (v->isNull() && !required)
        return {};
    if (!v->isObject()) {
        addError(key, tr("Must be an object."));
        return {};
    }
    return v->toObject();
}

std::optional<QJsonObject> JsonReader::objectOrNull(const QString &key)
{
    const QJsonValue *v = valueOf(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isObject()) {
        addError(key, tr("Must be an object or null."));
        return std::nullopt;
    }
    return v->toObject();
}

QJsonArray JsonReader::array(const QString &key, bool required)
{
    const QJsonValue *v = valueOf(key, required);
    if (!v)
        return {};
    if (!v->isArray()) {
        addError(key, tr("Must be a list."));
        return {};
    }
    return v->toArray();
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {QStringLiteral("malformed_json"),
                      tr("The request body is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset),
                      {}};
    }
    if (!doc.isObject()) {
        return Error {
            QStringLiteral("malformed_json"), tr("The request body must be a JSON object."), {}};
    }
    return doc.object();
}

} // namespace wedsync
