#include "api/ComplianceApi.h"

#include "ComplianceJson.h"
#include "JsonReader.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/ComplianceService.h"
#include "api/ComplianceWire.h"
#include "api/KeysetPageReader.h"
#include "api/Operator.h"
#include "api/PageQuery.h"
#include "api/Preconditions.h"
#include "storage/ComplianceCatalogRepository.h"
#include "storage/ComplianceNotificationRepository.h"
#include "storage/ComplianceRecordRepository.h"
#include "storage/SupplierComplianceRepository.h"
#include "storage/UserRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Org = u"/api/v1/organizations/{org:uuid}"_s;
const QString Supplier = Org + u"/suppliers/{supplier:uuid}"_s;

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return consoleRoute(u"compliance"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

const QString ReviewersOnly
    = u"Support staff read supplier compliance; the organization's coordinators and admins "
      "review it."_s;
const QString AdminsOnly
    = u"Supplier set-up, tier switches, role changes and deactivation are decided by the "
      "organization's admins."_s;

// A JSON body with only `allowed` keys; every problem names its field.
Result<QJsonObject> readBody(ApiRequest &request, const QStringList &allowed)
{
    return readBodyWithFields(request, allowed);
}

// A text field of at most `maxLength` characters; empty when absent (or null if `nullable`).
QString text(JsonReader &reader, const QJsonObject &body, const QString &key, int maxLength,
             bool required = false, bool nullable = false)
{
    if (nullable && body.value(key).isNull())
        return {};
    const QString value = reader.string(key, {}, required);
    if (value.size() > maxLength)
        reader.addError(key, u"%1 is at most %2 characters."_s.arg(key).arg(maxLength));
    return value;
}

Error invalid(QList<FieldError> errors)
{
    return Error {u"validation_failed"_s, u"Some fields are not valid."_s, std::move(errors)};
}

// The answer of a write that changed a supplier: the supplier (ETag: its version) with what
// the change produced.
ApiResponse outcomeResponse(const ComplianceOutcome &outcome, int status,
                            const QJsonObject &extra = {}, std::optional<qint64> etag = {})
{
    QJsonArray notifications;
    for (const ComplianceNotificationRow &row : outcome.notifications)
        notifications.append(compliancejson::notification(row));
    QJsonObject body = extra;
    body.insert(u"supplier"_s, compliancejson::supplier(outcome.supplier, outcome.tierName));
    body.insert(u"advancement"_s, advancementCheckToJson(outcome.advancement));
    body.insert(u"notifications"_s, notifications);
    body.insert(u"changed"_s, outcome.changed);
    ApiResponse response = ApiResponse::json(body, status);
    response.withHeader("ETag", etagFor(etag.value_or(outcome.supplier.version)));
    return response;
}

} // namespace

ComplianceApi::ComplianceApi(ComplianceService &service, Database &db, const Clock &clock)
    : m_service(service)
    , m_db(db)
    , m_clock(clock)
{ }

void ComplianceApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (ComplianceApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    router.addOrDie(route(u"GET"_s, Org + u"/compliance/tiers"_s,
                          u"The organization's compliance tiers, lowest first, with their "
                          "requirements and advancement criteria, and the tier each role starts "
                          "in (roleTiers; a role without one starts in basic)."_s,
                          {}, u"ComplianceTierList"_s, 200, bind(&ComplianceApi::tiers)));
    router.addOrDie(route(u"GET"_s, Org + u"/compliance/requirements"_s,
                          u"The organization's compliance requirements (title, points, due days, "
                          "evidence type)."_s,
                          {}, u"ComplianceRequirementList"_s, 200,
                          bind(&ComplianceApi::requirements)));
    router.addOrDie(route(u"GET"_s, Org + u"/compliance/notifications"_s,
                          u"Compliance notifications, newest first (requirement_submitted, "
                          "requirement_approved, revision_required, tier_advancement_eligible). "
                          "Filters: supplierId, kind; limit (1-500), cursor or offset."_s,
                          {}, u"ComplianceNotificationPage"_s, 200,
                          bind(&ComplianceApi::notifications)));
    router.addOrDie(route(u"GET"_s, Org + u"/compliance/review-queue"_s,
                          u"Submissions waiting for a review (status submitted), oldest "
                          "submission first, each with its supplier's name and due date; total: "
                          "how many wait in all. limit (1-500)."_s,
                          {}, u"ComplianceReviewQueue"_s, 200, bind(&ComplianceApi::reviewQueue)));
    router.addOrDie(route(u"GET"_s, Org + u"/suppliers"_s,
                          u"Suppliers with their tier and figures, newest set-up first. Filters: "
                          "tierId, status (active|inactive), role, eligible (true|false); limit "
                          "(1-500), cursor or offset."_s,
                          {}, u"SupplierCompliancePage"_s, 200, bind(&ComplianceApi::suppliers)));
    router.addOrDie(route(u"GET"_s, Supplier,
                          u"One supplier with tier, figures and tier history; ETag: its "
                          "version."_s,
                          {}, u"SupplierComplianceDetail"_s, 200, bind(&ComplianceApi::supplier)));
    router.addOrDie(route(u"GET"_s, Supplier + u"/requirements"_s,
                          u"The supplier's requirements with their status history (legacy and "
                          "inactive ones included)."_s,
                          {}, u"ComplianceRecordList"_s, 200, bind(&ComplianceApi::records)));
    router.addOrDie(route(u"GET"_s, Supplier + u"/requirements/{requirement:uuid}"_s,
                          u"One of the supplier's requirements with its status history; ETag: "
                          "its version."_s,
                          {}, u"ComplianceRecord"_s, 200, bind(&ComplianceApi::record)));
    router.addOrDie(route(u"PATCH"_s, Supplier + u"/requirements/{requirement:uuid}"_s,
                          u"Moves a requirement through the workflow (If-Match: its version). "
                          "Coordinators and admins work on it for the supplier and review "
                          "submissions (approved, revision_required and rejected need a note); "
                          "nobody reviews their own submission. Recalculates the figures in the "
                          "same transaction."_s,
                          u"ComplianceStatusChange"_s, u"ComplianceStatusResult"_s, 200,
                          bind(&ComplianceApi::changeStatus)));
    router.addOrDie(route(u"GET"_s, Supplier + u"/advancement"_s,
                          u"Whether the supplier may advance to the next tier, and how many "
                          "approvals and points are still missing."_s,
                          {}, u"ComplianceResult"_s, 200, bind(&ComplianceApi::advancement)));
    router.addOrDie(route(u"POST"_s, Supplier + u"/tier"_s,
                          u"Switches the supplier's tier (If-Match: the supplier's version): the "
                          "new tier's requirements are added as pending, those only in the old "
                          "one become legacy. dryRun: the plan only."_s,
                          u"ComplianceTierSwitch"_s, u"ComplianceResult"_s, 200,
                          bind(&ComplianceApi::switchTier)));
    router.addOrDie(route(u"POST"_s, Supplier + u"/initialize"_s,
                          u"Sets up a vendor's or photographer's compliance: the tier their role "
                          "starts in and its requirements, pending (201)."_s,
                          {}, u"ComplianceResult"_s, 201, bind(&ComplianceApi::initialize)));
    router.addOrDie(route(u"POST"_s, Supplier + u"/role"_s,
                          u"Changes the supplier's member role (vendor or photographer; If-Match: "
                          "the supplier's version) and switches to the new role's initial tier "
                          "when it differs."_s,
                          u"ComplianceRoleChange"_s, u"ComplianceResult"_s, 200,
                          bind(&ComplianceApi::changeRole)));
    router.addOrDie(route(u"POST"_s, Supplier + u"/deactivate"_s,
                          u"Deactivates the supplier (If-Match: the supplier's version): records "
                          "kept as inactive, wedding access revoked."_s,
                          u"ComplianceDeactivation"_s, u"ComplianceResult"_s, 200,
                          bind(&ComplianceApi::deactivate)));
    router.addOrDie(route(u"POST"_s, Supplier + u"/recalculate"_s,
                          u"Recomputes the supplier's stored figures from the records; changed "
                          "false when they were right."_s,
                          {}, u"ComplianceResult"_s, 200, bind(&ComplianceApi::recalculate)));
    router.addOrDie(Route {u"GET"_s,
                           *PathPattern::parse(u"/api/v1/me/compliance"_s),
                           u"The caller's own supplier compliance in each organization: tier, "
                           "figures, requirements with history (what user:<id> delivers)."_s,
                           u"compliance"_s,
                           AuthRequirement::Authenticated,
                           {},
                           u"MyCompliance"_s,
                           200,
                           bind(&ComplianceApi::mine)});
}

