#include "api/ResourceSchemas.h"

#include "api/SchemaBuilders.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

QJsonObject roleList()
{
    return arrayOf(enumOf(roleNames()));
}

QJsonObject sectionGroups()
{
    return {
        {u"visibility"_s,
         object({{u"roles"_s, roleList()},
                 {u"conditions"_s, type(u"object"_s)},
                 {u"weddingPhase"_s, arrayOf(enumOf(phaseNames()))}})},
        {u"layout"_s,
         object({{u"position"_s, type(u"integer"_s)},
                 {u"size"_s, enumOf({u"small"_s, u"medium"_s, u"large"_s, u"full"_s})},
                 {u"columns"_s,
                  QJsonObject {{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 12}}},
                 {u"responsive"_s, type(u"object"_s)}})},
        {u"customization"_s,
         object({{u"title"_s, type(u"string"_s)},
                 {u"subtitle"_s, type(u"string"_s)},
                 {u"color"_s, type(u"string"_s)},
                 {u"icon"_s, type(u"string"_s)},
                 {u"theme"_s, type(u"object"_s)}})},
        {u"permissions"_s,
         object(
             {{u"canView"_s, roleList()}, {u"canEdit"_s, roleList()}, {u"canHide"_s, roleList()}})},
    };
}

QJsonObject withIdentity(QJsonObject properties)
{
    properties.insert(u"id"_s, uuid());
    properties.insert(u"organizationId"_s, uuid());
    properties.insert(u"weddingId"_s, nullable(uuid()));
    properties.insert(u"sectionType"_s, type(u"string"_s));
    return properties;
}

void addSections(QJsonObject *s)
{
    QJsonObject section = withIdentity(sectionGroups());
    section.insert(u"metadata"_s,
                   object({{u"createdBy"_s, nullable(uuid())},
                           {u"updatedBy"_s, nullable(uuid())},
                           {u"version"_s, type(u"integer"_s)},
                           {u"lastSynced"_s, nullable(dateTime())}}));
    section.insert(u"version"_s, type(u"integer"_s));
    section.insert(u"createdAt"_s, dateTime());
    section.insert(u"updatedAt"_s, dateTime());
    s->insert(u"Section"_s,
              object(section,
                     {u"id"_s, u"organizationId"_s, u"sectionType"_s, u"visibility"_s, u"layout"_s,
                      u"customization"_s, u"permissions"_s, u"version"_s}));
    s->insert(u"SectionInput"_s, object(withIdentity(sectionGroups()), {u"sectionType"_s}));
    // A new section's id is the server's choice (a taken one would tell of another tenant's).
    QJsonObject creatable = withIdentity(sectionGroups());
    creatable.remove(u"id"_s);
    s->insert(u"SectionCreate"_s, object(creatable, {u"sectionType"_s}));
    s->insert(u"SectionPatch"_s, object(withIdentity(sectionGroups())));
    s->insert(u"SectionList"_s, object({{u"items"_s, arrayOf(ref(u"Section"_s))}}, {u"items"_s}));
    const QJsonObject move = object({{u"id"_s, uuid()},
                                     {u"position"_s, type(u"integer"_s)},
                                     {u"columns"_s, type(u"integer"_s)},
                                     {u"version"_s, type(u"integer"_s)}},
                                    {u"id"_s, u"position"_s, u"version"_s});
    s->insert(u"SectionReorder"_s, object({{u"items"_s, arrayOf(move)}}, {u"items"_s}));
}

