#include "api/SectionsApi.h"

#include "SectionJson.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/LayoutVersionsApi.h"
#include "api/Preconditions.h"
#include "api/ReaderAnswer.h"
#include "api/SectionMoves.h"
#include "api/SectionService.h"
#include "api/SectionWire.h"
#include "api/SectionWireCache.h"
#include "api/SectionWriteRules.h"
#include "api/WriterAnswer.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/LayoutVersionRepository.h"
#include "storage/WeddingRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return consoleRoute(u"sections"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

ApiResponse sectionResponse(const SectionRecord &record, int status = 200)
{
    ApiResponse response = ApiResponse::json(json::section(record), status);
    response.withHeader("ETag", etagFor(record.section.metadata.version));
    return response;
}

// The section a refused write was checked against (412's details.current), if any.
QJsonValue currentOf(const QList<SectionRecord> &conflicts)
{
    return conflicts.isEmpty() ? QJsonValue() : QJsonValue(json::section(conflicts.first()));
}

QJsonArray sectionsJson(const QList<SectionRecord> &records)
{
    QJsonArray out;
    for (const SectionRecord &record : records)
        out.append(json::section(record));
    return out;
}

QString editorsOnly()
{
    return u"Only the organization's admins and coordinators (and platform admins) can change "
           "sections; "
           "support staff can read them."_s;
}

// The body with the keys of the server's representation that a client may echo removed.
QJsonObject withoutServerKeys(QJsonObject body)
{
    for (const QString &key : json::sectionServerKeys())
        body.remove(key);
    return body;
}

} // namespace

SectionsApi::SectionsApi(SectionService &service, Database &db, const Clock &clock)
    : m_service(service)
    , m_db(db)
    , m_clock(clock)
{ }

void SectionsApi::registerRoutes(Router &router)
{
    const QString collection = u"/api/v1/organizations/{org:uuid}/sections"_s;
    const QString item = u"/api/v1/sections/{id:uuid}"_s;
    router.addOrDie(
        route(u"GET"_s, collection,
              u"An organization's sections by position; ?weddingId= for one wedding's dashboard, "
              "?scope=organization for the organization-wide one."_s,
              {}, u"SectionList"_s, 200, [this](ApiRequest &r) { return list(r); }));
    router.addOrDie(
        route(u"POST"_s, collection,
              u"Creates a section (validated; without layout.position it goes last). Admins and "
              "coordinators."_s,
              u"SectionCreate"_s, u"Section"_s, 201, [this](ApiRequest &r) { return create(r); }));
    router.addOrDie(route(
        u"POST"_s, collection + u"/reorder"_s,
        u"Moves several sections at once ([{id, position, columns?, version}]): all or "
        "nothing."_s,
        u"SectionReorder"_s, u"SectionList"_s, 200, [this](ApiRequest &r) { return reorder(r); }));
    router.addOrDie(route(u"GET"_s, item,
                          u"One section, with its version as ETag (If-None-Match: 304)."_s, {},
                          u"Section"_s, 200, [this](ApiRequest &r) { return get(r); }));
    router.addOrDie(
        route(u"PATCH"_s, item,
              u"Changes the fields sent (If-Match required: 428 without, 412 with the current "
              "section when stale)."_s,
              u"SectionPatch"_s, u"Section"_s, 200, [this](ApiRequest &r) { return patch(r); }));
    router.addOrDie(
        route(u"PUT"_s, item,
              u"Replaces visibility, layout, customization and permissions (If-Match required)."_s,
              u"SectionInput"_s, u"Section"_s, 200, [this](ApiRequest &r) { return replace(r); }));
    router.addOrDie(route(u"DELETE"_s, item, u"Deletes a section (If-Match required)."_s, {}, {},
                          204, [this](ApiRequest &r) { return remove(r); }));
}

