#include "auth/ConfigSecrets.h"

#include "ConfigSchema.h"
#include "ConfigSettingSchemas.h"
#include "ThreeWayMerge.h"
#include "auth/AuthLogging.h"
#include "auth/Base64Url.h"
#include "auth/SecretBox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error unavailable()
{
    return Error {u"config_secrets_unavailable"_s,
                  u"This server cannot encrypt secrets (its processor has no AES-GCM), so it "
                  "does not store settings that hold one, such as a provider's API key or "
                  "client secret. Leave the secret out, or run the server on a processor with "
                  "AES-NI."_s,
                  {}};
}

bool anySecret(const std::vector<ConfigField> &fields)
{
    for (const ConfigField &field : fields) {
        if (field.secret || anySecret(field.fields))
            return true;
    }
    return false;
}

// What is sealed: 's' and the UTF-8 of a text (every secret field the schemas define is one),
// or 'j' and the JSON text of [value] for any other value, so that nothing is lost.
QByteArray plainBytes(const QJsonValue &value)
{
    if (value.isString())
        return 's' + value.toString().toUtf8();
    return 'j' + QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
}

std::optional<QJsonValue> valueOf(const QByteArray &plain)
{
    if (plain.startsWith('s'))
        return QJsonValue(QString::fromUtf8(QByteArrayView(plain).sliced(1)));
    if (plain.startsWith('j')) {
        const QJsonDocument json = QJsonDocument::fromJson(plain.sliced(1));
        if (json.isArray() && json.array().size() == 1)
            return json.array().first();
    }
    return std::nullopt;
}

// "config:<scope key>:<type>:", the associated data of a document's secrets before their path.
// Ids are UUIDs, whose case PostgreSQL does not keep: the scope key is bound in lower case.
QByteArray dataPrefix(QStringView scopeKey, ConfigSettingType type)
{
    return "config:" + scopeKey.toString().toLower().toUtf8() + ':'
        + configSettingTypeName(type).toUtf8() + ':';
}

} // namespace

ConfigSecrets::ConfigSecrets(const SecretBox *box)
    : m_box(box)
{ }

bool ConfigSecrets::isSealed(const QJsonValue &value)
{
    return value.isString() && value.toString().startsWith(SealedPrefix);
}

QByteArray ConfigSecrets::associatedData(QStringView scopeKey, ConfigSettingType type,
                                         QStringView path)
{
    return dataPrefix(scopeKey, type) + path.toUtf8();
}

bool ConfigSecrets::hasSecretFields(ConfigSettingType type)
{
    return anySecret(configSchema(type));
}

Result<QJsonObject> ConfigSecrets::seal(QStringView scopeKey, ConfigSettingType type,
                                        const QJsonObject &document) const
{
    return sealSecrets(scopeKey, type, document, false);
}

Result<QJsonObject> ConfigSecrets::sealPlain(QStringView scopeKey, ConfigSettingType type,
                                             const QJsonObject &stored) const
{
    return sealSecrets(scopeKey, type, stored, true);
}

QString ConfigSecrets::sealedValue(const QByteArray &dataPrefix, const QByteArray &path,
                                   const QByteArray &plain) const
{
    const QByteArray sealed = m_box->seal(plain, QByteArray(dataPrefix + path));
    return SealedPrefix + QLatin1StringView(Base64Url::encode(sealed));
}

ConfigSecrets::SealedJson ConfigSecrets::sealedJson(ConfigSettingType type,
                                                    const QJsonObject &document) const
{
    SealedJson out;
    out.m_secrets = this;
    out.m_type = type;
    out.m_document = document;
    // Each secret becomes a marker no document holds (a random token), to be cut out of the
    // text; the sealed values need no JSON escaping, so they can take its place as they are.
    const QString token
        = u"@"_s + QString::number(QRandomGenerator::system()->generate64(), 36) + u'@';
    QList<std::pair<QByteArray, QByteArray>> plain;
    const QJsonObject marked = mapConfigSecrets(
        configSchema(type), document, [&](const QString &path, const QJsonValue &value) {
            plain.append({path.toUtf8(), plainBytes(value)});
            return QJsonValue(token + QString::number(plain.size() - 1));
        });
    const QString text = QString::fromUtf8(QJsonDocument(marked).toJson(QJsonDocument::Compact));
    if (text.count(token) != plain.size())
        return out;
    QList<std::pair<qsizetype, int>> cuts; // where each marker's text starts, which secret
    for (int i = 0; i < plain.size(); ++i) {
        const QString quoted = u'"' + token + QString::number(i) + u'"';
        const qsizetype at = text.indexOf(quoted);
        if (at < 0)
            return out;
        cuts.append({at + 1, i});
    }
    std::sort(cuts.begin(), cuts.end());
    qsizetype from = 0;
    for (const auto &[at, index] : std::as_const(cuts)) {
        out.m_pieces.append(text.mid(from, at - from));
        out.m_plain.append(plain.at(index));
        from = text.indexOf(u'"', at);
    }
    out.m_pieces.append(text.mid(from));
    out.m_cut = true;
    return out;
}

