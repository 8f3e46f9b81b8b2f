#include "dashboard/SyncDashboardPage.h"

#include "Clock.h"
#include "ModelRoles.h"
#include "RoleFilterProxyModel.h"
#include "TenantHealthModel.h"
#include "api/ApiError.h"
#include "common/ColumnFit.h"
#include "common/RowMenu.h"
#include "common/TableSelection.h"
#include "common/UserPrompts.h"
#include "dashboard/ConnectionsChart.h"
#include "dashboard/EventHistoryPanel.h"
#include "dashboard/HealthSummaryWidget.h"
#include "dashboard/StatusBadgeDelegate.h"
#include "feeds/ResyncOperation.h"
#include "feeds/SyncHealthFeed.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

SyncDashboardPage::SyncDashboardPage(SyncHealthFeed *feed, UserPrompts *prompts, const Clock *clock,
                                     QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_prompts(prompts)
    , m_clock(clock)
    , m_tenants(new TenantHealthModel(this))
    , m_tenantProxy(new RoleFilterProxyModel(this))
    , m_summary(new HealthSummaryWidget(this))
    , m_notice(new QLabel(this))
    , m_scopeNote(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_tenantView(new QTableView(this))
    , m_resync(new QPushButton(this))
    , m_tenantsTitle(new QLabel(this))
    , m_resyncProgress(new QProgressBar(this))
    , m_resyncResult(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_history(new EventHistoryPanel(prompts, this))
    , m_chart(new ConnectionsChart(this))
{
    setObjectName(pageId());
    m_tenantProxy->setSourceModel(m_tenants);

    m_notice->setObjectName(u"dataSourceNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_chart, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildTenantArea());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_scopeNote->setObjectName(u"scopeNote"_s);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_scopeNote);
    layout->addWidget(splitter, 1);

    connect(m_feed, &SyncHealthFeed::healthChanged, this, &SyncDashboardPage::onHealth);
    connect(m_feed, &SyncHealthFeed::eventsLoaded, this,
            [this](const QList<SyncEvent> &events, bool fromCache) {
                m_history->setEvents(events);
                noteData(fromCache);
            });
    connect(m_feed, &SyncHealthFeed::eventsArrived, this, [this](const QList<SyncEvent> &events) {
        m_history->appendEvents(events);
        noteData(false);
    });
    connect(m_feed, &SyncHealthFeed::connectionsChanged, this,
            [this](const ConnectionStats &stats, bool fromCache) {
                m_chart->setStats(stats);
                noteData(fromCache);
            });
    connect(m_feed, &SyncHealthFeed::errorOccurred, this, &SyncDashboardPage::onError);
    connect(m_history, &EventHistoryPanel::statusMessage, this, &ConsolePage::statusMessage);
    connect(m_history, &EventHistoryPanel::openItemRequested, this,
            &ConsolePage::openItemRequested);

    // Freshness depends on the time, not only on new data.
    m_regrade.setInterval(30000);
    connect(&m_regrade, &QTimer::timeout, this, [this] { m_tenants->setNow(m_clock->now()); });
    m_regrade.start();
    retranslate();
}

void SyncDashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void SyncDashboardPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("Event history"));
    m_tabs->setTabText(m_tabs->indexOf(m_chart), tr("Connections"));
    m_tabs->setAccessibleName(tr("Event history and connections"));
    m_tenantsTitle->setText(tr("Tenants"));
    m_search->setAccessibleName(tr("Search tenants"));
    m_search->setPlaceholderText(tr("Search tenants…"));
    m_statusFilter->setAccessibleName(tr("Filter tenants by status"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(
            i, syncStatusDisplayName(SyncStatus(m_statusFilter->itemData(i).toInt())));
    m_tenantView->setAccessibleName(tr("Tenants by sync severity"));
    m_resync->setText(tr("Resync now"));
    m_resync->setAccessibleName(tr("Resync the selected tenant now"));
    m_resyncProgress->setAccessibleName(tr("Resync in progress"));
}

QWidget *SyncDashboardPage::buildTenantArea()
{
    auto *area = new QWidget(this);
    m_search->setObjectName(u"tenantSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(u"tenantStatusFilter"_s);
    m_statusFilter->addItem(QString());
    for (SyncStatus status :
         {SyncStatus::Success, SyncStatus::Partial, SyncStatus::Failed, SyncStatus::Pending})
        m_statusFilter->addItem(syncStatusDisplayName(status), int(status));

    m_tenantView->setObjectName(u"tenantTable"_s);
    m_tenantView->setTabKeyNavigation(false); // one Tab stop; arrows move inside
    m_tenantView->setModel(m_tenantProxy);
    m_tenantView->setSortingEnabled(true);
    m_tenantView->sortByColumn(TenantHealthModel::SeverityColumn, Qt::DescendingOrder);
    m_tenantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tenantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tenantView->verticalHeader()->hide();
    m_tenantView->setWordWrap(false);
    for (auto [column, kind] :
         {std::pair {TenantHealthModel::StatusColumn, StatusBadgeDelegate::Kind::Status},
          std::pair {TenantHealthModel::SeverityColumn, StatusBadgeDelegate::Kind::Severity},
          std::pair {TenantHealthModel::FreshnessColumn, StatusBadgeDelegate::Kind::Freshness}}) {
        m_tenantView->setItemDelegateForColumn(column, new StatusBadgeDelegate(kind, m_tenantView));
        m_tenantView->setColumnWidth(column, 110);
    }
    // Every column in view at 1440 wide: counts are narrow, the next wedding takes what is left.
    for (int column : {TenantHealthModel::VersionColumn, TenantHealthModel::ConnectedColumn,
                       TenantHealthModel::StaleColumn, TenantHealthModel::ConflictsColumn})
        m_tenantView->setColumnWidth(column, 100);
    m_tenantView->setColumnWidth(TenantHealthModel::NameColumn, 170);
    m_tenantView->setColumnWidth(TenantHealthModel::LastSuccessColumn, 140);
    // Headers and values never cut (Spanish ones are longer); the name takes the room left.
    new ColumnFit(m_tenantView, TenantHealthModel::NameColumn, 170);

    m_resync->setObjectName(u"resyncButton"_s);
    m_resync->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_resync->setEnabled(false);
    m_resyncProgress->setObjectName(u"resyncProgress"_s);
    m_resyncProgress->setRange(0, 0); // busy: the server reports no percentage
    m_resyncProgress->setMaximumWidth(120);
    m_resyncProgress->hide();
    m_resyncResult->setObjectName(u"resyncResult"_s);
    m_resyncResult->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tenantsTitle);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_resync);
    actions->addWidget(m_resyncProgress);
    actions->addWidget(m_resyncResult, 1);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_tenantView, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_tenantProxy, &RoleFilterProxyModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_tenantProxy->setRoleFilter(StatusRole, m_statusFilter->currentData()); });
    connect(m_tenantView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncDashboardPage::updateResyncButton);
    connect(m_resync, &QPushButton::clicked, this, &SyncDashboardPage::resyncSelected);
    enableRowMenu(m_tenantView, [this](QMenu *menu, const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        addCopyAction(menu, tr("Copy tenant id"), id);
        menu->addSeparator();
        menu->addAction(tr("Show only its events"), this, [this, id] {
            m_history->setTenantFilter(id);
            m_tabs->setCurrentWidget(m_history);
        });
        QAction *resync
            = menu->addAction(tr("Resync now…"), this, &SyncDashboardPage::resyncSelected);
        resync->setEnabled(m_resync->isEnabled());
    });
    return area;
}

QString SyncDashboardPage::title() const
{
    return tr("Sync health");
}

QIcon SyncDashboardPage::icon() const
{
    return style()->standardIcon(QStyle::SP_BrowserReload);
}

void SyncDashboardPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_feed->loadCached();
    m_feed->refresh();
}

