#pragma once
// The secret fields of configuration documents at rest (issue 19). Each value that the setting
// type's schema marks secret is stored as the string "sealed:v1:<base64url>": SecretBox's
// sealed bytes of the value, with "config:<scope key>:<type>:<path>" as associated data, so
// that a value copied into another scope (another tenant's row), type or field does not open.
// Every other field stays as written: a document without secrets is not touched. The storage
// layer seals before SQL and opens after it; core's resolver, diff and redaction only ever see
// opened values.

#include "ConfigSettingType.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace wedsync::server {

class SecretBox;

class ConfigSecrets
{
public:
    // "v1": SecretBox format 1 around 's' + the text's UTF-8 (or 'j' + `[value]` as JSON for a
    // value that is not a text).
    static constexpr QStringView SealedPrefix = u"sealed:v1:";

    // `box` may be null (this CPU has no AES-GCM): sealing a document that holds a secret then
    // fails with config_secrets_unavailable, and sealed values do not open; documents without
    // secrets work as before. Not owned.
    explicit ConfigSecrets(const SecretBox *box);

    bool isAvailable() const { return m_box != nullptr; }
    static bool isSealed(const QJsonValue &value);
    static QByteArray associatedData(QStringView scopeKey, ConfigSettingType type,
                                     QStringView path);
    // Whether `type`'s schema has a secret field anywhere.
    static bool hasSecretFields(ConfigSettingType type);

    // `document` (opened values) with every secret sealed for `scopeKey`. Errors:
    // config_secrets_unavailable (no AES-GCM and the document holds a secret).
    Result<QJsonObject> seal(QStringView scopeKey, ConfigSettingType type,
                             const QJsonObject &document) const;
    // `stored` (as read from SQL) with the secrets still in plain text sealed and the sealed
    // ones kept byte for byte: an older server's rows. Errors: config_secrets_unavailable.
    Result<QJsonObject> sealPlain(QStringView scopeKey, ConfigSettingType type,
                                  const QJsonObject &stored) const;

    // One document to store for many scopes, as the compact JSON text that QJsonDocument
    // writes, its secrets sealed for each scope. The document is walked and written once; a
    // scope then costs its seals and a concatenation (a propagation stores the platform's
    // document as the baseline of thousands of tenants).
    class SealedJson
    {
    public:
        const QJsonObject &document() const { return m_document; }
        // Errors: config_secrets_unavailable.
        Result<QString> text(QStringView scopeKey) const;

    private:
        friend class ConfigSecrets;
        const ConfigSecrets *m_secrets = nullptr;
        ConfigSettingType m_type = ConfigSettingType::Rbac;
        QJsonObject m_document;
        bool m_cut = false; // false: the text could not be cut at the secrets; seal() each time
        QStringList m_pieces; // the text around the secrets, one more than m_plain
        QList<std::pair<QByteArray, QByteArray>> m_plain; // path, bytes to seal; in text order
    };
    SealedJson sealedJson(ConfigSettingType type, const QJsonObject &document) const;

    struct Opened
    {
        QJsonObject document;
        // Paths of sealed secrets that did not open (copied from another row, another key
        // file, altered, or no AES-GCM here); they are left out of `document`.
        QStringList unreadable;
    };
    // `stored` with every sealed secret opened; one in plain text (an older server's) is taken
    // as it is. Secrets that do not open are logged (their paths, never a value).
    Opened open(QStringView scopeKey, ConfigSettingType type, const QJsonObject &stored) const;

    // The paths of the secrets of `stored` that are not sealed.
    static QStringList plainSecretPaths(ConfigSettingType type, const QJsonObject &stored);

private:
    QString sealedValue(const QByteArray &dataPrefix, const QByteArray &path,
                        const QByteArray &plain) const;
    Result<QJsonObject> sealSecrets(QStringView scopeKey, ConfigSettingType type,
                                    const QJsonObject &document, bool keepSealed) const;

    const SecretBox *m_box;
};

} // namespace wedsync::server
