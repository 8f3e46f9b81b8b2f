#include "integrations/IntegrationsPage.h"

#include "CrmText.h"
#include "IntegrationModels.h"
#include "ModelRoles.h"
#include "api/ApiError.h"
#include "common/ColumnFit.h"
#include "common/RowMenu.h"
#include "common/UserPrompts.h"
#include "integrations/ConfigureDialog.h"
#include "integrations/ConnectionDraft.h"
#include "integrations/ConnectionWizard.h"
#include "integrations/FileImportDialog.h"
#include "integrations/FileImportRun.h"
#include "integrations/IntegrationActions.h"
#include "integrations/IntegrationDetailPane.h"
#include "integrations/IntegrationsFeed.h"
#include "integrations/RelinkDialog.h"
#include "integrations/WebhooksPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

IntegrationsPage::IntegrationsPage(IntegrationsFeed *feed, IntegrationActions *actions,
                                   DraftFactory drafts, ImportFactory imports, UserPrompts *prompts,
                                   QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_actions(actions)
    , m_drafts(std::move(drafts))
    , m_imports(std::move(imports))
    , m_prompts(prompts)
    , m_tabs(new QTabWidget(this))
    , m_model(new IntegrationTableModel(this))
    , m_notice(new QLabel(this))
    , m_limit(new QLabel(this))
    , m_connect(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_listView(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_details(new IntegrationDetailPane(this))
{
    setObjectName(pageId());
    m_notice->setObjectName(u"integrationsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_limit->setObjectName(u"integrationLimit"_s);
    m_limit->setWordWrap(true);
    m_connect->setObjectName(u"connectCrm"_s);
    m_import->setObjectName(u"importClientFile"_s);
    m_listView->setObjectName(u"integrationTable"_s);
    m_listView->setModel(m_model);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setTabKeyNavigation(false);
    m_listView->setWordWrap(false);
    m_listView->verticalHeader()->hide();
    new ColumnFit(m_listView, IntegrationTableModel::NameColumn, 160);

    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_details);
    // A few connections above, the one chosen with its jobs and log below at full width.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({150, 600});
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_limit, 1);
    top->addWidget(m_import);
    top->addWidget(m_connect);
    // The CRM connections, and (for those who manage them) the outgoing webhooks beside them;
    // with one tab the tab bar hides itself.
    auto *crm = new QWidget(this);
    auto *crmLayout = new QVBoxLayout(crm);
    crmLayout->setContentsMargins(0, 0, 0, 0);
    crmLayout->addLayout(top);
    crmLayout->addWidget(m_splitter, 1);
    m_tabs->setObjectName(u"integrationTabs"_s);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(crm, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    enableRowMenu(m_listView, [this](QMenu *menu, const QModelIndex &index) {
        const CrmIntegration &integration = m_model->item(index.row());
        addCopyAction(menu, tr("Copy connection id"), integration.id);
        menu->addSeparator();
        menu->addAction(tr("Open the connection in the audit trail"), this,
                        [this, id = integration.id] { Q_EMIT openItemRequested(u"audit"_s, id); });
    });

    connect(m_connect, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_import, &QPushButton::clicked, this, [this] { openFileImport(); });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(); });
    connect(m_feed, &IntegrationsFeed::integrationsLoaded, this, &IntegrationsPage::onIntegrations);
    connect(m_feed, &IntegrationsFeed::providersLoaded, this, [this] {
        showSelected();
        updateConnect();
    });
    connect(m_feed, &IntegrationsFeed::jobsLoaded, this, [this](const QList<CrmSyncJob> &jobs) {
        m_details->setJobs(jobs, m_feed->hasMoreJobs());
        // The log follows the job on screen, also when the list was reloaded under it.
        if (const CrmSyncJob *chosen = m_details->selectedJob()) {
            if (chosen->id != m_feed->selectedJob())
                m_feed->selectJob(chosen->id);
        } else if (!jobs.isEmpty()) {
            m_details->selectJob(jobs.constFirst().id);
        }
    });
    connect(m_feed, &IntegrationsFeed::jobChanged, m_details, &IntegrationDetailPane::updateJob);
    connect(m_feed, &IntegrationsFeed::logLoaded, m_details, &IntegrationDetailPane::setLog);
    connect(m_feed, &IntegrationsFeed::errorOccurred, this, &IntegrationsPage::onError);

    connect(m_details, &IntegrationDetailPane::jobChosen, m_feed, &IntegrationsFeed::selectJob);
    connect(m_details, &IntegrationDetailPane::allJobsToggled, m_feed,
            &IntegrationsFeed::setAllJobs);
    connect(m_details, &IntegrationDetailPane::moreJobsRequested, m_feed,
            &IntegrationsFeed::loadMoreJobs);
    connect(m_details, &IntegrationDetailPane::testRequested, this, [this] {
        Q_EMIT statusMessage(tr("Testing %1…").arg(m_details->integration().name));
        m_actions->test(m_details->integration());
    });
    connect(m_details, &IntegrationDetailPane::syncRequested, this,
            [this] { m_actions->syncNow(m_details->integration(), u"incremental_sync"_s); });
    connect(m_details, &IntegrationDetailPane::pauseRequested, this,
            [this](bool paused) { m_actions->setPaused(m_details->integration(), paused); });
    connect(m_details, &IntegrationDetailPane::disconnectRequested, this,
            &IntegrationsPage::askDisconnect);
    connect(m_details, &IntegrationDetailPane::relinkRequested, this, [this] { openRelink(); });
    connect(m_details, &IntegrationDetailPane::configureRequested, this,
            [this] { openConfigure(); });
    connect(m_actions, &IntegrationActions::configured, this,
            [this](const CrmIntegration &integration) {
                Q_EMIT statusMessage(tr("%1 is saved.").arg(integration.name));
                m_feed->reload();
            });
    connect(m_details, &IntegrationDetailPane::exportRequested, this,
            [this] { m_actions->syncNow(m_details->integration(), u"export_to_crm"_s); });
    connect(m_details, &IntegrationDetailPane::cancelJobRequested, this,
            [this](const CrmSyncJob &job) { m_actions->cancelJob(organizationId(), job); });
    connect(m_details, &IntegrationDetailPane::retryJobRequested, this,
            [this](const CrmSyncJob &job) { m_actions->retryJob(organizationId(), job); });

    connect(m_actions, &IntegrationActions::busyChanged, m_details,
            [this](int busy) { m_details->setBusy(busy > 0); });
    connect(
        m_actions, &IntegrationActions::tested, this,
        [this](const CrmIntegration &integration, const ConnectionTestResult &result) {
            Q_EMIT statusMessage(
                result.ok
                    ? tr("%1: the connection works. %2").arg(integration.name, result.message)
                    : tr("%1: the connection failed. %2").arg(integration.name, result.message));
            m_feed->reload();
        });
    connect(m_actions, &IntegrationActions::jobStarted, this,
            [this](const CrmIntegration &integration, const CrmSyncJob &job) {
                Q_EMIT statusMessage(
                    tr("%1 started for %2.").arg(CrmText::jobKindText(job.kind), integration.name));
                m_feed->reload();
            });
    connect(m_actions, &IntegrationActions::pausedChanged, this,
            [this](const CrmIntegration &integration) {
                Q_EMIT statusMessage(
                    integration.paused
                        ? tr("Scheduled syncs of %1 are paused.").arg(integration.name)
                        : tr("Scheduled syncs of %1 resumed.").arg(integration.name));
                m_feed->reload();
            });
    connect(m_actions, &IntegrationActions::disconnected, this,
            [this](const CrmIntegration &integration) {
                Q_EMIT statusMessage(tr("%1 is disconnected and its credentials are deleted. "
                                        "The clients it imported stay.")
                                         .arg(integration.name));
                m_feed->reload();
            });
    connect(m_actions, &IntegrationActions::jobCancelled, this, [this](const CrmSyncJob &job) {
        Q_EMIT statusMessage(job.status == u"cancelled"_s
                                 ? tr("The job is cancelled.")
                                 : tr("The job stops after the page it is reading."));
        m_feed->reload();
    });
    connect(m_actions, &IntegrationActions::jobRetried, this, [this](const CrmSyncJob &job) {
        Q_EMIT statusMessage(
            tr("Retrying: attempt %1 continues where the last one stopped.").arg(job.attempt));
        m_feed->reload();
    });
    connect(m_actions, &IntegrationActions::failed, this, &IntegrationsPage::onFailed);
    retranslate();
}

IntegrationsPage::~IntegrationsPage() = default;

QString IntegrationsPage::title() const
{
    return tr("Integrations");
}

QIcon IntegrationsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveNetIcon);
}

