#include "ConfigSchema.h"

#include "ThreeWayMerge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigSchema", text);
}

constexpr int MaxKeyInPath = 64;

QString joined(const QString &prefix, const QString &key)
{
    // A hostile key (a megabyte of text) must not come back a megabyte long in an error.
    const QString shown = key.size() > MaxKeyInPath ? key.left(MaxKeyInPath) + u"…"_s : key;
    return prefix.isEmpty() ? shown : prefix + u'.' + shown;
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isTimeOfDay(const QString &text)
{
    if (text.size() != 5 || text.at(2) != u':')
        return false;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = QStringView(text).left(2).toInt(&hoursOk);
    const int minutes = QStringView(text).mid(3).toInt(&minutesOk);
    return hoursOk && minutesOk && text.at(0).isDigit() && text.at(3).isDigit() && hours >= 0
        && hours < 24 && minutes >= 0 && minutes < 60;
}

bool isUrl(const QString &text)
{
    return (text.startsWith(u"https://") || text.startsWith(u"http://")) && text.size() > 8
        && !text.contains(u' ') && !hasControlCharacters(text);
}

class Validator
{
public:
    Validator(ConfigLayer layer, QList<FieldError> *errors)
        : m_layer(layer)
        , m_errors(errors)
    { }

    void object(const std::vector<ConfigField> &fields, const QJsonObject &document,
                const QString &prefix)
    {
        for (auto it = document.begin(); it != document.end() && !full(); ++it) {
            const QString path = joined(prefix, it.key());
            const ConfigField *field = find(fields, it.key());
            if (!field) {
                add(path, tr("This is not a setting of this kind."));
                continue;
            }
            value(*field, it.value(), path);
        }
    }

private:
    static const ConfigField *find(const std::vector<ConfigField> &fields, const QString &key)
    {
        for (const ConfigField &field : fields) {
            if (field.key == key)
                return &field;
        }
        return nullptr;
    }

    bool full() const { return m_errors->size() >= MaxConfigErrors; }

    void add(const QString &path, const QString &message)
    {
        if (m_errors->size() == MaxConfigErrors - 1) {
            m_errors->append({QString(), tr("There are more problems; fix these first.")});
            return;
        }
        if (!full())
            m_errors->append({path, message});
    }

    void value(const ConfigField &field, const QJsonValue &value, const QString &path)
    {
        if (!field.layers.isEmpty() && !field.layers.contains(m_layer)) {
            add(path, tr("This setting cannot be set by %1.").arg(configLayerPhrase(m_layer)));
            return;
        }
        if (value.isNull()) {
            add(path, tr("Leave the setting out to inherit it; null is not a value."));
            return;
        }
        switch (field.kind) {
        case ConfigFieldKind::Boolean:
            if (!value.isBool())
                add(path, tr("Must be true or false."));
            return;
        case ConfigFieldKind::Integer:
            integer(field, value, path);
            return;
        case ConfigFieldKind::Text:
            text(field, value, path);
            return;
        case ConfigFieldKind::Choice:
            if (!value.isString() || !field.choices.contains(value.toString()))
                add(path, tr("Must be one of: %1.").arg(field.choices.join(u", ")));
            return;
        case ConfigFieldKind::ChoiceSet:
            choiceSet(field, value, path);
            return;
        case ConfigFieldKind::Object:
            if (!value.isObject()) {
                add(path, tr("Must be an object."));
                return;
            }
            object(field.fields, value.toObject(), path);
            return;
        case ConfigFieldKind::Map:
            map(field, value, path);
            return;
        }
    }

    void integer(const ConfigField &field, const QJsonValue &value, const QString &path)
    {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(d) || std::trunc(d) != d) {
            add(path, tr("Must be a whole number."));
            return;
        }
        if (d < double(field.minimum) || d > double(field.maximum))
            add(path, tr("Must be between %1 and %2.").arg(field.minimum).arg(field.maximum));
    }

    void text(const ConfigField &field, const QJsonValue &value, const QString &path)
    {
        if (!value.isString()) {
            add(path, tr("Must be text."));
            return;
        }
        const QString text = value.toString();
        if (text.size() > field.maxLength) {
            add(path, tr("Must be at most %1 characters long.").arg(field.maxLength));
            return;
        }
        switch (field.format) {
        case ConfigTextFormat::Plain:
            if (hasControlCharacters(text))
                add(path, tr("Must not contain control characters or line breaks."));
            return;
        case ConfigTextFormat::Identifier:
            if (!isConfigIdentifier(text))
                add(path, tr("Must start with a-z and use only a-z, 0-9 and _ (at most 64)."));
            return;
        case ConfigTextFormat::Url:
            if (!isUrl(text))
                add(path, tr("Must be an http:// or https:// address."));
            return;
        case ConfigTextFormat::TimeOfDay:
            if (!isTimeOfDay(text))
                add(path, tr("Must be a time of day such as 07:30 or 22:00."));
            return;
        }
    }

    void choiceSet(const ConfigField &field, const QJsonValue &value, const QString &path)
    {
        if (!value.isArray()) {
            add(path, tr("Must be a list."));
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > field.maxEntries) {
            add(path, tr("Must have at most %1 entries.").arg(field.maxEntries));
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size() && !full(); ++i) {
            const QString entryPath = path + u'[' + QString::number(i) + u']';
            const QString entry = array.at(i).toString();
            if (!array.at(i).isString() || !field.choices.contains(entry))
                add(entryPath, tr("Must be one of: %1.").arg(field.choices.join(u", ")));
            else if (seen.contains(entry))
                add(entryPath, tr("Listed twice."));
            seen.insert(entry);
        }
    }

    void map(const ConfigField &field, const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            add(path, tr("Must be an object."));
            return;
        }
        const QJsonObject entries = value.toObject();
        if (entries.size() > field.maxEntries) {
            add(path, tr("Must have at most %1 entries.").arg(field.maxEntries));
            return;
        }
        for (auto it = entries.begin(); it != entries.end() && !full(); ++it) {
            const QString entryPath = joined(path, it.key());
            if (!field.choices.isEmpty() && !field.choices.contains(it.key())) {
                add(entryPath, tr("The key must be one of: %1.").arg(field.choices.join(u", ")));
                continue;
            }
            if (field.choices.isEmpty() && !isConfigIdentifier(it.key())) {
                add(entryPath,
                    tr("The key must start with a-z and use only a-z, 0-9 and _ (at most 64)."));
                continue;
            }
            if (!field.fields.empty())
                this->value(field.fields.front(), it.value(), entryPath);
        }
    }

    ConfigLayer m_layer;
    QList<FieldError> *m_errors;
};

