#include "integrations/IntegrationDetailPane.h"

#include "CrmText.h"
#include "IntegrationModels.h"
#include "ModelRoles.h"
#include "TimeText.h"
#include "common/ColumnFit.h"
#include "common/StateColors.h"
#include "integrations/JobProgressDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QTableView *tableView(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(const QString &name, QWidget *parent)
{
    auto *push = new QPushButton(parent);
    push->setObjectName(name);
    return push;
}

} // namespace

IntegrationDetailPane::IntegrationDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_capability(wrappingLabel(u"integrationCapability"_s, this))
    , m_status(wrappingLabel(u"integrationStatus"_s, this))
    , m_settings(wrappingLabel(u"integrationSettings"_s, this))
    , m_readOnly(wrappingLabel(u"integrationReadOnly"_s, this))
    , m_test(button(u"testConnection"_s, this))
    , m_sync(button(u"syncNow"_s, this))
    , m_pause(button(u"pauseSchedule"_s, this))
    , m_disconnect(button(u"disconnectIntegration"_s, this))
    , m_relink(button(u"relinkIntegration"_s, this))
    , m_configure(button(u"configureIntegration"_s, this))
    , m_export(button(u"exportToCrm"_s, this))
    , m_jobsLabel(new QLabel(this))
    , m_allJobs(new QCheckBox(this))
    , m_jobModel(new SyncJobTableModel(this))
    , m_jobView(tableView(u"jobTable"_s, m_jobModel, this))
    , m_cancelJob(button(u"cancelJob"_s, this))
    , m_retryJob(button(u"retryJob"_s, this))
    , m_olderJobs(button(u"olderJobs"_s, this))
    , m_jobError(wrappingLabel(u"jobError"_s, this))
    , m_logLabel(new QLabel(this))
    , m_logModel(new JobLogModel(this))
    , m_logView(tableView(u"jobLog"_s, m_logModel, this))
{
    m_title->setObjectName(u"integrationTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_jobView->setItemDelegateForColumn(SyncJobTableModel::ProgressColumn,
                                        new JobProgressDelegate(m_jobView));
    new ColumnFit(m_jobView, SyncJobTableModel::ResultColumn, 160);
    new ColumnFit(m_logView, JobLogModel::MessageColumn, 240);
    m_jobsLabel->setBuddy(m_jobView);
    m_allJobs->setObjectName(u"allJobs"_s);
    m_jobView->setColumnHidden(SyncJobTableModel::ConnectionColumn, true);
    m_readOnly->hide();
    m_jobError->hide();
    QPalette errorPalette = m_jobError->palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(errorPalette));
    m_jobError->setPalette(errorPalette);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_sync);
    actions->addWidget(m_pause);
    actions->addWidget(m_export);
    actions->addWidget(m_relink);
    actions->addStretch(1);
    actions->addWidget(m_configure);
    actions->addWidget(m_disconnect);
    // Tab in the order the row reads (the buttons were made in another).
    QWidget::setTabOrder(m_pause, m_export);
    QWidget::setTabOrder(m_export, m_relink);
    QWidget::setTabOrder(m_relink, m_configure);
    QWidget::setTabOrder(m_configure, m_disconnect);
    auto *jobActions = new QHBoxLayout;
    jobActions->addWidget(m_cancelJob);
    jobActions->addWidget(m_retryJob);
    jobActions->addStretch(1);
    jobActions->addWidget(m_olderJobs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_capability);
    layout->addWidget(m_status);
    layout->addWidget(m_settings);
    layout->addWidget(m_readOnly);
    layout->addLayout(actions);
    auto *jobsHeader = new QHBoxLayout;
    jobsHeader->addWidget(m_jobsLabel);
    jobsHeader->addStretch(1);
    jobsHeader->addWidget(m_allJobs);
    layout->addLayout(jobsHeader);
    layout->addWidget(m_jobView, 3);
    layout->addLayout(jobActions);
    layout->addWidget(m_jobError);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_logView, 2);

    connect(m_test, &QPushButton::clicked, this, &IntegrationDetailPane::testRequested);
    connect(m_sync, &QPushButton::clicked, this, &IntegrationDetailPane::syncRequested);
    connect(m_pause, &QPushButton::clicked, this,
            [this] { Q_EMIT pauseRequested(!m_integration.paused); });
    connect(m_disconnect, &QPushButton::clicked, this, &IntegrationDetailPane::disconnectRequested);
    connect(m_relink, &QPushButton::clicked, this, &IntegrationDetailPane::relinkRequested);
    connect(m_configure, &QPushButton::clicked, this, &IntegrationDetailPane::configureRequested);
    connect(m_export, &QPushButton::clicked, this, &IntegrationDetailPane::exportRequested);
    connect(m_olderJobs, &QPushButton::clicked, this, &IntegrationDetailPane::moreJobsRequested);
    connect(m_allJobs, &QCheckBox::toggled, this, [this](bool all) {
        m_jobView->setColumnHidden(SyncJobTableModel::ConnectionColumn, !all);
        Q_EMIT allJobsToggled(all);
    });
    connect(m_cancelJob, &QPushButton::clicked, this, [this] {
        if (const CrmSyncJob *job = selectedJob())
            Q_EMIT cancelJobRequested(*job);
    });
    connect(m_retryJob, &QPushButton::clicked, this, [this] {
        if (const CrmSyncJob *job = selectedJob())
            Q_EMIT retryJobRequested(*job);
    });
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateButtons();
                Q_EMIT jobChosen(current.isValid() ? current.data(IdRole).toString() : QString());
            });
    retranslate();
    clear({});
}