std::optional<ApiResponse> ComplianceApi::locateSupplier(const ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    auto found = SupplierComplianceRepository(m_db, m_clock)
                     .find(request.param(u"org"_s), request.param(u"supplier"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The supplier"_s);
    return std::nullopt;
}

ApiResponse ComplianceApi::tiers(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    ComplianceCatalogRepository catalog(m_db, m_clock);
    auto tiers = catalog.tiers(request.param(u"org"_s));
    if (!tiers)
        return errorResponse(request, tiers.error());
    auto roleTiers = catalog.roleTiers(request.param(u"org"_s));
    if (!roleTiers)
        return errorResponse(request, roleTiers.error());
    QJsonArray items;
    for (const ComplianceTierRow &tier : tiers.value())
        items.append(compliancejson::tier(tier));
    QJsonObject roles;
    for (auto it = roleTiers->cbegin(); it != roleTiers->cend(); ++it)
        roles.insert(it.key(), it.value());
    return ApiResponse::json(QJsonObject {{u"items"_s, items}, {u"roleTiers"_s, roles}});
}

ApiResponse ComplianceApi::requirements(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto rows = ComplianceCatalogRepository(m_db, m_clock).requirements(request.param(u"org"_s));
    if (!rows)
        return errorResponse(request, rows.error());
    QJsonArray items;
    for (const ComplianceRequirementRow &row : rows.value())
        items.append(compliancejson::requirement(row));
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

ApiResponse ComplianceApi::suppliers(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request,
                                       {u"tierId"_s, u"status"_s, u"role"_s, u"eligible"_s,
                                        u"limit"_s, u"offset"_s, u"cursor"_s}))
        return *stop;
    SupplierComplianceRepository::Filter filter;
    filter.organizationId = request.param(u"org"_s);
    if (auto stop = readUuidQuery(request, u"tierId"_s, &filter.tierId))
        return *stop;
    const auto oneOf = [&](const QString &name, const QStringList &values,
                           QString *value) -> std::optional<ApiResponse> {
        if (!request.query.hasQueryItem(name))
            return std::nullopt;
        *value = request.query.queryItemValue(name, QUrl::FullyDecoded);
        if (!values.contains(*value))
            return invalidQuery(name, u"%1 is one of: %2."_s.arg(name, values.join(u", "_s)));
        return std::nullopt;
    };
    if (auto stop = oneOf(u"status"_s, {u"active"_s, u"inactive"_s}, &filter.status))
        return *stop;
    if (auto stop = oneOf(u"role"_s, {u"vendor"_s, u"photographer"_s}, &filter.role))
        return *stop;
    QString eligible;
    if (auto stop = oneOf(u"eligible"_s, {u"true"_s, u"false"_s}, &eligible))
        return *stop;
    if (!eligible.isEmpty())
        filter.eligible = eligible == u"true"_s;
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    // The tiers (for their names) and the page are read on a reader thread.
    return answerFromReader(
        m_readers, m_db, request,
        [clock = &m_clock, filter, requestId = request.requestId](Database &db) {
            const ApiRequest answering = answeringRequest(requestId);
            auto tiers = ComplianceCatalogRepository(db, *clock).tiers(filter.organizationId);
            if (!tiers)
                return errorResponse(answering, tiers.error());
            SupplierComplianceRepository repository(db, *clock);
            return keysetPage(answering, repository, filter, [&](const SupplierComplianceRow &row) {
                const ComplianceTierRow *tier = findTier(tiers.value(), row.tierId);
                return compliancejson::supplier(row, tier ? tier->rule.name : QString());
            });
        });
}

ApiResponse ComplianceApi::supplier(ApiRequest &request)
{
    if (auto stop = locateSupplier(request))
        return *stop;
    const QString org = request.param(u"org"_s);
    const QString id = request.param(u"supplier"_s);
    auto json = m_service.supplierJson(org, id);
    if (!json)
        return errorResponse(request, json.error());
    if (!json->has_value())
        return notFound(u"The supplier"_s);
    auto history = SupplierComplianceRepository(m_db, m_clock).tierHistory(org, id);
    if (!history)
        return errorResponse(request, history.error());
    QJsonObject body = json->value();
    QJsonArray entries;
    for (const TierHistoryRow &entry : history.value())
        entries.append(compliancejson::tierHistory(entry));
    body.insert(u"tierHistory"_s, entries);
    const qint64 version = body.value(u"version"_s).toInteger();
    if (ifNoneMatchHits(request, version))
        return notModified(version);
    ApiResponse response = ApiResponse::json(body);
    response.withHeader("ETag", etagFor(version));
    return response;
}

ApiResponse ComplianceApi::records(ApiRequest &request)
{
    if (auto stop = locateSupplier(request))
        return *stop;
    auto rows = ComplianceRecordRepository(m_db, m_clock)
                    .forSupplier(request.param(u"org"_s), request.param(u"supplier"_s), true);
    if (!rows)
        return errorResponse(request, rows.error());
    QJsonArray items;
    for (const ComplianceRecordRow &row : rows.value())
        items.append(compliancejson::record(row, true));
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

ApiResponse ComplianceApi::reviewQueue(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"limit"_s}))
        return *stop;
    PageQuery page;
    page.limit = DefaultPageSize;
    if (auto stop = readPageQuery(request, MaxPageSize, &page))
        return *stop;
    int total = 0;
    auto rows = ComplianceRecordRepository(m_db, m_clock)
                    .awaitingReview(request.param(u"org"_s), page.limit, &total);
    if (!rows)
        return errorResponse(request, rows.error());
    QJsonArray items;
    for (const ComplianceRecordRow &row : rows.value()) {
        QJsonObject item = compliancejson::record(row, false);
        item.insert(u"supplierName"_s, row.supplierName);
        items.append(item);
    }
    return ApiResponse::json(QJsonObject {{u"items"_s, items}, {u"total"_s, total}});
}

