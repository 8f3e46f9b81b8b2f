#include "layout/FieldConflictDialog.h"

#include "ConflictMergeModel.h"
#include "LayoutDocument.h"
#include "SectionFields.h"
#include "SectionNames.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

FieldConflictDialog::FieldConflictDialog(LayoutDocument *document, const QString &sectionId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_sectionId(sectionId)
{
    setObjectName(u"fieldConflictDialog"_s);
    const auto section = document->section(sectionId);
    const QString name = section ? sectionDisplayName(*section) : sectionId;
    setWindowTitle(tr("%1 was changed by someone else").arg(name));

    auto *intro = new QLabel(tr("Someone saved %1 while you were editing it. For each field you "
                                "both changed, choose which value to keep; the other fields "
                                "keep both sets of changes.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Theirs</b>"), this), 0, 2);
    int row = 1;
    for (const FieldConflict &conflict : document->conflicts(sectionId)) {
        auto *label = new QLabel(sectionFieldDisplayName(conflict.field), this);
        auto *mine = new QRadioButton(ConflictMergeModel::valueText(conflict.mine), this);
        auto *theirs = new QRadioButton(ConflictMergeModel::valueText(conflict.theirs), this);
        mine->setObjectName(u"keepMine_"_s + conflict.field);
        theirs->setObjectName(u"takeTheirs_"_s + conflict.field);
        mine->setAccessibleName(tr("Keep your %1").arg(label->text()));
        theirs->setAccessibleName(tr("Take their %1").arg(label->text()));
        mine->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(mine, 0);
        group->addButton(theirs, 1);
        m_choices.insert(conflict.field, group);
        grid->addWidget(label, row, 0);
        grid->addWidget(mine, row, 1);
        grid->addWidget(theirs, row, 2);
        ++row;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply choices"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Decide later"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

bool FieldConflictDialog::choose(const QString &field, bool takeTheirs)
{
    QButtonGroup *group = m_choices.value(field);
    if (!group)
        return false;
    group->button(takeTheirs ? 1 : 0)->setChecked(true);
    return true;
}

void FieldConflictDialog::apply()
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        m_document->resolveConflict(m_sectionId, it.key(), it.value()->checkedId() == 1);
}

} // namespace wedsync
