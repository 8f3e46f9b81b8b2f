#pragma once
// The integrity and lint findings of an edited, unsaved permission matrix, each on its
// (section, role) cell where it has one: the integrity checker's permission checks on the
// sections with the matrix written in, the seed's restricted and required sections per role,
// and a guest or vendor cell that gains edit compared with the saved matrix. Cheap enough to
// run on every toggle: only the rows that changed since the last check are checked again.

#include "IntegrityChecker.h"
#include "PermissionMatrix.h"

#include <QList>

namespace wedsync {

class MatrixFindings
{
public:
    // `saved`: the sections of the matrix's dashboard as stored (what a save compares with).
    // `context`: sections the roles also see that the matrix does not edit (the organization's
    // when the matrix is one wedding's), for the required-sections table.
    explicit MatrixFindings(QList<SectionConfig> saved, QList<SectionConfig> context = {});

    // The report for `edited` (rows are matched to the saved sections by id; rows of unknown
    // sections are ignored, saved sections without a row count as unedited).
    IntegrityReport check(const PermissionMatrix &edited);

    const QList<SectionConfig> &saved() const { return m_saved; }
    // The saved sections with the last checked matrix written in.
    const QList<SectionConfig> &edited() const { return m_edited; }

private:
    struct RowState
    {
        bool checked = false;
        std::array<MatrixCell, RoleCount> cells;
        QList<IntegrityFinding> findings;
    };
    QList<IntegrityFinding> checkRow(qsizetype index) const;

    IntegrityChecker m_checker;
    QList<SectionConfig> m_saved;
    QList<MatrixRow> m_savedRows; // parallel to m_saved
    QList<SectionConfig> m_context;
    QList<SectionConfig> m_edited; // parallel to m_saved
    QList<RowState> m_rows; // parallel to m_saved
};

// One-off form of MatrixFindings::check.
IntegrityReport matrixFindings(const PermissionMatrix &edited, const QList<SectionConfig> &saved,
                               const QList<SectionConfig> &context = {});

} // namespace wedsync
