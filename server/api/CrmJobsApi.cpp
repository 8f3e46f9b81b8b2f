#include "api/CrmJobsApi.h"

#include "ClientFields.h"
#include "CrmCatalog.h"
#include "CrmJobLog.h"
#include "JsonReader.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/IntegrationRequests.h"
#include "api/IntegrationService.h"
#include "api/IntegrationWire.h"
#include "api/KeysetPageReader.h"
#include "api/Operator.h"
#include "api/PageQuery.h"
#include "api/Preconditions.h"
#include "storage/CrmClientRepository.h"
#include "storage/SyncJobRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace crmrequest;

namespace {

const QString Job = u"/jobs/{job:uuid}"_s;
const QString Integration = u"/integrations/{integration:uuid}"_s;
const QString Client = u"/clients/{client:uuid}"_s;

// The log route's summary, naming every code a line may carry.
QString logSummary()
{
    QStringList lines, notes;
    for (const crm::joblog::JobLogCode &code : crm::joblog::jobLogCodes())
        (code.note ? notes : lines).append(code.code.toString());
    return u"The job's log, oldest first; limit (1-200), cursor. Each line has its English "
           "message and a stable code with its args (null on lines older than codes): %1; notes "
           "inside a page's line: %2 (SyncJobLogLine lists each one's args). A code this reader "
           "does not know: show the message."_s.arg(lines.join(u", "_s), notes.join(u", "_s));
}

QJsonArray skippedJson(const QList<std::pair<int, QString>> &skipped)
{
    QJsonArray out;
    for (const auto &[row, reason] : skipped)
        out.append(QJsonObject {{u"row"_s, row}, {u"reason"_s, reason}});
    return out;
}

} // namespace

CrmJobsApi::CrmJobsApi(IntegrationService &service, Database &db, const Clock &clock,
                       const ChangeNotifier &notifier)
    : m_service(service)
    , m_clients(db, clock, notifier)
    , m_db(db)
    , m_clock(clock)
{ }

void CrmJobsApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (CrmJobsApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    const QString &org = organizationPath();
    router.addOrDie(route(u"GET"_s, org + Integration + u"/jobs"_s,
                          u"The integration's sync jobs, newest first; limit (1-200), cursor."_s,
                          {}, u"SyncJobPage"_s, 200, bind(&CrmJobsApi::integrationJobs)));
    router.addOrDie(route(u"GET"_s, org + u"/jobs"_s,
                          u"Every sync job of the organization's integrations, newest first; "
                          "limit (1-200), cursor."_s,
                          {}, u"SyncJobPage"_s, 200, bind(&CrmJobsApi::organizationJobs)));
    router.addOrDie(route(u"GET"_s, org + Job, u"One sync job with its progress and counts."_s, {},
                          u"SyncJob"_s, 200, bind(&CrmJobsApi::job)));
    router.addOrDie(route(u"POST"_s, org + Job + u"/cancel"_s,
                          u"Cancels a job: a queued one at once, a running one within a page "
                          "(cancelRequested). 409 job_finished once it has ended."_s,
                          {}, u"SyncJob"_s, 200, bind(&CrmJobsApi::cancel)));
    router.addOrDie(route(u"POST"_s, org + Job + u"/retry"_s,
                          u"Queues a new job of the same kind that resumes from the failed or "
                          "cancelled one's checkpoint (attempt + 1; 202). Admins and support."_s,
                          {}, u"SyncJob"_s, 202, bind(&CrmJobsApi::retry)));
    router.addOrDie(route(u"GET"_s, org + Job + u"/log"_s, logSummary(), {}, u"SyncJobLogPage"_s,
                          200, bind(&CrmJobsApi::log)));
    router.addOrDie(route(u"GET"_s, org + u"/clients"_s,
                          u"Imported clients, newest first. Filters: integrationId, search (any "
                          "field, any case); limit (1-200), cursor."_s,
                          {}, u"CrmClientPage"_s, 200, bind(&CrmJobsApi::clients)));
    router.addOrDie(route(u"GET"_s, org + Client, u"One imported client; ETag: its version."_s, {},
                          u"CrmClient"_s, 200, bind(&CrmJobsApi::client)));
    router.addOrDie(route(u"PATCH"_s, org + Client,
                          u"Changes a client in WedSync (If-Match: its version; admins and "
                          "coordinators): fields names the fields that change, null or \"\" "
                          "clears one. The next sync treats it as WedSync's side of the client; "
                          "a two-way integration pushes it to the CRM."_s,
                          u"CrmClientPatch"_s, u"CrmClient"_s, 200, bind(&CrmJobsApi::editClient)));
    router.addOrDie(route(u"POST"_s, org + Integration + u"/imports"_s,
                          u"Starts a file import into a file connection: a running file_import "
                          "job (201) that the console fills with POST jobs/{job}/rows."_s,
                          u"FileImportStart"_s, u"SyncJob"_s, 201, bind(&CrmJobsApi::startImport)));
    router.addOrDie(route(u"POST"_s, org + Job + u"/rows"_s,
                          u"One batch of up to 200 mapped rows, in one transaction, at offset = "
                          "the job's checkpoint; a batch below it is answered as done (retry-"
                          "safe). Existing clients are matched by e-mail."_s,
                          u"FileImportBatch"_s, u"FileImportBatchResult"_s, 200,
                          bind(&CrmJobsApi::rows)));
    router.addOrDie(route(u"POST"_s, org + Job + u"/finish"_s,
                          u"Ends a file import: completed, or failed with a message; partial when "
                          "rows were skipped."_s,
                          u"FileImportFinish"_s, u"SyncJob"_s, 200, bind(&CrmJobsApi::finish)));
    router.addOrDie(route(u"POST"_s, org + u"/clients/match"_s,
                          u"The dry run of an import: how many rows would create or update a "
                          "client (matched by e-mail) and which would be skipped and why; "
                          "nothing is written."_s,
                          u"ClientMatchRequest"_s, u"ClientMatchResult"_s, 200,
                          bind(&CrmJobsApi::match)));
}

