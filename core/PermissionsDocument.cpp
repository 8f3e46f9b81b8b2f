// The permissions file: export, a parser that names every problem, and import by section type.
#include "PermissionsDocument.h"

#include "SectionNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// As QObject::tr: (text, disambiguation, n), so that lupdate files a %n text as plural.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wedsync::PermissionsDocument", text, disambiguation, n);
}

const QString ErrorCode = u"invalid_permissions_document"_s;

Error documentError(QList<FieldError> fields)
{
    const int count = int(fields.size());
    return Error {ErrorCode,
                  tr("The permissions file cannot be imported: %n problem(s), listed by row. "
                     "Nothing was changed.",
                     nullptr, count),
                  std::move(fields)};
}

QString roleNames()
{
    QStringList names;
    for (Role role : matrixColumnRoles())
        names.append(roleName(role));
    return QLocale::c().createSeparatedList(names);
}

// Collects problems under one path prefix ("document." or "").
class Problems
{
public:
    explicit Problems(QString prefix)
        : m_prefix(std::move(prefix))
    { }

    void add(const QString &field, const QString &message)
    {
        QString path = m_prefix + field;
        if (path.endsWith(u'.'))
            path.chop(1);
        m_fields.append({path, message});
    }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QList<FieldError> take() { return std::move(m_fields); }

private:
    QString m_prefix;
    QList<FieldError> m_fields;
};

