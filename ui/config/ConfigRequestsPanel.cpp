#include "config/ConfigRequestsPanel.h"

#include "ConfigDiff.h"
#include "ConfigModels.h"
#include "TimeText.h"
#include "api/ApiError.h"
#include "common/UserPrompts.h"
#include "config/ConfigActions.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr char TypeProperty[] = "settingType";
constexpr char RuleProperty[] = "ruleId";

} // namespace

ConfigRequestsPanel::ConfigRequestsPanel(ConfigActions *actions, UserPrompts *prompts,
                                         QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_prompts(prompts)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_changesHeading(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_optOutBox(new QGroupBox(this))
    , m_optOutLayout(new QVBoxLayout(m_optOutBox))
{
    setObjectName(u"configRequestsPanel"_s);
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_list);
    m_list->setObjectName(u"configRequests"_s);
    m_approve->setObjectName(u"configApprove"_s);
    m_reject->setObjectName(u"configReject"_s);
    m_changes->setObjectName(u"configRequestChanges"_s);
    m_changes->setWordWrap(true);
    m_changesHeading->setObjectName(u"configRequestChangesHeading"_s);
    m_changesHeading->setWordWrap(true);
    m_message->setObjectName(u"configRequestsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_optOutBox->setObjectName(u"configOptOuts"_s);
    m_optOutBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_changesHeading);
    layout->addWidget(m_changes, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_optOutBox);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        showChanges();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_actions, &ConfigActions::decided, this, [this](const ConfigChangeRequest &request) {
        showMessage(request.status == u"rejected"
                        ? tr("Rejected: “%1”.").arg(request.summary)
                        : tr("Approved and applied: “%1” is now version %2.")
                              .arg(request.summary)
                              .arg(request.appliedVersion));
        Q_EMIT statusMessage(m_message->text());
        Q_EMIT changed();
    });
    connect(m_actions, &ConfigActions::proposed, this, [this] { Q_EMIT changed(); });
    connect(m_actions, &ConfigActions::optOutsChanged, this,
            [this](const QString &organizationId, const ConfigOptOuts &optOuts) {
                setOptOuts(organizationId, optOuts, m_rules);
                Q_EMIT statusMessage(tr("The opt-outs were saved."));
                Q_EMIT changed();
            });
    connect(m_actions, &ConfigActions::failed, this,
            [this](const QString &what, const ApiError &error) {
                // The server's sentence: "you cannot approve your own change request", ...
                const QString words = error.message.isEmpty() ? error.userMessage() : error.message;
                if (what == u"decide")
                    showMessage(tr("Not decided: %1").arg(words));
                else if (what == u"opt_out") {
                    showMessage(tr("The opt-outs were not changed: %1").arg(words));
                    rebuildOptOuts();
                }
            });
    retranslate();
    updateButtons();
}

void ConfigRequestsPanel::setScope(const ConfigScope &scope)
{
    m_scope = scope;
    m_message->hide();
    m_optOutBox->setVisible(scope.layer == ConfigLayer::Tenant
                            && m_optOutOrganization == scope.organizationId
                            && !m_optOutBoxes.isEmpty());
    retranslate();
}

void ConfigRequestsPanel::setRequests(const QList<ConfigChangeRequest> &requests)
{
    const QString chosen
        = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    m_requests = requests;
    m_list->clear();
    for (const ConfigChangeRequest &request : requests) {
        const QString approver
            = request.approverName.isEmpty() ? tr("another admin") : request.approverName;
        QString status;
        if (request.status == u"proposed")
            status = tr("waiting for approval");
        else if (request.status == u"approved" || request.status == u"applied")
            status = tr("approved by %1").arg(approver);
        else if (request.status == u"rejected")
            status = tr("rejected by %1").arg(approver);
        else
            status = request.status;
        const QString author
            = request.authorName.isEmpty() ? tr("a removed account") : request.authorName;
        auto *item = new QListWidgetItem(tr("%1 — %2, proposed by %3 (%4, %5)")
                                             .arg(request.summary,
                                                  configSettingTypeDisplayName(request.settingType),
                                                  author, status, timeText(request.createdAt)),
                                         m_list);
        item->setData(IdRole, request.id);
        if (request.id == chosen)
            m_list->setCurrentItem(item);
    }
    updateButtons();
    showChanges();
}

void ConfigRequestsPanel::setCurrent(ConfigSettingType type, qint64 version,
                                     const QJsonObject &document)
{
    m_currentType = type;
    m_currentVersion = version;
    m_currentDocument = document;
    showChanges();
}

