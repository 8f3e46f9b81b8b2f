#include "MappingWriteBack.h"

#include "ThreeWayMerge.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString joined(const QString &first, const QString &last)
{
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last : first;
    return first + u' ' + last;
}

QString text(const QJsonObject &fields, const QString &key)
{
    const QJsonValue value = fields.value(key);
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                            : value.toString().trimmed();
}

QString dateInFormat(const QString &iso, const QString &argument)
{
    const QString format = argument.section(u'|', 0, 0).trimmed();
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (format.isEmpty() || !date.isValid())
        return iso;
    return date.toString(format);
}

QString fullNameOf(const QJsonObject &fields, const FieldMappingEntry &entry)
{
    const bool partner = entry.target.startsWith(u"partner_"_s);
    const QString prefix = partner ? u"partner_"_s : QString();
    if (entry.target == u"full_name"_s && !text(fields, u"full_name"_s).isEmpty())
        return text(fields, u"full_name"_s);
    const QString own
        = joined(text(fields, prefix + u"first_name"_s), text(fields, prefix + u"last_name"_s));
    const QString other = partner
        ? QString()
        : joined(text(fields, u"partner_first_name"_s), text(fields, u"partner_last_name"_s));
    if (own.isEmpty() || other.isEmpty())
        return own.isEmpty() ? other : own;
    return own + u" & "_s + other;
}

} // namespace

bool writeSourceValue(QJsonObject *record, const SourceValue &value)
{
    return setJsonPath(record, value.path,
                       value.value.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                             : QJsonValue(value.value));
}

QList<SourceValue> writeBack(const FieldMapping &mapping, const QJsonObject &fields)
{
    QList<SourceValue> out;
    const auto put = [&out](const QString &path, const QString &value) {
        for (const SourceValue &done : std::as_const(out)) {
            if (done.path == path)
                return;
        }
        out.append({path, value});
    };
    for (const FieldMappingEntry &entry : mapping.entries()) {
        if (!isClientField(entry.target) || entry.source.isEmpty())
            continue;
        switch (entry.transform) {
        case ClientTransform::SplitName:
            put(entry.source, fullNameOf(fields, entry));
            break;
        case ClientTransform::JoinName: {
            const NameParts parts = splitFullName(text(fields, entry.target));
            put(entry.source, parts.first);
            if (!entry.argument.isEmpty())
                put(entry.argument, parts.last);
            break;
        }
        case ClientTransform::DateIso:
            put(entry.source, dateInFormat(text(fields, entry.target), entry.argument));
            break;
        default:
            put(entry.source, text(fields, entry.target));
            break;
        }
    }
    return out;
}

QSet<QString> mappedTargets(const FieldMapping &mapping)
{
    QSet<QString> out;
    for (const FieldMappingEntry &entry : mapping.entries()) {
        if (!isClientField(entry.target))
            continue;
        out.insert(entry.target);
        if (entry.transform != ClientTransform::SplitName)
            continue;
        const bool partner = entry.target.startsWith(u"partner_"_s);
        out.insert(u"partner_first_name"_s);
        out.insert(u"partner_last_name"_s);
        if (!partner) {
            out.insert(u"first_name"_s);
            out.insert(u"last_name"_s);
        }
    }
    return out;
}

} // namespace wedsync