void addPermissions(QJsonObject *s)
{
    const QJsonObject cell = object({{u"view"_s, type(u"boolean"_s)},
                                     {u"edit"_s, type(u"boolean"_s)},
                                     {u"hide"_s, type(u"boolean"_s)}});
    QJsonObject cells;
    for (const QString &role : roleNames())
        cells.insert(role, cell);
    const QJsonObject row = object({{u"sectionId"_s, uuid()},
                                    {u"sectionType"_s, type(u"string"_s)},
                                    {u"weddingId"_s, nullable(uuid())},
                                    {u"title"_s, type(u"string"_s)},
                                    {u"version"_s, type(u"integer"_s)},
                                    {u"cells"_s, object(cells)}},
                                   {u"sectionId"_s, u"sectionType"_s, u"version"_s, u"cells"_s});
    s->insert(
        u"PermissionMatrix"_s,
        object({{u"organizationId"_s, uuid()}, {u"roles"_s, roleList()}, {u"rows"_s, arrayOf(row)}},
               {u"organizationId"_s, u"roles"_s, u"rows"_s}));
    const QJsonObject rowUpdate = object(
        {{u"sectionId"_s, uuid()}, {u"version"_s, type(u"integer"_s)}, {u"cells"_s, object(cells)}},
        {u"sectionId"_s, u"version"_s, u"cells"_s});
    s->insert(u"PermissionMatrixUpdate"_s, object({{u"rows"_s, arrayOf(rowUpdate)}}, {u"rows"_s}));

    const QJsonObject reason
        = object({{u"flag"_s, enumOf({u"view"_s, u"edit"_s, u"hide"_s, u"conditions"_s})},
                  {u"allows"_s, type(u"boolean"_s)},
                  {u"rule"_s, type(u"string"_s)},
                  {u"text"_s, type(u"string"_s)}});
    const QJsonObject item
        = object({{u"sectionId"_s, uuid()},
                  {u"sectionType"_s, type(u"string"_s)},
                  {u"weddingId"_s, nullable(uuid())},
                  {u"title"_s, type(u"string"_s)},
                  {u"canView"_s, type(u"boolean"_s)},
                  {u"canEdit"_s, type(u"boolean"_s)},
                  {u"canHide"_s, type(u"boolean"_s)},
                  {u"conditions"_s, type(u"object"_s)},
                  {u"phase"_s, nullable(enumOf(phaseNames()))},
                  {u"explanation"_s, arrayOf(reason)}},
                 {u"sectionId"_s, u"canView"_s, u"canEdit"_s, u"canHide"_s, u"explanation"_s});
    s->insert(u"EffectivePermissions"_s,
              object({{u"organizationId"_s, uuid()},
                      {u"user"_s, type(u"object"_s)},
                      {u"wedding"_s, nullable(type(u"object"_s))},
                      {u"at"_s, dateTime()},
                      {u"phase"_s, nullable(enumOf(phaseNames()))},
                      {u"items"_s, arrayOf(item)}},
                     {u"user"_s, u"at"_s, u"items"_s}));

    const QJsonObject finding
        = object({{u"severity"_s, enumOf({u"error"_s, u"warning"_s, u"info"_s})},
                  {u"rule"_s, type(u"string"_s)},
                  {u"subjectKind"_s, enumOf({u"section"_s, u"user"_s, u"role"_s})},
                  {u"subjectId"_s, type(u"string"_s)},
                  {u"sectionType"_s, nullable(type(u"string"_s))},
                  {u"message"_s, type(u"string"_s)},
                  // Only on findings about one role's cell (or a role as a whole).
                  {u"role"_s, enumOf(roleNames())}});
    s->insert(u"IntegrityReport"_s,
              object({{u"organizationId"_s, uuid()},
                      {u"checkedAt"_s, dateTime()},
                      {u"valid"_s, type(u"boolean"_s)},
                      {u"counts"_s, type(u"object"_s)},
                      {u"findings"_s, arrayOf(finding)}},
                     {u"valid"_s, u"findings"_s}));

    // POST …/permissions/matrix/apply. The file is described by core/PermissionsDocument.h and
    // server/README.md; its rows are checked by the route (422 naming document.rows[i]...).
    s->insert(u"PermissionMatrixApply"_s,
              object({{u"operation"_s, enumOf({u"copy_role"_s, u"import"_s})},
                      {u"from"_s, enumOf(roleNames())},
                      {u"to"_s, enumOf(roleNames())},
                      {u"document"_s, type(u"object"_s)},
                      {u"weddingId"_s, nullable(uuid())},
                      {u"dryRun"_s, type(u"boolean"_s)},
                      {u"expectedVersions"_s, type(u"object"_s)}},
                     {u"operation"_s}));
    const QJsonObject change = object({{u"role"_s, enumOf(roleNames())},
                                       {u"flag"_s, enumOf({u"view"_s, u"edit"_s, u"hide"_s})},
                                       {u"before"_s, type(u"boolean"_s)},
                                       {u"after"_s, type(u"boolean"_s)}});
    const QJsonObject diffRow = object({{u"sectionId"_s, uuid()},
                                        {u"sectionType"_s, type(u"string"_s)},
                                        {u"weddingId"_s, nullable(uuid())},
                                        {u"title"_s, type(u"string"_s)},
                                        {u"version"_s, type(u"integer"_s)},
                                        {u"changes"_s, arrayOf(change)}});
    s->insert(
        u"PermissionMatrixApplyResult"_s,
        object({{u"organizationId"_s, uuid()},
                {u"operation"_s, enumOf({u"copy_role"_s, u"import"_s})},
                {u"dryRun"_s, type(u"boolean"_s)},
                {u"weddingId"_s, nullable(uuid())},
                {u"diff"_s,
                 object({{u"changeCount"_s, type(u"integer"_s)}, {u"rows"_s, arrayOf(diffRow)}})},
                {u"findings"_s,
                 object({{u"valid"_s, type(u"boolean"_s)},
                         {u"counts"_s, type(u"object"_s)},
                         {u"findings"_s, arrayOf(finding)}})},
                {u"matrix"_s, ref(u"PermissionMatrix"_s)},
                {u"expectedVersions"_s, type(u"object"_s)}},
               {u"operation"_s, u"dryRun"_s, u"diff"_s, u"findings"_s, u"matrix"_s,
                u"expectedVersions"_s}));
}

