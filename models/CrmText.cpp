#include "CrmText.h"

#include "CrmCatalog.h"
#include "IntegrationRules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

QString CrmText::providerName(const QString &providerId, const QString &fallback)
{
    // Proper names: the same in every language.
    static const QHash<QString, QString> names {
        {u"tave"_s, u"Táve / VSCO Workspace"_s},
        {u"lightblue"_s, u"Light Blue"_s},
        {u"honeybook"_s, u"HoneyBook"_s},
        {u"seventeen"_s, u"17hats"_s},
        {u"shootq"_s, u"ShootQ"_s},
        {u"pixieset"_s, u"Pixieset Studio Manager"_s},
        {u"iris_works"_s, u"Iris Works"_s},
        {u"dubsado"_s, u"Dubsado"_s},
        {u"studio_ninja"_s, u"Studio Ninja"_s},
    };
    if (providerId == u"custom"_s)
        return tr("Another CRM (custom)");
    return names.value(providerId, fallback.isEmpty() ? providerId : fallback);
}

QString CrmText::providerName(const CrmProviderInfo &provider)
{
    return providerName(provider.id, provider.displayName);
}

QString CrmText::capabilityText(const CrmProviderInfo &provider)
{
    // Core's catalog says what each CRM really allows, translated; the server's copy (in
    // English) is for a provider this console does not know yet.
    const crm::ProviderInfo *known = crm::findProvider(provider.id);
    return known ? crm::capabilityText(*known) : provider.capability;
}

QString CrmText::signInIntro(const QString &providerName)
{
    return tr("Sign in to %1 in your browser and allow WedSync to read your clients, then come "
              "back here: WedSync notices by itself.")
        .arg(providerName);
}

QString CrmText::authTypeText(const QString &authType)
{
    if (authType == u"api_key"_s)
        return tr("API key");
    if (authType == u"basic"_s)
        return tr("User name and password");
    if (authType == u"oauth2"_s)
        return tr("Sign in with the provider (OAuth 2.0)");
    if (authType == u"none"_s)
        return tr("File import (no sign-in)");
    return authType;
}

QString CrmText::statusText(const QString &status)
{
    if (status == u"pending"_s)
        return tr("Not tested yet");
    if (status == u"connected"_s)
        return tr("Connected");
    if (status == u"error"_s)
        return tr("Error");
    if (status == u"disconnected"_s)
        return tr("Disconnected");
    if (status == u"expired"_s)
        return tr("Access expired");
    return status;
}

QString CrmText::healthText(CrmHealth health)
{
    switch (health) {
    case CrmHealth::NotConnected:
        return tr("Not connected");
    case CrmHealth::Healthy:
        return tr("Healthy");
    case CrmHealth::Syncing:
        return tr("Syncing");
    case CrmHealth::Warning:
        return tr("Needs attention");
    case CrmHealth::Failing:
        return tr("Failing");
    case CrmHealth::Paused:
        return tr("Paused");
    }
    return {};
}

QString CrmText::jobKindText(const QString &kind)
{
    if (kind == u"full_import"_s)
        return tr("Full import");
    if (kind == u"incremental_sync"_s)
        return tr("Sync of changes");
    if (kind == u"export_to_crm"_s)
        return tr("Export to the CRM");
    if (kind == u"field_mapping_update"_s)
        return tr("Field mapping update");
    if (kind == u"file_import"_s)
        return tr("File import");
    return kind;
}

QString CrmText::jobStatusText(const CrmSyncJob &job)
{
    const QLocale locale;
    if (job.status == u"pending"_s)
        return tr("Waiting to start");
    if (job.status == u"running"_s) {
        if (job.total)
            return tr("Running: %1 of %2 clients")
                .arg(locale.toString(job.processed), locale.toString(*job.total));
        return tr("Running: %n client(s) so far", nullptr, job.processed);
    }
    if (job.status == u"completed"_s)
        return job.partial ? tr("Completed with skipped rows") : tr("Completed");
    if (job.status == u"failed"_s)
        return tr("Failed");
    if (job.status == u"cancelled"_s)
        return tr("Cancelled");
    return job.status;
}

