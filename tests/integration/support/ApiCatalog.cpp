#include "ApiCatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync::test {

namespace {

const QString RefPrefix = u"#/components/schemas/"_s;

// The schema with every "$ref" replaced by what it names (depth-limited against cycles).
QJsonValue resolved(const QJsonValue &value, const QJsonObject &schemas, int depth)
{
    if (depth > 16)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(resolved(item, schemas, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    const QString ref = object.value(u"$ref"_s).toString();
    if (ref.startsWith(RefPrefix))
        return resolved(schemas.value(ref.mid(RefPrefix.size())), schemas, depth + 1);
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), resolved(it.value(), schemas, depth + 1));
    return out;
}

QString refName(const QJsonObject &content)
{
    const QString ref = content[u"application/json"_s][u"schema"_s][u"$ref"_s].toString();
    return ref.startsWith(RefPrefix) ? ref.mid(RefPrefix.size()) : QString();
}

SchemaField fieldOf(const QJsonObject &schema, const QString &path)
{
    SchemaField field;
    field.path = path;
    field.type = schema.value(u"type"_s).toString();
    field.format = schema.value(u"format"_s).toString();
    field.nullable = schema.value(u"nullable"_s).toBool();
    for (const QJsonValue &value : schema.value(u"enum"_s).toArray())
        field.enumValues << value.toString();
    field.freeForm = field.type == u"object"_s && !schema.contains(u"properties"_s);
    return field;
}

QString joined(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + u'.' + name;
}

void collectFields(const QJsonObject &schema, const QString &prefix, QList<SchemaField> *out)
{
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        const QString path = joined(prefix, it.key());
        out->append(fieldOf(property, path));
        if (property.contains(u"properties"_s))
            collectFields(property, path, out);
        if (property.value(u"type"_s).toString() == u"array"_s) {
            const QJsonObject items = property.value(u"items"_s).toObject();
            out->append(fieldOf(items, path + u"[]"_s));
            if (items.contains(u"properties"_s))
                collectFields(items, path + u"[]"_s, out);
        }
    }
}

QJsonValue setIn(const QJsonValue &node, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    QString token = tokens.takeFirst();
    const bool list = token.endsWith(u"[]"_s);
    if (list)
        token.chop(2);
    QJsonObject object = node.toObject();
    if (!list) {
        object.insert(token, setIn(object.value(token), tokens, value));
        return object;
    }
    QJsonArray array = object.value(token).toArray();
    const QJsonValue replaced = setIn(array.isEmpty() ? QJsonValue() : array.at(0), tokens, value);
    if (array.isEmpty())
        array.append(replaced);
    else
        array[0] = replaced;
    object.insert(token, array);
    return object;
}

QJsonValue synthesize(const QJsonObject &schema, const QString &path, const BodyValues &values)
{
    static int counter = 0;
    const SchemaField field = fieldOf(schema, path);
    if (const QJsonValue given = values(field); !given.isUndefined())
        return given;
    if (field.type == u"object"_s) {
        QJsonObject out;
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            out.insert(name.toString(),
                       synthesize(properties.value(name.toString()).toObject(),
                                  joined(path, name.toString()), values));
        }
        return out;
    }
    if (field.type == u"array"_s)
        return QJsonArray {synthesize(schema.value(u"items"_s).toObject(), path + u"[]"_s, values)};
    if (field.type == u"integer"_s || field.type == u"number"_s)
        return schema.value(u"minimum"_s).toInt(0);
    if (field.type == u"boolean"_s)
        return false;
    if (!field.enumValues.isEmpty())
        return field.enumValues.first();
    if (field.format == u"uuid"_s)
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (field.format == u"date-time"_s)
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return u"walk_%1"_s.arg(++counter);
}

} // namespace

QString SchemaField::name() const
{
    QString last = path.section(u'.', -1);
    if (last.endsWith(u"[]"_s))
        last.chop(2);
    return last;
}

QString SchemaField::wirePath() const
{
    return QString(path).replace(u"[]"_s, u"[0]"_s);
}

QString Operation::kindOf(const QString &parameter) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(u'{' + parameter + u'}');
    if (at <= 0 || segments.at(at - 1).startsWith(u'{'))
        return {};
    return segments.at(at - 1);
}

QString Operation::lastLiteral() const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        if (!segments.at(i).startsWith(u'{'))
            return segments.at(i);
    }
    return {};
}

QString Operation::fill(const QHash<QString, QString> &values) const
{
    QString out = path;
    for (const QString &parameter : pathParameters)
        out.replace(u'{' + parameter + u'}', values.value(parameter));
    return out;
}

QList<SchemaField> Operation::fields() const
{
    QList<SchemaField> out;
    collectFields(requestSchema, {}, &out);
    return out;
}

