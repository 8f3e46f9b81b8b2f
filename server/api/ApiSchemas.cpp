#include "api/ApiSchemas.h"

#include "api/AppointmentSchemas.h"
#include "api/CalendarAccountsApi.h"
#include "api/ComplianceSchemas.h"
#include "api/ConfigSchemas.h"
#include "api/IntegrationSchemas.h"
#include "api/ResourceSchemas.h"
#include "api/SchemaBuilders.h"
#include "api/WebhookSchemas.h"
#include "jobs/ConnectionTestApi.h"
#include "jobs/OAuthApi.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

QJsonObject apiSchemas()
{
    QJsonObject s;
    s.insert(u"Error"_s,
             object({{u"error"_s,
                      object({{u"code"_s, type(u"string"_s)},
                              {u"message"_s, type(u"string"_s)},
                              {u"details"_s, type(u"object"_s)}},
                             {u"code"_s, u"message"_s, u"details"_s})}},
                    {u"error"_s}));
    s.insert(u"Health"_s,
             object({{u"status"_s, enumOf({u"ok"_s, u"degraded"_s})},
                     {u"database"_s, enumOf({u"sqlite"_s, u"postgresql"_s})},
                     {u"version"_s, type(u"string"_s)}},
                    {u"status"_s, u"database"_s, u"version"_s}));
    s.insert(u"LoginRequest"_s,
             object({{u"email"_s, type(u"string"_s)}, {u"password"_s, type(u"string"_s)}},
                    {u"email"_s, u"password"_s}));
    s.insert(u"RefreshRequest"_s,
             object({{u"refreshToken"_s, type(u"string"_s)}}, {u"refreshToken"_s}));
    s.insert(u"User"_s,
             object({{u"id"_s, uuid()},
                     {u"email"_s, type(u"string"_s)},
                     {u"displayName"_s, type(u"string"_s)},
                     {u"disabled"_s, type(u"boolean"_s)},
                     {u"createdAt"_s, dateTime()}},
                    {u"id"_s, u"email"_s, u"displayName"_s}));
    s.insert(
        u"Session"_s,
        object({{u"accessToken"_s, type(u"string"_s)},
                {u"tokenType"_s, enumOf({u"bearer"_s})},
                {u"expiresIn"_s, type(u"integer"_s)},
                {u"refreshToken"_s, type(u"string"_s)},
                {u"user"_s, ref(u"User"_s)},
                {u"consoleAccess"_s, type(u"boolean"_s)}},
               {u"accessToken"_s, u"tokenType"_s, u"expiresIn"_s, u"refreshToken"_s, u"user"_s}));
    s.insert(u"Membership"_s,
             object({{u"organizationId"_s, uuid()},
                     {u"organizationName"_s, type(u"string"_s)},
                     {u"role"_s, enumOf(roleNames())}},
                    {u"organizationId"_s, u"organizationName"_s, u"role"_s}));
    s.insert(u"Me"_s,
             object({{u"user"_s, ref(u"User"_s)},
                     {u"platformStaff"_s, nullable(enumOf({u"platform_admin"_s, u"support"_s}))},
                     {u"memberships"_s, arrayOf(ref(u"Membership"_s))},
                     {u"consoleAccess"_s, type(u"boolean"_s)}},
                    {u"user"_s, u"platformStaff"_s, u"memberships"_s, u"consoleAccess"_s}));
    s.insert(
        u"Organization"_s,
        object({{u"id"_s, uuid()},
                {u"name"_s, type(u"string"_s)},
                {u"slug"_s, type(u"string"_s)},
                {u"subscriptionTier"_s,
                 enumOf({u"free"_s, u"starter"_s, u"professional"_s, u"scale"_s, u"enterprise"_s})},
                {u"createdAt"_s, dateTime()},
                {u"callerRole"_s, nullable(enumOf(roleNames()))}},
               {u"id"_s, u"name"_s, u"slug"_s, u"subscriptionTier"_s}));
    s.insert(u"OrganizationList"_s, listOf(u"Organization"_s));
    s.insert(u"Wedding"_s,
             object({{u"id"_s, uuid()},
                     {u"organizationId"_s, uuid()},
                     {u"coupleName"_s, type(u"string"_s)},
                     {u"weddingDate"_s,
                      QJsonObject {{u"type"_s, u"string"_s}, {u"format"_s, u"date"_s}}},
                     {u"timeZone"_s, type(u"string"_s)},
                     {u"status"_s, enumOf({u"active"_s, u"completed"_s, u"cancelled"_s})},
                     {u"version"_s, type(u"integer"_s)},
                     {u"phase"_s, enumOf(phaseNames())},
                     {u"daysUntil"_s, type(u"integer"_s)},
                     {u"createdAt"_s, dateTime()},
                     {u"updatedAt"_s, dateTime()}},
                    {u"id"_s, u"organizationId"_s, u"coupleName"_s, u"weddingDate"_s, u"timeZone"_s,
                     u"status"_s, u"version"_s}));
    s.insert(u"WeddingList"_s, listOf(u"Wedding"_s));
    s.insert(u"Member"_s,
             object({{u"userId"_s, uuid()},
                     {u"email"_s, type(u"string"_s)},
                     {u"displayName"_s, type(u"string"_s)},
                     {u"role"_s, enumOf(roleNames())},
                     {u"weddingAccess"_s,
                      arrayOf(object({{u"weddingId"_s, uuid()},
                                      {u"accessLevel"_s, enumOf({u"full"_s, u"limited"_s})}},
                                     {u"weddingId"_s, u"accessLevel"_s}))}},
                    {u"userId"_s, u"email"_s, u"displayName"_s, u"role"_s, u"weddingAccess"_s}));
    s.insert(u"MemberList"_s, listOf(u"Member"_s));
    s.insert(u"OpenApi"_s, type(u"object"_s));
    addResourceSchemas(&s);
    addComplianceSchemas(&s);
    addIntegrationSchemas(&s);
    addAppointmentSchemas(&s);
    addWebhookSchemas(&s);
    addCalendarSchemas(&s);
    addConfigSchemas(&s);
    addConnectionTestSchemas(&s);
    addOAuthSchemas(&s);
    return s;
}

} // namespace wedsync::server
