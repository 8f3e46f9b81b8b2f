#include "api/IntegrationSchemas.h"

#include "ClientFields.h"
#include "CrmCatalog.h"
#include "CrmJobLog.h"
#include "IntegrationRules.h"
#include "api/SchemaBuilders.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

QJsonObject integer(int minimum = -1, int maximum = -1)
{
    QJsonObject out = type(u"integer"_s);
    if (minimum >= 0)
        out.insert(u"minimum"_s, minimum);
    if (maximum >= 0)
        out.insert(u"maximum"_s, maximum);
    return out;
}
QJsonObject text(int maxLength = 0)
{
    QJsonObject out = type(u"string"_s);
    if (maxLength > 0)
        out.insert(u"maxLength"_s, maxLength);
    return out;
}
// A secret: written, never read back (format password keeps it out of every answer's checks).
QJsonObject secret()
{
    return QJsonObject {
        {u"type"_s, u"string"_s}, {u"format"_s, u"password"_s}, {u"writeOnly"_s, true}};
}
// A log line's code (core/CrmJobLog): the line codes, null on lines older than codes.
QJsonObject logLineCode()
{
    QStringList codes;
    for (const crm::joblog::JobLogCode &code : crm::joblog::jobLogCodes()) {
        if (!code.note)
            codes.append(code.code.toString());
    }
    QJsonObject out = nullable(enumOf(codes));
    out.insert(u"description"_s,
               u"What the line says, stable: a reader words it from the code and args in its "
               "own language, and shows `message` for a code it does not know (the list grows). "
               "Null on lines written before codes were."_s);
    return out;
}

// The arguments of each code, listed in its description.
QJsonObject logLineArgs()
{
    QStringList lines;
    for (const crm::joblog::JobLogCode &code : crm::joblog::jobLogCodes())
        lines.append(u"%1%2: %3"_s.arg(code.code.toString(), code.note ? u" (note)"_s : QString(),
                                       QString::fromLatin1(code.args)));
    QJsonObject out = type(u"object"_s);
    out.insert(
        u"description"_s,
        QString(u"The code's arguments: numbers, names, ids, and a provider's own text as is "
                "(error, detail, note). page_imported and page_sent carry `notes`, an array of "
                "{code, args} with note codes. A skip reason (reason) is no_id or a client "
                "problem: no_name_or_email, unknown_field, too_long, not_email, not_date, "
                "not_guest_count, not_amount. Empty on lines written before codes were. "_s
                + lines.join(u"; "_s) + u'.'));
    return out;
}

QJsonObject skippedRows()
{
    return arrayOf(object({{u"row"_s, integer()}, {u"reason"_s, text()}}, {u"row"_s, u"reason"_s}));
}
QJsonObject importRows()
{
    QJsonObject rows = arrayOf(object({{u"row"_s, integer(0)}, {u"fields"_s, type(u"object"_s)}},
                                      {u"row"_s, u"fields"_s}));
    rows.insert(u"maxItems"_s, 200);
    return rows;
}
const QStringList Tiers {u"free"_s, u"starter"_s, u"professional"_s, u"scale"_s, u"enterprise"_s};

QJsonObject draftProperties(bool withProvider)
{
    QJsonObject properties {
        {u"name"_s, text(crm::MaxNameLength)},
        {u"authType"_s, enumOf(crm::authTypeNames())},
        {u"scheduleMinutes"_s, nullable(integer(crm::MinScheduleMinutes, crm::MaxScheduleMinutes))},
        {u"direction"_s, enumOf(crm::directions())},
        {u"conflictStrategy"_s, enumOf(crm::conflictStrategies())},
        {u"baseUrl"_s, text(crm::MaxBaseUrlLength)},
        {u"paused"_s, type(u"boolean"_s)},
        {u"credentials"_s,
         object({{u"apiKey"_s, secret()},
                 {u"username"_s, secret()},
                 {u"password"_s, secret()},
                 {u"accessToken"_s, secret()},
                 {u"refreshToken"_s, secret()},
                 {u"expiresAt"_s, secret()},
                 {u"authorizationUrl"_s, secret()},
                 {u"tokenUrl"_s, secret()},
                 {u"clientId"_s, secret()},
                 {u"clientSecret"_s, secret()},
                 {u"scope"_s, secret()}})},
    };
    if (withProvider)
        properties.insert(u"provider"_s, enumOf(crm::providerIds()));
    return properties;
}

} // namespace