QString prefixOf(const QString &path)
{
    if (path.isEmpty() || path.endsWith(u'.'))
        return path;
    return path + u'.';
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"true/false"_s;
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

void readHeader(const QJsonObject &object, Problems &problems)
{
    static const QStringList known {u"schemaVersion"_s, u"kind"_s, u"scope"_s, u"roles"_s,
                                    u"rows"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problems.add(it.key(),
                         tr("Unknown field; a permissions file has schemaVersion, kind, scope, "
                            "roles and rows. Remove it."));
    }
    const QJsonValue kind = object.value(u"kind"_s);
    if (kind.toString() != PermissionsDocumentLimits::Kind) {
        problems.add(
            u"kind"_s,
            kind.isUndefined()
                ? tr("Missing: this is not a WedSync permissions file (its kind should "
                     "be \"wedsync.permissions\"). Choose a file exported from the "
                     "Permissions screen.")
                : tr("This is not a WedSync permissions file: its kind is %1, not "
                     "\"wedsync.permissions\". Choose a file exported from the "
                     "Permissions screen.")
                      .arg(kind.isString() ? u'"' + kind.toString() + u'"' : jsonTypeName(kind)));
    }
    const QJsonValue version = object.value(u"schemaVersion"_s);
    if (version.isUndefined()) {
        problems.add(u"schemaVersion"_s,
                     tr("Missing: the file must say which version of the format it uses "
                        "(\"schemaVersion\": 1)."));
    } else if (!version.isDouble()
               || version.toDouble() != PermissionsDocumentLimits::SchemaVersion) {
        problems.add(u"schemaVersion"_s,
                     tr("The file uses version %1 of the format; this WedSync reads version 1. "
                        "Export it again with this version, or update WedSync.")
                         .arg(version.isDouble() ? QString::number(version.toDouble())
                                                 : jsonTypeName(version)));
    }
    const QJsonValue scope = object.value(u"scope"_s);
    if (!scope.isUndefined() && !scope.isObject())
        problems.add(u"scope"_s,
                     tr("Must be an object saying where the file was exported from, or be left "
                        "out."));
}

PermissionsDocumentScope readScope(const QJsonObject &scope, Problems &problems)
{
    PermissionsDocumentScope out;
    const auto text = [&](const QString &key, QString *target) {
        const QJsonValue value = scope.value(key);
        if (value.isString())
            *target = value.toString();
        else if (!value.isUndefined() && !value.isNull())
            problems.add(u"scope."_s + key, tr("Must be text or null."));
    };
    text(u"organizationId"_s, &out.organizationId);
    text(u"organizationName"_s, &out.organizationName);
    text(u"weddingId"_s, &out.weddingId);
    text(u"weddingName"_s, &out.weddingName);
    QString exported;
    text(u"exportedAt"_s, &exported);
    if (!exported.isEmpty()) {
        out.exportedAt = QDateTime::fromString(exported, Qt::ISODateWithMs);
        if (!out.exportedAt.isValid())
            problems.add(u"scope.exportedAt"_s,
                         tr("Must be a date and time such as 2026-06-14T09:30:00Z."));
        else
            out.exportedAt = out.exportedAt.toUTC();
    }
    return out;
}

QList<Role> readRoles(const QJsonValue &value, Problems &problems)
{
    QList<Role> roles;
    if (!value.isArray() || value.toArray().isEmpty()) {
        problems.add(u"roles"_s,
                     tr("A list of the roles the file holds is required, e.g. [\"vendor\"]."));
        return roles;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"roles["_s + QString::number(i) + u']';
        const auto role = roleFromName(array.at(i).toString());
        if (!array.at(i).isString() || !role)
            problems.add(field,
                         tr("Unknown role %1; the roles are %2.")
                             .arg(array.at(i).isString() ? u'"' + array.at(i).toString() + u'"'
                                                         : jsonTypeName(array.at(i)),
                                  roleNames()));
        else if (roles.contains(*role))
            problems.add(field,
                         tr("%1 is listed twice; list each role once.").arg(roleName(*role)));
        else
            roles.append(*role);
    }
    // Column order, whatever order the file lists them in.
    QList<Role> ordered;
    for (Role role : matrixColumnRoles()) {
        if (roles.contains(role))
            ordered.append(role);
    }
    return ordered;
}

std::optional<MatrixCell> readCell(const QJsonValue &value, const QString &path, Problems &problems)
{
    if (!value.isObject()) {
        problems.add(path,
                     tr("A cell is an object {\"view\", \"edit\", \"hide\"} of true or "
                        "false, not %1.")
                         .arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject flags = value.toObject();
    bool ok = true;
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        if (!matrixFlagFromName(it.key())) {
            problems.add(path + u'.' + it.key(),
                         tr("Unknown flag; a cell has view, edit and hide. Remove it."));
            ok = false;
        }
    }
    MatrixCell cell;
    for (MatrixFlag flag : AllMatrixFlags) {
        const QString name = matrixFlagName(flag);
        const QJsonValue flagValue = flags.value(name);
        if (flagValue.isBool()) {
            cell.setFlag(flag, flagValue.toBool());
            continue;
        }
        ok = false;
        problems.add(path + u'.' + name,
                     flagValue.isUndefined()
                         ? tr("Missing; every cell says true or false for view, edit and hide.")
                         : tr("Must be true or false, not %1.").arg(jsonTypeName(flagValue)));
    }
    return ok ? std::optional(cell) : std::nullopt;
}

void readRows(const QJsonValue &value, const QList<Role> &roles, Problems &problems,
              QList<PermissionsDocumentRow> *out)
{
    if (!value.isArray()) {
        problems.add(u"rows"_s,
                     tr("A list of rows {\"sectionType\", \"cells\"} is required (it may be "
                        "empty)."));
        return;
    }
    const QJsonArray rows = value.toArray();
    if (rows.size() > PermissionsDocumentLimits::MaxRows) {
        problems.add(u"rows"_s,
                     tr("The file has %1 rows; a permissions file holds at most %2. Split it, "
                        "or export one dashboard at a time.")
                         .arg(rows.size())
                         .arg(PermissionsDocumentLimits::MaxRows));
        return;
    }
    QHash<QString, qsizetype> firstRow;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = u"rows["_s + QString::number(i) + u']';
        if (!rows.at(i).isObject()) {
            problems.add(path,
                         tr("Each row is an object {\"sectionType\", \"cells\"}, not %1.")
                             .arg(jsonTypeName(rows.at(i))));
            continue;
        }
        const QJsonObject row = rows.at(i).toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (it.key() != u"sectionType"_s && it.key() != u"cells"_s)
                problems.add(path + u'.' + it.key(),
                             tr("Unknown field; a row has sectionType and cells. Remove it."));
        }
        PermissionsDocumentRow parsed;
        bool ok = true;
        const QJsonValue type = row.value(u"sectionType"_s);
        parsed.sectionType = type.toString().trimmed();
        if (!type.isString() || parsed.sectionType.isEmpty()) {
            problems.add(path + u".sectionType"_s,
                         tr("The section type this row is for is required, e.g. \"timeline\"."));
            ok = false;
        } else if (const auto seen = firstRow.constFind(parsed.sectionType);
                   seen != firstRow.cend()) {
            problems.add(path + u".sectionType"_s,
                         tr("%1 already has a row (rows[%2]); keep one row per section type.")
                             .arg(parsed.sectionType)
                             .arg(*seen));
            ok = false;
        } else {
            firstRow.insert(parsed.sectionType, i);
        }
        const QJsonValue cells = row.value(u"cells"_s);
        if (!cells.isObject()) {
            problems.add(path + u".cells"_s,
                         tr("The cells are an object by role, e.g. {\"vendor\": {\"view\": true, "
                            "\"edit\": false, \"hide\": false}}."));
            continue;
        }
        const QJsonObject byRole = cells.toObject();
        for (auto it = byRole.begin(); it != byRole.end(); ++it) {
            const QString cellPath = path + u".cells."_s + it.key();
            const auto role = roleFromName(it.key());
            if (!role) {
                problems.add(cellPath, tr("Unknown role; the roles are %1.").arg(roleNames()));
                ok = false;
                continue;
            }
            if (!roles.isEmpty() && !roles.contains(*role)) {
                problems.add(cellPath,
                             tr("%1 is not one of the file's roles; add it to \"roles\" or remove "
                                "this cell.")
                                 .arg(roleName(*role)));
                ok = false;
                continue;
            }
            const auto cell = readCell(it.value(), cellPath, problems);
            if (!cell)
                ok = false;
            parsed.cells[static_cast<size_t>(roleRank(*role))] = cell;
        }
        for (Role role : roles) {
            if (!byRole.contains(roleName(role))) {
                problems.add(path + u".cells."_s + roleName(role),
                             tr("Missing; each row has a cell for every role in \"roles\"."));
                ok = false;
            }
        }
        if (ok)
            out->append(std::move(parsed));
    }
}

} // namespace