void ConfigRequestsPanel::showChanges()
{
    m_changes->clear();
    // The list shows only when there is something to list: a proposed request's changes.
    const auto shown = qScopeGuard([this] { m_changes->setVisible(m_changes->count() > 0); });
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_requests.size()) {
        m_changesHeading->setText(tr("Choose a change request to see what it changes."));
        return;
    }
    const ConfigChangeRequest &request = m_requests.at(row);
    if (request.status == u"rejected") {
        m_changesHeading->setText(tr("Rejected: it changed nothing."));
        return;
    }
    if (request.status != u"proposed") {
        m_changesHeading->setText(
            tr("Applied as version %1; the Versions tab compares it with the one before.")
                .arg(request.appliedVersion));
        return;
    }
    if (request.settingType != m_currentType || m_currentVersion < 0) {
        m_changesHeading->setText(tr("Choose “%1” as the setting type to see what it changes.")
                                      .arg(configSettingTypeDisplayName(request.settingType)));
        return;
    }
    if (request.baseVersion != m_currentVersion) {
        m_changesHeading->setText(
            tr("It was proposed on version %1 and the settings are now version %2, so approving "
               "it will be refused: reject it and propose the change again.")
                .arg(request.baseVersion)
                .arg(m_currentVersion));
        return;
    }
    const QList<ConfigChange> changes = diffConfig(m_currentDocument, request.document);
    m_changesHeading->setText(
        tr("Approving it changes version %1 like this:").arg(m_currentVersion));
    for (const ConfigChange &change : changes)
        m_changes->addItem(configChangeSentence(change));
    if (changes.isEmpty())
        m_changes->addItem(tr("Nothing: it proposes the settings as they are."));
}

void ConfigRequestsPanel::decideSelected(bool approve)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_requests.size())
        return;
    m_message->hide();
    m_actions->decide(m_scope, m_requests.at(row).id, approve);
}

void ConfigRequestsPanel::setOptOuts(const QString &organizationId, const ConfigOptOuts &optOuts,
                                     const QList<ConfigSyncRule> &rules)
{
    m_optOutOrganization = organizationId;
    m_optOuts = optOuts;
    m_rules = rules;
    rebuildOptOuts();
}

void ConfigRequestsPanel::rebuildOptOuts()
{
    qDeleteAll(m_optOutBoxes);
    m_optOutBoxes.clear();
    const auto add = [this](const QString &text, bool checked) {
        auto *box = new QCheckBox(text, m_optOutBox);
        box->setChecked(checked);
        box->setEnabled(m_mayDecide);
        m_optOutLayout->addWidget(box);
        m_optOutBoxes << box;
        connect(box, &QCheckBox::clicked, this, [this, box] { toggleOptOut(box); });
        return box;
    };
    for (ConfigSettingType type : allConfigSettingTypes()) {
        if (!configSettingAllowedAt(type, ConfigLayer::Tenant))
            continue;
        QCheckBox *box
            = add(tr("Decline every platform change to %1").arg(configSettingTypeDisplayName(type)),
                  m_optOuts.settingTypes.contains(type));
        box->setProperty(TypeProperty, configSettingTypeName(type));
        box->setObjectName(u"optOutType_"_s + configSettingTypeName(type));
    }
    for (const ConfigSyncRule &rule : std::as_const(m_rules)) {
        if (!rule.targets(ConfigLayer::Tenant))
            continue;
        QCheckBox *box
            = add(tr("Decline the rule “%1”").arg(rule.name), m_optOuts.ruleIds.contains(rule.id));
        box->setProperty(RuleProperty, rule.id);
        box->setObjectName(u"optOutRule_"_s + rule.id);
    }
    m_optOutBox->setVisible(m_scope.layer == ConfigLayer::Tenant
                            && m_optOutOrganization == m_scope.organizationId);
}

void ConfigRequestsPanel::toggleOptOut(QCheckBox *box)
{
    const bool decline = box->isChecked();
    const QString question = decline
        ? tr("Decline “%1”? Changes the platform makes there no longer reach this organization "
             "until you accept them again.")
              .arg(box->text())
        : tr("Accept “%1” again? The platform's current values take effect here.").arg(box->text());
    if (!m_prompts->confirm(this, tr("Change the opt-outs"), question,
                            decline ? tr("Decline") : tr("Accept again"))) {
        box->setChecked(!decline);
        return;
    }
    ConfigOptOuts next = m_optOuts;
    const QString typeName = box->property(TypeProperty).toString();
    const QString ruleId = box->property(RuleProperty).toString();
    if (const auto type = configSettingTypeFromName(typeName)) {
        next.settingTypes.removeAll(*type);
        if (decline)
            next.settingTypes << *type;
    } else if (!ruleId.isEmpty()) {
        next.ruleIds.removeAll(ruleId);
        if (decline)
            next.ruleIds << ruleId;
    }
    m_actions->setOptOuts(m_optOutOrganization, next);
}

void ConfigRequestsPanel::setWritable(bool mayDecide)
{
    m_mayDecide = mayDecide;
    for (QCheckBox *box : std::as_const(m_optOutBoxes))
        box->setEnabled(mayDecide);
    updateButtons();
}

void ConfigRequestsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConfigRequestsPanel::updateButtons()
{
    const int row = m_list->currentRow();
    const bool open
        = row >= 0 && row < m_requests.size() && m_requests.at(row).status == u"proposed";
    m_approve->setEnabled(m_mayDecide && open);
    m_reject->setEnabled(m_mayDecide && open);
}

void ConfigRequestsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfigRequestsPanel::retranslate()
{
    m_heading->setText(m_scope.layer == ConfigLayer::User
                           ? tr("A member's own settings have no change requests.")
                           : tr("Change &requests of this level, newest first. Another admin "
                                "approves or rejects each; its author cannot."));
    m_approve->setText(tr("&Approve"));
    m_reject->setText(tr("Re&ject"));
    m_optOutBox->setTitle(tr("Opt-outs of this organization"));
}

} // namespace wedsync