void addIntegrationSchemas(QJsonObject *schemas)
{
    QJsonObject &s = *schemas;
    s.insert(
        u"CrmProvider"_s,
        object({{u"id"_s, enumOf(crm::providerIds())},
                {u"displayName"_s, text()},
                {u"connect"_s, enumOf({u"api"_s, u"inbound"_s, u"file"_s, u"custom"_s})},
                {u"authTypes"_s, arrayOf(enumOf(crm::authTypeNames()))},
                {u"features"_s,
                 arrayOf(enumOf({u"import"_s, u"export"_s, u"inbound_leads"_s, u"file_import"_s}))},
                {u"capability"_s, text()},
                {u"rateLimit"_s,
                 nullable(object({{u"requests"_s, integer()}, {u"perSeconds"_s, integer()}}))},
                {u"fileFormats"_s, arrayOf(enumOf({u"csv"_s, u"vcard"_s}))}},
               {u"id"_s, u"displayName"_s, u"connect"_s, u"authTypes"_s, u"features"_s,
                u"capability"_s, u"rateLimit"_s, u"fileFormats"_s}));
    s.insert(u"CrmProviderList"_s, listOf(u"CrmProvider"_s));

    s.insert(u"Integration"_s,
             object({{u"id"_s, uuid()},
                     {u"organizationId"_s, uuid()},
                     {u"provider"_s, enumOf(crm::providerIds())},
                     {u"name"_s, text()},
                     {u"authType"_s, enumOf(crm::authTypeNames())},
                     {u"status"_s, enumOf(crm::integrationStatuses())},
                     {u"paused"_s, type(u"boolean"_s)},
                     {u"scheduleMinutes"_s, nullable(integer())},
                     {u"direction"_s, enumOf(crm::directions())},
                     {u"conflictStrategy"_s, enumOf(crm::conflictStrategies())},
                     {u"baseUrl"_s, text()},
                     {u"hasCredentials"_s, type(u"boolean"_s)},
                     {u"lastSync"_s,
                      nullable(object({{u"status"_s, enumOf(crm::jobStatuses())},
                                       {u"at"_s, nullable(dateTime())},
                                       {u"jobId"_s, uuid()}}))},
                     {u"nextSyncAt"_s, nullable(dateTime())},
                     {u"runningJobId"_s, nullable(uuid())},
                     {u"version"_s, integer()},
                     {u"createdAt"_s, dateTime()},
                     {u"updatedAt"_s, dateTime()}},
                    {u"id"_s, u"organizationId"_s, u"provider"_s, u"name"_s, u"authType"_s,
                     u"status"_s, u"hasCredentials"_s, u"version"_s}));
    s.insert(u"IntegrationList"_s,
             object({{u"items"_s, arrayOf(ref(u"Integration"_s))},
                     {u"limit"_s,
                      object({{u"tier"_s, enumOf(Tiers)},
                              {u"allowed"_s, nullable(integer())},
                              {u"used"_s, integer()}},
                             {u"tier"_s, u"allowed"_s, u"used"_s})}},
                    {u"items"_s, u"limit"_s}));
    s.insert(u"IntegrationCreate"_s, object(draftProperties(true), {u"provider"_s, u"name"_s}));
    s.insert(u"IntegrationPatch"_s, object(draftProperties(false)));

    QJsonObject target = text(60);
    target.insert(u"pattern"_s, u"^([a-z0-9_]+|custom\\.[a-z0-9_]{1,40})$"_s);
    s.insert(u"FieldMappingList"_s,
             object({{u"items"_s,
                      arrayOf(object({{u"source"_s, text(200)},
                                      {u"target"_s, target},
                                      {u"transform"_s, enumOf(clientTransformIds())},
                                      {u"argument"_s, text(100)}},
                                     {u"source"_s, u"target"_s}))},
                     {u"version"_s, integer()}},
                    {u"items"_s}));

    s.insert(u"SyncRequest"_s, object({{u"kind"_s, enumOf(crm::syncKinds())}}, {u"kind"_s}));
    s.insert(u"SyncJob"_s,
             object({{u"id"_s, uuid()},
                     {u"integrationId"_s, uuid()},
                     {u"kind"_s, enumOf(crm::jobKinds())},
                     {u"status"_s, enumOf(crm::jobStatuses())},
                     {u"partial"_s, type(u"boolean"_s)},
                     {u"processed"_s, integer()},
                     {u"total"_s, nullable(integer())},
                     {u"created"_s, integer()},
                     {u"updated"_s, integer()},
                     {u"skipped"_s, integer()},
                     {u"error"_s, nullable(text())},
                     {u"cancelRequested"_s, type(u"boolean"_s)},
                     {u"attempt"_s, integer()},
                     {u"requestedBy"_s, nullable(uuid())},
                     {u"createdAt"_s, dateTime()},
                     {u"startedAt"_s, nullable(dateTime())},
                     {u"finishedAt"_s, nullable(dateTime())}},
                    {u"id"_s, u"integrationId"_s, u"kind"_s, u"status"_s, u"processed"_s,
                     u"attempt"_s, u"createdAt"_s}));
    s.insert(u"SyncJobPage"_s, keysetPageOf(u"SyncJob"_s));
    s.insert(u"SyncJobLogLine"_s,
             object({{u"id"_s, uuid()},
                     {u"at"_s, dateTime()},
                     {u"level"_s, enumOf({u"info"_s, u"warning"_s, u"error"_s})},
                     {u"message"_s, text()},
                     {u"code"_s, logLineCode()},
                     {u"args"_s, logLineArgs()}},
                    {u"id"_s, u"at"_s, u"level"_s, u"message"_s, u"code"_s, u"args"_s}));
    s.insert(u"SyncJobLogPage"_s,
             object({{u"items"_s, arrayOf(ref(u"SyncJobLogLine"_s))},
                     {u"limit"_s, integer()},
                     {u"nextCursor"_s, nullable(text())}},
                    {u"items"_s, u"nextCursor"_s}));
    s.insert(u"CrmClient"_s,
             object({{u"id"_s, uuid()},
                     {u"integrationId"_s, nullable(uuid())},
                     {u"externalId"_s, nullable(text())},
                     {u"fields"_s, type(u"object"_s)},
                     {u"version"_s, integer(1)},
                     {u"changedByWedsyncAt"_s, nullable(dateTime())},
                     {u"changedByCrmAt"_s, nullable(dateTime())},
                     {u"pushedAt"_s, nullable(dateTime())},
                     {u"createdAt"_s, dateTime()},
                     {u"updatedAt"_s, dateTime()}},
                    {u"id"_s, u"fields"_s, u"version"_s, u"updatedAt"_s}));
    s.insert(u"CrmClientPatch"_s, object({{u"fields"_s, type(u"object"_s)}}, {u"fields"_s}));
    s.insert(u"CrmClientPage"_s, keysetPageOf(u"CrmClient"_s));

    s.insert(u"FileImportStart"_s,
             object({{u"format"_s, enumOf({u"csv"_s, u"vcard"_s})},
                     {u"fileName"_s, text(255)},
                     {u"totalRows"_s, nullable(integer(0))}},
                    {u"format"_s, u"fileName"_s}));
    s.insert(
        u"FileImportBatch"_s,
        object({{u"offset"_s, integer(0)}, {u"rows"_s, importRows()}}, {u"offset"_s, u"rows"_s}));
    s.insert(u"FileImportBatchResult"_s,
             object({{u"created"_s, integer()},
                     {u"updated"_s, integer()},
                     {u"skipped"_s, skippedRows()},
                     {u"processed"_s, integer()},
                     {u"alreadyDone"_s, type(u"boolean"_s)}},
                    {u"created"_s, u"updated"_s, u"skipped"_s, u"processed"_s}));
    s.insert(
        u"FileImportFinish"_s,
        object({{u"status"_s, enumOf({u"completed"_s, u"failed"_s})}, {u"message"_s, text(2000)}},
               {u"status"_s}));
    s.insert(u"ClientMatchRequest"_s, object({{u"rows"_s, importRows()}}, {u"rows"_s}));
    s.insert(u"ClientMatchResult"_s,
             object({{u"create"_s, integer()},
                     {u"update"_s, integer()},
                     {u"skipped"_s, skippedRows()},
                     {u"rows"_s, importRows()}},
                    {u"create"_s, u"update"_s, u"skipped"_s}));
}

} // namespace wedsync::server