ApiResponse SectionsApi::list(ApiRequest &request)
{
    // What needs no database is checked here; the rows are read on a reader thread.
    if (auto stop = requireReadableOrganization(request))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"weddingId"_s, u"scope"_s}))
        return *stop;
    SectionScope scope;
    if (auto stop = readUuidQuery(request, u"weddingId"_s, &scope.weddingId))
        return *stop;
    const QString scopeName = request.query.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    if (!scope.weddingId.isEmpty()) {
        scope.kind = SectionScope::Kind::Wedding;
    } else if (scopeName == u"organization"_s) {
        scope.kind = SectionScope::Kind::OrganizationWide;
    } else if (!scopeName.isEmpty() && scopeName != u"all"_s) {
        return ApiResponse::error(
            400, u"invalid_query"_s,
            u"scope must be \"organization\" or \"all\"; for one wedding use weddingId."_s,
            QJsonObject {{u"parameter"_s, u"scope"_s}});
    }
    return answerFromReader(
        m_readers, m_db, request,
        [cache = &m_listCache, clock = &m_clock, organizationId = request.param(u"org"_s), scope,
         requestId = request.requestId](Database &db) {
            return readList(db, *clock, *cache, organizationId, scope, requestId);
        });
}

ApiResponse SectionsApi::readList(Database &db, const Clock &clock, SectionListCache &cache,
                                  const QString &organizationId, const SectionScope &scope,
                                  const QString &requestId)
{
    const ApiRequest answering = answeringRequest(requestId);
    // The version first: the rows read after it are at least as new as what it stands for.
    // Read with the organization's existence: one round trip instead of two.
    auto configVersion = ConfigVersionRepository(db, clock).currentOfExisting(organizationId);
    if (!configVersion)
        return errorResponse(answering, configVersion.error());
    if (!configVersion->has_value())
        return notFound(u"The organization"_s);
    if (scope.kind == SectionScope::Kind::Wedding) {
        auto wedding = WeddingRepository(db, clock).find(organizationId, scope.weddingId);
        if (!wedding)
            return errorResponse(answering, wedding.error());
        if (!wedding->has_value())
            return notFound(u"The wedding"_s);
    }
    const QString cacheKey = SectionListCache::keyOf(organizationId, scope);
    const qint64 version = configVersion->value();
    std::optional<SectionListCache::Answer> answer = cache.find(cacheKey, version);
    if (!answer) {
        auto rows = SectionRepository(db, clock).listStored(organizationId, scope);
        if (!rows)
            return errorResponse(answering, rows.error());
        auto items = SectionWireCache::shared().wire(rows.value());
        if (!items)
            return errorResponse(answering, items.error());
        answer = SectionListCache::Answer {
            ApiResponse::json(QJsonObject {{u"items"_s, items.value()}}).body, {}};
        if (scope.kind != SectionScope::Kind::All) {
            // One dashboard: its layout version, for If-Match when restoring one of its
            // versions (changed only with its sections, so with the configuration version).
            auto layout
                = LayoutVersionRepository(db, clock).current(organizationId, scope.weddingId);
            if (!layout)
                return errorResponse(answering, layout.error());
            answer->layoutVersion = QByteArray::number(layout.value());
        }
        cache.store(cacheKey, version, *answer);
    }
    ApiResponse response;
    response.body = answer->body;
    if (!answer->layoutVersion.isEmpty())
        response.withHeader(LayoutVersionHeader, answer->layoutVersion);
    return response;
}