using SecretVisitor = std::function<void(const QString &path, const QJsonValue &value)>;

// Visits the secret fields present in `document`, where the schema says they are.
void visitSecrets(const std::vector<ConfigField> &fields, const QJsonObject &document,
                  const QString &prefix, const SecretVisitor &visit)
{
    for (const ConfigField &field : fields) {
        const QJsonValue value = document.value(field.key);
        if (value.isUndefined())
            continue;
        const QString path = prefix.isEmpty() ? field.key : prefix + u'.' + field.key;
        if (field.secret) {
            visit(path, value);
        } else if (field.kind == ConfigFieldKind::Object && value.isObject()) {
            visitSecrets(field.fields, value.toObject(), path, visit);
        } else if (field.kind == ConfigFieldKind::Map && value.isObject()
                   && !field.fields.empty()) {
            const QJsonObject entries = value.toObject();
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                const ConfigField &entry = field.fields.front();
                const QString entryPath = path + u'.' + it.key();
                if (entry.secret)
                    visit(entryPath, it.value());
                else if (entry.kind == ConfigFieldKind::Object && it->isObject())
                    visitSecrets(entry.fields, it->toObject(), entryPath, visit);
            }
        }
    }
}

using SecretReplace = std::function<QJsonValue(const QString &path, const QJsonValue &value)>;

