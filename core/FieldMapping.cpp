// FieldMapping: its JSON, its checks, and one source row through it.
#include "ClientFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace detail {
QString transformArgumentProblem(ClientTransform transform, const QString &argument,
                                 const QString &target);
} // namespace detail

namespace {

// Messages in the context "wedsync::FieldMapping" (lupdate reads it from the macro).
struct FieldMappingText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::FieldMapping)
};

QString quoted(const QString &value)
{
    return u'“' + value + u'”';
}

QString entryPath(const QString &path, qsizetype index)
{
    return (path.isEmpty() ? u"items"_s : path) + u'[' + QString::number(index) + u']';
}

QString keyPath(const QString &path, qsizetype index, QStringView key)
{
    return entryPath(path, index) + u'.' + key.toString();
}

void checkEntry(const FieldMappingEntry &entry, const QString &path, qsizetype index,
                QList<FieldError> *errors)
{
    if (entry.source.trimmed().isEmpty())
        errors->append(
            {keyPath(path, index, u"source"), FieldMappingText::tr("Choose the column to read.")});
    else if (entry.source.size() > 500)
        errors->append({keyPath(path, index, u"source"),
                        FieldMappingText::tr("The column name is longer than 500 characters.")});
    const QString targetProblem = clientFieldProblem(entry.target);
    if (!targetProblem.isEmpty())
        errors->append({keyPath(path, index, u"target"), targetProblem});
    const QString argumentProblem
        = detail::transformArgumentProblem(entry.transform, entry.argument, entry.target);
    if (!argumentProblem.isEmpty())
        errors->append({keyPath(path, index, u"argument"), argumentProblem});
}

// A field filled from two columns is a mistake the person should see (split_name excepted: it
// fills first and last name besides its target).
void checkDuplicateTargets(const QList<FieldMappingEntry> &entries, const QString &path,
                           QList<FieldError> *errors)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const FieldMappingEntry &entry = entries.at(i);
        const auto seen = first.constFind(entry.target);
        if (seen == first.constEnd()) {
            first.insert(entry.target, i);
            continue;
        }
        const FieldMappingEntry &earlier = entries.at(seen.value());
        if (entry.transform == ClientTransform::SplitName
            || earlier.transform == ClientTransform::SplitName || entry.target.isEmpty())
            continue;
        errors->append({keyPath(path, i, u"target"),
                        FieldMappingText::tr(
                            "%1 is already filled from the column %2; map each field from one "
                            "column.")
                            .arg(clientFieldLabel(entry.target), quoted(earlier.source))});
    }
}

// Digits of a guest count: "120", " 1,200 ", "about 100" → nullopt.
std::optional<QString> wholeNumber(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(u' ');
    digits.remove(u'\u00A0');
    static const QRegularExpression grouped(u"^\\d{1,3}([,.'])\\d{3}(\\1\\d{3})*$"_s);
    if (grouped.match(digits).hasMatch())
        digits.remove(QRegularExpression(u"[,.']"_s));
    static const QRegularExpression plain(u"^\\d{1,9}$"_s);
    if (!plain.match(digits).hasMatch())
        return std::nullopt;
    return QString::number(digits.toLongLong());
}

// An amount without currency and grouping: "$12,500.00" → "12500.00", "12.500,50 €" →
// "12500.50"; a comma or dot followed by exactly three digits and nothing else is grouping.
std::optional<QString> amount(const QString &text)
{
    QString value;
    for (const QChar c : text) {
        if (c.isDigit() || c == u',' || c == u'.' || c == u'-')
            value.append(c);
        else if (c.isLetter() || c.isSpace() || c.category() == QChar::Symbol_Currency
                 || c == u'\'')
            continue;
        else
            return std::nullopt;
    }
    if (value.isEmpty())
        return std::nullopt;
    const qsizetype lastComma = value.lastIndexOf(u',');
    const qsizetype lastDot = value.lastIndexOf(u'.');
    qsizetype decimal = std::max(lastComma, lastDot);
    if (decimal >= 0) {
        const bool onlyOneKind = lastComma < 0 || lastDot < 0;
        const QChar mark = value.at(decimal);
        if (onlyOneKind && (value.count(mark) > 1 || value.size() - decimal - 1 == 3))
            decimal = -1; // "12,500" or "1.000.000": grouping only
    }
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (i == decimal)
            out.append(u'.');
        else if (c.isDigit() || (c == u'-' && out.isEmpty()))
            out.append(c);
        else if (c == u'-')
            return std::nullopt;
    }
    static const QRegularExpression number(u"^-?\\d{1,15}(\\.\\d{1,4})?$"_s);
    if (!number.match(out).hasMatch())
        return std::nullopt;
    return out;
}

struct Person
{
    NameParts name;
    NameParts partner;
    bool couple = false;
};