ApiResponse SectionsApi::create(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    if (!callerOf(request)->canEditSections(organizationId))
        return forbidden(editorsOnly());
    auto body = request.jsonObject();
    if (!body)
        return errorResponse(request, body.error());
    const QJsonObject input = withoutServerKeys(body.value());
    if (input.contains(u"id"_s)) {
        return writeFailure(request,
                            Error {u"validation_failed"_s,
                                   u"The server chooses a new section's id; leave \"id\" out."_s,
                                   {{u"id"_s, u"Leave it out: the server chooses the id."_s}}});
    }
    auto decoded = sectionFromJson(input);
    if (!decoded)
        return writeFailure(request, decoded.error());
    SectionConfig section = std::move(decoded).value();
    if (!section.organizationId.isEmpty() && section.organizationId.toLower() != organizationId) {
        return writeFailure(request,
                            Error {u"validation_failed"_s,
                                   u"The section belongs to the organization in the path."_s,
                                   {{u"organizationId"_s,
                                     u"Leave it out or use the organization of the path."_s}}});
    }
    section.organizationId = organizationId;
    if (auto refused = sectionWriteRefusal(*callerOf(request), nullptr, &section))
        return writeFailure(request, *refused);
    const bool positionGiven = input.value(u"layout"_s).toObject().contains(u"position"_s);
    return answerFromWriter(
        m_writers, m_db, m_service.notifier(), request,
        [&clock = m_service.clock(), actor = actorOf(request), caller = *callerOf(request), section,
         positionGiven,
         requestId = request.requestId](Database &db, const ChangeNotifier &notifier) {
            const ApiRequest answering = answeringRequest(requestId);
            SectionService service(db, clock, notifier);
            if (!caller.canAdminister(section.organizationId)) {
                // Whoever is not an admin keeps the grants of the organization's default.
                auto organizationWide
                    = service.list(section.organizationId,
                                   SectionScope {SectionScope::Kind::OrganizationWide, {}});
                if (!organizationWide)
                    return writeFailure(answering, organizationWide.error());
                const SectionConfig *organizationDefault = nullptr;
                for (const SectionRecord &record : organizationWide.value()) {
                    if (record.section.sectionType == section.sectionType)
                        organizationDefault = &record.section;
                }
                if (auto refused = sectionGrantsRefusal(caller, section, organizationDefault))
                    return writeFailure(answering, *refused);
            }
            auto created = service.create(actor, section, !positionGiven);
            if (!created)
                return writeFailure(answering, created.error());
            ApiResponse response = sectionResponse(created.value(), 201);
            response.withHeader("Location",
                                (u"/api/v1/sections/"_s + created->section.id).toUtf8());
            return response;
        });
}

std::optional<ApiResponse> SectionsApi::locate(const ApiRequest &request, bool forWrite,
                                               QString *organizationId)
{
    const QString id = request.param(u"id"_s);
    auto organization = m_service.organizationOf(id);
    if (!organization)
        return errorResponse(request, organization.error());
    const Operator *caller = callerOf(request);
    // Another tenant's section is answered exactly like one that does not exist.
    if (!organization->has_value() || !caller->canRead(organization->value()))
        return notFound(u"The section"_s);
    if (forWrite && !caller->canEditSections(organization->value()))
        return forbidden(editorsOnly());
    *organizationId = organization->value();
    return std::nullopt;
}

ApiResponse SectionsApi::get(ApiRequest &request)
{
    QString organizationId;
    if (auto stop = locate(request, false, &organizationId))
        return *stop;
    // Read on a reader when there are readers: what the answer needs of the request is copied.
    ApiRequest conditional = answeringRequest(request.requestId);
    conditional.headers = {{QByteArrayLiteral("If-None-Match"), request.header("If-None-Match")}};
    return answerFromReader(
        m_readers, m_db, request,
        [&clock = m_clock, organizationId, id = request.param(u"id"_s), conditional](Database &db) {
            auto found = SectionRepository(db, clock).find(organizationId, id);
            if (!found)
                return errorResponse(conditional, found.error());
            if (!found->has_value())
                return notFound(u"The section"_s);
            const SectionRecord &record = found->value();
            if (ifNoneMatchHits(conditional, record.section.metadata.version))
                return notModified(record.section.metadata.version);
            return sectionResponse(record);
        });
}

ApiResponse SectionsApi::patch(ApiRequest &request)
{
    return update(request, false);
}

ApiResponse SectionsApi::replace(ApiRequest &request)
{
    return update(request, true);
}

