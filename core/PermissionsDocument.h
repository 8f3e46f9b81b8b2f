#pragma once
// A permission set as a file, to move between organizations and weddings:
//
//   {"schemaVersion": 1, "kind": "wedsync.permissions",
//    "scope": {"organizationId", "organizationName", "weddingId", "weddingName", "exportedAt"},
//    "roles": ["vendor"],
//    "rows": [{"sectionType": "timeline", "cells": {"vendor": {"view", "edit", "hide"}}}]}
//
// The whole matrix (all six roles) or one role's set. Rows are keyed by section type, not id,
// so that a file imports into any dashboard that has sections of those types. The scope says
// where it came from and is not used on import. The parser reports every problem with the row
// and field it is in and what to do; an import applies all rows or none.

#include "PermissionMatrixEdits.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace wedsync {

namespace PermissionsDocumentLimits {
inline constexpr int SchemaVersion = 1;
inline constexpr QStringView Kind = u"wedsync.permissions";
inline constexpr qsizetype MaxBytes = 1024 * 1024;
inline constexpr qsizetype MaxRows = 1000;
} // namespace PermissionsDocumentLimits

struct PermissionsDocumentScope
{
    QString organizationId;
    QString organizationName;
    QString weddingId; // empty: the organization's own dashboard
    QString weddingName;
    QDateTime exportedAt; // UTC
    friend bool operator==(const PermissionsDocumentScope &, const PermissionsDocumentScope &)
        = default;
};

struct PermissionsDocumentRow
{
    QString sectionType;
    std::array<std::optional<MatrixCell>, RoleCount> cells; // by roleRank(); set for the roles

    const std::optional<MatrixCell> &cell(Role role) const
    {
        return cells[static_cast<size_t>(roleRank(role))];
    }
    friend bool operator==(const PermissionsDocumentRow &, const PermissionsDocumentRow &)
        = default;
};

struct PermissionsDocument
{
    PermissionsDocumentScope scope;
    QList<Role> roles; // the columns the file carries, in column order (admin first)
    QList<PermissionsDocumentRow> rows;
    friend bool operator==(const PermissionsDocument &, const PermissionsDocument &) = default;
};

// The rows of `matrix` on the dashboard `scope.weddingId` names (empty: the organization's own
// sections), with the cells of `roles` (empty: all six). A section type met twice keeps its
// first row.
PermissionsDocument exportPermissions(const PermissionMatrix &matrix, const QList<Role> &roles,
                                      const PermissionsDocumentScope &scope);
QJsonObject permissionsDocumentToJson(const PermissionsDocument &document);
// Indented UTF-8 JSON, as a file holds it.
QByteArray permissionsDocumentBytes(const PermissionsDocument &document);

// Error code of every problem below: "invalid_permissions_document", each FieldError naming
// `path` + the field ("rows[3].cells.vendor.view"), e.g. path "document." on the server.
// Bytes over 1 MiB, malformed JSON, then the document.
Result<PermissionsDocument> parsePermissionsDocument(const QByteArray &bytes);
Result<PermissionsDocument> permissionsDocumentFromJson(const QJsonObject &object,
                                                        const QString &path = {});

struct PermissionsImport
{
    PermissionMatrix matrix; // the target with the file's cells written in
    MatrixDiff diff; // target -> matrix
};

// Writes each row's cells (only the file's roles) onto every row of `target` with that section
// type. A row whose type `target` has no section of is an error ("rows[i].sectionType"); with
// any error nothing is returned but the error.
Result<PermissionsImport> importPermissions(const PermissionsDocument &document,
                                            const PermissionMatrix &target,
                                            const QString &path = {});

} // namespace wedsync