bool Operation::changesPermissions() const
{
    if (!isWrite())
        return false;
    return tag == u"permissions"_s
        || requestSchema.value(u"properties"_s).toObject().contains(u"permissions"_s);
}

namespace {

void collectEnumWords(const QJsonValue &value, QSet<QString> *out)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectEnumWords(item, out);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"enum"_s) {
            for (const QJsonValue &word : it.value().toArray())
                if (word.isString())
                    out->insert(word.toString());
        } else {
            collectEnumWords(it.value(), out);
        }
    }
}

} // namespace

ApiCatalog::ApiCatalog(const QJsonObject &document)
{
    if (!document.value(u"openapi"_s).toString().startsWith(u"3."_s)) {
        m_error = u"Not an OpenAPI 3 document."_s;
        return;
    }
    collectEnumWords(document, &m_enumWords);
    const QJsonObject schemas = document[u"components"_s][u"schemas"_s].toObject();
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m) {
            const QJsonObject described = m.value().toObject();
            Operation op;
            op.method = m.key().toUpper().toLatin1();
            op.path = p.key();
            op.auth = described.value(u"x-wedsync-auth"_s).toString();
            if (op.auth.isEmpty())
                op.auth = described.contains(u"security"_s) ? u"console"_s : u"public"_s;
            op.tag = described.value(u"tags"_s).toArray().first().toString();
            op.summary = described.value(u"summary"_s).toString();
            for (const QJsonValue &value : described.value(u"parameters"_s).toArray()) {
                const QJsonObject parameter = value.toObject();
                const QString name = parameter.value(u"name"_s).toString();
                if (parameter.value(u"in"_s).toString() == u"path"_s) {
                    op.pathParameters << name;
                    if (parameter[u"schema"_s][u"format"_s].toString() == u"uuid"_s)
                        op.uuidParameters << name;
                } else if (parameter.value(u"in"_s).toString() == u"query"_s) {
                    op.queryParameters << name;
                }
            }
            const QJsonObject content = described[u"requestBody"_s][u"content"_s].toObject();
            op.requestSchemaName = refName(content);
            if (!op.requestSchemaName.isEmpty())
                op.requestSchema
                    = resolved(schemas.value(op.requestSchemaName), schemas, 0).toObject();
            const QJsonObject responses = described.value(u"responses"_s).toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                if (r.key().startsWith(u'2')) {
                    op.successStatus = r.key().toInt();
                    op.responseSchemaName = refName(r.value()[u"content"_s].toObject());
                }
            }
            m_operations << op;
        }
    }
    if (m_operations.isEmpty())
        m_error = u"The document describes no operation."_s;
}

const Operation *ApiCatalog::find(const QByteArray &method, const QString &path) const
{
    for (const Operation &op : m_operations) {
        if (op.method == method && op.path == path)
            return &op;
    }
    return nullptr;
}

QString kindOfQueryParameter(const QString &name)
{
    if (!name.endsWith(u"Id"_s) || name.size() < 3)
        return {};
    const QString base = name.left(name.size() - 2);
    if (base == u"user"_s || base == u"actor"_s)
        return u"members"_s;
    if (base == u"entity"_s)
        return u"sections"_s;
    return base + u's';
}

QStringList candidateQueryParameters(const Operation &operation)
{
    QStringList out = operation.queryParameters;
    for (const QString &name : {u"organizationId"_s, u"weddingId"_s, u"userId"_s, u"actorId"_s,
                                u"sectionId"_s, u"entityId"_s}) {
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QJsonObject synthesizeBody(const QJsonObject &schema, const BodyValues &values)
{
    return synthesize(schema, {}, values).toObject();
}

QJsonObject withValue(const QJsonObject &body, const QString &path, const QJsonValue &value)
{
    return setIn(body, path.split(u'.'), value).toObject();
}

QJsonValue valueAt(const QJsonValue &body, const QString &path)
{
    QJsonValue node = body;
    for (QString token : path.split(u'.')) {
        const bool list = token.endsWith(u"[]"_s);
        if (list)
            token.chop(2);
        if (!node.isObject() || !node.toObject().contains(token))
            return QJsonValue(QJsonValue::Undefined);
        node = node.toObject().value(token);
        if (list) {
            if (!node.isArray() || node.toArray().isEmpty())
                return QJsonValue(QJsonValue::Undefined);
            node = node.toArray().at(0);
        }
    }
    return node;
}

QJsonObject restrictToSchema(const QJsonObject &representation, const QJsonObject &schema)
{
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    QJsonObject out;
    for (auto it = representation.begin(); it != representation.end(); ++it) {
        if (properties.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace wedsync::test
