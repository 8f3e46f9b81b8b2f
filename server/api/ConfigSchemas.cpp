#include "api/ConfigSchemas.h"

#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "ConfigSyncRule.h"
#include "api/SchemaBuilders.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

QStringList typeNames()
{
    QStringList out;
    for (ConfigSettingType t : allConfigSettingTypes())
        out << configSettingTypeName(t);
    return out;
}

QStringList layerNames()
{
    QStringList out;
    for (ConfigLayer layer : allConfigLayers())
        out << configLayerName(layer);
    return out;
}

QJsonObject text(int maxLength)
{
    QJsonObject out = type(u"string"_s);
    out.insert(u"maxLength"_s, maxLength);
    return out;
}

QJsonObject scope()
{
    return object(
        {{u"layer"_s, enumOf(layerNames())}, {u"organizationId"_s, uuid()}, {u"userId"_s, uuid()}},
        {u"layer"_s});
}

QJsonObject delta()
{
    return arrayOf(object({{u"path"_s, type(u"string"_s)},
                           {u"op"_s, enumOf({u"added"_s, u"removed"_s, u"changed"_s})},
                           {u"old"_s, QJsonObject()},
                           {u"new"_s, QJsonObject()}},
                          {u"path"_s, u"op"_s}));
}

QJsonObject integer()
{
    return type(u"integer"_s);
}

} // namespace

void addConfigSchemas(QJsonObject *s)
{
    s->insert(u"ConfigView"_s,
              object({{u"scope"_s, scope()},
                      {u"settingType"_s, enumOf(typeNames())},
                      {u"version"_s, integer()},
                      {u"document"_s, type(u"object"_s)},
                      {u"updatedBy"_s, nullable(uuid())},
                      {u"updatedAt"_s, nullable(dateTime())},
                      {u"summary"_s, nullable(type(u"string"_s))},
                      {u"effective"_s, type(u"object"_s)},
                      {u"fields"_s, arrayOf(type(u"object"_s))},
                      {u"declined"_s, delta()},
                      {u"propagation"_s, type(u"object"_s)},
                      // Secrets of the document that this server cannot decrypt (sealed for
                      // another record, another key file): left out; enter them again.
                      {u"unreadableSecrets"_s, arrayOf(type(u"string"_s))}},
                     {u"scope"_s, u"settingType"_s, u"version"_s, u"document"_s, u"effective"_s,
                      u"fields"_s}));
    s->insert(u"ConfigWrite"_s,
              object({{u"document"_s, type(u"object"_s)}, {u"summary"_s, nullable(text(500))}},
                     {u"document"_s}));
    s->insert(u"ConfigRollback"_s, object({{u"version"_s, integer()}}, {u"version"_s}));
    s->insert(u"ConfigHistoryEntry"_s,
              object({{u"id"_s, uuid()},
                      {u"version"_s, integer()},
                      {u"summary"_s, type(u"string"_s)},
                      {u"changedBy"_s, nullable(uuid())},
                      {u"changedByName"_s, nullable(type(u"string"_s))},
                      {u"occurredAt"_s, dateTime()},
                      {u"snapshot"_s, type(u"object"_s)}},
                     {u"id"_s, u"version"_s, u"summary"_s, u"occurredAt"_s, u"snapshot"_s}));
    s->insert(u"ConfigHistoryPage"_s, keysetPageOf(u"ConfigHistoryEntry"_s));
    s->insert(u"ConfigDiff"_s,
              object({{u"from"_s, integer()}, {u"to"_s, integer()}, {u"changes"_s, delta()}},
                     {u"from"_s, u"to"_s, u"changes"_s}));
    s->insert(u"ConfigTypeList"_s,
              object({{u"items"_s,
                       arrayOf(object({{u"id"_s, enumOf(typeNames())},
                                       {u"settingType"_s, enumOf(typeNames())},
                                       {u"layers"_s, arrayOf(enumOf(layerNames()))},
                                       {u"version"_s, integer()}},
                                      {u"id"_s, u"settingType"_s, u"layers"_s, u"version"_s}))}},
                     {u"items"_s}));
    s->insert(u"ConfigSyncRuleList"_s,
              object({{u"items"_s, arrayOf(type(u"object"_s))}}, {u"items"_s}));
    s->insert(u"ConfigOptOuts"_s,
              object({{u"ruleIds"_s, arrayOf(text(64))},
                      {u"settingTypes"_s, arrayOf(enumOf(typeNames()))}}));
    s->insert(
        u"ConfigChangeRequest"_s,
        object({{u"id"_s, uuid()},
                {u"scope"_s, scope()},
                {u"settingType"_s, enumOf(typeNames())},
                {u"status"_s, enumOf({u"proposed"_s, u"approved"_s, u"rejected"_s, u"applied"_s})},
                {u"authorId"_s, nullable(uuid())},
                {u"approverId"_s, nullable(uuid())},
                {u"authorName"_s, nullable(type(u"string"_s))},
                {u"approverName"_s, nullable(type(u"string"_s))},
                {u"document"_s, type(u"object"_s)},
                {u"baseVersion"_s, integer()},
                {u"summary"_s, type(u"string"_s)},
                {u"appliedVersion"_s, nullable(integer())},
                {u"version"_s, integer()},
                {u"createdAt"_s, dateTime()},
                {u"decidedAt"_s, nullable(dateTime())}},
               {u"id"_s, u"scope"_s, u"settingType"_s, u"status"_s, u"document"_s, u"baseVersion"_s,
                u"version"_s, u"createdAt"_s}));
    s->insert(u"ConfigChangeRequestCreate"_s,
              object({{u"settingType"_s, enumOf(typeNames())},
                      {u"document"_s, type(u"object"_s)},
                      {u"summary"_s, nullable(text(500))}},
                     {u"settingType"_s, u"document"_s}));
    s->insert(u"ConfigChangeRequestPage"_s, keysetPageOf(u"ConfigChangeRequest"_s));
}

} // namespace wedsync::server
