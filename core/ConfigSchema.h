#pragma once
// A data-driven schema for configuration documents: a tree of fields (yes/no, whole numbers,
// text, a choice, a set of choices, objects and keyed maps) that validates a JSON document with
// one FieldError per problem and finds the secret fields to seal or redact. Validation only
// walks where the schema leads, so hostile input (deep nesting, huge strings, wrong types, many
// keys) gets a bounded list of clear errors.

#include "ConfigScope.h"
#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace wedsync {

enum class ConfigFieldKind : quint8 {
    Boolean,
    Integer,
    Text,
    Choice, // one of `choices`
    ChoiceSet, // a list of distinct `choices`
    Object, // the members in `fields`
    Map, // keys chosen by the owner (identifiers, or one of `choices`), values as `fields[0]`
};

enum class ConfigTextFormat : quint8 {
    Plain, // no control characters
    Identifier, // a-z first, then a-z 0-9 _ (at most 64)
    Url, // http:// or https://
    TimeOfDay, // HH:MM, 24 h
};

struct ConfigField
{
    QString key;
    ConfigFieldKind kind = ConfigFieldKind::Text;
    ConfigTextFormat format = ConfigTextFormat::Plain;
    int maxLength = 200; // Text, in UTF-16 units
    qint64 minimum = 0; // Integer
    qint64 maximum = 0;
    QStringList choices; // Choice, ChoiceSet; a Map's allowed keys (empty: identifiers)
    int maxEntries = 100; // Map, ChoiceSet
    bool secret = false; // sealed at rest, redacted on the way out
    QList<ConfigLayer> layers; // empty: every layer of the type
    std::vector<ConfigField> fields; // Object: members; Map: the value's schema
};

inline constexpr int MaxConfigDocumentBytes = 64 * 1024;
inline constexpr int MaxConfigErrors = 50;
// What a redacted secret reads as; a write that sends it back keeps the stored secret.
inline constexpr QStringView SealedSecretText = u"********";

// Every problem of `document` against `fields` as written at `layer`, each naming its dotted
// path; at most MaxConfigErrors (then a last error on "" says there were more).
QList<FieldError> validateConfigFields(const std::vector<ConfigField> &fields,
                                       const QJsonObject &document, ConfigLayer layer);

// Calls `replace` for every secret field present in `document` (path, value) and stores what it
// returns (Undefined removes the field). The server seals and unseals with it.
QJsonObject mapConfigSecrets(
    const std::vector<ConfigField> &fields, const QJsonObject &document,
    const std::function<QJsonValue(const QString &path, const QJsonValue &value)> &replace);
// The dotted paths of the secret fields present in `document`.
QStringList configSecretPaths(const std::vector<ConfigField> &fields, const QJsonObject &document);
// `document` with every secret shown as SealedSecretText.
QJsonObject redactConfigSecrets(const std::vector<ConfigField> &fields,
                                const QJsonObject &document);
// `incoming` with every secret that still reads SealedSecretText replaced by the secret stored
// at the same path (removed when none is stored), so that a redacted read written back does not
// overwrite a secret with stars.
QJsonObject keepSealedSecrets(const std::vector<ConfigField> &fields, const QJsonObject &incoming,
                              const QJsonObject &stored);

} // namespace wedsync
