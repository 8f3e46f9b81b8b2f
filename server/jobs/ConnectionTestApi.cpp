#include "jobs/ConnectionTestApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/IntegrationRequests.h"
#include "api/IntegrationService.h"
#include "api/SchemaBuilders.h"
#include "http/PendingAnswer.h"
#include "jobs/JobRunner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ConnectionTestApi::ConnectionTestApi(IntegrationService &service, JobRunner &runner, Database &db,
                                     const Clock &clock)
    : m_service(service)
    , m_runner(runner)
    , m_db(db)
    , m_clock(clock)
{ }

void ConnectionTestApi::registerRoutes(Router &router)
{
    router.addOrDie(crmrequest::route(
        u"POST"_s, crmrequest::organizationPath() + u"/integrations/{integration:uuid}/test"_s,
        u"Tests the integration's connection on a job worker and answers when done: ok, a "
        "message, up to 5 sample rows and the source field names; the status becomes "
        "connected, error or expired."_s,
        {}, u"ConnectionTestResult"_s, 200, [this](ApiRequest &request) { return test(request); }));
}

ApiResponse ConnectionTestApi::test(ApiRequest &request)
{
    IntegrationRow integration;
    if (auto stop
        = crmrequest::requireManagedIntegration(request, m_db, m_clock, m_service, &integration))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    const QString integrationId = request.param(u"integration"_s);
    if (!request.header("Idempotency-Key").isEmpty()) {
        return ApiResponse::error(400, u"idempotency_not_supported"_s,
                                  u"A connection test changes nothing that could be replayed: send "
                                  "it again without the Idempotency-Key header."_s);
    }
    auto later = request.answerLater();
    if (!later)
        return ApiResponse::internalError(request.requestId, u"no deferred answer"_s);
    m_runner.testConnection(organizationId, integrationId, [later](const CrmTestResult &result) {
        QJsonArray sample;
        for (const QJsonObject &row : result.sample)
            sample.append(row);
        later->answer(ApiResponse::json(QJsonObject {
            {u"ok"_s, result.ok},
            {u"status"_s, result.status},
            {u"message"_s, result.message},
            {u"sample"_s, sample},
            {u"sourceFields"_s, QJsonArray::fromStringList(result.sourceFields)},
        }));
    });
    return ApiResponse::later();
}

void addConnectionTestSchemas(QJsonObject *schemas)
{
    using namespace schema;
    schemas->insert(u"ConnectionTestResult"_s,
                    object({{u"ok"_s, type(u"boolean"_s)},
                            {u"status"_s, enumOf({u"connected"_s, u"error"_s, u"expired"_s})},
                            {u"message"_s, type(u"string"_s)},
                            {u"sample"_s, arrayOf(type(u"object"_s))},
                            {u"sourceFields"_s, arrayOf(type(u"string"_s))}},
                           {u"ok"_s, u"status"_s, u"message"_s, u"sample"_s, u"sourceFields"_s}));
}

} // namespace wedsync::server