ApiResponse SectionsApi::update(ApiRequest &request, bool replaceAll)
{
    QString organizationId;
    if (auto stop = locate(request, true, &organizationId))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    auto body = request.jsonObject();
    if (!body)
        return errorResponse(request, body.error());
    const QJsonObject input = withoutServerKeys(body.value());

    SectionChange change;
    change.id = request.param(u"id"_s);
    change.ifMatch = ifMatch;
    if (replaceAll) {
        change.edit = [input](const SectionConfig &current) -> Result<SectionConfig> {
            auto decoded = sectionFromJson(input);
            if (!decoded)
                return decoded.error();
            SectionConfig section = std::move(decoded).value();
            // What PUT leaves out of identity stays as it is; metadata belongs to the server.
            if (!input.contains(u"id"_s))
                section.id = current.id;
            section.id = section.id.toLower();
            if (!input.contains(u"organizationId"_s))
                section.organizationId = current.organizationId;
            section.organizationId = section.organizationId.toLower();
            if (!input.contains(u"sectionType"_s))
                section.sectionType = current.sectionType;
            if (!input.contains(u"weddingId"_s))
                section.weddingId = current.weddingId;
            section.weddingId = section.weddingId.toLower();
            section.metadata = current.metadata;
            return section;
        };
    } else {
        change.edit = [input](const SectionConfig &current) {
            return applySectionPatch(current, input);
        };
    }
    // A copy: the edit may run on a writer thread after the request (and its caller) are gone.
    change.authorize
        = [caller = *callerOf(request)](const SectionConfig &before, const SectionConfig &after) {
              return sectionWriteRefusal(caller, &before, &after);
          };
    // The transaction runs on a writer's connection when there are writers; what it commits is
    // published from the event loop in commit order.
    return answerFromWriter(
        m_writers, m_db, m_service.notifier(), request,
        [&clock = m_service.clock(), actor = actorOf(request), organizationId, change,
         requestId = request.requestId](Database &db, const ChangeNotifier &notifier) {
            QList<SectionRecord> conflicts;
            auto updated = SectionService(db, clock, notifier)
                               .update(actor, organizationId, {change}, u"update"_s, &conflicts);
            if (!updated)
                return writeFailure(answeringRequest(requestId), updated.error(),
                                    currentOf(conflicts));
            return sectionResponse(updated->first());
        });
}

ApiResponse SectionsApi::remove(ApiRequest &request)
{
    QString organizationId;
    if (auto stop = locate(request, true, &organizationId))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    return answerFromWriter(
        m_writers, m_db, m_service.notifier(), request,
        [&clock = m_service.clock(), actor = actorOf(request), caller = *callerOf(request),
         organizationId, id = request.param(u"id"_s), ifMatch,
         requestId = request.requestId](Database &db, const ChangeNotifier &notifier) {
            const ApiRequest answering = answeringRequest(requestId);
            SectionService service(db, clock, notifier);
            auto found = service.find(organizationId, id);
            if (!found)
                return errorResponse(answering, found.error());
            if (found->has_value()) {
                if (auto refused = sectionWriteRefusal(caller, &found->value().section, nullptr))
                    return writeFailure(answering, *refused);
            }
            QList<SectionRecord> conflicts;
            auto removed = service.remove(actor, organizationId, id, ifMatch, &conflicts);
            if (!removed)
                return writeFailure(answering, removed.error(), currentOf(conflicts));
            return ApiResponse::noContent();
        });
}

ApiResponse SectionsApi::reorder(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    if (!callerOf(request)->canEditSections(organizationId))
        return forbidden(editorsOnly());

    auto decoded = decodeMoves(request.body);
    if (!decoded)
        return writeFailure(request, decoded.error());
    const QList<SectionMove> moves = std::move(decoded).value();

    QList<SectionChange> changes;
    QHash<QString, QString> prefixById;
    for (const SectionMove &move : moves) {
        SectionChange change;
        change.id = move.id;
        change.ifMatch.versions = {move.version};
        change.fieldPrefix = move.fieldPrefix;
        change.edit = [move](const SectionConfig &current) -> Result<SectionConfig> {
            SectionConfig moved = current;
            moved.layout.position = move.position;
            if (move.columns)
                moved.layout.columns = *move.columns;
            return moved;
        };
        change.authorize = [caller = *callerOf(request)](const SectionConfig &before,
                                                         const SectionConfig &after) {
            return sectionWriteRefusal(caller, &before, &after);
        };
        changes.append(change);
        prefixById.insert(move.id, move.fieldPrefix);
    }
    return answerFromWriter(
        m_writers, m_db, m_service.notifier(), request,
        [&clock = m_service.clock(), actor = actorOf(request), organizationId, changes, prefixById,
         requestId = request.requestId](Database &db, const ChangeNotifier &notifier) {
            QList<SectionRecord> conflicts;
            auto moved = SectionService(db, clock, notifier)
                             .update(actor, organizationId, changes, u"reorder"_s, &conflicts,
                                     [&prefixById](const QList<SectionConfig> &after) {
                                         return duplicatePositions(after, prefixById);
                                     });
            if (!moved)
                return writeFailure(answeringRequest(requestId), moved.error(),
                                    sectionsJson(conflicts));
            return ApiResponse::json(QJsonObject {{u"items"_s, sectionsJson(moved.value())}});
        });
}

} // namespace wedsync::server
