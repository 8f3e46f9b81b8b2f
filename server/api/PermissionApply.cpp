#include "api/PermissionApply.h"

#include "IntegrityJson.h"
#include "PermissionMatrixFindings.h"
#include "PermissionMatrixJson.h"
#include "common/Ids.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server::permissionapply {

namespace {

const QString CopyRole = u"copy_role"_s;
const QString Import = u"import"_s;

// A role field of copy_role; nullopt (with a problem) when missing or unknown.
std::optional<Role> readRole(const QJsonObject &body, const QString &key, QList<FieldError> *out)
{
    const QJsonValue value = body.value(key);
    if (const auto role = roleFromName(value.toString()); value.isString() && role)
        return role;
    out->append({key,
                 value.isUndefined()
                     ? u"Say which role to copy %1: admin, coordinator, photographer, couple, "
                       "vendor or guest."_s.arg(key == u"from"_s ? u"from"_s : u"onto"_s)
                     : u"Unknown role; the roles are admin, coordinator, photographer, couple, "
                       "vendor and guest."_s});
    return std::nullopt;
}

std::optional<QHash<QString, qint64>> readVersions(const QJsonValue &value, QList<FieldError> *out)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    QHash<QString, qint64> versions;
    if (!value.isObject()) {
        out->append({u"expectedVersions"_s,
                     u"An object of section id to version, {\"<sectionId>\": 3}, as the dry run "
                     "returned it."_s});
        return versions;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = u"expectedVersions."_s + it.key();
        const double number = it.value().toDouble();
        if (!ids::isUuid(it.key()))
            out->append({field, u"Each key is the id of a section (a UUID)."_s});
        else if (!it.value().isDouble() || number < 1 || number != std::floor(number)
                 || number >= 9007199254740992.0)
            out->append({field, u"The version is a whole number from 1."_s});
        else
            versions.insert(ids::normalized(it.key()), it.value().toInteger());
    }
    return versions;
}

Error versionConflict(QList<FieldError> fields)
{
    return Error {u"version_conflict"_s,
                  u"The dashboard changed since your preview, so nothing was applied; preview "
                  "again and confirm the changes you see then (details.current has the sections "
                  "that moved)."_s,
                  std::move(fields)};
}

} // namespace

Result<PermissionApplyRequest> decode(const QJsonObject &body)
{
    static const QStringList known {u"operation"_s,       u"from"_s,      u"to"_s,
                                    u"document"_s,        u"weddingId"_s, u"dryRun"_s,
                                    u"expectedVersions"_s};
    QList<FieldError> problems;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            problems.append({it.key(),
                             u"Unknown field; the request has operation, from, to, document, "
                             "weddingId, dryRun and expectedVersions."_s});
    }
    PermissionApplyRequest request;
    const QJsonValue operation = body.value(u"operation"_s);
    if (operation == QJsonValue(CopyRole)) {
        request.operation = PermissionApplyRequest::Operation::CopyRole;
    } else if (operation == QJsonValue(Import)) {
        request.operation = PermissionApplyRequest::Operation::Import;
    } else {
        problems.append({u"operation"_s,
                         u"Say what to do: \"copy_role\" (with from and to) or \"import\" (with "
                         "document)."_s});
    }
    const bool copying = operation == QJsonValue(CopyRole);
    const bool importing = operation == QJsonValue(Import);
    if (copying) {
        const auto from = readRole(body, u"from"_s, &problems);
        const auto to = readRole(body, u"to"_s, &problems);
        if (from && to && *from == *to)
            problems.append({u"to"_s,
                             u"Copying a role onto itself changes nothing; choose "
                             "another role."_s});
        request.from = from.value_or(Role::Guest);
        request.to = to.value_or(Role::Guest);
    } else {
        for (const QString &key : {u"from"_s, u"to"_s}) {
            if (body.contains(key))
                problems.append({key, u"Only copy_role takes from and to."_s});
        }
    }
    const QJsonValue document = body.value(u"document"_s);
    if (importing && !document.isObject())
        problems.append({u"document"_s,
                         u"The permissions file (an object with schemaVersion, kind, roles and "
                         "rows) is required for import."_s});
    else if (!importing && body.contains(u"document"_s))
        problems.append({u"document"_s, u"Only import takes a document."_s});

    const QJsonValue dryRun = body.value(u"dryRun"_s);
    if (dryRun.isBool())
        request.dryRun = dryRun.toBool();
    else if (!dryRun.isUndefined())
        problems.append({u"dryRun"_s, u"Must be true (preview) or false (apply)."_s});
    const QJsonValue wedding = body.value(u"weddingId"_s);
    if (wedding.isString() && ids::isUuid(wedding.toString()))
        request.weddingId = ids::normalized(wedding.toString());
    else if (!wedding.isUndefined() && !wedding.isNull())
        problems.append({u"weddingId"_s,
                         u"The id of a wedding (a UUID), or null for the organization's own "
                         "sections."_s});
    request.expectedVersions = readVersions(body.value(u"expectedVersions"_s), &problems);

    if (!problems.isEmpty())
        return Error {u"validation_failed"_s, u"The request is not valid; see details.fields."_s,
                      std::move(problems)};
    if (importing) {
        auto parsed = permissionsDocumentFromJson(document.toObject(), u"document"_s);
        if (!parsed)
            return parsed.error();
        request.document = std::move(parsed).value();
    }
    return request;
}

