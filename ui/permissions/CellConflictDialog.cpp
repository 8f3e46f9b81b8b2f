#include "permissions/CellConflictDialog.h"

#include "LayoutDocument.h"
#include "SectionFields.h"
#include "SectionNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr int KeepColumn = 4;

QString allowed(bool on)
{
    return on ? CellConflictDialog::tr("allowed") : CellConflictDialog::tr("not allowed");
}

QString flagTitle(CellFlag flag)
{
    return flag == ViewFlag ? CellConflictDialog::tr("View")
        : flag == EditFlag  ? CellConflictDialog::tr("Edit")
                            : CellConflictDialog::tr("Hide");
}

// The side's grant of `role` for `flag`, from the conflicting fields (theirs or mine) and,
// for a field not in conflict, the working copy.
bool sideHas(const QList<FieldConflict> &conflicts, const SectionConfig &copy, Role role,
             CellFlag flag, bool theirs)
{
    const QString name = roleName(role);
    const auto fieldHas = [&](const QString &field) {
        for (const FieldConflict &conflict : conflicts) {
            if (conflict.field == field)
                return (theirs ? conflict.theirs : conflict.mine)
                    .toArray()
                    .contains(QJsonValue(name));
        }
        return sectionFieldValue(copy, field).toArray().contains(QJsonValue(name));
    };
    switch (flag) {
    case ViewFlag:
        return fieldHas(u"roles"_s) || fieldHas(u"canView"_s);
    case EditFlag:
        return fieldHas(u"canEdit"_s);
    case HideFlag:
        return fieldHas(u"canHide"_s);
    }
    return false;
}

} // namespace

CellConflictDialog::CellConflictDialog(PermissionMatrixModel *model, const QString &sectionId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_sectionId(sectionId)
{
    setObjectName(u"cellConflictDialog"_s);
    LayoutDocument *document = model->document();
    const SectionConfig copy = document->section(sectionId).value_or(SectionConfig {});
    const QList<FieldConflict> conflicts = document->conflicts(sectionId);
    setWindowTitle(tr("Permissions of %1 changed meanwhile").arg(sectionDisplayName(copy)));
    for (Role role : PermissionMatrixModel::columnRoles()) {
        for (CellFlag flag : {ViewFlag, EditFlag, HideFlag}) {
            const bool mine = sideHas(conflicts, copy, role, flag, false);
            const bool theirs = sideHas(conflicts, copy, role, flag, true);
            if (mine != theirs)
                m_cells.append({role, flag, mine, theirs});
        }
    }
    auto *intro = new QLabel(
        tr("Someone else saved the permissions of %1 after you started editing. Choose, for "
           "each cell you both changed, which value to keep.")
            .arg(sectionDisplayName(copy)),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(int(m_cells.size()), 5, this);
    m_table->setObjectName(u"conflictCells"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Role"), tr("Permission"), tr("Yours"), tr("Theirs"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_cells.size(); ++row) {
        const Cell &cell = m_cells.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(roleDisplayName(cell.role)));
        m_table->setItem(row, 1, new QTableWidgetItem(flagTitle(cell.flag)));
        m_table->setItem(row, 2, new QTableWidgetItem(allowed(cell.mine)));
        m_table->setItem(row, 3, new QTableWidgetItem(allowed(cell.theirs)));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Yours"), false);
        choice->addItem(tr("Theirs"), true);
        choice->setAccessibleName(
            tr("Keep for %1, %2").arg(roleDisplayName(cell.role), flagTitle(cell.flag)));
        m_table->setCellWidget(row, KeepColumn, choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply choices"));
    auto *mine = buttons->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    auto *theirs = buttons->addButton(tr("Take all &theirs"), QDialogButtonBox::ActionRole);
    connect(mine, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(theirs, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &CellConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 360);
}

void CellConflictDialog::chooseAll(bool theirs)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        static_cast<QComboBox *>(m_table->cellWidget(row, KeepColumn))
            ->setCurrentIndex(theirs ? 1 : 0);
}

void CellConflictDialog::accept()
{
    LayoutDocument *document = m_model->document();
    // Keep mine for every field first; then the cells chosen from theirs, as one edit.
    for (const FieldConflict &conflict : document->conflicts(m_sectionId))
        document->resolveConflict(m_sectionId, conflict.field, false);
    const int row = m_model->rowOf(m_sectionId);
    for (int i = 0; i < m_cells.size(); ++i) {
        const bool takeTheirs
            = static_cast<QComboBox *>(m_table->cellWidget(i, KeepColumn))->currentData().toBool();
        if (takeTheirs && row >= 0)
            (void)m_model->setFlag(
                {m_model->index(row, PermissionMatrixModel::columnOf(m_cells.at(i).role))},
                m_cells.at(i).flag, m_cells.at(i).theirs);
    }
    QDialog::accept();
}

} // namespace wedsync
