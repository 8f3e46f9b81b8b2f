#include "config/ConfigurationPage.h"

#include "ConfigModels.h"
#include "api/ApiError.h"
#include "common/ColumnFit.h"
#include "common/TableSelection.h"
#include "common/WrappedRows.h"
#include "config/ConfigActions.h"
#include "config/ConfigEditPanel.h"
#include "config/ConfigFeed.h"
#include "config/ConfigHistoryPanel.h"
#include "config/ConfigRequestsPanel.h"

#include "JsonDiff.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

ConfigurationPage::ConfigurationPage(ConfigFeed *feed, ConfigActions *actions, UserPrompts *prompts,
                                     QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_actions(actions)
    , m_fields(new ConfigFieldModel(this))
    , m_levelLabel(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_memberLabel(new QLabel(this))
    , m_member(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_effectiveHeading(new QLabel(this))
    , m_fieldsView(new QTableView(this))
    , m_declined(new QLabel(this))
    , m_why(new QLabel(this))
    , m_edit(new ConfigEditPanel(actions, this))
    , m_history(new ConfigHistoryPanel(actions, prompts, this))
    , m_requests(new ConfigRequestsPanel(actions, prompts, this))
{
    setObjectName(pageId());
    m_level->setObjectName(u"configLevel"_s);
    m_member->setObjectName(u"configMember"_s);
    // Room for a name ("Erin Evergreen" was cut at 1024 pixels).
    m_member->setMinimumContentsLength(16);
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setObjectName(u"configType"_s);
    m_levelLabel->setBuddy(m_level);
    m_memberLabel->setBuddy(m_member);
    m_typeLabel->setBuddy(m_type);
    m_busy->setObjectName(u"configBusy"_s);
    m_busy->setRange(0, 0); // busy: how long the server takes is not known
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_notice->setObjectName(u"configNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_tabs->setObjectName(u"configTabs"_s);
    m_effectiveHeading->setWordWrap(true);
    m_effectiveHeading->setBuddy(m_fieldsView);
    m_fieldsView->setObjectName(u"configFields"_s);
    m_fieldsView->setModel(m_fields);
    setUpRowTable(m_fieldsView);
    // Seven columns share the width: a long path, value or reason wraps onto more lines of its
    // row (a description is read in full, not guessed from "…"); the reason takes the room left.
    auto *rows = new WrappedRows(m_fieldsView);
    rows->setPathColumn(ConfigFieldModel::FieldColumn);
    auto *fit = new ColumnFit(m_fieldsView, ConfigFieldModel::WhyColumn, 240);
    fit->setContentCap(220);
    m_declined->setObjectName(u"configDeclined"_s);
    m_declined->setWordWrap(true);
    m_declined->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_declined->hide();
    m_why->setObjectName(u"configWhy"_s);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->hide();

    auto *effective = new QWidget(this);
    auto *effectiveLayout = new QVBoxLayout(effective);
    effectiveLayout->addWidget(m_effectiveHeading);
    effectiveLayout->addWidget(m_fieldsView, 1);
    effectiveLayout->addWidget(m_why);
    effectiveLayout->addWidget(m_declined);
    m_tabs->addTab(effective, QString());
    m_tabs->addTab(m_edit, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_requests, QString());

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_levelLabel);
    choosers->addWidget(m_level);
    choosers->addWidget(m_memberLabel);
    choosers->addWidget(m_member, 1);
    choosers->addWidget(m_typeLabel);
    choosers->addWidget(m_type);
    choosers->addStretch(1);
    choosers->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    setTabOrder(m_level, m_member);
    setTabOrder(m_member, m_type);
    setTabOrder(m_type, m_tabs);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            levelChanged();
    });
    for (QComboBox *box : {m_member, m_type}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                openChosen();
        });
    }
    connect(m_feed, &ConfigFeed::viewLoaded, this, &ConfigurationPage::onView);
    // The reason is a sentence: read in full under the table for the field chosen.
    connect(m_fieldsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString why = current.isValid()
                    ? m_fields->index(current.row(), ConfigFieldModel::WhyColumn).data().toString()
                    : QString();
                m_why->setText(current.isValid()
                                   ? tr("%1: %2").arg(m_fields->item(current.row()).path, why)
                                   : QString());
                m_why->setVisible(!why.isEmpty());
            });
    connect(m_fields, &QAbstractItemModel::modelReset, m_why, &QWidget::hide);
    connect(m_feed, &ConfigFeed::layerLoaded, m_fields, &ConfigFieldModel::setLayerDocument);
    connect(m_feed, &ConfigFeed::historyLoaded, m_history, &ConfigHistoryPanel::setEntries);
    connect(m_feed, &ConfigFeed::changeRequestsLoaded, m_requests,
            &ConfigRequestsPanel::setRequests);
    connect(m_feed, &ConfigFeed::optOutsLoaded, m_requests, &ConfigRequestsPanel::setOptOuts);
    connect(m_feed, &ConfigFeed::failed, this, &ConfigurationPage::onFailed);
    connect(m_feed, &ConfigFeed::typesLoaded, this,
            [this](const QString &organizationId, const QList<ConfigSettingType> &types) {
                m_typesOf = organizationId;
                m_tenantTypes = types;
                if (chosenLayer() == ConfigLayer::Tenant) {
                    fillTypes(types);
                    openChosen();
                }
            });
    connect(m_feed, &ConfigFeed::membersLoaded, this,
            [this](const QString &organizationId, const QList<ConfigMember> &members) {
                m_membersOf = organizationId;
                m_filling = true;
                const QString chosen = m_member->currentData().toString();
                m_member->clear();
                for (const ConfigMember &member : members)
                    m_member->addItem(member.label, member.userId);
                m_member->setCurrentIndex(qMax(0, m_member->findData(chosen)));
                m_filling = false;
                openChosen();
            });
    connect(m_feed, &ConfigFeed::changedElsewhere, this, [this] {
        Q_EMIT statusMessage(tr("The settings changed elsewhere; showing the new values."));
    });
    connect(m_actions, &ConfigActions::busyChanged, this,
            [this](int busy) { m_busy->setVisible(busy > 0); });
    connect(m_actions, &ConfigActions::saved, this, [this](const ConfigView &view) {
        m_feed->noteOwnChange(view.version);
        m_feed->reload();
    });
    connect(m_actions, &ConfigActions::rolledBack, this, [this](const ConfigView &view, qint64) {
        m_feed->noteOwnChange(view.version);
        m_feed->reload();
    });
    connect(m_actions, &ConfigActions::decided, this, [this](const ConfigChangeRequest &request) {
        if (request.appliedVersion > 0)
            m_feed->noteOwnChange(request.appliedVersion);
    });
    connect(m_edit, &ConfigEditPanel::reloadRequested, m_feed, &ConfigFeed::reload);
    connect(m_requests, &ConfigRequestsPanel::changed, this, [this] {
        m_feed->reload();
        if (chosenLayer() == ConfigLayer::Tenant)
            m_feed->loadOptOuts(organizationId());
    });
    connect(m_history, &ConfigHistoryPanel::moreRequested, m_feed, &ConfigFeed::loadMoreHistory);
    connect(m_edit, &ConfigEditPanel::statusMessage, this, &ConsolePage::statusMessage);
    connect(m_history, &ConfigHistoryPanel::statusMessage, this, &ConsolePage::statusMessage);
    connect(m_requests, &ConfigRequestsPanel::statusMessage, this, &ConsolePage::statusMessage);
    fillLevels();
    retranslate();
}