ApiResponse ComplianceApi::record(ApiRequest &request)
{
    if (auto stop = locateSupplier(request))
        return *stop;
    auto rows = ComplianceRecordRepository(m_db, m_clock)
                    .forSupplier(request.param(u"org"_s), request.param(u"supplier"_s), true);
    if (!rows)
        return errorResponse(request, rows.error());
    for (const ComplianceRecordRow &row : rows.value()) {
        if (row.requirementId != request.param(u"requirement"_s))
            continue;
        if (ifNoneMatchHits(request, row.version))
            return notModified(row.version);
        ApiResponse response = ApiResponse::json(compliancejson::record(row, true));
        response.withHeader("ETag", etagFor(row.version));
        return response;
    }
    return notFound(u"The supplier's requirement"_s);
}

ApiResponse ComplianceApi::changeStatus(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto body = readBody(request, {u"status"_s, u"note"_s, u"evidenceRef"_s});
    if (!body)
        return errorResponse(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    StatusChangeRequest change;
    const QString status = reader.string(u"status"_s, {}, true);
    if (errors.isEmpty()) {
        if (const auto parsed = requirementStatusFromName(status); parsed && isCounted(*parsed))
            change.status = *parsed;
        else
            reader.addError(u"status"_s,
                            u"status is one of: pending, draft, in_progress, submitted, approved, "
                            "revision_required, rejected."_s);
    }
    change.note = text(reader, body.value(), u"note"_s, 2000);
    if (body->contains(u"evidenceRef"_s))
        change.evidenceRef = text(reader, body.value(), u"evidenceRef"_s, 2000, false, true);
    if (!errors.isEmpty())
        return errorResponse(request, invalid(errors));
    if (auto stop = locateSupplier(request))
        return *stop;
    const QString org = request.param(u"org"_s);
    auto existing = ComplianceRecordRepository(m_db, m_clock)
                        .find(org, request.param(u"supplier"_s), request.param(u"requirement"_s));
    if (!existing)
        return errorResponse(request, existing.error());
    if (!existing->has_value())
        return notFound(u"The supplier's requirement"_s);
    if (!callerOf(request)->canEditSections(org))
        return forbidden(ReviewersOnly);
    if (auto stop = readIfMatch(request, &change.ifMatch))
        return *stop;
    change.organizationId = org;
    change.supplierId = request.param(u"supplier"_s);
    change.requirementId = request.param(u"requirement"_s);
    auto outcome = m_service.changeStatus(*callerOf(request), actorOf(request), change);
    if (!outcome) {
        if (outcome.error().code != u"version_conflict"_s)
            return writeFailure(request, outcome.error());
        auto current = ComplianceRecordRepository(m_db, m_clock)
                           .find(org, change.supplierId, change.requirementId);
        return writeFailure(request, outcome.error(),
                            current && current->has_value()
                                ? QJsonValue(compliancejson::record(current->value(), false))
                                : QJsonValue());
    }
    // The record, with what the change made of the supplier.
    QJsonObject answer = compliancejson::record(*outcome->record, false);
    answer.insert(u"note"_s, change.note);
    return outcomeResponse(outcome.value(), 200, answer, outcome->record->version);
}

ApiResponse ComplianceApi::advancement(ApiRequest &request)
{
    if (auto stop = locateSupplier(request))
        return *stop;
    auto outcome = m_service.advancement(request.param(u"org"_s), request.param(u"supplier"_s));
    if (!outcome)
        return errorResponse(request, outcome.error());
    return outcomeResponse(outcome.value(), 200);
}

ApiResponse ComplianceApi::supplierChange(ApiRequest &request, const QStringList &fields,
                                          const SupplierDecoder &decode,
                                          const SupplierOperation &operation,
                                          const SupplierAnswer &answer)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto body = readBody(request, fields);
    if (!body)
        return errorResponse(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    SupplierChangeRequest change;
    decode(reader, body.value(), &change);
    if (!errors.isEmpty())
        return errorResponse(request, invalid(errors));
    if (auto stop = locateSupplier(request))
        return *stop;
    change.organizationId = request.param(u"org"_s);
    change.supplierId = request.param(u"supplier"_s);
    if (!callerOf(request)->canAdminister(change.organizationId))
        return forbidden(AdminsOnly);
    if (change.dryRun) {
        change.ifMatch.any = true; // a preview changes nothing
    } else if (auto stop = readIfMatch(request, &change.ifMatch)) {
        return *stop;
    }
    auto outcome = operation(actorOf(request), change);
    if (!outcome) {
        auto current = m_service.supplierJson(change.organizationId, change.supplierId);
        return writeFailure(request, outcome.error(),
                            current && current->has_value() ? QJsonValue(current->value())
                                                            : QJsonValue());
    }
    return outcomeResponse(outcome.value(), 200, answer(outcome.value(), change));
}

ApiResponse ComplianceApi::switchTier(ApiRequest &request)
{
    return supplierChange(
        request, {u"tier"_s, u"reason"_s, u"dryRun"_s},
        [](JsonReader &reader, const QJsonObject &body, SupplierChangeRequest *change) {
            change->tier = text(reader, body, u"tier"_s, 64, true);
            change->reason = text(reader, body, u"reason"_s, 500);
            change->dryRun = reader.boolean(u"dryRun"_s).value_or(false);
            if (body.value(u"tier"_s).isString() && change->tier.trimmed().isEmpty())
                reader.addError(u"tier"_s, u"Name the tier to switch to (its id or name)."_s);
        },
        [this](const MutationActor &actor, const SupplierChangeRequest &change) {
            return m_service.switchTier(actor, change);
        },
        [](const ComplianceOutcome &outcome, const SupplierChangeRequest &change) {
            return QJsonObject {{u"plan"_s, compliancejson::tierSwitchPlan(outcome.plan)},
                                {u"dryRun"_s, change.dryRun},
                                {u"reason"_s, change.reason}};
        });
}

ApiResponse ComplianceApi::changeRole(ApiRequest &request)
{
    return supplierChange(
        request, {u"role"_s},
        [](JsonReader &reader, const QJsonObject &body, SupplierChangeRequest *change) {
            change->role = reader.string(u"role"_s, {}, true);
            if (body.value(u"role"_s).isString() && change->role != u"vendor"_s
                && change->role != u"photographer"_s)
                reader.addError(u"role"_s, u"A supplier's role is vendor or photographer."_s);
        },
        [this](const MutationActor &actor, const SupplierChangeRequest &change) {
            return m_service.changeRole(actor, change);
        },
        [](const ComplianceOutcome &outcome, const SupplierChangeRequest &) {
            return QJsonObject {{u"plan"_s, compliancejson::tierSwitchPlan(outcome.plan)}};
        });
}

ApiResponse ComplianceApi::deactivate(ApiRequest &request)
{
    return supplierChange(
        request, {u"reason"_s},
        [](JsonReader &reader, const QJsonObject &body, SupplierChangeRequest *change) {
            change->reason = text(reader, body, u"reason"_s, 500, true);
        },
        [this](const MutationActor &actor, const SupplierChangeRequest &change) {
            return m_service.deactivate(actor, change);
        },
        [](const ComplianceOutcome &outcome, const SupplierChangeRequest &change) {
            return QJsonObject {
                {u"revokedWeddingIds"_s, QJsonArray::fromStringList(outcome.revokedWeddingIds)},
                {u"reason"_s, change.reason}};
        });
}

ApiResponse ComplianceApi::initialize(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    const QString org = request.param(u"org"_s);
    const QString supplierId = request.param(u"supplier"_s);
    auto membership = UserRepository(m_db, m_clock).membership(supplierId, org);
    if (!membership)
        return errorResponse(request, membership.error());
    if (!membership->has_value())
        return notFound(u"The member"_s);
    if (!callerOf(request)->canAdminister(org))
        return forbidden(AdminsOnly);
    auto outcome = m_service.initialize(actorOf(request), org, supplierId);
    if (!outcome)
        return writeFailure(request, outcome.error());
    ApiResponse response = outcomeResponse(
        outcome.value(), 201, {{u"plan"_s, compliancejson::tierSwitchPlan(outcome->plan)}});
    response.withHeader("Location",
                        u"/api/v1/organizations/%1/suppliers/%2"_s.arg(org, supplierId).toUtf8());
    return response;
}

ApiResponse ComplianceApi::recalculate(ApiRequest &request)
{
    if (auto stop = locateSupplier(request))
        return *stop;
    const QString org = request.param(u"org"_s);
    if (!callerOf(request)->canEditSections(org))
        return forbidden(ReviewersOnly);
    auto outcome = m_service.recalculate(actorOf(request), org, request.param(u"supplier"_s));
    if (!outcome)
        return writeFailure(request, outcome.error());
    return outcomeResponse(outcome.value(), 200);
}

ApiResponse ComplianceApi::notifications(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(
            request, {u"supplierId"_s, u"kind"_s, u"limit"_s, u"offset"_s, u"cursor"_s}))
        return *stop;
    ComplianceNotificationRepository::Filter filter;
    filter.organizationId = request.param(u"org"_s);
    if (auto stop = readUuidQuery(request, u"supplierId"_s, &filter.supplierId))
        return *stop;
    if (request.query.hasQueryItem(u"kind"_s)) {
        const QStringList kinds {u"requirement_submitted"_s, u"requirement_approved"_s,
                                 u"revision_required"_s, u"tier_advancement_eligible"_s};
        filter.kind = request.query.queryItemValue(u"kind"_s, QUrl::FullyDecoded);
        if (!kinds.contains(filter.kind))
            return invalidQuery(u"kind"_s, u"kind is one of: %1."_s.arg(kinds.join(u", "_s)));
    }
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    return keysetPageOnReader<ComplianceNotificationRepository>(
        m_readers, m_db, request, m_clock, filter, &compliancejson::notification);
}

ApiResponse ComplianceApi::mine(ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    QJsonArray items;
    for (const Membership &membership : caller->memberships()) {
        auto json = m_service.supplierJson(membership.organizationId, caller->userId());
        if (!json)
            return errorResponse(request, json.error());
        if (!json->has_value())
            continue;
        auto rows = ComplianceRecordRepository(m_db, m_clock)
                        .forSupplier(membership.organizationId, caller->userId(), true);
        if (!rows)
            return errorResponse(request, rows.error());
        QJsonArray records;
        for (const ComplianceRecordRow &row : rows.value())
            records.append(compliancejson::record(row, true));
        items.append(QJsonObject {{u"supplier"_s, json->value()}, {u"requirements"_s, records}});
    }
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

} // namespace wedsync::server
