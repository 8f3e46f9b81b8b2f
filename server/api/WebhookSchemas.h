#pragma once
// The webhook endpoints' and deliveries' shapes in the API description.

#include <QJsonObject>

namespace wedsync::server {

void addWebhookSchemas(QJsonObject *schemas);

} // namespace wedsync::server