QString IntegrationsPage::badge() const
{
    // Connections that need someone: failing or expired.
    int failing = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CrmIntegration &integration : m_model->items())
        failing += crmHealth(integration, now) == CrmHealth::Failing ? 1 : 0;
    return failing > 0 ? QLocale().toString(failing) : QString();
}

void IntegrationsPage::setAccess(bool mayManage, bool mayRetry, bool live,
                                 const QString &readOnlyText)
{
    m_mayManage = mayManage;
    m_live = live;
    m_details->setRights(mayManage, mayRetry, readOnlyText);
    m_connect->setVisible(mayManage);
    m_import->setVisible(mayManage);
    updateConnect();
}

void IntegrationsPage::addWebhooks(WebhooksPanel *webhooks)
{
    m_webhooks = webhooks;
    m_tabs->addTab(webhooks, QString());
    connect(webhooks, &WebhooksPanel::statusMessage, this, &ConsolePage::statusMessage);
    if (m_activated)
        webhooks->setOrganization(organizationId());
    retranslate();
}

void IntegrationsPage::setDefaultOrganization(const QString &organizationId)
{
    m_defaultOrganization = organizationId;
    if (m_activated)
        openOrganization();
}

QString IntegrationsPage::organizationId() const
{
    return scope().organizationId.isEmpty() ? m_defaultOrganization : scope().organizationId;
}

void IntegrationsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    openOrganization();
}

void IntegrationsPage::refresh()
{
    m_feed->reload();
}

void IntegrationsPage::scopeChanged()
{
    if (m_activated)
        openOrganization();
}

void IntegrationsPage::openOrganization()
{
    const QString organizationId = this->organizationId();
    if (organizationId == m_feed->organizationId() && !organizationId.isEmpty())
        return;
    m_haveLiveData = false;
    m_offline = false;
    m_error.clear();
    m_model->setItems({});
    m_details->clear({});
    m_feed->open(organizationId, m_live);
    if (m_webhooks)
        m_webhooks->setOrganization(organizationId);
    updateNotice();
    updateConnect();
    Q_EMIT badgeChanged();
}

void IntegrationsPage::updateNotice()
{
    QString text;
    if (organizationId().isEmpty())
        text = tr("Choose an organization in the switcher above to see its CRM connections.");
    else if (m_offline)
        text = m_error.isEmpty()
            ? tr("Offline: showing the connections as last seen. Testing and syncing need the "
                 "server.")
            : tr("Offline: showing the connections as last seen. %1").arg(m_error);
    else if (!m_error.isEmpty())
        text = m_error;
    else if (m_haveLiveData && m_model->rowCount() == 0)
        text = m_mayManage && !m_feed->limit().reached()
            ? tr("No CRM is connected yet. Connect one to import your clients and keep them in "
                 "sync.")
            : tr("No CRM is connected yet.");
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void IntegrationsPage::updateConnect()
{
    const CrmIntegrationLimit &limit = m_feed->limit();
    m_limit->setText(organizationId().isEmpty() ? QString() : CrmText::limitText(limit));
    const bool reached = limit.reached();
    // The wizard starts with the catalog: until it is here, there is nothing to choose from.
    const bool catalog = !m_feed->providers().isEmpty();
    m_connect->setEnabled(!organizationId().isEmpty() && !reached && !m_offline && catalog);
    m_connect->setToolTip(reached        ? CrmText::limitReachedText(limit)
                              : !catalog ? tr("The list of CRMs is still loading.")
                                         : QString());
    if (reached && !limit.tier.isEmpty() && m_mayManage)
        m_limit->setText(CrmText::limitReachedText(limit));
    // Files go into a connection of a CRM that exports them (or "Another CRM"); one synced
    // through its API gets its clients from there.
    const CrmIntegration &chosen = m_details->integration();
    const auto provider = m_feed->provider(chosen.provider);
    const bool takesFiles = provider && provider->features.contains(u"file_import"_s);
    m_import->setEnabled(!chosen.id.isEmpty() && takesFiles && !m_offline);
    if (chosen.id.isEmpty())
        m_import->setToolTip(tr("Choose the connection the clients belong to."));
    else if (!takesFiles)
        m_import->setToolTip(tr("%1 is synced through its API. To import a file, connect the "
                                "CRM it comes from, or Another CRM (custom).")
                                 .arg(chosen.name));
    else
        m_import->setToolTip({});
}

void IntegrationsPage::onIntegrations(const QList<CrmIntegration> &integrations, bool fromCache)
{
    if (fromCache && m_haveLiveData)
        return;
    const QString current
        = m_pendingSelection.isEmpty() ? m_details->integrationId() : m_pendingSelection;
    {
        const QSignalBlocker blocker(m_listView->selectionModel());
        m_model->setNow(QDateTime::currentDateTimeUtc());
        m_model->setItems(integrations);
        QHash<QString, QString> names;
        for (const CrmIntegration &integration : integrations)
            names.insert(integration.id, integration.name);
        m_details->jobModel()->setConnectionNames(names);
        const int row = m_model->rowOf(current);
        if (row >= 0) {
            m_listView->setCurrentIndex(m_model->index(row, 0));
            m_pendingSelection.clear();
        } else if (m_pendingSelection.isEmpty() && !integrations.isEmpty()) {
            // Something to look at from the start: the first connection and its jobs.
            m_listView->setCurrentIndex(m_model->index(0, 0));
        }
    }
    if (!fromCache) {
        m_haveLiveData = true;
        m_offline = false;
        m_error.clear();
    }
    showSelected();
    updateNotice();
    updateConnect();
    Q_EMIT badgeChanged();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
}

void IntegrationsPage::showSelected()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->clear({});
        m_feed->selectIntegration({});
        return;
    }
    const CrmIntegration &integration = m_model->item(current.row());
    m_details->showIntegration(integration, m_feed->provider(integration.provider));
    m_feed->selectIntegration(integration.id);
    updateConnect();
}