void addAudit(QJsonObject *s)
{
    s->insert(u"AuditEntry"_s,
              object({{u"id"_s, uuid()},
                      {u"occurredAt"_s, dateTime()},
                      {u"actorId"_s, nullable(uuid())},
                      {u"actorEmail"_s, nullable(type(u"string"_s))},
                      {u"actorName"_s, nullable(type(u"string"_s))},
                      {u"organizationId"_s, nullable(uuid())},
                      {u"entityType"_s, type(u"string"_s)},
                      {u"entityId"_s, nullable(type(u"string"_s))},
                      {u"action"_s, type(u"string"_s)},
                      {u"before"_s, nullable(type(u"object"_s))},
                      {u"after"_s, nullable(type(u"object"_s))},
                      {u"requestId"_s, nullable(type(u"string"_s))},
                      {u"weddingId"_s, nullable(uuid())}},
                     {u"id"_s, u"occurredAt"_s, u"entityType"_s, u"action"_s}));
    s->insert(u"AuditPage"_s,
              object({{u"items"_s, arrayOf(ref(u"AuditEntry"_s))},
                      {u"total"_s, type(u"integer"_s)},
                      {u"limit"_s, type(u"integer"_s)},
                      {u"offset"_s, type(u"integer"_s)},
                      {u"nextCursor"_s, nullable(type(u"string"_s))}},
                     {u"items"_s, u"total"_s, u"limit"_s}));
    s->insert(u"AuditExport"_s,
              object({{u"items"_s, arrayOf(ref(u"AuditEntry"_s))},
                      {u"exportedAt"_s, dateTime()},
                      {u"count"_s, type(u"integer"_s)}},
                     {u"items"_s}));
}

QJsonObject counts()
{
    return {{u"type"_s, u"object"_s}, {u"additionalProperties"_s, type(u"integer"_s)}};
}

const QStringList SyncStatuses {u"success"_s, u"partial"_s, u"failed"_s, u"pending"_s};