// Sets or (Undefined) removes `key`; whether `object` changed.
bool replaceMember(QJsonObject *object, const QString &key, const QJsonValue &was,
                   const QJsonValue &next)
{
    if (next.isUndefined()) {
        object->remove(key);
        return true;
    }
    if (next == was)
        return false;
    object->insert(key, next);
    return true;
}

// The secrets visitSecrets() finds, replaced in place: each object on the way is rebuilt once,
// and only when something inside it changed (a propagation seals and opens thousands of
// documents; one setJsonPath per secret copied every object on its path each time).
bool replaceSecrets(const std::vector<ConfigField> &fields, QJsonObject *document,
                    const QString &prefix, const SecretReplace &replace)
{
    bool changed = false;
    for (const ConfigField &field : fields) {
        const QJsonValue value = document->value(field.key);
        if (value.isUndefined())
            continue;
        const QString path = prefix.isEmpty() ? field.key : prefix + u'.' + field.key;
        if (field.secret) {
            changed |= replaceMember(document, field.key, value, replace(path, value));
        } else if (field.kind == ConfigFieldKind::Object && value.isObject()) {
            QJsonObject child = value.toObject();
            if (replaceSecrets(field.fields, &child, path, replace)) {
                document->insert(field.key, child);
                changed = true;
            }
        } else if (field.kind == ConfigFieldKind::Map && value.isObject()
                   && !field.fields.empty()) {
            const ConfigField &entry = field.fields.front();
            if (!entry.secret && entry.kind != ConfigFieldKind::Object)
                continue;
            QJsonObject entries = value.toObject();
            bool entriesChanged = false;
            for (const QString &key : value.toObject().keys()) {
                const QJsonValue one = entries.value(key);
                const QString entryPath = path + u'.' + key;
                if (entry.secret) {
                    entriesChanged |= replaceMember(&entries, key, one, replace(entryPath, one));
                } else if (one.isObject()) {
                    QJsonObject child = one.toObject();
                    if (replaceSecrets(entry.fields, &child, entryPath, replace)) {
                        entries.insert(key, child);
                        entriesChanged = true;
                    }
                }
            }
            if (entriesChanged) {
                document->insert(field.key, entries);
                changed = true;
            }
        }
    }
    return changed;
}

} // namespace

QList<FieldError> validateConfigFields(const std::vector<ConfigField> &fields,
                                       const QJsonObject &document, ConfigLayer layer)
{
    QList<FieldError> errors;
    Validator(layer, &errors).object(fields, document, {});
    return errors;
}

QJsonObject mapConfigSecrets(
    const std::vector<ConfigField> &fields, const QJsonObject &document,
    const std::function<QJsonValue(const QString &path, const QJsonValue &value)> &replace)
{
    QJsonObject out = document;
    replaceSecrets(fields, &out, {}, replace);
    return out;
}

QStringList configSecretPaths(const std::vector<ConfigField> &fields, const QJsonObject &document)
{
    QStringList out;
    visitSecrets(fields, document, {},
                 [&out](const QString &path, const QJsonValue &) { out.append(path); });
    return out;
}

QJsonObject redactConfigSecrets(const std::vector<ConfigField> &fields, const QJsonObject &document)
{
    return mapConfigSecrets(fields, document, [](const QString &, const QJsonValue &) {
        return QJsonValue(SealedSecretText.toString());
    });
}

QJsonObject keepSealedSecrets(const std::vector<ConfigField> &fields, const QJsonObject &incoming,
                              const QJsonObject &stored)
{
    return mapConfigSecrets(fields, incoming, [&stored](const QString &path, const QJsonValue &v) {
        return v.toString() == SealedSecretText ? jsonAtPath(stored, path) : v;
    });
}

} // namespace wedsync
