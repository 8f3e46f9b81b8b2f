#include "integrations/ConfigureDialog.h"

#include "CrmText.h"
#include "IntegrationRules.h"
#include "api/ApiError.h"
#include "common/StateColors.h"
#include "integrations/IntegrationActions.h"
#include "integrations/SyncRulesForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

ConfigureDialog::ConfigureDialog(IntegrationActions *actions, const CrmIntegration &integration,
                                 const CrmProviderInfo &provider, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_integration(integration)
    , m_name(new QLineEdit(integration.name, this))
    , m_rules(new SyncRulesForm(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"configureDialog"_s);
    setWindowTitle(tr("Configure %1").arg(integration.name));
    m_name->setObjectName(u"integrationName"_s);
    m_name->setMaxLength(crm::MaxNameLength);
    m_rules->setProvider(provider);
    m_rules->setValues(integration.scheduleMinutes, integration.direction,
                       integration.conflictStrategy);
    m_problem->setObjectName(u"configureProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    m_problem->setPalette(palette);
    m_problem->hide();
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfigureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_actions, &IntegrationActions::configured, this,
            [this](const CrmIntegration &changed) {
                if (!m_saving || changed.id != m_integration.id)
                    return;
                m_saving = false;
                QDialog::accept();
            });
    connect(m_actions, &IntegrationActions::failed, this, &ConfigureDialog::onFailed);
    resize(520, sizeHint().height());
}

QJsonObject ConfigureDialog::changes() const
{
    QJsonObject patch;
    if (m_name->text().trimmed() != m_integration.name)
        patch.insert(u"name"_s, m_name->text().trimmed());
    if (m_rules->scheduleMinutes() != m_integration.scheduleMinutes)
        patch.insert(u"scheduleMinutes"_s,
                     m_rules->scheduleMinutes() ? QJsonValue(*m_rules->scheduleMinutes())
                                                : QJsonValue(QJsonValue::Null));
    if (m_rules->direction() != m_integration.direction)
        patch.insert(u"direction"_s, m_rules->direction());
    if (m_rules->conflictStrategy() != m_integration.conflictStrategy)
        patch.insert(u"conflictStrategy"_s, m_rules->conflictStrategy());
    return patch;
}

void ConfigureDialog::accept()
{
    if (m_saving)
        return;
    const QJsonObject patch = changes();
    if (patch.isEmpty()) {
        QDialog::accept(); // nothing changed: nothing to send
        return;
    }
    m_saving = true;
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_actions->configure(m_integration, patch);
}

void ConfigureDialog::onFailed(const QString &what, const ApiError &error)
{
    if (!m_saving || what != u"configure"_s)
        return;
    m_saving = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    QStringList lines;
    if (error.httpStatus == 412)
        lines << tr("Someone changed this connection meanwhile. Close this window and open it "
                    "again to start from their change.");
    else
        lines << error.userMessage() << error.fieldMessages();
    m_problem->setText(lines.join(u'\n'));
    m_problem->show();
}

} // namespace wedsync