void IntegrationDetailPane::setRights(bool mayManage, bool mayRetry, const QString &readOnlyText)
{
    m_mayManage = mayManage;
    m_mayRetry = mayRetry;
    m_readOnlyText = readOnlyText;
    m_readOnly->setText(readOnlyText);
    m_readOnly->setVisible(!readOnlyText.isEmpty() && !m_integration.id.isEmpty());
    m_test->setVisible(mayManage);
    m_sync->setVisible(mayManage);
    m_pause->setVisible(mayManage);
    m_disconnect->setVisible(mayManage);
    m_configure->setVisible(mayManage);
    m_cancelJob->setVisible(mayManage);
    m_retryJob->setVisible(mayManage || mayRetry);
    updateButtons();
}

void IntegrationDetailPane::showIntegration(const CrmIntegration &integration,
                                            const std::optional<CrmProviderInfo> &provider)
{
    const bool other = integration.id != m_integration.id;
    m_integration = integration;
    m_provider = provider;
    m_message.clear();
    if (other) {
        m_jobModel->setItems({});
        m_logModel->setItems({});
    }
    updateSummary();
    updateButtons();
}

void IntegrationDetailPane::clear(const QString &message)
{
    m_integration = {};
    m_provider.reset();
    m_message = message;
    m_jobModel->setItems({});
    m_logModel->setItems({});
    updateSummary();
    updateButtons();
}

void IntegrationDetailPane::updateSummary()
{
    const bool shown = !m_integration.id.isEmpty();
    for (QWidget *widget : {static_cast<QWidget *>(m_capability), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(m_settings), static_cast<QWidget *>(m_jobsLabel),
                            static_cast<QWidget *>(m_allJobs), static_cast<QWidget *>(m_jobView),
                            static_cast<QWidget *>(m_logLabel), static_cast<QWidget *>(m_logView)})
        widget->setVisible(shown);
    m_readOnly->setVisible(shown && !m_readOnlyText.isEmpty());
    if (!shown) {
        m_title->setText(m_message.isEmpty() ? tr("Choose a connection to see its jobs.")
                                             : m_message);
        return;
    }
    m_title->setText(
        tr("%1 (%2)").arg(m_integration.name, CrmText::providerName(m_integration.provider)));
    m_capability->setText(m_provider ? CrmText::capabilityText(*m_provider) : QString());
    const CrmHealth health = crmHealth(m_integration, QDateTime::currentDateTimeUtc());
    QString status
        = tr("%1 · %2").arg(CrmText::healthText(health), CrmText::statusText(m_integration.status));
    if (m_integration.lastSyncAt.isValid())
        status += u" · "_s + tr("last sync %1").arg(timeText(m_integration.lastSyncAt));
    else
        status += u" · "_s + tr("never synced");
    if (m_integration.status == u"expired"_s)
        status += u"\n"_s
            + (m_integration.authType == u"oauth2"_s
                   ? tr("The CRM no longer accepts the saved access. Relink to sign in again: "
                        "the field mapping and the imported clients stay.")
                   : tr("The CRM no longer accepts the saved access. Disconnect and connect it "
                        "again with a new key; imported clients stay."));
    m_status->setText(status);
    m_settings->setText(tr("%1 · %2 · when both sides changed: %3")
                            .arg(m_integration.paused
                                     ? tr("Schedule paused")
                                     : CrmText::scheduleText(m_integration.scheduleMinutes),
                                 CrmText::directionText(m_integration.direction),
                                 CrmText::strategyText(m_integration.conflictStrategy)));
}

void IntegrationDetailPane::setJobs(const QList<CrmSyncJob> &jobs, bool hasMore)
{
    const QString current = selectedJob() ? selectedJob()->id : QString();
    {
        const QSignalBlocker blocker(m_jobView->selectionModel());
        m_jobModel->setItems(jobs);
        const int row = m_jobModel->rowOf(current);
        if (row >= 0)
            m_jobView->setCurrentIndex(m_jobModel->index(row, 0));
    }
    m_hasMoreJobs = hasMore;
    m_jobsLabel->setText(jobs.isEmpty() ? tr("Jo&bs: none yet") : tr("Jo&bs"));
    updateButtons();
}