ConfigurationPage::~ConfigurationPage() = default;

QString ConfigurationPage::title() const
{
    return tr("Settings");
}

QIcon ConfigurationPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

void ConfigurationPage::setAccess(bool platformLevel, bool mayWrite, const QString &readOnlyText)
{
    m_platformLevel = platformLevel;
    m_mayWrite = mayWrite;
    m_readOnlyText = readOnlyText;
    fillLevels();
    updateWritable();
}

void ConfigurationPage::setDefaultOrganization(const QString &organizationId)
{
    m_defaultOrganization = organizationId;
    if (m_activated)
        levelChanged();
}

QString ConfigurationPage::organizationId() const
{
    return scope().organizationId.isEmpty() ? m_defaultOrganization : scope().organizationId;
}

ConfigLayer ConfigurationPage::chosenLayer() const
{
    return configLayerFromName(m_level->currentData().toString()).value_or(ConfigLayer::Tenant);
}

std::optional<ConfigSettingType> ConfigurationPage::chosenType() const
{
    return configSettingTypeFromName(m_type->currentData().toString());
}

void ConfigurationPage::fillLevels()
{
    m_filling = true;
    const QString chosen = m_level->currentData().toString();
    m_level->clear();
    if (m_platformLevel)
        m_level->addItem(tr("Platform"), configLayerName(ConfigLayer::Platform));
    m_level->addItem(tr("This organization"), configLayerName(ConfigLayer::Tenant));
    m_level->addItem(tr("A member"), configLayerName(ConfigLayer::User));
    const int again = m_level->findData(chosen);
    m_level->setCurrentIndex(again >= 0 ? again : m_level->findData(u"tenant"_s));
    m_filling = false;
}