Result<PermissionApplyPlan> plan(const PermissionApplyRequest &request,
                                 const QString &organizationId, QList<SectionRecord> sections,
                                 const QList<SectionConfig> &context)
{
    PermissionApplyPlan out;
    out.sections = std::move(sections);
    QList<SectionConfig> configs;
    configs.reserve(out.sections.size());
    for (const SectionRecord &record : std::as_const(out.sections))
        configs.append(record.section);
    out.before = PermissionMatrix::fromSections(organizationId, configs);
    if (request.operation == PermissionApplyRequest::Operation::CopyRole) {
        out.after = out.before;
        copyMatrixRole(&out.after, request.from, request.to);
    } else {
        auto imported = importPermissions(request.document, out.before, u"document"_s);
        if (!imported)
            return imported.error();
        out.after = std::move(imported).value().matrix;
    }
    out.diff = diffMatrices(out.before, out.after);
    out.findings = matrixFindings(out.after, configs, context);
    return out;
}

std::optional<Error> staleExpectations(const QHash<QString, qint64> &expected,
                                       const PermissionApplyPlan &plan,
                                       QList<SectionRecord> *current)
{
    QHash<QString, const SectionRecord *> byId;
    for (const SectionRecord &record : plan.sections)
        byId.insert(record.section.id, &record);
    QList<FieldError> fields;
    QStringList named = expected.keys();
    named.sort();
    for (const QString &id : std::as_const(named)) {
        const SectionRecord *record = byId.value(id);
        if (!record) {
            fields.append({u"expectedVersions."_s + id,
                           u"There is no such section on this dashboard (any more); preview "
                           "again."_s});
        } else if (record->section.metadata.version != expected.value(id)) {
            fields.append({u"expectedVersions."_s + id,
                           u"Someone else changed this section; it is now at version %1."_s.arg(
                               record->section.metadata.version)});
            current->append(*record);
        }
    }
    for (const MatrixRowDiff &row : plan.diff.rows) {
        if (expected.contains(row.sectionId))
            continue;
        fields.append({u"expectedVersions."_s + row.sectionId,
                       u"This section would change too, but the preview you confirmed did not "
                       "include it; preview again."_s});
        current->append(*byId.value(row.sectionId));
    }
    if (fields.isEmpty())
        return std::nullopt;
    return versionConflict(std::move(fields));
}

Error movedSince(const QList<SectionRecord> &moved)
{
    QList<FieldError> fields;
    for (const SectionRecord &record : moved)
        fields.append({u"expectedVersions."_s + record.section.id,
                       u"Someone else changed this section; it is now at version %1."_s.arg(
                           record.section.metadata.version)});
    return versionConflict(std::move(fields));
}

QList<SectionChange> sectionChanges(const PermissionApplyPlan &plan,
                                    const QHash<QString, qint64> &expected)
{
    QList<SectionChange> changes;
    const auto change = [&](const QString &id) {
        SectionChange c;
        c.id = id;
        c.ifMatch.versions = {expected.value(id)};
        c.fieldPrefix = u"sections."_s + id;
        return c;
    };
    for (const MatrixRowDiff &row : plan.diff.rows) {
        SectionChange c = change(row.sectionId);
        const MatrixRow target = *plan.after.row(row.sectionId);
        c.edit = [target](const SectionConfig &current) -> Result<SectionConfig> {
            return withMatrixRow(current, target);
        };
        changes.append(std::move(c));
    }
    QStringList unchanged = expected.keys();
    unchanged.sort();
    for (const QString &id : std::as_const(unchanged)) {
        if (plan.diff.row(id))
            continue;
        SectionChange c = change(id);
        c.edit = [](const SectionConfig &current) -> Result<SectionConfig> {
            return current;
        };
        changes.append(std::move(c));
    }
    return changes;
}

QJsonObject resultJson(const QString &organizationId, const PermissionApplyRequest &request,
                       const PermissionApplyPlan &plan, const PermissionMatrix &matrix)
{
    QJsonObject versions;
    for (const MatrixRowDiff &row : plan.diff.rows) {
        const MatrixRow *now = matrix.row(row.sectionId);
        versions.insert(row.sectionId, now ? now->version : row.version);
    }
    QJsonObject findings = integrityReportToJson(plan.findings);
    findings.insert(u"counts"_s,
                    QJsonObject {{u"error"_s, plan.findings.count(IntegritySeverity::Error)},
                                 {u"warning"_s, plan.findings.count(IntegritySeverity::Warning)},
                                 {u"info"_s, plan.findings.count(IntegritySeverity::Info)}});
    return {
        {u"organizationId"_s, organizationId},
        {u"operation"_s, request.operationName()},
        {u"dryRun"_s, request.dryRun},
        {u"weddingId"_s,
         request.weddingId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(request.weddingId)},
        {u"diff"_s, matrixDiffToJson(plan.diff)},
        {u"findings"_s, findings},
        {u"matrix"_s, permissionMatrixToJson(matrix)},
        {u"expectedVersions"_s, versions},
    };
}

} // namespace wedsync::server::permissionapply
