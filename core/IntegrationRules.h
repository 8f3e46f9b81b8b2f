#pragma once
// What an integration may be: the checks of a draft (provider, name, auth type the provider
// allows, schedule, direction, conflict strategy, base URL, credentials) with one error per
// field, the field mappings' targets and transforms, and the tiers' integration limits with
// the sentence a planner sees when their tier has none left.

#include "CrmCatalog.h"
#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace wedsync::crm {

constexpr int MinScheduleMinutes = 15;
constexpr int MaxScheduleMinutes = 1440;
constexpr int MaxNameLength = 100;
constexpr int MaxBaseUrlLength = 2000;
constexpr int MaxMappings = 200;

const QStringList &integrationStatuses(); // pending, connected, error, disconnected, expired
const QStringList &directions(); // import_only, export_only, bidirectional
const QStringList &conflictStrategies(); // wedsync_wins, crm_wins, newest_wins, manual_review
const QStringList &jobKinds(); // full_import ... file_import
const QStringList &jobStatuses(); // pending, running, completed, failed, cancelled
const QStringList &
syncKinds(); // what POST sync starts: full_import, incremental_sync, export_to_crm

struct IntegrationDraft
{
    QString provider;
    QString name;
    QString authType;
    std::optional<int> scheduleMinutes; // nothing: manual
    QString direction;
    QString conflictStrategy;
    QString baseUrl;
};

// Every problem of the draft, each naming its field (provider, name, authType,
// scheduleMinutes, direction, conflictStrategy, baseUrl); empty when it may be stored.
QList<FieldError> validateDraft(const IntegrationDraft &draft);

// The directions a provider's connection can carry (a file only imports, Light Blue only
// receives leads).
QStringList allowedDirections(const ProviderInfo &provider);

// An address the server can call: http or https, with a host (a custom endpoint's base URL,
// OAuth's sign-in and token addresses).
bool isWebUrl(const QString &text);

// Whether a connection's schedule runs by itself: a CRM with an API (Táve) or a custom REST
// endpoint (`baseUrl` set) is pulled on schedule; Light Blue only receives what is sent and a
// file connection imports the files it is given, so their schedules are never due.
bool runsOnSchedule(const QString &provider, const QString &baseUrl);

// Credentials of `authType`: api_key {apiKey}, basic {username, password}, oauth2 either
// {authorizationUrl, tokenUrl, clientId, clientSecret?, scope?} (linked by the server's
// oauth/start and oauth/finish, which add the tokens) or {accessToken, refreshToken?,
// expiresAt?, tokenUrl?, clientId?, clientSecret?, scope?}; none takes none. The two URLs are
// http(s) addresses. Errors name "credentials.<key>".
QList<FieldError> validateCredentials(const QString &authType, const QJsonObject &credentials);

// One row of a field mapping (the target is a standard client field or custom.<key>).
struct MappingRule
{
    QString source;
    QString target;
    QString transform = QStringLiteral("none");
    QString argument;
};

// Errors name "items[<i>].source|target|transform|argument"; a target mapped twice is an error.
QList<FieldError> validateMappings(const QList<MappingRule> &mappings);

// Integrations a subscription tier includes: nothing = unlimited (enterprise); 0 for a tier
// the product does not know.
std::optional<int> integrationLimit(const QString &tier);
bool tierAllowsAnother(const QString &tier, int used);
// The tiers from the smallest: free, starter, professional, scale, enterprise.
const QStringList &tiers();
// The first larger tier that includes more connections than `tier`; empty when none does.
QString upgradeTier(const QString &tier);
// "Free", "Starter", ... (translated in context "wedsync::crm"); an unknown id as it is.
QString tierDisplayName(const QString &tier);
// "Lakeside Events is on the Free tier, which includes no CRM integrations. Upgrade to Starter
// for 1."
QString tierLimitMessage(const QString &organizationName, const QString &tier);

} // namespace wedsync::crm
