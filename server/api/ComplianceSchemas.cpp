#include "api/ComplianceSchemas.h"

#include "api/SchemaBuilders.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

const QStringList Statuses {u"pending"_s,   u"draft"_s,    u"in_progress"_s,
                            u"submitted"_s, u"approved"_s, u"revision_required"_s,
                            u"rejected"_s,  u"inactive"_s, u"legacy"_s};
const QStringList NotificationKinds {u"requirement_submitted"_s, u"requirement_approved"_s,
                                     u"revision_required"_s, u"tier_advancement_eligible"_s};

QJsonObject integer()
{
    return type(u"integer"_s);
}
QJsonObject text()
{
    return type(u"string"_s);
}
QJsonObject page(const QString &item)
{
    return object({{u"items"_s, arrayOf(ref(item))},
                   {u"total"_s, integer()},
                   {u"limit"_s, integer()},
                   {u"offset"_s, integer()},
                   {u"nextCursor"_s, nullable(text())}},
                  {u"items"_s, u"total"_s, u"limit"_s});
}
QJsonObject tierRule()
{
    return object({{u"id"_s, uuid()},
                   {u"name"_s, text()},
                   {u"level"_s, integer()},
                   {u"requiredCompletionPercent"_s, integer()},
                   {u"minimumPoints"_s, integer()}},
                  {u"id"_s, u"name"_s, u"level"_s});
}

QJsonObject recordProperties(bool withHistory)
{
    QJsonObject properties {
        {u"id"_s, uuid()},
        {u"organizationId"_s, uuid()},
        {u"supplierId"_s, uuid()},
        {u"requirementId"_s, uuid()},
        {u"title"_s, text()},
        {u"points"_s, integer()},
        {u"evidenceType"_s, text()},
        {u"status"_s, enumOf(Statuses)},
        {u"reviewStatus"_s,
         enumOf({u"none"_s, u"pending"_s, u"approved"_s, u"revision_required"_s, u"rejected"_s})},
        {u"evidenceRef"_s, nullable(text())},
        {u"submittedBy"_s, nullable(uuid())},
        {u"submittedAt"_s, nullable(dateTime())},
        {u"reviewerId"_s, nullable(uuid())},
        {u"reviewedAt"_s, nullable(dateTime())},
        {u"reviewNote"_s, nullable(text())},
        {u"dueDate"_s, nullable(QJsonObject {{u"type"_s, u"string"_s}, {u"format"_s, u"date"_s}})},
        {u"version"_s, integer()},
        {u"createdAt"_s, dateTime()},
        {u"updatedAt"_s, dateTime()},
    };
    if (withHistory) {
        properties.insert(u"history"_s,
                          arrayOf(object({{u"fromStatus"_s, nullable(enumOf(Statuses))},
                                          {u"toStatus"_s, enumOf(Statuses)},
                                          {u"source"_s, text()},
                                          {u"actorId"_s, nullable(uuid())},
                                          {u"note"_s, nullable(text())},
                                          {u"occurredAt"_s, dateTime()}},
                                         {u"toStatus"_s, u"source"_s, u"occurredAt"_s})));
    }
    return properties;
}

const QStringList RecordRequired {u"id"_s,     u"supplierId"_s,   u"requirementId"_s,
                                  u"status"_s, u"reviewStatus"_s, u"version"_s};

QJsonObject resultProperties()
{
    return {{u"supplier"_s, ref(u"SupplierCompliance"_s)},
            {u"advancement"_s, ref(u"AdvancementCheck"_s)},
            {u"notifications"_s, arrayOf(ref(u"ComplianceNotification"_s))},
            {u"changed"_s, type(u"boolean"_s)}};
}

} // namespace

