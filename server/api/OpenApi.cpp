#include "api/OpenApi.h"

#include "api/ApiSchemas.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// {"content": {"application/json": {"schema": {"$ref": ...}}}} for a named schema.
QJsonObject jsonContent(const QString &schema)
{
    const QJsonObject ref {{u"$ref"_s, QString(u"#/components/schemas/"_s + schema)}};
    const QJsonObject media {{u"schema"_s, ref}};
    return QJsonObject {{u"application/json"_s, media}};
}

QJsonObject errorResponse(const QString &description)
{
    return {{u"description"_s, description}, {u"content"_s, jsonContent(u"Error"_s)}};
}

QJsonObject operation(const Route &route)
{
    QJsonObject op {{u"summary"_s, route.summary},
                    {u"tags"_s, QJsonArray {route.tag}},
                    {u"operationId"_s, QString(route.method.toLower() + route.path.openApiPath())},
                    {u"x-wedsync-auth"_s, authRequirementName(route.auth)}};
    QJsonArray parameters;
    for (const PathPattern::Parameter &p : route.path.parameters()) {
        QJsonObject schema {{u"type"_s, u"string"_s}};
        if (p.type == PathPattern::ParamType::Uuid)
            schema.insert(u"format"_s, u"uuid"_s);
        parameters.append(QJsonObject {{u"name"_s, p.name},
                                       {u"in"_s, u"path"_s},
                                       {u"required"_s, true},
                                       {u"schema"_s, schema}});
    }
    if (!parameters.isEmpty())
        op.insert(u"parameters"_s, parameters);
    if (!route.requestSchema.isEmpty()) {
        op.insert(
            u"requestBody"_s,
            QJsonObject {{u"required"_s, true}, {u"content"_s, jsonContent(route.requestSchema)}});
    }
    QJsonObject responses;
    QJsonObject success {{u"description"_s, route.summary}};
    if (!route.responseSchema.isEmpty()) {
        success.insert(u"content"_s, jsonContent(route.responseSchema));
    }
    responses.insert(QString::number(route.successStatus), success);
    if (!route.requestSchema.isEmpty() || !parameters.isEmpty())
        responses.insert(u"400"_s,
                         errorResponse(u"Malformed JSON, invalid fields or a malformed id."_s));
    if (route.auth != AuthRequirement::Public) {
        responses.insert(u"401"_s, errorResponse(u"No, an invalid or an expired access token."_s));
        op.insert(u"security"_s, QJsonArray {QJsonObject {{u"bearer"_s, QJsonArray()}}});
    }
    if (route.auth == AuthRequirement::Console)
        responses.insert(u"403"_s,
                         errorResponse(u"The account has no console access or may not do this."_s));
    if (!parameters.isEmpty())
        responses.insert(u"404"_s, errorResponse(u"Not found, or not visible to the caller."_s));
    if (!route.requestSchema.isEmpty())
        responses.insert(u"413"_s, errorResponse(u"The body is larger than 1 MiB."_s));
    responses.insert(u"500"_s, errorResponse(u"An internal error (logged with the request id)."_s));
    op.insert(u"responses"_s, responses);
    return op;
}

} // namespace

OpenApi::OpenApi(const Router &router)
    : m_router(router)
{ }

void OpenApi::registerRoutes(Router &router)
{
    router.addOrDie(
        Route {u"GET"_s,
               *PathPattern::parse(u"/api/v1/openapi.json"_s),
               u"This API's description (OpenAPI 3.0), generated from the route table."_s,
               u"meta"_s,
               AuthRequirement::Public,
               {},
               u"OpenApi"_s,
               200,
               [this](ApiRequest &) {
                   return ApiResponse::json(document());
               }});
}

QJsonObject OpenApi::document() const
{
    QJsonObject paths;
    for (const Route &route : m_router.routes()) {
        const QString path = route.path.openApiPath();
        QJsonObject item = paths.value(path).toObject();
        item.insert(route.method.toLower(), operation(route));
        paths.insert(path, item);
    }
    const QJsonObject bearer {
        {u"type"_s, u"http"_s}, {u"scheme"_s, u"bearer"_s}, {u"bearerFormat"_s, u"JWT"_s}};
    return {{u"openapi"_s, u"3.0.3"_s},
            {u"info"_s,
             QJsonObject {{u"title"_s, u"WedSync API"_s},
                          {u"version"_s, QCoreApplication::applicationVersion()}}},
            {u"paths"_s, paths},
            {u"components"_s,
             QJsonObject {{u"schemas"_s, apiSchemas()},
                          {u"securitySchemes"_s, QJsonObject {{u"bearer"_s, bearer}}}}}};
}

} // namespace wedsync::server
