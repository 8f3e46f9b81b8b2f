#include "HostileValues.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync::test {

QStringList hostileStrings()
{
    return {u"'; DROP TABLE users; --"_s,
            u"Robert\"); DELETE FROM audit_log; --"_s,
            u"<script>alert(1)</script>"_s,
            u"a\u0000b"_s,
            u"\u202Eevil\u202C\u200F"_s,
            u"{{uuid}} {{json}} %s %n $1 ?"_s,
            u"\U0001F469\u200D\u2764\uFE0F\u200D\U0001F468 e\u0301 \\ \" \n\t"_s,
            QString(u"O'Brien <b>&amp;</b> "_s).repeated(500)};
}

bool storedAsSent(const QString &sent, const QString &stored)
{
    if (stored == sent)
        return true;
    QString flattened = sent;
    for (QChar &c : flattened) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            c = u' ';
    }
    flattened = flattened.trimmed();
    if (stored == flattened)
        return true;
    return sent.size() > 100 && stored.size() >= 50 && flattened.startsWith(stored.trimmed());
}

bool namesField(const HttpTestReply &reply, const QString &path)
{
    const QJsonArray fields = reply.object()[u"error"_s][u"details"_s][u"fields"_s].toArray();
    for (const QJsonValue &value : fields) {
        const QString field = value[u"field"_s].toString();
        const auto within = [](const QString &inner, const QString &outer) {
            return inner.startsWith(outer)
                && (inner.size() == outer.size() || inner.at(outer.size()) == u'.'
                    || inner.at(outer.size()) == u'[');
        };
        if (within(field, path) || within(path, field))
            return true;
    }
    return false;
}

QList<QJsonValue> wrongTypeValues(const SchemaField &field)
{
    if (field.type == u"string"_s)
        return {42, QJsonObject {{u"a"_s, 1}}, true};
    if (field.type == u"integer"_s)
        return {u"12"_s, true, QJsonObject(), 1.5};
    if (field.type == u"number"_s)
        return {u"12"_s, true, QJsonObject()};
    if (field.type == u"boolean"_s)
        return {u"true"_s, 1};
    if (field.type == u"array"_s)
        return {u"x"_s, QJsonObject {{u"0"_s, u"admin"_s}}};
    if (field.type == u"object"_s)
        return {u"x"_s, QJsonArray {1}, 42};
    return {};
}

} // namespace wedsync::test