std::optional<ApiResponse> CrmJobsApi::locateJob(const ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    auto found = SyncJobRepository(m_db).find(request.param(u"org"_s), request.param(u"job"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The job"_s);
    return std::nullopt;
}

std::optional<ApiResponse> CrmJobsApi::locateIntegration(const ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    auto found = m_service.find(request.param(u"org"_s), request.param(u"integration"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The integration"_s);
    return std::nullopt;
}

ApiResponse CrmJobsApi::jobs(ApiRequest &request, const QString &integrationId)
{
    if (auto stop = rejectUnknownQuery(request, {u"limit"_s, u"cursor"_s, u"offset"_s}))
        return *stop;
    SyncJobRepository::Filter filter;
    filter.organizationId = request.param(u"org"_s);
    filter.integrationId = integrationId;
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    return keysetPageOnReader<SyncJobRepository>(m_readers, m_db, request, m_clock, filter,
                                                 integrationjson::job);
}

ApiResponse CrmJobsApi::integrationJobs(ApiRequest &request)
{
    if (auto stop = locateIntegration(request))
        return *stop;
    return jobs(request, request.param(u"integration"_s));
}

ApiResponse CrmJobsApi::organizationJobs(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    return jobs(request, {});
}

ApiResponse CrmJobsApi::job(ApiRequest &request)
{
    if (auto stop = locateJob(request))
        return *stop;
    auto found = SyncJobRepository(m_db).find(request.param(u"org"_s), request.param(u"job"_s));
    if (!found || !found->has_value())
        return found ? notFound(u"The job"_s) : errorResponse(request, found.error());
    return ApiResponse::json(integrationjson::job(found->value()));
}

ApiResponse CrmJobsApi::jobChange(ApiRequest &request, bool retry)
{
    if (auto stop = locateJob(request))
        return *stop;
    if (auto stop = retry ? requireRetrier(request) : requireManager(request))
        return *stop;
    const QString org = request.param(u"org"_s);
    const QString id = request.param(u"job"_s);
    auto job = retry ? m_service.retry(actorOf(request), org, id)
                     : m_service.cancel(actorOf(request), org, id);
    if (!job)
        return failure(request, job.error());
    return ApiResponse::json(integrationjson::job(job.value()), retry ? 202 : 200);
}

ApiResponse CrmJobsApi::cancel(ApiRequest &request)
{
    return jobChange(request, false);
}

ApiResponse CrmJobsApi::retry(ApiRequest &request)
{
    return jobChange(request, true);
}

ApiResponse CrmJobsApi::log(ApiRequest &request)
{
    if (auto stop = locateJob(request))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"limit"_s, u"cursor"_s}))
        return *stop;
    PageQuery page;
    page.limit = DefaultPageSize;
    if (auto stop = readPageQuery(request, MaxPageSize, &page))
        return *stop;
    // The cursor names the last line seen; the next page starts after it (oldest first).
    auto lines = SyncJobRepository(m_db).log(request.param(u"job"_s), page.beforeAt, page.beforeId,
                                             page.limit + 1);
    if (!lines)
        return errorResponse(request, lines.error());
    auto list = lines.value();
    const bool more = list.size() > page.limit;
    if (more)
        list.resize(page.limit);
    QJsonArray items;
    for (const SyncJobLogRow &line : std::as_const(list)) {
        QJsonObject item = integrationjson::logLine(line);
        item.remove(u"jobId"_s);
        items.append(item);
    }
    return ApiResponse::json(QJsonObject {
        {u"items"_s, items},
        {u"limit"_s, page.limit},
        {u"nextCursor"_s,
         more ? QJsonValue(KeysetCursor {list.last().at, list.last().id}.encode())
              : QJsonValue(QJsonValue::Null)},
    });
}

ApiResponse CrmJobsApi::clients(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(
            request, {u"integrationId"_s, u"search"_s, u"limit"_s, u"cursor"_s, u"offset"_s}))
        return *stop;
    CrmClientRepository::Filter filter;
    filter.organizationId = request.param(u"org"_s);
    if (auto stop = readUuidQuery(request, u"integrationId"_s, &filter.integrationId))
        return *stop;
    filter.search = request.query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();
    if (filter.search.size() > 200)
        return invalidQuery(u"search"_s, u"search is at most 200 characters."_s);
    if (filter.search.contains(QChar(0)))
        return invalidQuery(u"search"_s, u"search cannot contain a NUL character."_s);
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    return keysetPageOnReader<CrmClientRepository>(m_readers, m_db, request, m_clock, filter,
                                                   integrationjson::client);
}

