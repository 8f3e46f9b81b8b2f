#pragma once
// The sync health dashboard: overall health and counts, the per-tenant table (sortable,
// filterable, graded by freshness and severity), the live event history, the connections chart
// and "Resync now" for the selected tenant. Fed by SyncHealthFeed; shows when data is cached.

#include "SyncHealth.h"
#include "common/ConsolePage.h"

#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace wedsync {

struct ApiError;
class Clock;
class ConnectionsChart;
class EventHistoryPanel;
class HealthSummaryWidget;
class ResyncOperation;
class RoleFilterProxyModel;
class SyncHealthFeed;
class TenantHealthModel;
class UserPrompts;

class SyncDashboardPage : public ConsolePage
{
    Q_OBJECT
public:
    SyncDashboardPage(SyncHealthFeed *feed, UserPrompts *prompts, const Clock *clock,
                      QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void refresh() override;
    // Names the signed-in user's own events in the history.
    void setSignedInUser(const QString &userId, const QString &label) override;
    // People's names by user id, for the events' actors.
    void setPeopleNames(const QHash<QString, QString> &names);
    // The newest event of the history, selected.
    bool showExample() override;

    TenantHealthModel *tenantModel() const { return m_tenants; }
    EventHistoryPanel *eventHistory() const { return m_history; }
    ConnectionsChart *connectionsChart() const { return m_chart; }
    // The organization id of the tenant selected in the table (empty if none).
    QString selectedTenant() const;

protected:
    void changeEvent(QEvent *event) override;
    // An organization chosen in the switcher narrows the tenant table and the history to it.
    void scopeChanged() override;

private:
    void retranslate();
    QWidget *buildTenantArea();
    void showScopedSummary();
    void onHealth(const SyncHealthReport &report, bool fromCache);
    void onError(const ApiError &error);
    void noteData(bool fromCache);
    void updateResyncButton();
    void resyncSelected();

    SyncHealthFeed *m_feed;
    UserPrompts *m_prompts;
    const Clock *m_clock;
    TenantHealthModel *m_tenants;
    RoleFilterProxyModel *m_tenantProxy;
    HealthSummaryWidget *m_summary;
    QLabel *m_notice;
    QLabel *m_scopeNote;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTableView *m_tenantView;
    QPushButton *m_resync;
    QLabel *m_tenantsTitle;
    QProgressBar *m_resyncProgress;
    QLabel *m_resyncResult;
    QTabWidget *m_tabs;
    EventHistoryPanel *m_history;
    ConnectionsChart *m_chart;
    QTimer m_regrade;
    QPointer<ResyncOperation> m_operation;
    bool m_activated = false;
    bool m_haveLiveData = false;
};

} // namespace wedsync