void SyncDashboardPage::refresh()
{
    m_feed->refresh();
}

void SyncDashboardPage::setSignedInUser(const QString &userId, const QString &label)
{
    m_history->setSignedInUser(userId, label);
}

void SyncDashboardPage::setPeopleNames(const QHash<QString, QString> &names)
{
    m_history->setPeopleNames(names);
}

bool SyncDashboardPage::showExample()
{
    return selectRow(m_history->view(), [](int) { return true; });
}

void SyncDashboardPage::scopeChanged()
{
    const QString &organizationId = scope().organizationId;
    m_tenantProxy->setRoleFilter(OrganizationRole,
                                 organizationId.isEmpty() ? QVariant() : QVariant(organizationId));
    m_history->setTenantFilter(organizationId);
    m_chart->setTenantFilter(organizationId);
    showScopedSummary();
}

void SyncDashboardPage::showScopedSummary()
{
    // The headline counts what the switcher chose: one organization, or every tenant.
    const SyncHealthReport &report = m_feed->lastReport();
    const QString &organizationId = scope().organizationId;
    if (organizationId.isEmpty()) {
        m_summary->setReport(report);
    } else {
        SyncHealthReport scoped = report;
        scoped.tenants.removeIf([&](const TenantSyncHealth &tenant) {
            return tenant.organizationId != organizationId;
        });
        m_summary->setReport(scoped);
    }
    // Sync health is kept per organization; a chosen wedding is shown through its organization.
    const QString name = m_tenants->organizationName(organizationId);
    m_scopeNote->setText(scope().weddingId.isEmpty() || name.isEmpty()
                             ? QString()
                             : tr("Sync health is kept per organization: showing %1, which "
                                  "holds the chosen wedding.")
                                   .arg(name));
    m_scopeNote->setVisible(!m_scopeNote->text().isEmpty());
}