// "Mary & John Smith", "Mary Jones and John Smith", "Mary Smith + John Smith".
Person splitPeople(const QString &text)
{
    // Not "y", "et" or "und": "José Ortega y Gasset" is one person.
    static const QRegularExpression joiner(u"\\s+(?:&|and|\\+)\\s+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QStringList people = text.split(joiner, Qt::SkipEmptyParts);
    Person person;
    if (people.size() != 2) {
        person.name = splitFullName(text);
        return person;
    }
    person.couple = true;
    person.name = splitFullName(people.at(0));
    person.partner = splitFullName(people.at(1));
    if (person.name.last.isEmpty())
        person.name.last = person.partner.last;
    return person;
}

class RowWriter
{
public:
    RowWriter(MappedRow *out)
        : m_out(out)
    { }

    // The first non-empty value wins; the value is checked for its field first.
    void set(const FieldMappingEntry &entry, const QString &target, const QString &value)
    {
        if (value.isEmpty() || m_out->record.has(target))
            return;
        QString checked = value;
        QString problem;
        if (value.size() > ClientRecord::maxValueLength) {
            problem
                = FieldMappingText::tr("the value is longer than %1 characters; it was left out.")
                      .arg(QLocale().toString(ClientRecord::maxValueLength));
        } else if (target == u"guest_count"_s) {
            const auto number = wholeNumber(value);
            if (number)
                checked = *number;
            else
                problem
                    = FieldMappingText::tr("%1 is not a whole number of guests; it was left out.")
                          .arg(quoted(value.left(100)));
        } else if (target == u"budget"_s) {
            const auto number = amount(value);
            if (number)
                checked = *number;
            else
                problem = FieldMappingText::tr("%1 is not an amount; it was left out.")
                              .arg(quoted(value.left(100)));
        } else if (target == u"wedding_date"_s) {
            const auto iso = parseDateToIso(value);
            if (iso)
                checked = *iso;
            else
                problem = FieldMappingText::tr(
                              "%1 is not a date in the form yyyy-MM-dd; choose the Date transform "
                              "with this column's date format. It was left out.")
                              .arg(quoted(value.left(100)));
        } else if (target == u"email"_s || target == u"partner_email"_s) {
            checked = value.trimmed();
        }
        if (problem.isEmpty())
            m_out->record.setValue(target, checked);
        else
            report(entry, target, problem);
    }

    void report(const FieldMappingEntry &entry, const QString &target, const QString &message)
    {
        m_out->problems.append({target,
                                FieldMappingText::tr("%1 (column %2): %3")
                                    .arg(clientFieldLabel(target), quoted(entry.source), message)});
    }

private:
    MappedRow *m_out;
};

void flattenInto(const QJsonValue &value, const QString &prefix, int depth, SourceRow *row)
{
    constexpr int maxDepth = 32;
    if (depth > maxDepth) {
        row->insert(
            u"…"_s,
            FieldMappingText::tr("Nested deeper than %1 levels at %2; the rest was not read.")
                .arg(maxDepth)
                .arg(prefix));
        return;
    }
    const auto child = [&prefix](const QString &key) {
        return prefix.isEmpty() ? key : prefix + u'.' + key;
    };
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(it.value(), child(it.key()), depth + 1, row);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenInto(array.at(i), child(QString::number(i)), depth + 1, row);
        break;
    }
    case QJsonValue::String:
        row->insert(prefix, value.toString());
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        row->insert(prefix,
                    number == double(qint64(number)) && std::abs(number) < 1e15
                        ? QString::number(qint64(number))
                        : QString::number(number, 'g', 17));
        break;
    }
    case QJsonValue::Bool:
        row->insert(prefix, value.toBool() ? u"true"_s : u"false"_s);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        row->insert(prefix, QString());
        break;
    }
}

} // namespace

FieldMapping::FieldMapping(QList<FieldMappingEntry> entries)
    : m_entries(std::move(entries))
{ }

Result<FieldMapping> FieldMapping::fromJson(const QJsonArray &items, const QString &path)
{
    QList<FieldError> errors;
    QList<FieldMappingEntry> entries;
    const QString root = path.isEmpty() ? u"items"_s : path;
    if (items.size() > maxEntries)
        errors.append({root,
                       FieldMappingText::tr("A mapping has at most %1 entries; this one has %2.")
                           .arg(maxEntries)
                           .arg(items.size())});
    for (qsizetype i = 0; i < items.size() && i < maxEntries; ++i) {
        if (!items.at(i).isObject()) {
            errors.append(
                {entryPath(path, i),
                 FieldMappingText::tr(
                     "Each mapping entry must be an object with a source and a target.")});
            continue;
        }
        const QJsonObject object = items.at(i).toObject();
        FieldMappingEntry entry;
        bool typesOk = true;
        const auto text = [&](QStringView key, QString *out) {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull())
                return;
            if (!value.isString()) {
                errors.append({keyPath(path, i, key), FieldMappingText::tr("Must be a string.")});
                typesOk = false;
                return;
            }
            *out = value.toString();
        };
        QString transform = u"none"_s;
        text(u"source", &entry.source);
        text(u"target", &entry.target);
        text(u"transform", &transform);
        text(u"argument", &entry.argument);
        if (!typesOk)
            continue;
        const auto parsed = clientTransformFromId(transform.isEmpty() ? u"none"_s : transform);
        if (!parsed) {
            errors.append(
                {keyPath(path, i, u"transform"),
                 FieldMappingText::tr("Unknown transform %1; use one of %2.")
                     .arg(quoted(transform.left(100)), clientTransformIds().join(u", "_s))});
            continue;
        }
        entry.transform = *parsed;
        checkEntry(entry, path, i, &errors);
        entries.append(std::move(entry));
    }
    if (errors.isEmpty())
        checkDuplicateTargets(entries, path, &errors);
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s,
                      FieldMappingText::tr(
                          "The field mapping cannot be used; see the problem of each entry."),
                      errors};
    return FieldMapping(std::move(entries));
}