void IntegrationDetailPane::updateJob(const CrmSyncJob &job)
{
    if (job.integrationId != m_integration.id)
        return;
    const QSignalBlocker blocker(m_jobView->selectionModel());
    m_jobModel->updateJob(job);
    updateButtons();
}

void IntegrationDetailPane::setLog(const QList<CrmJobLogLine> &lines)
{
    m_logModel->setItems(lines);
    if (!lines.isEmpty())
        m_logView->scrollToBottom(); // the newest line, as a running job writes it
}

const CrmSyncJob *IntegrationDetailPane::selectedJob() const
{
    const QModelIndex current = m_jobView->currentIndex();
    if (!current.isValid() || current.row() >= m_jobModel->rowCount())
        return nullptr;
    return &m_jobModel->item(current.row());
}

bool IntegrationDetailPane::selectJob(const QString &jobId)
{
    const int row = m_jobModel->rowOf(jobId);
    if (row < 0)
        return false;
    m_jobView->setCurrentIndex(m_jobModel->index(row, 0));
    return true;
}

void IntegrationDetailPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void IntegrationDetailPane::updateButtons()
{
    const bool shown = !m_integration.id.isEmpty();
    const bool running = !m_integration.runningJobId.isEmpty();
    const bool connected = m_integration.status == u"connected"_s;
    const CrmSyncJob *job = selectedJob();
    m_test->setEnabled(shown && !m_busy);
    // A connection that only sends (Light Blue) has nothing to read: Send changes does it all.
    m_sync->setVisible(m_mayManage && m_integration.direction != u"export_only"_s);
    m_sync->setEnabled(shown && !m_busy && connected && !running);
    m_sync->setToolTip(shown && !connected ? tr("Test the connection first: only a connected "
                                                "CRM can be synced.")
                                           : QString());
    m_pause->setEnabled(shown && !m_busy && m_integration.scheduleMinutes.has_value());
    m_pause->setText(m_integration.paused ? tr("&Resume schedule") : tr("&Pause schedule"));
    m_disconnect->setEnabled(shown && !m_busy);
    m_configure->setEnabled(shown && !m_busy && m_provider.has_value());
    const bool oauth = m_integration.authType == u"oauth2"_s;
    m_relink->setVisible(m_mayManage && shown && oauth);
    m_relink->setEnabled(!m_busy && !running);
    const bool writes = m_provider
        && (m_provider->features.contains(u"export"_s)
            || m_provider->features.contains(u"inbound_leads"_s))
        && m_integration.direction != u"import_only"_s;
    m_export->setVisible(m_mayManage && shown && writes);
    m_export->setEnabled(!m_busy && connected && !running);
    m_cancelJob->setEnabled(!m_busy && job && job->isActive());
    m_retryJob->setEnabled(
        !m_busy && job
        && (job->status == u"failed"_s || job->status == u"cancelled"_s || job->partial));
    m_olderJobs->setEnabled(shown && m_hasMoreJobs);
    m_jobError->setText(job && !job->error.isEmpty() ? tr("Why it failed: %1").arg(job->error)
                                                     : QString());
    m_jobError->setVisible(!m_jobError->text().isEmpty());
}

void IntegrationDetailPane::retranslate()
{
    m_test->setText(tr("&Test connection"));
    m_sync->setText(tr("&Sync now"));
    m_disconnect->setText(tr("&Disconnect…"));
    m_relink->setText(tr("Relin&k…"));
    m_configure->setText(tr("Con&figure…"));
    m_configure->setToolTip(tr("Change the name, the schedule, the direction or who wins when a "
                               "client changed on both sides."));
    m_relink->setToolTip(tr("Sign in with the CRM again in the browser. The field mapping and "
                            "the imported clients stay."));
    m_export->setText(tr("Send changes to the CR&M"));
    m_export->setToolTip(tr("Write the clients changed in WedSync since the last sync to the "
                            "CRM now."));
    m_cancelJob->setText(tr("Cancel &job"));
    m_retryJob->setText(tr("Retr&y job"));
    m_olderJobs->setText(tr("&Load older jobs"));
    m_allJobs->setText(tr("Jobs of &all connections"));
    m_allJobs->setToolTip(tr("List the jobs of all this organization's connections, newest "
                             "first, instead of the chosen connection's."));
    m_logLabel->setText(tr("Log of the job chosen"));
    m_jobModel->retranslate();
    m_logModel->retranslate();
    updateSummary();
    m_jobsLabel->setText(m_jobModel->rowCount() == 0 ? tr("Jo&bs: none yet") : tr("Jo&bs"));
    updateButtons();
}

} // namespace wedsync