void ConfigurationPage::fillTypes(const QList<ConfigSettingType> &types)
{
    m_filling = true;
    const QString chosen = m_type->currentData().toString();
    m_type->clear();
    for (ConfigSettingType type : types)
        m_type->addItem(configSettingTypeDisplayName(type), configSettingTypeName(type));
    const int again = m_type->findData(chosen);
    m_type->setCurrentIndex(again >= 0 ? again : 0);
    m_filling = false;
}

void ConfigurationPage::levelChanged()
{
    const ConfigLayer layer = chosenLayer();
    const QString organization = organizationId();
    const bool member = layer == ConfigLayer::User;
    m_memberLabel->setVisible(member);
    m_member->setVisible(member);
    if (member && !organization.isEmpty() && m_membersOf != organization)
        m_feed->loadMembers(organization);
    QList<ConfigSettingType> types;
    if (layer == ConfigLayer::Tenant && m_typesOf == organization && !organization.isEmpty()) {
        types = m_tenantTypes;
    } else {
        // The rule core shares with the server, until the organization's own list is here.
        for (ConfigSettingType type : allConfigSettingTypes()) {
            if (configSettingAllowedAt(type, layer))
                types << type;
        }
        if (layer == ConfigLayer::Tenant && !organization.isEmpty())
            m_feed->loadTypes(organization);
    }
    fillTypes(types);
    openChosen();
}

void ConfigurationPage::choose(ConfigLayer layer, ConfigSettingType type, const QString &userId)
{
    m_filling = true;
    m_level->setCurrentIndex(m_level->findData(configLayerName(layer)));
    m_filling = false;
    levelChanged();
    m_filling = true;
    m_type->setCurrentIndex(m_type->findData(configSettingTypeName(type)));
    if (!userId.isEmpty() && m_member->findData(userId) >= 0)
        m_member->setCurrentIndex(m_member->findData(userId));
    m_filling = false;
    openChosen();
}

void ConfigurationPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    levelChanged();
}

void ConfigurationPage::refresh()
{
    m_feed->reload();
}

bool ConfigurationPage::showExample()
{
    if (m_fields->rowCount() == 0)
        return false;
    m_fieldsView->selectRow(0);
    return true;
}

bool ConfigurationPage::hasUnsavedChanges() const
{
    return m_edit->hasUnsavedChanges();
}

void ConfigurationPage::scopeChanged()
{
    if (m_activated)
        levelChanged();
}

void ConfigurationPage::openChosen()
{
    if (!m_activated)
        return;
    const ConfigLayer layer = chosenLayer();
    const QString organization = organizationId();
    const auto type = chosenType();
    ConfigScope wanted;
    bool ready = type.has_value();
    if (layer == ConfigLayer::Tenant) {
        wanted = ConfigScope::tenant(organization);
        ready = ready && !organization.isEmpty();
    } else if (layer == ConfigLayer::User) {
        const QString user = m_member->currentData().toString();
        wanted = ConfigScope::user(organization, user);
        ready = ready && !organization.isEmpty() && !user.isEmpty() && m_membersOf == organization;
    }
    if (ready && m_feed->isOpen() && m_feed->scope() == wanted && m_feed->settingType() == *type)
        return;
    m_hasView = false;
    m_error.clear();
    m_fields->setItems({});
    m_fields->forgetLayers();
    showLayerColumns(layer, type);
    m_declined->hide();
    m_edit->clear();
    m_history->clear();
    m_requests->setScope(wanted);
    m_requests->setRequests({});
    updateWritable();
    if (!ready) {
        m_feed->close();
        updateNotice();
        return;
    }
    if (layer == ConfigLayer::Tenant)
        m_feed->loadOptOuts(organization);
    m_feed->open(wanted, *type);
    updateNotice();
    retranslate();
}