void IntegrationsPage::onError(const ApiError &error)
{
    if (error.isNotConnected())
        return;
    m_error = error.userMessage();
    m_offline = !m_haveLiveData && m_model->rowCount() > 0;
    updateNotice();
    updateConnect();
    Q_EMIT statusMessage(error.userMessage());
}

void IntegrationsPage::onFailed(const QString &what, const ApiError &error)
{
    QString message;
    if (what == u"test"_s)
        message = tr("The connection was not tested: %1");
    else if (what == u"sync"_s)
        message = tr("The sync did not start: %1");
    else if (what == u"pause"_s)
        message = tr("The schedule was not changed: %1");
    else if (what == u"disconnect"_s)
        message = tr("The connection was not disconnected: %1");
    else if (what == u"cancel"_s)
        message = tr("The job was not cancelled: %1");
    else if (what == u"configure"_s)
        message = tr("The connection was not saved: %1");
    else
        message = tr("The job was not retried: %1");
    Q_EMIT statusMessage(message.arg(error.userMessage()));
    m_feed->reload();
}

void IntegrationsPage::askDisconnect()
{
    const CrmIntegration integration = m_details->integration();
    if (integration.id.isEmpty())
        return;
    const QString text
        = tr("Disconnect %1?\n\nIts saved credentials are deleted and its scheduled syncs "
             "stop. The clients it imported from %2 stay in WedSync. To use it again, connect it "
             "again with the wizard.")
              .arg(integration.name, CrmText::providerName(integration.provider));
    if (m_prompts->confirm(this, tr("Disconnect"), text, tr("Disconnect")))
        m_actions->disconnectIntegration(integration);
}

