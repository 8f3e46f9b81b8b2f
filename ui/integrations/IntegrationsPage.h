#pragma once
// The Integrations screen (the CRM connections of the organization chosen in the switcher):
// each connection with its health, last and next sync, and beside it the one chosen with its
// actions, jobs and log (IntegrationDetailPane). Admins connect a CRM through the wizard, test,
// sync now, pause and disconnect (asked first); coordinators read; support reads and retries.
// The tier's limit is said before anyone meets the server's 402.

#include "common/ConsolePage.h"

#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace wedsync {

class ConnectionDraft;
class FileImportRun;
class IntegrationActions;
class IntegrationDetailPane;
class IntegrationTableModel;
class IntegrationsFeed;
class UserPrompts;
class WebhooksPanel;
struct ApiError;
struct CrmIntegration;
struct CrmSyncJob;

class IntegrationsPage : public ConsolePage
{
    Q_OBJECT
public:
    using DraftFactory = std::function<ConnectionDraft *(QObject *parent)>;
    using ImportFactory = std::function<FileImportRun *(QObject *parent)>;

    IntegrationsPage(IntegrationsFeed *feed, IntegrationActions *actions, DraftFactory drafts,
                     ImportFactory imports, UserPrompts *prompts, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    QString pageId() const override { return QStringLiteral("integrations"); }
    QString title() const override;
    QIcon icon() const override;
    QString badge() const override;
    void activate() override;
    void refresh() override;
    bool showExample() override;
    bool showItem(const QString &itemId) override;

    // `live`: may join the tenant's admin topic (admins, platform staff).
    void setAccess(bool mayManage, bool mayRetry, bool live, const QString &readOnlyText);
    void setDefaultOrganization(const QString &organizationId);
    // The Webhooks tab beside the CRM connections (organization admins, platform staff).
    void addWebhooks(WebhooksPanel *webhooks);
    WebhooksPanel *webhooks() const { return m_webhooks; }
    QTabWidget *tabs() const { return m_tabs; }

    IntegrationDetailPane *details() const { return m_details; }
    QTableView *listView() const { return m_listView; }
    QPushButton *connectButton() const { return m_connect; }
    // Opens the connection wizard (the Connect button); returns it for tests.
    QWidget *openWizard();
    // Opens the file import for the connection chosen (the Import button); null if none.
    QWidget *openFileImport();
    QPushButton *importButton() const { return m_import; }
    // Opens the Relink dialog for the (OAuth 2.0) connection chosen; null if none.
    QWidget *openRelink();
    // Opens the Configure dialog for the connection chosen; null if none.
    QWidget *openConfigure();

protected:
    void scopeChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openOrganization();
    void onIntegrations(const QList<CrmIntegration> &integrations, bool fromCache);
    void onError(const ApiError &error);
    void onFailed(const QString &what, const ApiError &error);
    void showSelected();
    void askDisconnect();
    QString organizationId() const;
    void updateNotice();
    void updateConnect();

    IntegrationsFeed *m_feed;
    IntegrationActions *m_actions;
    DraftFactory m_drafts;
    ImportFactory m_imports;
    UserPrompts *m_prompts;
    QTabWidget *m_tabs; // made first: its tab bar leads the Tab order, before the connections
    IntegrationTableModel *m_model;
    QLabel *m_notice;
    QLabel *m_limit;
    QPushButton *m_connect;
    QPushButton *m_import;
    QTableView *m_listView;
    QSplitter *m_splitter;
    IntegrationDetailPane *m_details;
    WebhooksPanel *m_webhooks = nullptr;
    QString m_defaultOrganization;
    QString m_pendingSelection; // to select once the list has it
    bool m_mayManage = false;
    bool m_live = false;
    bool m_activated = false;
    bool m_haveLiveData = false;
    bool m_offline = false;
    QString m_error;
};

} // namespace wedsync