void ConfigurationPage::onView(const ConfigView &view)
{
    if (!(view.scope == m_feed->scope()) || view.settingType != m_feed->settingType())
        return;
    m_view = view;
    m_hasView = true;
    m_error.clear();
    m_fields->setItems(view.resolved.fields);
    m_fields->setLayerDocument(view.scope.layer, view.document);
    QStringList held;
    for (const FieldProvenance &field : view.resolved.fields) {
        if (field.deviates())
            held << tr("“%1” keeps “%2”; the platform now says “%3”.")
                        .arg(field.path, jsonDiffValueText(field.value),
                             jsonDiffValueText(field.upstream));
    }
    for (const ConfigChange &change : view.resolved.declined)
        held << configChangeSentence(change);
    if (!held.isEmpty())
        held.prepend(tr("Where this organization deviates from the platform (declined or "
                        "waiting for approval):"));
    m_declined->setText(held.join(u'\n'));
    m_declined->setVisible(!held.isEmpty());
    m_edit->setView(view);
    m_history->setView(view);
    m_requests->setCurrent(view.settingType, view.version, view.document);
    updateNotice();
    retranslate();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), false);
}

void ConfigurationPage::showLayerColumns(ConfigLayer shown, std::optional<ConfigSettingType> type)
{
    // The levels from the platform down to the one chosen, side by side; a level that keeps
    // nothing of the type has no column.
    const int depth = int(shown);
    for (ConfigLayer layer : allConfigLayers()) {
        const bool visible = int(layer) <= depth && (!type || configSettingAllowedAt(*type, layer));
        m_fieldsView->setColumnHidden(ConfigFieldModel::columnOf(layer), !visible);
    }
}

void ConfigurationPage::onFailed(const ApiError &error)
{
    m_error = error.userMessage();
    updateNotice();
    Q_EMIT statusMessage(tr("The settings could not be loaded: %1").arg(m_error));
}

void ConfigurationPage::updateWritable()
{
    // Members' own settings are theirs: admins read them here.
    const ConfigLayer layer = chosenLayer();
    const bool write = m_mayWrite && layer != ConfigLayer::User
        && (layer != ConfigLayer::Platform || m_platformLevel);
    const QString readOnly = !m_mayWrite ? m_readOnlyText
                                         : tr("Read-only: a member's own settings are theirs "
                                              "to change; here you see what they get and why.");
    m_edit->setWritable(write, write, readOnly);
    m_history->setWritable(write);
    m_requests->setWritable(write);
}

void ConfigurationPage::updateNotice()
{
    QString text;
    const ConfigLayer layer = chosenLayer();
    if (layer != ConfigLayer::Platform && organizationId().isEmpty())
        text = tr("Choose an organization in the switcher above to see its settings.");
    else if (layer == ConfigLayer::User && m_membersOf == organizationId()
             && m_member->count() == 0)
        text = tr("This organization has no members to show.");
    else if (!m_error.isEmpty())
        text = tr("The settings could not be loaded: %1").arg(m_error);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ConfigurationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillLevels();
        QList<ConfigSettingType> shown; // the same types, named in the new language
        for (int i = 0; i < m_type->count(); ++i) {
            if (const auto type = configSettingTypeFromName(m_type->itemData(i).toString()))
                shown << *type;
        }
        fillTypes(shown);
        retranslate();
    }
    ConsolePage::changeEvent(event);
}

void ConfigurationPage::retranslate()
{
    m_levelLabel->setText(tr("&Level:"));
    m_memberLabel->setText(tr("Membe&r:"));
    m_typeLabel->setText(tr("Setting &type:"));
    m_busy->setAccessibleName(tr("Working"));
    m_tabs->setTabText(0, tr("E&ffective values"));
    m_tabs->setTabText(1, tr("Ow&n settings"));
    m_tabs->setTabText(2, tr("&Versions"));
    m_tabs->setTabText(3, tr("Change re&quests"));
    if (m_hasView && m_view.resolved.fields.isEmpty())
        m_effectiveHeading->setText(tr("Nothing of this type is set at any level yet: the "
                                       "platform, this organization and its members all use "
                                       "WedSync's defaults. Set a value on the Own settings tab."));
    else
        m_effectiveHeading->setText(
            m_hasView ? tr("What each level sets itself, side by side, and the value in effect "
                           "here (version %1 of this level's own settings): who set it and why.")
                            .arg(m_view.version)
                      : tr("What each level sets itself, side by side, and the value in effect "
                           "here: who set it and why."));
    m_fieldsView->setAccessibleName(tr("Effective values"));
    m_fields->retranslate();
    updateNotice();
}

} // namespace wedsync
