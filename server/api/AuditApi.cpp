#include "api/AuditApi.h"

#include "AuditRecord.h"
#include "CsvWriter.h"
#include "api/ActorNames.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/KeysetPage.h"
#include "api/PageQuery.h"
#include "api/ReaderAnswer.h"
#include "api/RecordJson.h"
#include "common/Ids.h"
#include "storage/WeddingRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QStringList FilterParameters {
    u"organizationId"_s, u"actorId"_s, u"entityType"_s, u"entityId"_s,
    u"action"_s,         u"from"_s,    u"to"_s,         u"weddingId"_s};

ApiResponse badParameter(const QString &name, const QString &message)
{
    return ApiResponse::error(
        400, u"invalid_query"_s, message,
        QJsonObject {
            {u"parameter"_s, name},
            {u"fields"_s, QJsonArray {QJsonObject {{u"field"_s, name}, {u"message"_s, message}}}}});
}

// A short human label of the audited object, for people reading the export: a section's title,
// a person's name or e-mail.
QString labelOf(const AuditRecord &entry)
{
    for (const auto &side : {entry.after, entry.before}) {
        if (!side)
            continue;
        const QString title
            = side->value(u"customization"_s).toObject().value(u"title"_s).toString();
        if (!title.isEmpty())
            return title;
        for (const QString &key : {u"title"_s, u"name"_s, u"displayName"_s, u"email"_s}) {
            if (side->value(key).isString())
                return side->value(key).toString();
        }
    }
    return {};
}

QString jsonText(const std::optional<QJsonObject> &object)
{
    return object ? QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact))
                  : QString();
}

} // namespace

AuditApi::AuditApi(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

void AuditApi::registerRoutes(Router &router)
{
    router.addOrDie(Route {
        u"GET"_s,
        *PathPattern::parse(u"/api/v1/audit"_s),
        u"Audit trail, newest first. Filters: organizationId, actorId, entityType, entityId, "
        "action, weddingId (one wedding's timeline: rows of the wedding's sections, permissions "
        "and conflicts, and the compliance rows of the suppliers with access to it; also for "
        "its organization's coordinators), from, to (ISO-8601; to exclusive). Paging: limit "
        "(1-500), cursor or offset; total counts every match."_s,
        u"audit"_s,
        AuthRequirement::Console,
        {},
        u"AuditPage"_s,
        200,
        [this](ApiRequest &r) {
            return list(r);
        }});
    router.addOrDie(
        Route {u"GET"_s,
               *PathPattern::parse(u"/api/v1/audit/export"_s),
               u"The filtered audit trail (the same filters, weddingId included) as ?format=csv "
               "(RFC 4180, formula cells neutralised) or json, as a download."_s,
               u"audit"_s,
               AuthRequirement::Console,
               {},
               u"AuditExport"_s,
               200,
               [this](ApiRequest &r) {
                   return exportTrail(r);
               }});
}

std::optional<ApiResponse> AuditApi::readFilter(const ApiRequest &request, bool paging,
                                                AuditRepository::Filter *filter)
{
    QStringList allowed = FilterParameters;
    if (paging)
        allowed << u"limit"_s << u"offset"_s << u"cursor"_s;
    else
        allowed << u"format"_s;
    if (auto stop = rejectUnknownQuery(request, allowed))
        return stop;
    if (auto stop = readUuidQuery(request, u"organizationId"_s, &filter->organizationId))
        return stop;
    if (auto stop = readUuidQuery(request, u"actorId"_s, &filter->actorId))
        return stop;
    if (auto stop = readUuidQuery(request, u"weddingId"_s, &filter->weddingId))
        return stop;
    const auto text
        = [&](const QString &name, int maxLength, QString *value) -> std::optional<ApiResponse> {
        *value = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
        if (value->size() > maxLength)
            return badParameter(name, u"%1 is at most %2 characters."_s.arg(name).arg(maxLength));
        return std::nullopt;
    };
    if (auto stop = text(u"entityType"_s, 64, &filter->entityType))
        return stop;
    if (auto stop = text(u"entityId"_s, 200, &filter->entityId))
        return stop;
    if (auto stop = text(u"action"_s, 64, &filter->action))
        return stop;
    if (auto stop = readTimeQuery(request, u"from"_s, &filter->from))
        return stop;
    if (auto stop = readTimeQuery(request, u"to"_s, &filter->to))
        return stop;
    if (filter->from.isValid() && filter->to.isValid() && filter->from > filter->to)
        return badParameter(u"to"_s, u"to must not be before from."_s);

    if (paging) {
        if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, filter))
            return stop;
    }

    // Who may read what: platform staff everything, an organization's admins their tenant, and
    // its coordinators one wedding's timeline (what wedding:<id> also delivers to them).
    const Operator *caller = callerOf(request);
    if (!filter->weddingId.isEmpty()) {
        auto organization = WeddingRepository(m_db, m_clock).organizationOf(filter->weddingId);
        if (!organization)
            return errorResponse(request, organization.error());
        if (organization->isEmpty() || !caller->canRead(organization.value())
            || (!filter->organizationId.isEmpty()
                && filter->organizationId != organization.value()))
            return notFound(u"The wedding"_s);
        filter->organizationId = organization.value();
        return std::nullopt;
    }
    if (caller->seesAllOrganizations())
        return std::nullopt;
    const QString onlyAdmins
        = u"The audit trail is for the organization's admins and platform staff; ask your "
          "organization's admin."_s;
    if (!filter->organizationId.isEmpty()) {
        if (!caller->canRead(filter->organizationId))
            return notFound(u"The organization"_s);
        if (!caller->canReadOperations(filter->organizationId))
            return forbidden(onlyAdmins);
        return std::nullopt;
    }
    filter->organizationIds << caller->operationsOrganizationIds();
    if (filter->organizationIds.isEmpty())
        return forbidden(onlyAdmins);
    return std::nullopt;
}

