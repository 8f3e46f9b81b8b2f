#pragma once
// One CRM connection on the Integrations screen: what it is and what its provider allows, its
// health and last sync, its schedule, direction and conflict rule, the actions on it (test,
// sync now, pause, disconnect), its jobs with live progress (cancel, retry, older ones) and the
// log of the job chosen. Widgets only: the page does the work.

#include "CrmRecords.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace wedsync {

class JobLogModel;
class SyncJobTableModel;

class IntegrationDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationDetailPane(QWidget *parent = nullptr);

    // `mayManage`: admins (every action); `mayRetry`: support too (retry a failed job).
    void setRights(bool mayManage, bool mayRetry, const QString &readOnlyText);
    void showIntegration(const CrmIntegration &integration,
                         const std::optional<CrmProviderInfo> &provider);
    void clear(const QString &message);
    QString integrationId() const { return m_integration.id; }
    const CrmIntegration &integration() const { return m_integration; }

    void setJobs(const QList<CrmSyncJob> &jobs, bool hasMore);
    void updateJob(const CrmSyncJob &job);
    void setLog(const QList<CrmJobLogLine> &lines);
    const CrmSyncJob *selectedJob() const;
    // Selects a job (its log shows); false when it is not listed.
    bool selectJob(const QString &jobId);
    void setBusy(bool busy);
    void retranslate();

    QTableView *jobView() const { return m_jobView; }
    QCheckBox *allJobsBox() const { return m_allJobs; }
    QTableView *logView() const { return m_logView; }
    SyncJobTableModel *jobModel() const { return m_jobModel; }
    JobLogModel *logModel() const { return m_logModel; }

Q_SIGNALS:
    void testRequested();
    void syncRequested();
    void pauseRequested(bool paused);
    void disconnectRequested();
    // Change name, schedule, direction or conflict rule.
    void configureRequested();
    // OAuth 2.0: sign in again (a revoked or expired access), keeping mappings and clients.
    void relinkRequested();
    // Write WedSync's changes to the CRM now (export_to_crm).
    void exportRequested();
    void cancelJobRequested(const wedsync::CrmSyncJob &job);
    void retryJobRequested(const wedsync::CrmSyncJob &job);
    void moreJobsRequested();
    void jobChosen(const QString &jobId);
    // The jobs list shows every connection's jobs (true) or the chosen one's.
    void allJobsToggled(bool all);

private:
    void updateSummary();
    void updateButtons();

    CrmIntegration m_integration;
    std::optional<CrmProviderInfo> m_provider;
    bool m_mayManage = false;
    bool m_mayRetry = false;
    bool m_busy = false;
    bool m_hasMoreJobs = false;
    QString m_readOnlyText;
    QString m_message;
    QLabel *m_title;
    QLabel *m_capability;
    QLabel *m_status;
    QLabel *m_settings;
    QLabel *m_readOnly;
    QPushButton *m_test;
    QPushButton *m_sync;
    QPushButton *m_pause;
    QPushButton *m_disconnect;
    QPushButton *m_relink;
    QPushButton *m_configure;
    QPushButton *m_export;
    QLabel *m_jobsLabel;
    QCheckBox *m_allJobs;
    SyncJobTableModel *m_jobModel;
    QTableView *m_jobView;
    QPushButton *m_cancelJob;
    QPushButton *m_retryJob;
    QPushButton *m_olderJobs;
    QLabel *m_jobError; // why the job chosen failed
    QLabel *m_logLabel;
    JobLogModel *m_logModel;
    QTableView *m_logView;
};

} // namespace wedsync
