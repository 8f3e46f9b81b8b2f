#include "jobs/ClientMapper.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

constexpr int MaxDepth = 32;

void flattenInto(const QJsonValue &value, const QString &prefix, int depth,
                 QHash<QString, QString> *out)
{
    if (depth > MaxDepth)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(),
                        depth + 1, out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenInto(array.at(i), prefix + u'.' + QString::number(i), depth + 1, out);
    } else if (value.isString()) {
        out->insert(prefix, value.toString());
    } else if (value.isDouble()) {
        out->insert(prefix, QString::number(value.toDouble(), 'g', 15));
    } else if (value.isBool()) {
        out->insert(prefix, value.toBool() ? u"true"_s : u"false"_s);
    } else {
        out->insert(prefix, QString());
    }
}

QString titleCase(const QString &text)
{
    QString out = text.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'';
    }
    return out;
}

QJsonObject entry(const QString &source, const QString &target,
                  const QString &transform = u"trim"_s)
{
    return QJsonObject {{u"source"_s, source},
                        {u"target"_s, target},
                        {u"transform"_s, transform},
                        {u"argument"_s, QString()}};
}

} // namespace

ClientMapper::ClientMapper(const QString &provider, const QList<QJsonObject> &mappings)
    : m_mappings(mappings.isEmpty() ? defaultMapping(provider) : mappings)
{ }

QList<QJsonObject> ClientMapper::defaultMapping(const QString &provider)
{
    if (provider == u"tave"_s) {
        // Táve / VSCO Workspace v2 contact fields (providers.md §4.1).
        return {entry(u"firstName"_s, u"first_name"_s), entry(u"lastName"_s, u"last_name"_s),
                entry(u"email"_s, u"email"_s, u"lower"_s), entry(u"cellPhone.e164"_s, u"mobile"_s),
                entry(u"homePhone.e164"_s, u"phone"_s)};
    }
    return {};
}

QHash<QString, QString> ClientMapper::flatten(const QJsonObject &object)
{
    QHash<QString, QString> out;
    flattenInto(object, QString(), 0, &out);
    return out;
}

MappedClient ClientMapper::map(const QJsonObject &raw) const
{
    const QHash<QString, QString> row = flatten(raw);
    MappedClient out;
    const auto put = [&out](const QString &target, const QString &value) {
        if (!value.isEmpty() && !out.fields.contains(target))
            out.fields.insert(target, value);
    };
    for (const QJsonObject &mapping : m_mappings) {
        const QString source = mapping.value(u"source"_s).toString();
        const QString target = mapping.value(u"target"_s).toString();
        const QString transform = mapping.value(u"transform"_s).toString();
        const QString argument = mapping.value(u"argument"_s).toString();
        const QString value = row.value(source);
        const QString trimmed = value.simplified();
        if (transform == u"none"_s || transform.isEmpty()) {
            put(target, value);
        } else if (transform == u"trim"_s) {
            put(target, trimmed);
        } else if (transform == u"lower"_s) {
            put(target, trimmed.toLower());
        } else if (transform == u"upper"_s) {
            put(target, trimmed.toUpper());
        } else if (transform == u"title"_s) {
            put(target, titleCase(trimmed));
        } else if (transform == u"phone_e164"_s) {
            QString digits;
            for (const QChar c : trimmed) {
                if (c.isDigit())
                    digits.append(c);
            }
            if (digits.isEmpty())
                continue;
            if (trimmed.startsWith(u'+'))
                put(target, u"+"_s + digits);
            else if (digits.startsWith(u"00"_s))
                put(target, u"+"_s + digits.mid(2));
            else if (!argument.isEmpty())
                put(target, u"+"_s + argument + (digits.startsWith(u'0') ? digits.mid(1) : digits));
            else
                put(target, trimmed);
        } else if (transform == u"date_iso"_s) {
            if (trimmed.isEmpty())
                continue;
            QDate date = argument.isEmpty() ? QDate::fromString(trimmed.left(10), Qt::ISODate)
                                            : QDate::fromString(trimmed, argument);
            if (date.isValid())
                put(target, date.toString(Qt::ISODate));
            else
                out.problems.append(u"“%1” in %2 is not a date%3."_s.arg(
                    trimmed, source,
                    argument.isEmpty() ? QString() : u" in the form %1"_s.arg(argument)));
        } else if (transform == u"split_name"_s) {
            const qsizetype space = trimmed.lastIndexOf(u' ');
            const bool partner = target.startsWith(u"partner_"_s);
            put(partner ? u"partner_first_name"_s : u"first_name"_s,
                space < 0 ? trimmed : trimmed.left(space));
            put(partner ? u"partner_last_name"_s : u"last_name"_s,
                space < 0 ? QString() : trimmed.mid(space + 1));
        } else if (transform == u"join_name"_s) {
            put(target, QString(trimmed + u' ' + row.value(argument).simplified()).trimmed());
        } else {
            put(target, value);
        }
    }
    out.emailKey = out.fields.value(u"email"_s).toString().trimmed().toLower();
    const QByteArray canonical = QJsonDocument(out.fields).toJson(QJsonDocument::Compact);
    out.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    return out;
}

} // namespace wedsync::server
