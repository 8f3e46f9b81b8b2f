// The matrix cell rule, shared by the permissions screen and the server's matrix routes.
#include "PermissionMatrix.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

void setMembership(QStringList *list, const QString &role, bool member)
{
    if (member) {
        if (!list->contains(role))
            list->append(role);
    } else {
        list->removeAll(role);
    }
}

} // namespace

QString matrixFlagName(MatrixFlag flag)
{
    switch (flag) {
    case MatrixFlag::View:
        return u"view"_s;
    case MatrixFlag::Edit:
        return u"edit"_s;
    case MatrixFlag::Hide:
        return u"hide"_s;
    }
    return u"view"_s;
}

std::optional<MatrixFlag> matrixFlagFromName(QStringView name)
{
    if (name == u"view")
        return MatrixFlag::View;
    if (name == u"edit")
        return MatrixFlag::Edit;
    if (name == u"hide")
        return MatrixFlag::Hide;
    return std::nullopt;
}

bool MatrixCell::flag(MatrixFlag f) const
{
    switch (f) {
    case MatrixFlag::View:
        return view;
    case MatrixFlag::Edit:
        return edit;
    case MatrixFlag::Hide:
        return hide;
    }
    return false;
}

void MatrixCell::setFlag(MatrixFlag f, bool value)
{
    switch (f) {
    case MatrixFlag::View:
        view = value;
        break;
    case MatrixFlag::Edit:
        edit = value;
        break;
    case MatrixFlag::Hide:
        hide = value;
        break;
    }
}

MatrixCell matrixCellOf(const SectionConfig &section, Role role)
{
    const QString name = roleName(role);
    return {section.visibility.roles.contains(name) || section.permissions.canView.contains(name),
            section.permissions.canEdit.contains(name), section.permissions.canHide.contains(name)};
}

void writeMatrixCell(SectionConfig *section, Role role, const MatrixCellEdit &edit)
{
    const QString name = roleName(role);
    if (edit.view) {
        const bool visible = section->visibility.roles.contains(name)
            || section->permissions.canView.contains(name);
        if (*edit.view && !visible)
            section->visibility.roles.append(name);
        if (!*edit.view) {
            section->visibility.roles.removeAll(name);
            section->permissions.canView.removeAll(name);
        }
    }
    if (edit.edit)
        setMembership(&section->permissions.canEdit, name, *edit.edit);
    if (edit.hide)
        setMembership(&section->permissions.canHide, name, *edit.hide);
}

MatrixRow matrixRowOf(const SectionConfig &section)
{
    MatrixRow row;
    row.sectionId = section.id;
    row.sectionType = section.sectionType;
    row.title = section.customization.title;
    row.weddingId = section.weddingId;
    row.version = section.metadata.version;
    for (Role role : allRoles())
        row.cell(role) = matrixCellOf(section, role);
    return row;
}

SectionConfig withMatrixRow(SectionConfig section, const MatrixRow &row)
{
    for (Role role : allRoles()) {
        if (matrixCellOf(section, role) != row.cell(role))
            writeMatrixCell(&section, role, MatrixCellEdit::all(row.cell(role)));
    }
    return section;
}

PermissionMatrix PermissionMatrix::fromSections(const QString &organizationId,
                                                const QList<SectionConfig> &sections)
{
    PermissionMatrix matrix;
    matrix.organizationId = organizationId;
    matrix.rows.reserve(sections.size());
    for (const SectionConfig &section : sections)
        matrix.rows.append(matrixRowOf(section));
    return matrix;
}

qsizetype PermissionMatrix::indexOf(const QString &sectionId) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).sectionId == sectionId)
            return i;
    }
    return -1;
}

const MatrixRow *PermissionMatrix::row(const QString &sectionId) const
{
    const qsizetype i = indexOf(sectionId);
    return i < 0 ? nullptr : &rows.at(i);
}

MatrixRow *PermissionMatrix::row(const QString &sectionId)
{
    const qsizetype i = indexOf(sectionId);
    return i < 0 ? nullptr : &rows[i];
}

QList<Role> matrixColumnRoles()
{
    QList<Role> roles = allRoles();
    std::reverse(roles.begin(), roles.end());
    return roles;
}

} // namespace wedsync