QJsonObject FieldMapping::entryToJson(const FieldMappingEntry &entry)
{
    return QJsonObject {{u"source"_s, entry.source},
                        {u"target"_s, entry.target},
                        {u"transform"_s, clientTransformId(entry.transform)},
                        {u"argument"_s, entry.argument}};
}

QJsonArray FieldMapping::toJson() const
{
    QJsonArray items;
    for (const FieldMappingEntry &entry : m_entries)
        items.append(entryToJson(entry));
    return items;
}

QList<FieldError> FieldMapping::validate(const QString &path) const
{
    QList<FieldError> errors;
    if (m_entries.size() > maxEntries)
        errors.append({path.isEmpty() ? u"items"_s : path,
                       FieldMappingText::tr("A mapping has at most %1 entries; this one has %2.")
                           .arg(maxEntries)
                           .arg(m_entries.size())});
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        checkEntry(m_entries.at(i), path, i, &errors);
    checkDuplicateTargets(m_entries, path, &errors);
    return errors;
}

QList<FieldError> FieldMapping::missingSources(const QStringList &columns,
                                               const QString &path) const
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const FieldMappingEntry &entry = m_entries.at(i);
        if (!columns.contains(entry.source))
            errors.append({keyPath(path, i, u"source"),
                           FieldMappingText::tr("The column %1 is not in this file.")
                               .arg(quoted(entry.source))});
        if (entry.transform == ClientTransform::JoinName && !entry.argument.isEmpty()
            && !columns.contains(entry.argument))
            errors.append({keyPath(path, i, u"argument"),
                           FieldMappingText::tr("The column %1 is not in this file.")
                               .arg(quoted(entry.argument))});
    }
    return errors;
}

QStringList FieldMapping::sources() const
{
    QStringList out;
    for (const FieldMappingEntry &entry : m_entries) {
        if (!out.contains(entry.source))
            out.append(entry.source);
        if (entry.transform == ClientTransform::JoinName && !entry.argument.isEmpty()
            && !out.contains(entry.argument))
            out.append(entry.argument);
    }
    return out;
}

MappedRow FieldMapping::apply(const SourceRow &row) const
{
    MappedRow out;
    RowWriter writer(&out);
    for (const FieldMappingEntry &entry : m_entries) {
        if (!isClientField(entry.target))
            continue;
        const QString raw = row.value(entry.source);
        switch (entry.transform) {
        case ClientTransform::SplitName: {
            const QString full = raw.simplified();
            if (full.isEmpty())
                break;
            const bool partner = entry.target.startsWith(u"partner_"_s);
            const Person person = splitPeople(full);
            const NameParts &own = partner ? person.partner : person.name;
            const NameParts &single = person.couple ? own : splitFullName(full);
            const QString prefix = partner ? u"partner_"_s : QString();
            if (entry.target == u"full_name"_s)
                writer.set(entry, entry.target, full);
            writer.set(entry, prefix + u"first_name"_s, single.first);
            writer.set(entry, prefix + u"last_name"_s, single.last);
            if (person.couple && !partner) {
                writer.set(entry, u"partner_first_name"_s, person.partner.first);
                writer.set(entry, u"partner_last_name"_s, person.partner.last);
            }
            break;
        }
        case ClientTransform::JoinName: {
            QStringList parts;
            for (const QString &part : {raw.simplified(), row.value(entry.argument).simplified()}) {
                if (!part.isEmpty())
                    parts.append(part);
            }
            writer.set(entry, entry.target, parts.join(u' '));
            break;
        }
        default: {
            const Result<QString> value = transformValue(entry.transform, raw, entry.argument);
            if (value)
                writer.set(entry, entry.target, value.value());
            else
                writer.report(entry, entry.target, value.error().message);
            break;
        }
        }
    }
    return out;
}

MappedRow FieldMapping::apply(const QJsonObject &object) const
{
    return apply(flattenJsonObject(object));
}

SourceRow flattenJsonObject(const QJsonObject &object)
{
    SourceRow row;
    flattenInto(object, QString(), 0, &row);
    return row;
}

} // namespace wedsync
