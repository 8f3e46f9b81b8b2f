// JSON codec of the permission matrix, its diff and its update body.
#include "PermissionMatrixJson.h"

#include "JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::PermissionMatrixJson", text);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString indexed(const QString &name, qsizetype i)
{
    return name + u'[' + QString::number(i) + u']';
}

Error invalid(QList<FieldError> fields)
{
    return Error {u"invalid_permission_matrix"_s, tr("The permission matrix could not be read."),
                  std::move(fields)};
}

// The row fields shared by a matrix row and a diff row.
void readRowHead(JsonReader &reader, QString *sectionId, QString *sectionType, QString *title,
                 QString *weddingId, qint64 *version)
{
    *sectionId = reader.string(u"sectionId"_s, {}, true);
    *sectionType = reader.string(u"sectionType"_s, {}, true);
    *title = reader.string(u"title"_s);
    *weddingId = reader.string(u"weddingId"_s);
    *version = reader.integer(u"version"_s, true).value_or(0);
}

MatrixCell readCell(const QJsonObject &object, const QString &path, QList<FieldError> *errors)
{
    JsonReader reader(object, path, errors);
    MatrixCell cell;
    for (MatrixFlag flag : AllMatrixFlags)
        cell.setFlag(flag, reader.boolean(matrixFlagName(flag), true).value_or(false));
    return cell;
}

// Runs `read` on every element of the array `key`, each an object with its own reader.
template<typename Read>
void forEachObject(JsonReader &reader, const QString &key, bool required, Read read)
{
    const QJsonArray array = reader.array(key, required);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(reader.fieldPath(key), i);
        if (!array.at(i).isObject()) {
            reader.addError(indexed(key, i), tr("Must be an object."));
            continue;
        }
        read(array.at(i).toObject(), path);
    }
}

} // namespace

QJsonObject matrixCellToJson(const MatrixCell &cell)
{
    return {{u"view"_s, cell.view}, {u"edit"_s, cell.edit}, {u"hide"_s, cell.hide}};
}

QJsonObject matrixRowToJson(const MatrixRow &row)
{
    QJsonObject cells;
    for (Role role : matrixColumnRoles())
        cells.insert(roleName(role), matrixCellToJson(row.cell(role)));
    return {{u"sectionId"_s, row.sectionId},
            {u"sectionType"_s, row.sectionType},
            {u"weddingId"_s, orNull(row.weddingId)},
            {u"title"_s, row.title},
            {u"version"_s, row.version},
            {u"cells"_s, cells}};
}

QJsonObject permissionMatrixToJson(const PermissionMatrix &matrix)
{
    QJsonArray roles;
    for (Role role : matrixColumnRoles())
        roles.append(roleName(role));
    QJsonArray rows;
    for (const MatrixRow &row : matrix.rows)
        rows.append(matrixRowToJson(row));
    return {{u"organizationId"_s, matrix.organizationId}, {u"roles"_s, roles}, {u"rows"_s, rows}};
}

Result<PermissionMatrix> permissionMatrixFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, QString(), &errors);
    PermissionMatrix matrix;
    matrix.organizationId = reader.string(u"organizationId"_s);
    forEachObject(reader, u"rows"_s, true, [&](const QJsonObject &item, const QString &path) {
        JsonReader rowReader(item, path, &errors);
        MatrixRow row;
        readRowHead(rowReader, &row.sectionId, &row.sectionType, &row.title, &row.weddingId,
                    &row.version);
        const QJsonObject cells = rowReader.object(u"cells"_s, true);
        for (Role role : allRoles()) {
            const QString name = roleName(role);
            if (!cells.value(name).isObject()) {
                errors.append({rowReader.fieldPath(u"cells."_s + name), tr("Must be an object.")});
                continue;
            }
            row.cell(role) = readCell(cells.value(name).toObject(),
                                      rowReader.fieldPath(u"cells."_s + name), &errors);
        }
        matrix.rows.append(std::move(row));
    });
    if (!errors.isEmpty())
        return invalid(std::move(errors));
    return matrix;
}

QJsonObject matrixDiffToJson(const MatrixDiff &diff)
{
    QJsonArray rows;
    for (const MatrixRowDiff &row : diff.rows) {
        QJsonArray changes;
        for (const MatrixFlagChange &change : row.changes)
            changes.append(QJsonObject {{u"role"_s, roleName(change.role)},
                                        {u"flag"_s, matrixFlagName(change.flag)},
                                        {u"before"_s, change.before},
                                        {u"after"_s, change.after}});
        rows.append(QJsonObject {{u"sectionId"_s, row.sectionId},
                                 {u"sectionType"_s, row.sectionType},
                                 {u"weddingId"_s, orNull(row.weddingId)},
                                 {u"title"_s, row.title},
                                 {u"version"_s, row.version},
                                 {u"changes"_s, changes}});
    }
    return {{u"changeCount"_s, diff.changeCount()}, {u"rows"_s, rows}};
}

Result<MatrixDiff> matrixDiffFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, QString(), &errors);
    MatrixDiff diff;
    forEachObject(reader, u"rows"_s, true, [&](const QJsonObject &item, const QString &path) {
        JsonReader rowReader(item, path, &errors);
        MatrixRowDiff row;
        readRowHead(rowReader, &row.sectionId, &row.sectionType, &row.title, &row.weddingId,
                    &row.version);
        forEachObject(rowReader, u"changes"_s, true,
                      [&](const QJsonObject &changeItem, const QString &changePath) {
                          JsonReader changeReader(changeItem, changePath, &errors);
                          MatrixFlagChange change;
                          const QString role = changeReader.string(u"role"_s, {}, true);
                          const QString flag = changeReader.string(u"flag"_s, {}, true);
                          if (const auto parsed = roleFromName(role))
                              change.role = *parsed;
                          else
                              changeReader.addError(u"role"_s, tr("Unknown role."));
                          if (const auto parsed = matrixFlagFromName(flag))
                              change.flag = *parsed;
                          else
                              changeReader.addError(u"flag"_s, tr("Must be view, edit or hide."));
                          change.before = changeReader.boolean(u"before"_s, true).value_or(false);
                          change.after = changeReader.boolean(u"after"_s, true).value_or(false);
                          row.changes.append(change);
                      });
        diff.rows.append(std::move(row));
    });
    if (!errors.isEmpty())
        return invalid(std::move(errors));
    return diff;
}

QJsonObject matrixUpdateToJson(const QList<MatrixRow> &rows)
{
    QJsonArray out;
    for (const MatrixRow &row : rows) {
        QJsonObject cells;
        for (Role role : matrixColumnRoles())
            cells.insert(roleName(role), matrixCellToJson(row.cell(role)));
        out.append(QJsonObject {
            {u"sectionId"_s, row.sectionId}, {u"version"_s, row.version}, {u"cells"_s, cells}});
    }
    return {{u"rows"_s, out}};
}

} // namespace wedsync
