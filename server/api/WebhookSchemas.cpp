#include "api/WebhookSchemas.h"

#include "WebhookEvents.h"
#include "WebhookRecords.h"
#include "api/SchemaBuilders.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

QJsonObject url()
{
    QJsonObject out = boundedText(webhooks::MaxUrlLength, 1);
    out.insert(u"format"_s, u"uri"_s);
    return out;
}

QJsonObject eventTypes()
{
    QJsonObject out = arrayOf(enumOf(webhooks::eventTypes()));
    out.insert(u"minItems"_s, 1);
    return out;
}

QJsonObject endpointProperties()
{
    return QJsonObject {
        {u"id"_s, uuid()},
        {u"organizationId"_s, uuid()},
        {u"url"_s, url()},
        {u"description"_s, boundedText(webhooks::MaxDescriptionLength)},
        {u"eventTypes"_s, eventTypes()},
        {u"enabled"_s, type(u"boolean"_s)},
        {u"createdBy"_s, nullable(uuid())},
        {u"createdAt"_s, dateTime()},
        {u"updatedAt"_s, dateTime()},
        {u"version"_s, type(u"integer"_s)},
        {u"lastDelivery"_s,
         nullable(
             object({{u"status"_s, enumOf({u"pending"_s, u"delivered"_s, u"failed"_s, u"dead"_s})},
                     {u"responseCode"_s, nullable(type(u"integer"_s))},
                     {u"at"_s, nullable(dateTime())}},
                    {u"status"_s}))}};
}

const QStringList EndpointRequired {u"id"_s,         u"organizationId"_s, u"url"_s,
                                    u"eventTypes"_s, u"enabled"_s,        u"version"_s};

} // namespace

void addWebhookSchemas(QJsonObject *s)
{
    s->insert(u"WebhookEndpoint"_s, object(endpointProperties(), EndpointRequired));
    QJsonObject created = endpointProperties();
    QJsonObject secret = type(u"string"_s);
    secret.insert(u"description"_s,
                  u"The signing secret, shown only in this answer: keep it to verify "
                  "X-WedSync-Signature (t=<unix>,v1=hex HMAC-SHA256 of \"<t>.<body>\")."_s);
    created.insert(u"secret"_s, secret);
    s->insert(u"WebhookEndpointCreated"_s,
              object(created, EndpointRequired + QStringList {u"secret"_s}));
    s->insert(u"WebhookEndpointList"_s, listOf(u"WebhookEndpoint"_s));
    s->insert(u"WebhookEndpointCreate"_s,
              object({{u"url"_s, url()},
                      {u"description"_s, nullable(boundedText(webhooks::MaxDescriptionLength))},
                      {u"eventTypes"_s, eventTypes()},
                      {u"enabled"_s, type(u"boolean"_s)}},
                     {u"url"_s, u"eventTypes"_s}));
    s->insert(u"WebhookEndpointPatch"_s,
              object({{u"url"_s, url()},
                      {u"description"_s, nullable(boundedText(webhooks::MaxDescriptionLength))},
                      {u"eventTypes"_s, eventTypes()},
                      {u"enabled"_s, type(u"boolean"_s)}}));
    s->insert(u"WebhookDelivery"_s,
              object({{u"id"_s, uuid()},
                      {u"endpointId"_s, uuid()},
                      {u"eventId"_s, uuid()},
                      {u"eventType"_s, type(u"string"_s)},
                      {u"payload"_s, type(u"object"_s)},
                      {u"status"_s, enumOf({u"pending"_s, u"delivered"_s, u"failed"_s, u"dead"_s})},
                      {u"attemptCount"_s, type(u"integer"_s)},
                      {u"nextAttemptAt"_s, nullable(dateTime())},
                      {u"lastResponseCode"_s, nullable(type(u"integer"_s))},
                      {u"latencyMs"_s, nullable(type(u"integer"_s))},
                      {u"lastError"_s, nullable(type(u"string"_s))},
                      {u"createdAt"_s, dateTime()},
                      {u"deliveredAt"_s, nullable(dateTime())}},
                     {u"id"_s, u"endpointId"_s, u"eventId"_s, u"eventType"_s, u"payload"_s,
                      u"status"_s, u"attemptCount"_s, u"createdAt"_s}));
    s->insert(u"WebhookDeliveryPage"_s, keysetPageOf(u"WebhookDelivery"_s));
}

} // namespace wedsync::server
