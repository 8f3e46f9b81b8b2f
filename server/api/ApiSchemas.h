#pragma once
// JSON Schemas of the request and response bodies the routes name (Route::requestSchema,
// Route::responseSchema), for the API description.

#include <QJsonObject>
#include <QString>

namespace wedsync::server {

// Every named schema, as OpenAPI "components.schemas" (including "Error").
QJsonObject apiSchemas();

} // namespace wedsync::server
