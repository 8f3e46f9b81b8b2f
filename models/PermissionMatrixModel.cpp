#include "PermissionMatrixModel.h"

#include "LayoutDocument.h"
#include "ModelRoles.h"
#include "PermissionInheritance.h"
#include "PermissionMatrixEdits.h"
#include "SectionFields.h"
#include "SectionNames.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr CellFlag Flags[] = {ViewFlag, EditFlag, HideFlag};

// The roles named in a grant field's value as one side of a conflict has it.
bool listHas(const QJsonValue &value, const QString &role)
{
    return value.toArray().contains(QJsonValue(role));
}

int flagOfField(QStringView field)
{
    if (field == u"roles" || field == u"canView")
        return ViewFlag;
    if (field == u"canEdit")
        return EditFlag;
    return field == u"canHide" ? HideFlag : 0;
}

QString flagVerb(CellFlag flag)
{
    switch (flag) {
    case ViewFlag:
        return PermissionMatrixModel::tr("view");
    case EditFlag:
        return PermissionMatrixModel::tr("edit");
    case HideFlag:
        return PermissionMatrixModel::tr("hide");
    }
    return {};
}

} // namespace

MatrixFlag matrixFlagOf(CellFlag flag)
{
    return flag == ViewFlag ? MatrixFlag::View
        : flag == EditFlag  ? MatrixFlag::Edit
                            : MatrixFlag::Hide;
}

int cellFlags(const MatrixCell &cell)
{
    return (cell.view ? ViewFlag : 0) | (cell.edit ? EditFlag : 0) | (cell.hide ? HideFlag : 0);
}

PermissionMatrixModel::PermissionMatrixModel(LayoutDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &LayoutDocument::changed, this, &PermissionMatrixModel::rebuild);
    connect(document, &LayoutDocument::conflictsChanged, this, &PermissionMatrixModel::rebuild);
    rebuild();
}

const QList<Role> &PermissionMatrixModel::columnRoles()
{
    static const QList<Role> roles = matrixColumnRoles();
    return roles;
}

int PermissionMatrixModel::columnOf(Role role)
{
    return int(columnRoles().indexOf(role)) + 1;
}

std::optional<Role> PermissionMatrixModel::roleAt(int column) const
{
    if (column < 1 || column > columnRoles().size())
        return std::nullopt;
    return columnRoles().at(column - 1);
}

QString PermissionMatrixModel::sectionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sectionId : QString();
}

int PermissionMatrixModel::rowOf(const QString &sectionId) const
{
    const QString id = m_document->resolvedId(sectionId);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sectionId == id)
            return row;
    }
    return -1;
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnRoles().size()) + 1;
}

PermissionMatrixModel::Row PermissionMatrixModel::rowFor(const SectionConfig &section,
                                                         const SectionConfig *base) const
{
    Row row;
    row.sectionId = section.id;
    // Role rules only (no person, wedding or day): what the matrix's cells grant.
    const std::array<CellGrants, RoleCount> grants
        = roleGrants(m_compiled.get(section), /*explain*/ false);
    const QList<FieldConflict> conflicts = m_document->conflicts(section.id);
    for (int c = 0; c < columnRoles().size(); ++c) {
        const Role role = columnRoles().at(c);
        const CellGrants &cell = grants[size_t(roleRank(role))];
        row.grant[c] = cellFlags(matrixCellOf(section, role));
        row.effective[c] = (cell.view.granted ? ViewFlag : 0) | (cell.edit.granted ? EditFlag : 0)
            | (cell.hide.granted ? HideFlag : 0);
        row.changed[c] = base ? row.grant[c] ^ cellFlags(matrixCellOf(*base, role))
                              : ViewFlag | EditFlag | HideFlag;
        for (const FieldConflict &conflict : conflicts) {
            const QString name = roleName(role);
            if (listHas(conflict.mine, name) != listHas(conflict.theirs, name))
                row.conflict[c] |= flagOfField(conflict.field);
        }
    }
    return row;
}

