#pragma once
// The CRM hub as the console reads it from the server: the provider catalog's entries, an
// organization's integrations with their tier limit, sync jobs and their log lines — decoded
// from the REST answers and the `crm_*` broadcasts — and the health an integration shows in
// its badge, decided here so the list, the detail and the tests agree.

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

struct CrmProviderInfo
{
    QString id; // "tave", "honeybook", ... "custom"
    QString displayName;
    QString connect; // "api" | "inbound" | "file" | "custom"
    QStringList authTypes; // "none" | "api_key" | "basic" | "oauth2"
    QStringList features; // "import" | "export" | "inbound_leads" | "file_import"
    QStringList fileFormats; // "csv" | "vcard"
    QString capability; // the server's honest sentence, in English
    int rateRequests = 0; // 0: no documented limit
    int ratePerSeconds = 0;

    bool connectsByApi() const { return connect == u"api" || connect == u"inbound"; }
    bool importsFiles() const { return !fileFormats.isEmpty(); }
};

struct CrmIntegration
{
    QString id;
    QString organizationId;
    QString provider;
    QString name;
    QString authType;
    QString status; // pending | connected | error | disconnected | expired
    bool paused = false;
    std::optional<int> scheduleMinutes; // none: manual
    QString direction; // import_only | export_only | bidirectional
    QString conflictStrategy; // wedsync_wins | crm_wins | newest_wins | manual_review
    QString baseUrl;
    bool hasCredentials = false;
    QString lastSyncStatus; // a job status, empty: never synced
    bool lastSyncPartial = false; // completed with rows skipped
    QDateTime lastSyncAt;
    QString lastSyncJobId;
    QDateTime nextSyncAt;
    QString runningJobId;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// How many integrations the organization's tier allows and uses.
struct CrmIntegrationLimit
{
    QString tier; // free | starter | professional | scale | enterprise
    std::optional<int> allowed; // none: unlimited
    int used = 0;

    bool reached() const { return allowed && used >= *allowed; }
};

struct CrmSyncJob
{
    QString id;
    QString integrationId;
    QString kind; // full_import | incremental_sync | export_to_crm | field_mapping_update |
                  // file_import
    QString status; // pending | running | completed | failed | cancelled
    bool partial = false;
    int processed = 0;
    std::optional<int> total;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    QString error;
    int attempt = 1;
    QString requestedBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isActive() const { return status == u"pending" || status == u"running"; }
    // 0–100 once the total is known.
    std::optional<int> percent() const;
};

struct CrmJobLogLine
{
    QString id;
    QString jobId;
    QDateTime at;
    QString level; // info | warning | error
    QString message; // the server's English sentence
    QString code; // core/CrmJobLog; empty on a line written before codes were
    QJsonObject args; // the code's arguments
};

// The badge of an integration, like the dashboard's tenants.
enum class CrmHealth {
    NotConnected, // pending: the wizard's test has not passed yet
    Healthy, // connected, the last sync completed
    Syncing, // a job is pending or running
    Warning, // the last sync was partial, or a scheduled sync is late
    Failing, // error or expired, or the last sync failed
    Paused, // paused or disconnected
};

// `now` decides lateness: a scheduled sync more than one schedule period overdue is late.
CrmHealth crmHealth(const CrmIntegration &integration, const QDateTime &now);

Result<CrmProviderInfo> crmProviderFromJson(const QJsonObject &object);
Result<CrmIntegration> crmIntegrationFromJson(const QJsonObject &object);
Result<CrmIntegrationLimit> crmIntegrationLimitFromJson(const QJsonObject &object);
Result<CrmSyncJob> crmSyncJobFromJson(const QJsonObject &object);
// From the log route's items and the `crm_job_log` broadcast (which also names the job).
Result<CrmJobLogLine> crmJobLogLineFromJson(const QJsonObject &object);

// The body of a create or an edit (the credentials are added by the caller, never kept).
struct CrmIntegrationDraft
{
    QString provider;
    QString name;
    QString authType;
    std::optional<int> scheduleMinutes;
    QString direction = QStringLiteral("import_only");
    QString conflictStrategy = QStringLiteral("newest_wins");
    QString baseUrl;
};
QJsonObject crmIntegrationDraftToJson(const CrmIntegrationDraft &draft);

} // namespace wedsync
