#include "permissions/CopyRoleDialog.h"

#include "PermissionMatrixModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

CopyRoleDialog::CopyRoleDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"copyRoleDialog"_s);
    setWindowTitle(tr("Copy a role's permissions"));
    m_from = new QComboBox(this);
    m_from->setObjectName(u"copyFrom"_s);
    m_to = new QComboBox(this);
    m_to->setObjectName(u"copyTo"_s);
    for (Role role : PermissionMatrixModel::columnRoles()) {
        m_from->addItem(roleDisplayName(role), int(role));
        m_to->addItem(roleDisplayName(role), int(role));
    }
    m_from->setCurrentIndex(m_from->findData(int(Role::Photographer)));
    m_to->setCurrentIndex(m_to->findData(int(Role::Vendor)));
    m_explain = new QLabel(this);
    m_explain->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Copy &from:"), m_from);
    form->addRow(tr("&Onto:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explain);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &CopyRoleDialog::update);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CopyRoleDialog::update);
    update();
}

Role CopyRoleDialog::from() const
{
    return static_cast<Role>(m_from->currentData().toInt());
}

Role CopyRoleDialog::to() const
{
    return static_cast<Role>(m_to->currentData().toInt());
}

void CopyRoleDialog::update()
{
    const bool same = from() == to();
    m_explain->setText(same ? tr("Choose two different roles.")
                            : tr("On every section of this dashboard, %2 gets exactly the view, "
                                 "edit and hide permissions %1 has now; what %2 had is replaced. "
                                 "Nothing is sent until you save, and Ctrl+Z undoes it.")
                                  .arg(roleDisplayName(from()), roleDisplayName(to())));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!same);
    ok->setText(same ? tr("Copy") : tr("Copy onto %1").arg(roleDisplayName(to())));
}

} // namespace wedsync
