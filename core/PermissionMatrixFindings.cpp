// Live lint of the permission matrix, row by row.
#include "PermissionMatrixFindings.h"

#include "SectionNames.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace wedsync {

namespace {

bool hasFinding(const QList<IntegrityFinding> &findings, QStringView rule, Role role)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const IntegrityFinding &f) { return f.rule == rule && f.role == role; });
}

} // namespace

MatrixFindings::MatrixFindings(QList<SectionConfig> saved, QList<SectionConfig> context)
    : m_saved(std::move(saved))
    , m_context(std::move(context))
    , m_edited(m_saved)
    , m_rows(m_saved.size())
{
    m_savedRows.reserve(m_saved.size());
    for (const SectionConfig &section : std::as_const(m_saved))
        m_savedRows.append(matrixRowOf(section));
}

QList<IntegrityFinding> MatrixFindings::checkRow(qsizetype index) const
{
    const SectionConfig &section = m_edited.at(index);
    QList<IntegrityFinding> out = m_checker.checkSectionPermissions(section);
    // A guest or vendor who gains edit in this change: the checker accepts an outsider who
    // edits a section shown to them directly as a decision, but while the matrix is being
    // edited (a role copied onto vendor, a column set) it is worth a second look before saving.
    const MatrixRow &before = m_savedRows.at(index);
    for (const Role role : {Role::Vendor, Role::Guest}) {
        const bool gains = !before.cell(role).edit && matrixCellOf(section, role).edit;
        if (!gains || hasFinding(out, IntegrityRule::EditEscalation, role))
            continue;
        out.append({IntegritySeverity::Warning, IntegrityRule::EditEscalation.toString(),
                    IntegritySubject::Section, section.id, section.sectionType,
                    QCoreApplication::translate(
                        "wedsync::MatrixFindings",
                        "This change lets the %1 role edit %2. Guests and vendors are outside the "
                        "planning team: make sure they should change it, or clear the edit "
                        "permission.")
                        .arg(roleDisplayName(role), sectionDisplayName(section)),
                    role});
    }
    return out;
}

IntegrityReport MatrixFindings::check(const PermissionMatrix &edited)
{
    // Rows usually come in the order of the saved sections; look up by id only when not.
    QHash<QString, qsizetype> byId;
    const auto rowFor = [&](qsizetype i) -> const MatrixRow * {
        const QString &id = m_saved.at(i).id;
        if (i < edited.rows.size() && edited.rows.at(i).sectionId == id)
            return &edited.rows.at(i);
        if (byId.isEmpty()) {
            for (qsizetype r = 0; r < edited.rows.size(); ++r)
                byId.insert(edited.rows.at(r).sectionId, r);
        }
        const auto it = byId.constFind(id);
        return it == byId.cend() ? nullptr : &edited.rows.at(*it);
    };

    QList<IntegrityFinding> findings;
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        const MatrixRow *row = rowFor(i);
        const auto &cells = row ? row->cells : m_savedRows.at(i).cells;
        RowState &state = m_rows[i];
        if (!state.checked || state.cells != cells) {
            m_edited[i] = row ? withMatrixRow(m_saved.at(i), *row) : m_saved.at(i);
            state.cells = cells;
            state.findings = checkRow(i);
            state.checked = true;
        }
        findings.append(state.findings);
    }
    findings.append(m_checker.checkRoleSections(m_edited, m_context));
    return IntegrityReport::fromFindings(std::move(findings));
}

IntegrityReport matrixFindings(const PermissionMatrix &edited, const QList<SectionConfig> &saved,
                               const QList<SectionConfig> &context)
{
    return MatrixFindings(saved, context).check(edited);
}

} // namespace wedsync
