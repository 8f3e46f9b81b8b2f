#include "api/SchemaBuilders.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server::schema {

QJsonObject type(const QString &name)
{
    return {{u"type"_s, name}};
}

QJsonObject boundedText(int maxLength, int minLength)
{
    QJsonObject out = type(u"string"_s);
    out.insert(u"maxLength"_s, maxLength);
    if (minLength > 0)
        out.insert(u"minLength"_s, minLength);
    return out;
}

QJsonObject uuid()
{
    return {{u"type"_s, u"string"_s}, {u"format"_s, u"uuid"_s}};
}

QJsonObject dateTime()
{
    return {{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}};
}

QJsonObject ref(const QString &schema)
{
    return {{u"$ref"_s, QString(u"#/components/schemas/"_s + schema)}};
}

QJsonObject enumOf(const QStringList &values)
{
    return {{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray::fromStringList(values)}};
}

QJsonObject nullable(QJsonObject schema)
{
    schema.insert(u"nullable"_s, true);
    return schema;
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{u"type"_s, u"array"_s}, {u"items"_s, items}};
}

QJsonObject object(const QJsonObject &properties, const QStringList &required)
{
    QJsonObject out {{u"type"_s, u"object"_s}, {u"properties"_s, properties}};
    if (!required.isEmpty())
        out.insert(u"required"_s, QJsonArray::fromStringList(required));
    return out;
}

QJsonObject listOf(const QString &item)
{
    return object({{u"items"_s, arrayOf(ref(item))}}, {u"items"_s});
}

QJsonObject keysetPageOf(const QString &item)
{
    return object({{u"items"_s, arrayOf(ref(item))},
                   {u"total"_s, type(u"integer"_s)},
                   {u"limit"_s, type(u"integer"_s)},
                   {u"offset"_s, type(u"integer"_s)},
                   {u"nextCursor"_s, nullable(type(u"string"_s))}},
                  {u"items"_s, u"limit"_s, u"nextCursor"_s});
}

const QStringList &roleNames()
{
    static const QStringList roles {u"admin"_s,  u"coordinator"_s, u"photographer"_s,
                                    u"couple"_s, u"vendor"_s,      u"guest"_s};
    return roles;
}

const QStringList &phaseNames()
{
    static const QStringList phases {u"planning"_s, u"pre_wedding"_s, u"wedding_day"_s,
                                     u"post_wedding"_s};
    return phases;
}

} // namespace wedsync::server::schema
