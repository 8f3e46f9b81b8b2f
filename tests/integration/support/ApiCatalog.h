#pragma once
// What the route walks (tst_hostileinput, tst_tenantisolation) know about the API, read from
// the server's own description (GET /api/v1/openapi.json) so that a route added later is walked
// without touching the walks: every operation with its path parameters and request schema, the
// fields of that schema, and bodies built from it.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace wedsync::test {

// One leaf or container of a request schema, named by its JSON path.
struct SchemaField
{
    QString path; // "layout.columns", "rows[].cells.admin.view", "visibility.roles[]"
    QString type; // string | integer | number | boolean | array | object
    QString format; // "uuid", "date-time", ... (strings)
    QStringList enumValues;
    bool nullable = false;
    bool freeForm = false; // an object without declared properties (a stored document)

    // The last key: "columns" for "layout.columns", "roles" for "visibility.roles[]".
    QString name() const;
    // The path as the server names it in details.fields: "rows[0].cells.admin.view".
    QString wirePath() const;
    // Free text the server may store: a string without enum or format.
    bool isFreeText() const
    {
        return type == u"string" && enumValues.isEmpty() && format.isEmpty();
    }
};

struct Operation
{
    QByteArray method; // "GET", "PATCH", ...
    QString path; // "/api/v1/sections/{id}"
    QString auth; // public | authenticated | console (x-wedsync-auth)
    QString tag;
    QString summary;
    int successStatus = 200;
    QStringList pathParameters; // in path order
    QStringList uuidParameters; // those of format uuid
    QStringList queryParameters; // described with "in": "query"
    QString requestSchemaName;
    QJsonObject requestSchema; // $refs resolved; empty without a body
    QString responseSchemaName;

    QString name() const { return QString::fromLatin1(method) + u' ' + path; }
    bool isWrite() const { return method != "GET" && method != "HEAD"; }
    bool needsToken() const { return auth != u"public"; }
    bool isConsole() const { return auth == u"console"; }
    bool hasBody() const { return !requestSchema.isEmpty(); }
    // The collection a parameter indexes: the literal before it ("sections" for
    // /sections/{id}, "organizations" for /organizations/{org}).
    QString kindOf(const QString &parameter) const;
    // The last literal segment: "sections" for /organizations/{org}/sections.
    QString lastLiteral() const;
    // The path with each {parameter} replaced by its value (percent-encoded as needed: the
    // result is for HttpTestClient, which takes decoded paths).
    QString fill(const QHash<QString, QString> &values) const;
    // Every field of the request schema, depth first.
    QList<SchemaField> fields() const;
    // Changes permissions (support staff may never): tagged "permissions", or a body that
    // carries a section's permission lists.
    bool changesPermissions() const;
};

class ApiCatalog
{
public:
    // Empty catalog with errorString() when `document` is not an OpenAPI description.
    explicit ApiCatalog(const QJsonObject &document);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const QList<Operation> &operations() const { return m_operations; }
    const Operation *find(const QByteArray &method, const QString &path) const;
    // GET on exactly this path, if the API has one (the read-back of a write on an item).
    const Operation *readerOf(const Operation &write) const { return find("GET", write.path); }
    // Every string of an `enum` anywhere in the description: the API's own words (statuses,
    // kinds, roles), the same in every tenant.
    const QSet<QString> &enumWords() const { return m_enumWords; }

private:
    QList<Operation> m_operations;
    QSet<QString> m_enumWords;
    QString m_error;
};

// The collection a query parameter refers to by the API's naming: weddingId -> weddings,
// userId and actorId -> members, organizationId -> organizations, sectionId and entityId ->
// sections. Empty for parameters that are not ids.
QString kindOfQueryParameter(const QString &name);
// Query parameters the walks try on every read: the described ones plus the id filters the
// API's routes use by convention (routes that do not know one answer 400 invalid_query).
QStringList candidateQueryParameters(const Operation &operation);

// Value lookup while building bodies: (field, kind of id wanted) -> value, or undefined.
using BodyValues = std::function<QJsonValue(const SchemaField &field)>;
// A body that satisfies `schema` as far as a schema can say: every required property, one
// element in every required list; uuid fields and versions from `values`, other strings unique
// snake_case words (so that creates do not collide).
QJsonObject synthesizeBody(const QJsonObject &schema, const BodyValues &values);
// `body` with `value` at `path` (a SchemaField::path), creating objects and a first list
// element on the way.
QJsonObject withValue(const QJsonObject &body, const QString &path, const QJsonValue &value);
// The value at `path` (first element for "[]"), undefined if absent.
QJsonValue valueAt(const QJsonValue &body, const QString &path);
// The schema's declared properties only (drops server fields of a representation).
QJsonObject restrictToSchema(const QJsonObject &representation, const QJsonObject &schema);

} // namespace wedsync::test