void addComplianceSchemas(QJsonObject *s)
{
    QJsonObject tier = tierRule();
    QJsonObject tierProperties = tier.value(u"properties"_s).toObject();
    tierProperties.insert(u"organizationId"_s, uuid());
    tierProperties.insert(u"description"_s, text());
    tierProperties.insert(u"requirementIds"_s, arrayOf(uuid()));
    tier.insert(u"properties"_s, tierProperties);
    s->insert(u"ComplianceTier"_s, tier);
    s->insert(
        u"ComplianceTierList"_s,
        object({{u"items"_s, arrayOf(ref(u"ComplianceTier"_s))},
                {u"roleTiers"_s,
                 QJsonObject {{u"type"_s, u"object"_s}, {u"additionalProperties"_s, uuid()}}}},
               {u"items"_s, u"roleTiers"_s}));
    s->insert(u"ComplianceRequirement"_s,
              object({{u"id"_s, uuid()},
                      {u"organizationId"_s, uuid()},
                      {u"title"_s, text()},
                      {u"description"_s, text()},
                      {u"points"_s, integer()},
                      {u"dueDays"_s, nullable(integer())},
                      {u"evidenceType"_s,
                       enumOf({u"document"_s, u"certificate"_s, u"rating"_s, u"signature"_s,
                               u"link"_s, u"none"_s})}},
                     {u"id"_s, u"title"_s, u"points"_s}));
    s->insert(u"ComplianceRequirementList"_s, listOf(u"ComplianceRequirement"_s));
    s->insert(u"ComplianceStats"_s,
              object({{u"total"_s, integer()},
                      {u"completed"_s, integer()},
                      {u"inProgress"_s, integer()},
                      {u"pending"_s, integer()},
                      {u"rejected"_s, integer()},
                      {u"totalPoints"_s, integer()},
                      {u"earnedPoints"_s, integer()},
                      {u"completionPercent"_s, type(u"number"_s)}},
                     {u"total"_s, u"completed"_s, u"completionPercent"_s}));
    const QJsonObject figures
        = object({{u"completionPercent"_s, type(u"number"_s)}, {u"points"_s, integer()}});
    s->insert(
        u"AdvancementCheck"_s,
        object({{u"currentTierId"_s, text()},
                {u"nextTier"_s, nullable(tierRule())},
                {u"eligible"_s, type(u"boolean"_s)},
                {u"supplierInactive"_s, type(u"boolean"_s)},
                {u"current"_s, figures},
                {u"required"_s, figures},
                {u"missing"_s, object({{u"approvals"_s, integer()}, {u"points"_s, integer()}})},
                {u"completionMet"_s, type(u"boolean"_s)},
                {u"pointsMet"_s, type(u"boolean"_s)}},
               {u"eligible"_s, u"nextTier"_s, u"missing"_s}));
    const QJsonObject supplierProperties {
        {u"id"_s, uuid()},
        {u"organizationId"_s, uuid()},
        {u"displayName"_s, text()},
        {u"email"_s, text()},
        {u"role"_s, enumOf({u"vendor"_s, u"photographer"_s})},
        {u"tierId"_s, uuid()},
        {u"tierName"_s, text()},
        {u"status"_s, enumOf({u"active"_s, u"inactive"_s})},
        {u"version"_s, integer()},
        {u"stats"_s, ref(u"ComplianceStats"_s)},
        {u"advancementEligible"_s, type(u"boolean"_s)},
        {u"initializedAt"_s, dateTime()},
        {u"updatedAt"_s, dateTime()},
        {u"deactivatedAt"_s, nullable(dateTime())},
        {u"deactivationReason"_s, nullable(text())},
    };
    const QStringList supplierRequired {u"id"_s,     u"organizationId"_s, u"tierId"_s,
                                        u"status"_s, u"version"_s,        u"stats"_s};
    s->insert(u"SupplierCompliance"_s, object(supplierProperties, supplierRequired));
    s->insert(u"SupplierCompliancePage"_s, page(u"SupplierCompliance"_s));
    QJsonObject detail = supplierProperties;
    detail.insert(u"tierHistory"_s,
                  arrayOf(object({{u"id"_s, uuid()},
                                  {u"fromTierId"_s, nullable(uuid())},
                                  {u"toTierId"_s, uuid()},
                                  {u"reason"_s, text()},
                                  {u"actorId"_s, nullable(uuid())},
                                  {u"occurredAt"_s, dateTime()}},
                                 {u"toTierId"_s, u"reason"_s, u"occurredAt"_s})));
    s->insert(u"SupplierComplianceDetail"_s, object(detail, supplierRequired));
    s->insert(u"ComplianceRecord"_s, object(recordProperties(true), RecordRequired));
    s->insert(u"ComplianceRecordList"_s, listOf(u"ComplianceRecord"_s));
    QJsonObject waiting = recordProperties(false);
    waiting.insert(u"supplierName"_s, text());
    s->insert(u"ComplianceReviewQueue"_s,
              object({{u"items"_s,
                       arrayOf(object(waiting, QStringList(RecordRequired) << u"supplierName"_s))},
                      {u"total"_s, integer()}},
                     {u"items"_s, u"total"_s}));
    s->insert(u"ComplianceNotification"_s,
              object({{u"id"_s, uuid()},
                      {u"organizationId"_s, uuid()},
                      {u"supplierId"_s, uuid()},
                      {u"kind"_s, enumOf(NotificationKinds)},
                      {u"recordId"_s, nullable(uuid())},
                      {u"details"_s, type(u"object"_s)},
                      {u"occurredAt"_s, dateTime()}},
                     {u"id"_s, u"supplierId"_s, u"kind"_s, u"occurredAt"_s}));
    s->insert(u"ComplianceNotificationPage"_s, page(u"ComplianceNotification"_s));

    s->insert(u"ComplianceStatusChange"_s,
              object({{u"status"_s,
                       enumOf({u"pending"_s, u"draft"_s, u"in_progress"_s, u"submitted"_s,
                               u"approved"_s, u"revision_required"_s, u"rejected"_s})},
                      {u"note"_s, text()},
                      {u"evidenceRef"_s, nullable(text())}},
                     {u"status"_s}));
    QJsonObject statusResult = recordProperties(false);
    const QJsonObject results = resultProperties();
    for (auto it = results.begin(); it != results.end(); ++it)
        statusResult.insert(it.key(), it.value());
    statusResult.insert(u"note"_s, text());
    s->insert(
        u"ComplianceStatusResult"_s,
        object(statusResult, QStringList(RecordRequired) << u"supplier"_s << u"advancement"_s));
    s->insert(
        u"ComplianceTierSwitch"_s,
        object({{u"tier"_s, text()}, {u"reason"_s, text()}, {u"dryRun"_s, type(u"boolean"_s)}},
               {u"tier"_s}));
    s->insert(u"ComplianceRoleChange"_s,
              object({{u"role"_s, enumOf({u"vendor"_s, u"photographer"_s})}}, {u"role"_s}));
    s->insert(u"ComplianceDeactivation"_s, object({{u"reason"_s, text()}}, {u"reason"_s}));
    QJsonObject result = resultProperties();
    result.insert(u"plan"_s,
                  object({{u"added"_s, arrayOf(uuid())},
                          {u"reopened"_s, arrayOf(uuid())},
                          {u"kept"_s, arrayOf(uuid())},
                          {u"legacy"_s, arrayOf(uuid())}}));
    result.insert(u"dryRun"_s, type(u"boolean"_s));
    result.insert(u"reason"_s, text());
    result.insert(u"revokedWeddingIds"_s, arrayOf(uuid()));
    s->insert(u"ComplianceResult"_s, object(result, {u"supplier"_s, u"advancement"_s}));
    s->insert(u"MyCompliance"_s,
              object({{u"items"_s,
                       arrayOf(object({{u"supplier"_s, ref(u"SupplierCompliance"_s)},
                                       {u"requirements"_s, arrayOf(ref(u"ComplianceRecord"_s))}},
                                      {u"supplier"_s, u"requirements"_s}))}},
                     {u"items"_s}));
}

} // namespace wedsync::server