void addSync(QJsonObject *s)
{
    s->insert(u"SyncEvent"_s,
              object({{u"id"_s, uuid()},
                      {u"organizationId"_s, uuid()},
                      {u"kind"_s, type(u"string"_s)},
                      {u"status"_s, enumOf(SyncStatuses)},
                      {u"configVersion"_s, type(u"integer"_s)},
                      {u"source"_s, type(u"string"_s)},
                      {u"actorId"_s, nullable(uuid())},
                      {u"message"_s, type(u"string"_s)},
                      {u"details"_s, type(u"object"_s)},
                      {u"occurredAt"_s, dateTime()},
                      {u"durationMs"_s, type(u"integer"_s)}},
                     {u"id"_s, u"organizationId"_s, u"kind"_s, u"status"_s, u"occurredAt"_s}));
    s->insert(u"SyncEventPage"_s,
              object({{u"items"_s, arrayOf(ref(u"SyncEvent"_s))},
                      {u"total"_s, type(u"integer"_s)},
                      {u"limit"_s, type(u"integer"_s)},
                      {u"offset"_s, type(u"integer"_s)},
                      {u"nextCursor"_s, nullable(type(u"string"_s))}},
                     {u"items"_s, u"total"_s, u"limit"_s}));
    s->insert(
        u"TenantSyncHealth"_s,
        object({{u"organizationId"_s, uuid()},
                {u"name"_s, type(u"string"_s)},
                {u"status"_s, enumOf(SyncStatuses)},
                {u"configVersion"_s, type(u"integer"_s)},
                {u"connectedClients"_s, type(u"integer"_s)},
                {u"staleClients"_s, type(u"integer"_s)},
                {u"pendingChanges"_s, type(u"integer"_s)},
                {u"conflicts"_s, type(u"integer"_s)},
                {u"lastSuccessAt"_s, nullable(dateTime())},
                {u"lastEventAt"_s, nullable(dateTime())},
                {u"nextWeddingDate"_s,
                 nullable(QJsonObject {{u"type"_s, u"string"_s}, {u"format"_s, u"date"_s}})},
                {u"daysUntilNextWedding"_s, nullable(type(u"integer"_s))},
                {u"severity"_s, enumOf({u"normal"_s, u"elevated"_s, u"high"_s, u"critical"_s})}},
               {u"organizationId"_s, u"name"_s, u"status"_s, u"configVersion"_s}));
    s->insert(u"SyncHealthReport"_s,
              object({{u"generatedAt"_s, dateTime()},
                      {u"healthPercent"_s, type(u"number"_s)},
                      {u"counts"_s, counts()},
                      {u"tenants"_s, arrayOf(ref(u"TenantSyncHealth"_s))}},
                     {u"generatedAt"_s, u"healthPercent"_s, u"counts"_s, u"tenants"_s}));
    s->insert(u"ConnectionStats"_s,
              object({{u"windowSeconds"_s, type(u"integer"_s)},
                      {u"bucketSeconds"_s, type(u"integer"_s)},
                      {u"samples"_s,
                       arrayOf(object({{u"at"_s, dateTime()},
                                       {u"total"_s, type(u"integer"_s)},
                                       {u"byTenant"_s, counts()},
                                       {u"byRole"_s, counts()}}))}},
                     {u"windowSeconds"_s, u"bucketSeconds"_s, u"samples"_s}));
    const QJsonObject time = nullable(dateTime());
    const QJsonObject field = object(
        {{u"path"_s, type(u"string"_s)},
         {u"kind"_s, enumOf({u"unchanged"_s, u"mine"_s, u"theirs"_s, u"both"_s, u"conflict"_s})},
         {u"base"_s, QJsonObject()},
         {u"mine"_s, QJsonObject()},
         {u"theirs"_s, QJsonObject()}},
        {u"path"_s, u"kind"_s});
    const QJsonObject counts = object({{u"mine"_s, type(u"integer"_s)},
                                       {u"theirs"_s, type(u"integer"_s)},
                                       {u"both"_s, type(u"integer"_s)},
                                       {u"conflict"_s, type(u"integer"_s)}},
                                      {});
    s->insert(u"SyncConflict"_s,
              object({{u"id"_s, uuid()},
                      {u"organizationId"_s, uuid()},
                      {u"source"_s,
                       enumOf({u"offline_edit"_s, u"concurrent_save"_s, u"crm_sync"_s,
                               u"calendar_sync"_s})},
                      {u"entity"_s,
                       object({{u"type"_s, type(u"string"_s)},
                               {u"id"_s, type(u"string"_s)},
                               {u"label"_s, type(u"string"_s)}},
                              {u"type"_s, u"id"_s, u"label"_s})},
                      {u"entityType"_s, type(u"string"_s)},
                      {u"entityId"_s, type(u"string"_s)},
                      {u"label"_s, type(u"string"_s)},
                      {u"baseVersion"_s, nullable(type(u"integer"_s))},
                      {u"baseKnown"_s, type(u"boolean"_s)},
                      {u"base"_s, nullable(type(u"object"_s))},
                      {u"mine"_s, type(u"object"_s)},
                      {u"mineBy"_s, nullable(uuid())},
                      {u"mineAt"_s, time},
                      {u"theirs"_s, type(u"object"_s)},
                      {u"theirsBy"_s, nullable(uuid())},
                      {u"theirsAt"_s, time},
                      {u"createdBy"_s, nullable(uuid())},
                      {u"createdAt"_s, dateTime()},
                      {u"ageSeconds"_s, type(u"integer"_s)},
                      {u"status"_s, enumOf({u"open"_s, u"resolved"_s, u"dismissed"_s})},
                      {u"resolution"_s, nullable(enumOf({u"mine"_s, u"theirs"_s, u"merged"_s}))},
                      {u"resolvedAt"_s, time},
                      {u"resolvedBy"_s, nullable(uuid())},
                      {u"result"_s, nullable(type(u"object"_s))},
                      {u"resultVersion"_s, nullable(type(u"integer"_s))},
                      {u"conflictFields"_s, arrayOf(type(u"string"_s))},
                      {u"changedFields"_s, counts},
                      {u"fields"_s, arrayOf(field)},
                      {u"current"_s, nullable(type(u"object"_s))}},
                     {u"id"_s, u"organizationId"_s, u"source"_s, u"entity"_s, u"entityType"_s,
                      u"entityId"_s, u"status"_s, u"conflictFields"_s}));
    s->insert(
        u"SyncConflictList"_s,
        object({{u"items"_s, arrayOf(ref(u"SyncConflict"_s))}, {u"count"_s, type(u"integer"_s)}},
               {u"items"_s, u"count"_s}));
    s->insert(u"SyncConflictPage"_s,
              object({{u"items"_s, arrayOf(ref(u"SyncConflict"_s))},
                      {u"total"_s, type(u"integer"_s)},
                      {u"limit"_s, type(u"integer"_s)},
                      {u"offset"_s, type(u"integer"_s)},
                      {u"nextCursor"_s, nullable(type(u"string"_s))}},
                     {u"items"_s, u"total"_s, u"limit"_s}));
    s->insert(u"SyncConflictResolve"_s,
              object({{u"resolution"_s, enumOf({u"mine"_s, u"theirs"_s, u"merged"_s})},
                      {u"document"_s, type(u"object"_s)},
                      {u"entityVersion"_s, type(u"integer"_s)}},
                     {u"resolution"_s}));
    s->insert(
        u"SyncConflictBulkResolve"_s,
        object({{u"ids"_s, arrayOf(uuid())}, {u"resolution"_s, enumOf({u"mine"_s, u"theirs"_s})}},
               {u"ids"_s, u"resolution"_s}));
}

} // namespace