PermissionsDocument exportPermissions(const PermissionMatrix &matrix, const QList<Role> &roles,
                                      const PermissionsDocumentScope &scope)
{
    PermissionsDocument document;
    document.scope = scope;
    for (Role role : matrixColumnRoles()) {
        if (roles.isEmpty() || roles.contains(role))
            document.roles.append(role);
    }
    QList<QString> types;
    for (const MatrixRow &row : matrix.rows) {
        if (row.weddingId != scope.weddingId || types.contains(row.sectionType))
            continue;
        types.append(row.sectionType);
        PermissionsDocumentRow out;
        out.sectionType = row.sectionType;
        for (Role role : std::as_const(document.roles))
            out.cells[static_cast<size_t>(roleRank(role))] = row.cell(role);
        document.rows.append(std::move(out));
    }
    return document;
}

QJsonObject permissionsDocumentToJson(const PermissionsDocument &document)
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    const PermissionsDocumentScope &scope = document.scope;
    QJsonArray roles;
    for (Role role : document.roles)
        roles.append(roleName(role));
    QJsonArray rows;
    for (const PermissionsDocumentRow &row : document.rows) {
        QJsonObject cells;
        for (Role role : document.roles) {
            if (const auto &cell = row.cell(role))
                cells.insert(roleName(role),
                             QJsonObject {{u"view"_s, cell->view},
                                          {u"edit"_s, cell->edit},
                                          {u"hide"_s, cell->hide}});
        }
        rows.append(QJsonObject {{u"sectionType"_s, row.sectionType}, {u"cells"_s, cells}});
    }
    return {
        {u"schemaVersion"_s, PermissionsDocumentLimits::SchemaVersion},
        {u"kind"_s, PermissionsDocumentLimits::Kind.toString()},
        {u"scope"_s,
         QJsonObject {{u"organizationId"_s, orNull(scope.organizationId)},
                      {u"organizationName"_s, orNull(scope.organizationName)},
                      {u"weddingId"_s, orNull(scope.weddingId)},
                      {u"weddingName"_s, orNull(scope.weddingName)},
                      {u"exportedAt"_s,
                       scope.exportedAt.isValid()
                           ? QJsonValue(scope.exportedAt.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null)}}},
        {u"roles"_s, roles},
        {u"rows"_s, rows},
    };
}