QString CrmText::jobResultText(const CrmSyncJob &job)
{
    if (job.status == u"pending"_s)
        return {};
    const QString counts
        = tr("%1 created, %2 updated, %3 skipped")
              .arg(QLocale().toString(job.created), QLocale().toString(job.updated),
                   QLocale().toString(job.skipped));
    return counts; // the error has its own line under the jobs
}

QString CrmText::logLevelText(const QString &level)
{
    if (level == u"warning"_s)
        return tr("Warning");
    if (level == u"error"_s)
        return tr("Error");
    return tr("Info");
}

QString CrmText::scheduleText(const std::optional<int> &minutes)
{
    if (!minutes)
        return tr("Manual only");
    if (*minutes % 60 == 0)
        return tr("Every %n hour(s)", nullptr, *minutes / 60);
    return tr("Every %n minute(s)", nullptr, *minutes);
}

QString CrmText::directionText(const QString &direction)
{
    if (direction == u"import_only"_s)
        return tr("Import from the CRM");
    if (direction == u"export_only"_s)
        return tr("Export to the CRM");
    if (direction == u"bidirectional"_s)
        return tr("Both ways");
    return direction;
}

QString CrmText::strategyText(const QString &strategy)
{
    if (strategy == u"wedsync_wins"_s)
        return tr("WedSync wins");
    if (strategy == u"crm_wins"_s)
        return tr("The CRM wins");
    if (strategy == u"newest_wins"_s)
        return tr("The newest change wins");
    if (strategy == u"manual_review"_s)
        return tr("Ask me (conflict center)");
    return strategy;
}

QString CrmText::strategyHelp(const QString &strategy)
{
    if (strategy == u"wedsync_wins"_s)
        return tr("When a client changed on both sides, WedSync's version is kept and "
                  "written back to the CRM.");
    if (strategy == u"crm_wins"_s)
        return tr("When a client changed on both sides, the CRM's version replaces WedSync's.");
    if (strategy == u"newest_wins"_s)
        return tr("When a client changed on both sides, the side changed last is kept.");
    if (strategy == u"manual_review"_s)
        return tr("When a client changed on both sides, both versions wait in the conflict "
                  "center until someone chooses.");
    return {};
}

QString CrmText::tierText(const QString &tier)
{
    return crm::tierDisplayName(tier);
}

QString CrmText::limitText(const CrmIntegrationLimit &limit)
{
    if (limit.tier.isEmpty())
        return {};
    if (!limit.allowed)
        return tr("Unlimited CRM connections on the %1 tier").arg(tierText(limit.tier));
    return tr("%1 of %n CRM connection(s) used on the %2 tier", nullptr, *limit.allowed)
        .arg(limit.used)
        .arg(tierText(limit.tier));
}

QString CrmText::limitReachedText(const CrmIntegrationLimit &limit)
{
    QString upgrade;
    if (const QString next = crm::upgradeTier(limit.tier); !next.isEmpty()) {
        const std::optional<int> allowed = crm::integrationLimit(next);
        upgrade = allowed
            ? tr("Upgrade to %1 for %n connection(s).", nullptr, *allowed).arg(tierText(next))
            : tr("Upgrade to %1 for unlimited connections.").arg(tierText(next));
    }
    const QString reached = limit.allowed && *limit.allowed == 0
        ? tr("The %1 tier includes no CRM connections.").arg(tierText(limit.tier))
        : tr("The %1 tier includes %n CRM connection(s), all in use.", nullptr,
             limit.allowed.value_or(0))
              .arg(tierText(limit.tier));
    return upgrade.isEmpty() ? reached : reached + u' ' + upgrade;
}

} // namespace wedsync