void PermissionMatrixModel::rebuild()
{
    QList<SectionConfig> sections = m_document->sections();
    // Grouped by type (as a planner names them), then by title.
    std::stable_sort(
        sections.begin(), sections.end(), [](const SectionConfig &a, const SectionConfig &b) {
            const int byType = QString::localeAwareCompare(sectionTypeDisplayName(a.sectionType),
                                                           sectionTypeDisplayName(b.sectionType));
            if (byType != 0)
                return byType < 0;
            return QString::localeAwareCompare(sectionDisplayName(a), sectionDisplayName(b)) < 0;
        });
    QList<Row> rows;
    rows.reserve(sections.size());
    for (const SectionConfig &section : std::as_const(sections)) {
        const auto base
            = std::find_if(m_document->base().cbegin(), m_document->base().cend(),
                           [&section](const SectionConfig &s) { return s.id == section.id; });
        rows.append(rowFor(section, base == m_document->base().cend() ? nullptr : &*base));
    }
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.sectionId == b.sectionId; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const auto section = m_document->section(row.sectionId);
    if (!section)
        return {};
    if (index.column() == SectionColumn) {
        switch (role) {
        case Qt::DisplayRole: {
            // Grouped by type: say the type where the title does not.
            const QString title = sectionDisplayName(*section);
            const QString type = sectionTypeDisplayName(section->sectionType);
            return title.contains(type, Qt::CaseInsensitive) ? title
                                                             : tr("%1 (%2)").arg(title, type);
        }
        case Qt::ToolTipRole:
            return tr("%1 (a %2 section)")
                .arg(sectionDisplayName(*section), sectionTypeDisplayName(section->sectionType));
        case FilterRole:
            return QString(sectionDisplayName(*section) + u' '
                           + sectionTypeDisplayName(section->sectionType) + u' '
                           + section->sectionType);
        case IdRole:
            return row.sectionId;
        case ChangedRole: {
            int any = 0;
            for (int c = 0; c < RoleCount; ++c)
                any |= row.changed[c];
            return any;
        }
        default:
            return {};
        }
    }
    const int c = index.column() - 1;
    const Role cellRole = columnRoles().at(c);
    switch (role) {
    case GrantRole:
        return row.grant[c];
    case EffectiveRole:
        return row.effective[c];
    case ChangedRole:
        return row.changed[c];
    case ConflictRole:
        return row.conflict[c];
    case IdRole:
        return row.sectionId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList granted;
        for (CellFlag flag : Flags) {
            if (row.effective[c] & flag || row.grant[c] & flag)
                granted.append(flagVerb(flag));
        }
        return granted.isEmpty() ? tr("no access") : granted.join(u", "_s);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(tr("%1 on %2").arg(roleDisplayName(cellRole), sectionDisplayName(*section)));
        for (CellFlag flag : Flags) {
            const QStringList reasons = explanation(index, flag);
            lines.append(u"• "_s + (reasons.isEmpty() ? flagVerb(flag) : reasons.join(u"; "_s)));
        }
        if (row.conflict[c])
            lines.append(tr("Someone else saved a different value: choose what to keep."));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == SectionColumn)
        return tr("Section");
    const auto cellRole = roleAt(section);
    return cellRole ? roleDisplayName(*cellRole) : QVariant();
}

QStringList PermissionMatrixModel::explanation(const QModelIndex &cell, CellFlag flag) const
{
    const auto cellRole = roleAt(cell.column());
    const auto section = m_document->section(sectionIdAt(cell.row()));
    if (!cellRole || !section)
        return {};
    const CellGrants grants = roleGrants(m_compiled.get(*section), *cellRole, /*explain*/ true);
    QStringList texts;
    for (const PermissionReason &reason : grants.flag(matrixFlagOf(flag)).reasons)
        texts.append(reason.text);
    return texts;
}

Result<bool> PermissionMatrixModel::setFlag(const QModelIndexList &cells, CellFlag flag, bool on)
{
    PermissionMatrix matrix
        = PermissionMatrix::fromSections(m_document->organizationId(), m_document->sections());
    QList<MatrixCellRef> refs;
    for (const QModelIndex &cell : cells) {
        const QString id = sectionIdAt(cell.row());
        if (cell.column() == SectionColumn)
            refs += rowCells(matrix, id);
        else if (const auto role = roleAt(cell.column()))
            refs.append({id, *role});
    }
    if (setMatrixFlag(&matrix, refs, matrixFlagOf(flag), on) == 0)
        return false;
    QString text;
    if (refs.size() == 1) {
        const auto section = m_document->section(refs.first().sectionId);
        const QString who = roleDisplayName(refs.first().role);
        const QString what = section ? sectionDisplayName(*section) : QString();
        text = on ? tr("Let %1 %2 %3").arg(who, flagVerb(flag), what)
                  : tr("Stop %1 from %2 %3")
                        .arg(who,
                             flag == ViewFlag       ? tr("viewing")
                                 : flag == EditFlag ? tr("editing")
                                                    : tr("hiding"),
                             what);
    } else {
        const int count = int(refs.size());
        text = on ? tr("Allow %1 on %n cell(s)", nullptr, count).arg(flagVerb(flag))
                  : tr("Deny %1 on %n cell(s)", nullptr, count).arg(flagVerb(flag));
    }
    return writeBack(matrix, text);
}

Result<bool> PermissionMatrixModel::writeBack(const PermissionMatrix &matrix, const QString &text)
{
    QStringList changedIds;
    const QList<SectionConfig> written = applyMatrix(matrix, m_document->sections(), &changedIds);
    QList<SectionConfig> changes;
    for (const SectionConfig &section : written) {
        if (changedIds.contains(section.id))
            changes.append(section);
    }
    return m_document->editGrants(changes, text);
}

Result<bool> PermissionMatrixModel::toggle(const QModelIndex &cell, CellFlag flag)
{
    if (cell.column() == SectionColumn)
        return false;
    const bool on = index(cell.row(), cell.column()).data(GrantRole).toInt() & flag;
    return setFlag({cell}, flag, !on);
}

Result<bool> PermissionMatrixModel::copyRole(Role from, Role to)
{
    PermissionMatrix matrix
        = PermissionMatrix::fromSections(m_document->organizationId(), m_document->sections());
    if (copyMatrixRole(&matrix, from, to) == 0)
        return false;
    return writeBack(
        matrix, tr("Copy %1's permissions to %2").arg(roleDisplayName(from), roleDisplayName(to)));
}

} // namespace wedsync
