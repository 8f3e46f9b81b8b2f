#include "api/PermissionMatrix.h"

#include "PermissionMatrixJson.h"
#include "common/Ids.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server::matrix {

namespace {

constexpr qsizetype MaxRows = 500;

} // namespace

QJsonObject rowJson(const SectionRecord &record)
{
    return matrixRowToJson(matrixRowOf(record.section));
}

QJsonArray rowsJson(const QList<SectionRecord> &records)
{
    QJsonArray rows;
    for (const SectionRecord &record : records)
        rows.append(rowJson(record));
    return rows;
}

QJsonObject matrixJson(const QString &organizationId, const QList<SectionRecord> &records)
{
    PermissionMatrix matrix;
    matrix.organizationId = organizationId;
    for (const SectionRecord &record : records)
        matrix.rows.append(matrixRowOf(record.section));
    return permissionMatrixToJson(matrix);
}

Result<QList<MatrixRowEdit>> decodeUpdate(const QJsonObject &body)
{
    QList<FieldError> problems;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"rows"_s)
            problems.append({it.key(), u"Unknown field; send {\"rows\": [...]}."_s});
    }
    const QJsonValue rowsValue = body.value(u"rows"_s);
    if (!rowsValue.isArray() || rowsValue.toArray().isEmpty()
        || rowsValue.toArray().size() > MaxRows) {
        problems.append(
            {u"rows"_s,
             u"A list of 1 to %1 rows {sectionId, version, cells} is required."_s.arg(MaxRows)});
        return Error {u"validation_failed"_s,
                      u"The matrix update is not valid; see details.fields."_s, problems};
    }
    const QJsonArray rows = rowsValue.toArray();
    QList<MatrixRowEdit> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        MatrixRowEdit edit;
        edit.fieldPrefix = u"rows["_s + QString::number(i) + u']';
        const auto field = [&](const QString &name) -> QString {
            return edit.fieldPrefix + u'.' + name;
        };
        if (!rows.at(i).isObject()) {
            problems.append(
                {edit.fieldPrefix, u"Each row is an object {sectionId, version, cells}."_s});
            continue;
        }
        const QJsonObject row = rows.at(i).toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!QStringList {u"sectionId"_s, u"version"_s, u"cells"_s, u"sectionType"_s,
                              u"weddingId"_s, u"title"_s}
                     .contains(it.key()))
                problems.append(
                    {field(it.key()), u"Unknown field; a row has sectionId, version and cells."_s});
        }
        const QString id = row.value(u"sectionId"_s).toString().trimmed();
        if (!ids::isUuid(id))
            problems.append(
                {field(u"sectionId"_s), u"The id of a section (a UUID) is required."_s});
        else if (seen.contains(ids::normalized(id)))
            problems.append(
                {field(u"sectionId"_s), u"This section already has a row in this update."_s});
        else
            seen.insert(edit.sectionId = ids::normalized(id));
        const QJsonValue version = row.value(u"version"_s);
        if (version.isDouble() && version.toDouble() >= 1
            && version.toDouble() == std::floor(version.toDouble())
            && version.toDouble() < 9007199254740992.0)
            edit.version = version.toInteger();
        else if (!version.isUndefined() && !version.isNull())
            problems.append({field(u"version"_s), u"The version is a whole number from 1."_s});
        if (!row.value(u"cells"_s).isObject()) {
            problems.append(
                {field(u"cells"_s),
                 u"The cells are an object by role, e.g. {\"vendor\": {\"view\": true}}."_s});
        } else {
            const QJsonObject cells = row.value(u"cells"_s).toObject();
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                const QString cellPath = field(u"cells."_s + it.key());
                const auto role = roleFromName(it.key());
                if (!role) {
                    problems.append(
                        {cellPath,
                         u"Unknown role; the roles are admin, coordinator, photographer, "
                         "couple, vendor and guest."_s});
                    continue;
                }
                if (!it.value().isObject()) {
                    problems.append(
                        {cellPath, u"A cell is an object {view, edit, hide} of true or false."_s});
                    continue;
                }
                MatrixCellEdit cell;
                const QJsonObject flags = it.value().toObject();
                for (auto flag = flags.begin(); flag != flags.end(); ++flag) {
                    std::optional<bool> *target = flag.key() == u"view"_s ? &cell.view
                        : flag.key() == u"edit"_s                         ? &cell.edit
                        : flag.key() == u"hide"_s                         ? &cell.hide
                                                                          : nullptr;
                    if (!target)
                        problems.append({cellPath + u'.' + flag.key(),
                                         u"Unknown flag; a cell has view, edit and hide."_s});
                    else if (!flag.value().isBool())
                        problems.append(
                            {cellPath + u'.' + flag.key(), u"Must be true or false."_s});
                    else
                        *target = flag.value().toBool();
                }
                edit.cells.insert(*role, cell);
            }
        }
        out.append(edit);
    }
    if (!problems.isEmpty())
        return Error {u"validation_failed"_s,
                      u"The matrix update is not valid; see details.fields."_s, problems};
    return out;
}

SectionConfig applyRow(SectionConfig section, const MatrixRowEdit &row)
{
    for (Role role : allRoles()) {
        const auto it = row.cells.constFind(role);
        if (it != row.cells.cend())
            writeMatrixCell(&section, role, it.value());
    }
    return section;
}

} // namespace wedsync::server::matrix