void SyncDashboardPage::onHealth(const SyncHealthReport &report, bool fromCache)
{
    m_tenants->setReport(report, m_clock->now());
    showScopedSummary();
    QHash<QString, QString> names;
    for (const TenantSyncHealth &tenant : report.tenants)
        names.insert(tenant.organizationId, tenant.name);
    m_history->setTenantNames(names);
    m_chart->setTenantNames(names);
    updateResyncButton();
    noteData(fromCache);
}

void SyncDashboardPage::noteData(bool fromCache)
{
    const QDateTime now = m_clock->now();
    if (!fromCache) {
        m_haveLiveData = true;
        m_notice->hide();
    } else if (!m_haveLiveData) {
        const QDateTime generated = m_feed->lastReport().generatedAt;
        m_notice->setText(
            tr("Offline: showing the last known sync health (from %1). It updates as soon as the "
               "server answers.")
                .arg(QLocale().toString(generated.toLocalTime(), QLocale::ShortFormat)));
        m_notice->show();
    }
    Q_EMIT dataUpdated(now, fromCache && !m_haveLiveData);
}

void SyncDashboardPage::onError(const ApiError &error)
{
    if (error.isNotConnected())
        return; // the cached data stays; it updates once the server answers
    Q_EMIT statusMessage(error.userMessage());
    if (!m_haveLiveData) {
        m_notice->setText(m_tenants->rowCount() > 0
                              ? tr("Offline: showing cached data. %1").arg(error.userMessage())
                              : error.userMessage());
        m_notice->show();
    }
}

QString SyncDashboardPage::selectedTenant() const
{
    const QModelIndexList rows = m_tenantView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(IdRole).toString();
}

void SyncDashboardPage::updateResyncButton()
{
    const bool selected = !selectedTenant().isEmpty();
    m_resync->setEnabled(selected && !m_operation);
    // A disabled button says what it waits for.
    m_resync->setToolTip(m_operation    ? tr("A resync is running; wait for its result.")
                             : selected ? tr("Ask every connected client of the selected tenant "
                                             "to reload its configuration now.")
                                        : tr("Select a tenant first."));
}

void SyncDashboardPage::resyncSelected()
{
    const QString organizationId = selectedTenant();
    if (organizationId.isEmpty() || m_operation)
        return;
    const QString name = m_tenants->organizationName(organizationId);
    if (!m_prompts->confirm(
            this, tr("Resync %1").arg(name),
            tr("Every connected client of %1 reloads its configuration now. Resync?").arg(name),
            tr("Resync now")))
        return;
    m_operation = m_feed->resync(organizationId);
    m_resyncProgress->show();
    m_resyncResult->setText(tr("Resyncing %1…").arg(name));
    updateResyncButton();
    connect(m_operation, &ResyncOperation::progress, this,
            [this](const QString &message) { m_resyncResult->setText(message); });
    connect(m_operation, &ResyncOperation::finished, this,
            [this, name](bool ok, const QString &message) {
                m_resyncProgress->hide();
                const QString text
                    = (m_operation->reachedNobody() ? tr("ℹ Resync of %1 delivered nothing: %2")
                           : ok                     ? tr("✔ Resync of %1 succeeded: %2")
                                                    : tr("✖ Resync of %1 failed: %2"))
                          .arg(name, message);
                m_resyncResult->setText(text);
                Q_EMIT statusMessage(text);
                m_operation = nullptr;
                updateResyncButton();
                m_feed->refresh();
            });
}

} // namespace wedsync