QByteArray permissionsDocumentBytes(const PermissionsDocument &document)
{
    return QJsonDocument(permissionsDocumentToJson(document)).toJson(QJsonDocument::Indented);
}

Result<PermissionsDocument> parsePermissionsDocument(const QByteArray &bytes)
{
    if (bytes.size() > PermissionsDocumentLimits::MaxBytes) {
        return documentError(
            {{QString(),
              tr("The file is %1 KiB; a permissions file is at most 1024 KiB (1 MiB). Choose the "
                 "file exported from the Permissions screen, or export fewer rows.")
                  .arg((bytes.size() + 1023) / 1024)}});
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return documentError({{QString(),
                               tr("The file is not valid JSON (%1 at byte %2); "
                                  "choose a file exported from the Permissions "
                                  "screen.")
                                   .arg(error.errorString())
                                   .arg(error.offset)}});
    if (!json.isObject())
        return documentError(
            {{QString(), tr("The file holds JSON but not a permissions file (an object).")}});
    return permissionsDocumentFromJson(json.object());
}

Result<PermissionsDocument> permissionsDocumentFromJson(const QJsonObject &object,
                                                        const QString &path)
{
    Problems problems(prefixOf(path));
    readHeader(object, problems);
    PermissionsDocument document;
    if (object.value(u"scope"_s).isObject())
        document.scope = readScope(object.value(u"scope"_s).toObject(), problems);
    document.roles = readRoles(object.value(u"roles"_s), problems);
    readRows(object.value(u"rows"_s), document.roles, problems, &document.rows);
    if (!problems.isEmpty())
        return documentError(problems.take());
    return document;
}

Result<PermissionsImport> importPermissions(const PermissionsDocument &document,
                                            const PermissionMatrix &target, const QString &path)
{
    Problems problems(prefixOf(path));
    PermissionsImport out;
    out.matrix = target;
    QHash<QString, QList<qsizetype>> rowsByType;
    for (qsizetype i = 0; i < target.rows.size(); ++i)
        rowsByType[target.rows.at(i).sectionType].append(i);
    for (qsizetype i = 0; i < document.rows.size(); ++i) {
        const PermissionsDocumentRow &row = document.rows.at(i);
        const auto matches = rowsByType.constFind(row.sectionType);
        if (matches == rowsByType.cend()) {
            problems.add(u"rows["_s + QString::number(i) + u"].sectionType"_s,
                         tr("This dashboard has no %1 section (type \"%2\"); add one first, or "
                            "remove this row from the file.")
                             .arg(sectionTypeDisplayName(row.sectionType), row.sectionType));
            continue;
        }
        for (qsizetype index : *matches) {
            for (Role role : document.roles) {
                if (const auto &cell = row.cell(role))
                    out.matrix.rows[index].cell(role) = *cell;
            }
        }
    }
    if (!problems.isEmpty())
        return documentError(problems.take());
    out.diff = diffMatrices(target, out.matrix);
    return out;
}

} // namespace wedsync