QWidget *IntegrationsPage::openWizard()
{
    if (!m_mayManage || organizationId().isEmpty() || m_feed->providers().isEmpty())
        return nullptr;
    ConnectionDraft *draft = m_drafts(nullptr);
    draft->setOrganization(organizationId());
    auto *wizard = new ConnectionWizard(m_feed->providers(), draft, this);
    draft->setParent(wizard);
    connect(wizard, &ConnectionWizard::connected, this,
            [this](const CrmIntegration &integration, bool importing) {
                m_pendingSelection = integration.id;
                Q_EMIT statusMessage(
                    importing
                        ? tr("%1 is connected; its first import has started.").arg(integration.name)
                        : tr("%1 is connected.").arg(integration.name));
                m_feed->reload();
            });
    // However it ends, the keyboard comes back to the connections.
    connect(wizard, &QDialog::finished, m_listView,
            [view = m_listView] { view->setFocus(Qt::OtherFocusReason); });
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

QWidget *IntegrationsPage::openFileImport()
{
    const CrmIntegration integration = m_details->integration();
    if (!m_mayManage || integration.id.isEmpty())
        return nullptr;
    FileImportRun *run = m_imports(nullptr);
    auto *dialog = new FileImportDialog(integration, run, m_prompts, this);
    run->setParent(dialog);
    connect(dialog, &FileImportDialog::imported, this, [this](const QString &jobId) {
        m_feed->reload();
        if (!jobId.isEmpty())
            m_details->selectJob(jobId);
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *IntegrationsPage::openRelink()
{
    const CrmIntegration integration = m_details->integration();
    if (!m_mayManage || integration.id.isEmpty() || integration.authType != u"oauth2"_s)
        return nullptr;
    auto *dialog = new RelinkDialog(m_actions->signIn(), integration,
                                    CrmText::providerName(integration.provider), this);
    connect(dialog, &RelinkDialog::relinked, this, [this](const CrmIntegration &relinked) {
        Q_EMIT statusMessage(tr("%1 is relinked.").arg(relinked.name));
        m_feed->reload();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *IntegrationsPage::openConfigure()
{
    const CrmIntegration integration = m_details->integration();
    const auto provider = m_feed->provider(integration.provider);
    if (!m_mayManage || integration.id.isEmpty() || !provider)
        return nullptr;
    auto *dialog = new ConfigureDialog(m_actions, integration, *provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool IntegrationsPage::showItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0) {
        m_pendingSelection = itemId;
        return true;
    }
    m_listView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool IntegrationsPage::showExample()
{
    if (m_model->rowCount() == 0)
        return false;
    if (!m_listView->currentIndex().isValid())
        m_listView->setCurrentIndex(m_model->index(0, 0));
    return m_details->jobModel()->rowCount() > 0;
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void IntegrationsPage::retranslate()
{
    m_connect->setText(tr("Co&nnect a CRM…"));
    m_import->setText(tr("&Import a file…"));
    m_tabs->setTabText(0, tr("CRM connections"));
    if (m_webhooks)
        m_tabs->setTabText(m_tabs->indexOf(m_webhooks), tr("Webhoo&ks"));
    m_model->retranslate();
    m_details->retranslate();
    updateNotice();
    updateConnect();
}

} // namespace wedsync