ApiResponse AuditApi::list(ApiRequest &request)
{
    // Who may read what is settled here; the rows are read on a reader thread.
    AuditRepository::Filter filter;
    if (auto stop = readFilter(request, true, &filter))
        return *stop;
    return answerFromReader(m_readers, m_db, request,
                            [clock = &m_clock, filter, requestId = request.requestId](
                                Database &db) { return readPage(db, *clock, filter, requestId); });
}

ApiResponse AuditApi::readPage(Database &db, const Clock &clock,
                               const AuditRepository::Filter &filter, const QString &requestId)
{
    const ApiRequest answering = answeringRequest(requestId);
    AuditRepository repository(db, clock);
    ActorNames names(db, clock);
    return keysetPage(answering, repository, filter,
                      [&names](const AuditRecord &record) { return names.toJson(record); });
}

ApiResponse AuditApi::exportTrail(ApiRequest &request)
{
    const QString format = request.query.queryItemValue(u"format"_s).isEmpty()
        ? u"csv"_s
        : request.query.queryItemValue(u"format"_s, QUrl::FullyDecoded);
    if (format != u"csv"_s && format != u"json"_s)
        return badParameter(u"format"_s, u"format is csv or json."_s);
    AuditRepository::Filter filter;
    if (auto stop = readFilter(request, false, &filter))
        return *stop;
    return answerFromReader(
        m_readers, m_db, request,
        [clock = &m_clock, filter, format, requestId = request.requestId](Database &db) {
            return readExport(db, *clock, filter, format, requestId);
        });
}

ApiResponse AuditApi::readExport(Database &db, const Clock &clock, AuditRepository::Filter filter,
                                 const QString &format, const QString &requestId)
{
    ApiRequest request; // what an error answer needs of the request
    request.requestId = requestId;
    AuditRepository repository(db, clock);
    auto total = repository.count(filter);
    if (!total)
        return errorResponse(request, total.error());
    if (total.value() > MaxExportRows) {
        return ApiResponse::error(
            422, u"export_too_large"_s,
            u"%1 rows match; an export holds at most %2. Narrow the time range (from, to) or the "
            "filters."_s.arg(total.value())
                .arg(MaxExportRows),
            QJsonObject {{u"total"_s, total.value()}, {u"maximum"_s, MaxExportRows}});
    }

    // Read in pages by keyset, so that rows written meanwhile neither repeat nor go missing.
    QList<AuditRecord> entries;
    filter.limit = 1000;
    for (;;) {
        auto rows = repository.query(filter);
        if (!rows)
            return errorResponse(request, rows.error());
        entries += rows.value();
        if (rows->size() < filter.limit || entries.size() >= MaxExportRows)
            break;
        filter.beforeAt = rows->last().occurredAt;
        filter.beforeId = rows->last().id;
    }

    const QString stamp = clock.now().toString(u"yyyyMMdd-HHmmss"_s);
    ApiResponse response;
    ActorNames names(db, clock);
    if (format == u"json"_s) {
        QJsonArray items;
        for (const AuditRecord &entry : std::as_const(entries))
            items.append(names.toJson(entry));
        response = ApiResponse::json(QJsonObject {{u"items"_s, items},
                                                  {u"count"_s, qint64(entries.size())},
                                                  {u"exportedAt"_s, json::timestamp(clock.now())}});
    } else {
        CsvWriter csv;
        // Names beside the ids, so that a reader of the file knows who did what.
        csv.addRow({u"id"_s, u"occurredAt"_s, u"actorId"_s, u"actorEmail"_s, u"actorName"_s,
                    u"organizationId"_s, u"entityType"_s, u"entityId"_s, u"label"_s, u"action"_s,
                    u"requestId"_s, u"before"_s, u"after"_s, u"weddingId"_s});
        for (const AuditRecord &entry : std::as_const(entries)) {
            const ActorNames::Names actor = names.of(entry.actorId);
            csv.addRow({entry.id, json::timestamp(entry.occurredAt), entry.actorId, actor.email,
                        actor.displayName, entry.organizationId, entry.entityType, entry.entityId,
                        labelOf(entry), entry.action, entry.requestId, jsonText(entry.before),
                        jsonText(entry.after), entry.weddingId});
        }
        response.status = 200;
        response.contentType = "text/csv"; // the server adds the charset
        response.body = csv.toUtf8();
    }
    response.withHeader(
        "Content-Disposition",
        (u"attachment; filename=\"wedsync-audit-"_s + stamp + u'.' + format + u'"').toUtf8());
    return response;
}

} // namespace wedsync::server
