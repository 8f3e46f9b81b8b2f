#pragma once
// Reads typed fields out of a QJsonObject and collects one FieldError per problem,
// so that a decoder can report every mistake in a document at once.

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

class JsonReader
{
public:
    // `path` is the dotted prefix used in error field names ("" for the document root).
    JsonReader(const QJsonObject &object, QString path, QList<FieldError> *errors);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString fieldPath(const QString &key) const;

    // Each reader returns the fallback when the key is absent and not required, and records
    // an error (and returns the fallback) when the value has the wrong type.
    QString string(const QString &key, const QString &fallback = {}, bool required = false);
    std::optional<qint64> integer(const QString &key, bool required = false);
    std::optional<bool> boolean(const QString &key, bool required = false);
    // A list longer than `maxEntries` (when not negative) is one error, not read entry by entry.
    QStringList stringList(const QString &key, bool required = false, qsizetype maxEntries = -1);
    QJsonObject object(const QString &key, bool required = false);
    // An object that may be absent or null (std::nullopt then), e.g. a snapshot.
    std::optional<QJsonObject> objectOrNull(const QString &key);
    QJsonArray array(const QString &key, bool required = false);

    void addError(const QString &key, const QString &message);

private:
    const QJsonValue *valueOf(const QString &key, bool required);
    QJsonObject m_object;
    QString m_path;
    QList<FieldError> *m_errors;
    QJsonValue m_current;
};

// Parses bytes into a JSON object with a clear error for malformed or non-object input.
Result<QJsonObject> parseJsonObject(const QByteArray &bytes);

} // namespace wedsync