Result<QString> ConfigSecrets::SealedJson::text(QStringView scopeKey) const
{
    if (!m_cut) {
        auto sealed = m_secrets->seal(scopeKey, m_type, m_document);
        if (!sealed)
            return sealed.error();
        return QString::fromUtf8(QJsonDocument(sealed.value()).toJson(QJsonDocument::Compact));
    }
    if (m_plain.isEmpty())
        return m_pieces.first();
    if (!m_secrets->m_box)
        return unavailable();
    const QByteArray prefix = dataPrefix(scopeKey, m_type);
    QString out = m_pieces.first();
    for (qsizetype i = 0; i < m_plain.size(); ++i) {
        out += m_secrets->sealedValue(prefix, m_plain.at(i).first, m_plain.at(i).second);
        out += m_pieces.at(i + 1);
    }
    return out;
}

Result<QJsonObject> ConfigSecrets::sealSecrets(QStringView scopeKey, ConfigSettingType type,
                                               const QJsonObject &document, bool keepSealed) const
{
    bool failed = false;
    QByteArray prefix; // computed once a document has a secret
    QJsonObject out = mapConfigSecrets(
        configSchema(type), document, [&](const QString &path, const QJsonValue &value) {
            if (keepSealed && isSealed(value))
                return value;
            if (!m_box) {
                failed = true;
                return value;
            }
            if (prefix.isEmpty())
                prefix = dataPrefix(scopeKey, type);
            return QJsonValue(sealedValue(prefix, path.toUtf8(), plainBytes(value)));
        });
    if (failed)
        return unavailable();
    return out;
}

ConfigSecrets::Opened ConfigSecrets::open(QStringView scopeKey, ConfigSettingType type,
                                          const QJsonObject &stored) const
{
    Opened out;
    QByteArray prefix; // computed once a document has a sealed secret
    out.document = mapConfigSecrets(
        configSchema(type), stored, [&](const QString &path, const QJsonValue &value) {
            if (!isSealed(value))
                return value;
            const auto opened = [&]() -> std::optional<QJsonValue> {
                if (!m_box)
                    return std::nullopt;
                const auto bytes = Base64Url::decode(
                    QStringView(value.toString()).sliced(SealedPrefix.size()).toLatin1());
                if (!bytes)
                    return std::nullopt;
                if (prefix.isEmpty())
                    prefix = dataPrefix(scopeKey, type);
                auto plain = m_box->open(*bytes, QByteArray(prefix + path.toUtf8()));
                if (!plain)
                    return std::nullopt;
                return valueOf(plain.value());
            }();
            if (opened)
                return *opened;
            out.unreadable.append(path);
            return QJsonValue(QJsonValue::Undefined);
        });
    if (!out.unreadable.isEmpty())
        qCWarning(lcAuth).noquote()
            << "configuration secrets of" << scopeKey << configSettingTypeName(type)
            << (m_box ? "do not open (sealed for another record, with another key file, or "
                        "altered); read as absent:"
                      : "cannot be opened without AES-GCM; read as absent:")
            << out.unreadable.join(u", "_s);
    return out;
}

QStringList ConfigSecrets::plainSecretPaths(ConfigSettingType type, const QJsonObject &stored)
{
    QStringList out;
    const auto &schema = configSchema(type);
    for (const QString &path : configSecretPaths(schema, stored)) {
        if (!isSealed(jsonAtPath(stored, path)))
            out.append(path);
    }
    return out;
}

} // namespace wedsync::server