void addLayoutVersions(QJsonObject *s)
{
    QJsonObject properties {
        {u"version"_s, type(u"integer"_s)},
        {u"weddingId"_s, nullable(uuid())},
        {u"createdAt"_s, dateTime()},
        {u"author"_s,
         object({{u"id"_s, nullable(uuid())}, {u"name"_s, nullable(type(u"string"_s))}},
                {u"id"_s, u"name"_s})},
        {u"summary"_s, type(u"string"_s)}};
    const QStringList required {u"version"_s, u"createdAt"_s, u"author"_s, u"summary"_s};
    s->insert(u"LayoutVersionSummary"_s, object(properties, required));
    properties.insert(u"sections"_s, arrayOf(ref(u"Section"_s)));
    s->insert(u"LayoutVersion"_s, object(properties, QStringList(required) << u"sections"_s));
    s->insert(u"LayoutVersionPage"_s,
              object({{u"items"_s, arrayOf(ref(u"LayoutVersionSummary"_s))},
                      {u"total"_s, type(u"integer"_s)},
                      {u"limit"_s, type(u"integer"_s)},
                      {u"offset"_s, type(u"integer"_s)},
                      {u"nextCursor"_s, nullable(type(u"string"_s))},
                      {u"currentVersion"_s, type(u"integer"_s)}},
                     {u"items"_s, u"total"_s, u"limit"_s, u"currentVersion"_s}));
}

void addResourceSchemas(QJsonObject *schemas)
{
    addSections(schemas);
    addPermissions(schemas);
    addAudit(schemas);
    addSync(schemas);
    addLayoutVersions(schemas);
}

} // namespace wedsync::server