ApiResponse CrmJobsApi::client(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto found = m_clients.find(request.param(u"org"_s), request.param(u"client"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The client"_s);
    const qint64 version = found->value().version;
    if (ifNoneMatchHits(request, version))
        return notModified(version);
    ApiResponse response = ApiResponse::json(integrationjson::client(found->value()));
    response.withHeader("ETag", etagFor(version));
    return response;
}

ApiResponse CrmJobsApi::editClient(ApiRequest &request)
{
    // Another tenant's client is not found before anything about the body is said.
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    const QString org = request.param(u"org"_s);
    const QString id = request.param(u"client"_s);
    auto found = m_clients.find(org, id);
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The client"_s);
    auto body = readBody(request, {u"fields"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QJsonObject changes = reader.object(u"fields"_s, true);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString where = u"fields."_s + it.key().left(100);
        if (!isClientField(it.key()))
            reader.addError(where, clientFieldProblem(it.key()));
        else if (!it.value().isString() && !it.value().isNull())
            reader.addError(where, u"A field's value is text, or null to clear it."_s);
    }
    if (errors.isEmpty() && changes.isEmpty())
        reader.addError(u"fields"_s, u"Name at least one field to change."_s);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    const Operator *caller = callerOf(request);
    if (!caller || !caller->canEditSections(org))
        return forbidden(u"Clients are changed by the organization's admins and coordinators."_s);
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    auto updated = m_clients.update(actorOf(request), org, id, ifMatch, changes);
    if (!updated) {
        QJsonValue current;
        if (updated.error().code == u"version_conflict"_s) {
            if (auto now = m_clients.find(org, id); now && now->has_value())
                current = integrationjson::client(now->value());
        }
        return failure(request, updated.error(), current);
    }
    ApiResponse response = ApiResponse::json(integrationjson::client(updated.value()));
    response.withHeader("ETag", etagFor(updated->version));
    return response;
}

ApiResponse CrmJobsApi::startImport(ApiRequest &request)
{
    auto body = readBody(request, {u"format"_s, u"fileName"_s, u"totalRows"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QString format = reader.string(u"format"_s, {}, true);
    const QString fileName = reader.string(u"fileName"_s, {}, true);
    std::optional<int> total;
    if (body->contains(u"totalRows"_s) && !body->value(u"totalRows"_s).isNull()) {
        const auto rows = reader.integer(u"totalRows"_s);
        if (rows && (*rows < 0 || *rows > 100'000'000))
            reader.addError(u"totalRows"_s, u"totalRows is a count from 0 to 100000000."_s);
        else if (rows)
            total = int(*rows);
    }
    if (errors.isEmpty() && format != u"csv"_s && format != u"vcard"_s)
        reader.addError(u"format"_s, u"format is csv or vcard."_s);
    if (errors.isEmpty() && (fileName.trimmed().isEmpty() || fileName.size() > 255))
        reader.addError(u"fileName"_s, u"Name the file (1 to 255 characters)."_s);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = locateIntegration(request))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto integration = m_service.find(request.param(u"org"_s), request.param(u"integration"_s));
    if (!integration || !integration->has_value())
        return integration ? notFound(u"The integration"_s)
                           : errorResponse(request, integration.error());
    const crm::ProviderInfo *provider = crm::findProvider(integration->value().provider);
    if (!provider || !provider->features.contains(u"file_import"_s))
        return failure(request,
                       Error {u"not_importable"_s,
                              u"%1 is connected through its API; import files into a file "
                              "connection (e.g. \"Other CRM or file\")."_s.arg(
                                  provider ? provider->displayName : QString()),
                              {}});
    auto job = m_service.startImport(actorOf(request), request.param(u"org"_s),
                                     request.param(u"integration"_s), format, fileName, total);
    if (!job)
        return failure(request, job.error());
    return ApiResponse::json(integrationjson::job(job.value()), 201);
}

ApiResponse CrmJobsApi::rows(ApiRequest &request)
{
    auto body = readBody(request, {u"offset"_s, u"rows"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const auto offset = reader.integer(u"offset"_s, true);
    if (offset && (*offset < 0 || *offset > 100'000'000))
        reader.addError(u"offset"_s, u"offset is a row count from 0."_s);
    const QList<ImportRow> rows = readRows(reader, IntegrationService::MaxBatchRows);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = locateJob(request))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto result = m_service.importRows(actorOf(request), request.param(u"org"_s),
                                       request.param(u"job"_s), int(offset.value_or(0)), rows);
    if (!result)
        return failure(request, result.error());
    return ApiResponse::json(QJsonObject {{u"created"_s, result->created},
                                          {u"updated"_s, result->updated},
                                          {u"skipped"_s, skippedJson(result->skipped)},
                                          {u"processed"_s, result->processed},
                                          {u"alreadyDone"_s, result->alreadyDone}});
}

ApiResponse CrmJobsApi::finish(ApiRequest &request)
{
    auto body = readBody(request, {u"status"_s, u"message"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QString status = reader.string(u"status"_s, {}, true);
    const QString message = reader.string(u"message"_s);
    if (errors.isEmpty() && status != u"completed"_s && status != u"failed"_s)
        reader.addError(u"status"_s, u"status is completed or failed."_s);
    if (message.size() > 2000)
        reader.addError(u"message"_s, u"The message is at most 2000 characters."_s);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = locateJob(request))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto job = m_service.finishImport(actorOf(request), request.param(u"org"_s),
                                      request.param(u"job"_s), status == u"completed"_s, message);
    if (!job)
        return failure(request, job.error());
    return ApiResponse::json(integrationjson::job(job.value()));
}

ApiResponse CrmJobsApi::match(ApiRequest &request)
{
    auto body = readBody(request, {u"rows"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QList<ImportRow> rows = readRows(reader, IntegrationService::MaxBatchRows);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto result = m_service.preview(request.param(u"org"_s), rows);
    if (!result)
        return failure(request, result.error());
    // Each row as it would be imported, for the preview table.
    QJsonArray echoed;
    for (const ImportRow &row : rows)
        echoed.append(QJsonObject {{u"row"_s, row.row}, {u"fields"_s, row.fields}});
    return ApiResponse::json(QJsonObject {{u"create"_s, result->created},
                                          {u"update"_s, result->updated},
                                          {u"skipped"_s, skippedJson(result->skipped)},
                                          {u"rows"_s, echoed}});
}

} // namespace wedsync::server
