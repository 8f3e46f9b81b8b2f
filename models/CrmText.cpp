#include "CrmText.h"

#include "ClientRecord.h"
#include "CrmCatalog.h"
#include "CrmJobLog.h"
#include "IntegrationRules.h"

#include <QJsonArray>
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

QString CrmText::jobLogText(const CrmJobLogLine &line)
{
    if (line.code.isEmpty())
        return line.message;
    const QString worded = logText(line.code, line.args);
    return worded.isEmpty() ? line.message : worded;
}

namespace {

using namespace crm::joblog;

int count(const QJsonObject &args, QStringView key)
{
    return int(args.value(key).toInteger());
}

QString number(const QJsonObject &args, QStringView key)
{
    return QString::number(args.value(key).toInteger());
}

QString text(const QJsonObject &args, QStringView key)
{
    return args.value(key).toString();
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1);
}

} // namespace

QString CrmText::logText(const QString &code, const QJsonObject &a)
{
    if (code == JobScheduled)
        return tr("Scheduled sync (every %n minute(s)) queued.", nullptr, count(a, u"minutes"));
    if (code == JobRetried)
        return (a.value(u"resumes").toBool()
                    ? tr("Retry %1 of job %2, resuming from its checkpoint.")
                    : tr("Retry %1 of job %2."))
            .arg(number(a, u"attempt"), text(a, u"previousJob"));
    if (code == JobStarted)
        return (text(a, u"direction") == ToCrm ? tr("Started the %1 to %2 (%3).")
                                               : tr("Started the %1 from %2 (%3)."))
            .arg(kindPhrase(text(a, u"kind")), text(a, u"provider"), text(a, u"integration"));
    if (code == JobResumed)
        return tr("Resumed the %1 from %2 (attempt %3): %n contact(s) already imported.", nullptr,
                  count(a, u"processed"))
            .arg(kindPhrase(text(a, u"kind")), placeText(a), number(a, u"attempt"));
    if (code == JobsRead)
        return tr("Read %n job(s) from %1 (%2).", nullptr, count(a, u"jobs"))
            .arg(text(a, u"provider"), tr("%n page(s)", nullptr, count(a, u"pages")));
    if (code == PageImported)
        return pageImportedText(a);
    if (code == PageSent)
        return pageSentText(a);
    if (code == ProviderWait)
        return providerWaitText(a);
    if (code == JobFinished)
        return tr("Finished: %n processed — %1.", nullptr, count(a, u"processed"))
            .arg(QStringList {tr("%n new", nullptr, count(a, u"created")),
                              tr("%n updated", nullptr, count(a, u"updated")),
                              tr("%n skipped", nullptr, count(a, u"skipped"))}
                     .join(u", "_s));
    if (code == CancelRequested)
        return tr("Cancel requested; stopping after the current page.");
    if (code == JobCancelled)
        return a.contains(u"processed")
            ? tr("Cancelled after %n contact(s); nothing after that was imported.", nullptr,
                 count(a, u"processed"))
            : tr("Cancelled.");
    if (code == JobFailed)
        return jobFailedText(a);
    if (code == FileImportStarted) {
        const QString format = text(a, u"format").toUpper();
        return a.contains(u"rows") ? tr("Importing %1 (%2, %n row(s)).", nullptr, count(a, u"rows"))
                                         .arg(text(a, u"file"), format)
                                   : tr("Importing %1 (%2).").arg(text(a, u"file"), format);
    }
    if (code == RowSkipped)
        return tr("Row %1 skipped: %2").arg(number(a, u"row"), skipReasonText(a));
    if (code == ContactSkipped)
        return text(a, u"reason") == NoExternalId
            ? tr("A record without an id was skipped.")
            : tr("Contact %1 skipped: %2").arg(text(a, u"contact"), skipReasonText(a));
    if (code == BothChanged)
        return bothChangedText(a);
    if (code == ClientNotSent)
        return tr("%1 was not sent: %2").arg(text(a, u"client"), text(a, u"error"));
    return {};
}

QString CrmText::kindPhrase(const QString &kind)
{
    if (kind == u"full_import"_s)
        return tr("full import");
    if (kind == u"incremental_sync"_s)
        return tr("incremental sync");
    if (kind == u"field_mapping_update"_s)
        return tr("re-import with the new field mapping");
    if (kind == u"export_to_crm"_s)
        return tr("export");
    return jobKindText(kind);
}

QString CrmText::placeText(const QJsonObject &args)
{
    if (count(args, u"page") > 0)
        return tr("page %1").arg(number(args, u"page"));
    const QString address = text(args, u"address");
    return address.isEmpty() ? tr("the start") : tr("the page at %1").arg(address);
}

QString CrmText::pageText(const QJsonObject &args, bool capital)
{
    const QString page = number(args, u"page");
    const QString pages = number(args, u"pages");
    if (count(args, u"page") > 0 && count(args, u"pages") > 0)
        return (capital ? tr("Page %1 of %2") : tr("page %1 of %2")).arg(page, pages);
    if (count(args, u"page") > 0)
        return (capital ? tr("Page %1") : tr("page %1")).arg(page);
    return capital ? tr("Page") : tr("page");
}

bool CrmText::appendNotes(const QJsonObject &args, QString *text)
{
    for (const QJsonValue &note : args.value(u"notes").toArray()) {
        const QString worded = logText(note[u"code"].toString(), note[u"args"].toObject());
        if (worded.isEmpty())
            return false;
        *text += u' ' + worded;
    }
    return true;
}

QString CrmText::skipReasonText(const QJsonObject &args)
{
    // The console's own sentence for a problem it knows; the server's for one it does not.
    const QString known = ClientRecord::problemText(
        {text(args, u"reason"), text(args, u"field"), text(args, u"value")});
    return known.isEmpty() ? text(args, u"detail") : known;
}

QString CrmText::pageImportedText(const QJsonObject &a)
{
    QStringList counts {tr("%n new", nullptr, count(a, u"created")),
                        tr("%n updated", nullptr, count(a, u"updated")),
                        tr("%n unchanged", nullptr, count(a, u"unchanged"))};
    if (const int kept = count(a, u"kept"); kept > 0)
        counts.append(tr("%n kept WedSync's changes", nullptr, kept));
    if (const int review = count(a, u"review"); review > 0)
        counts.append(tr("%n waiting for review", nullptr, review));
    if (const int skipped = count(a, u"skipped"); skipped > 0)
        counts.append(tr("%n skipped", nullptr, skipped));
    QString out = tr("%1: %n contact(s) — %2.", nullptr, count(a, u"contacts"))
                      .arg(pageText(a, true), counts.join(u", "_s));
    return appendNotes(a, &out) ? out : QString();
}

QString CrmText::pageSentText(const QJsonObject &a)
{
    QStringList counts {tr("%n new", nullptr, count(a, u"created")),
                        tr("%n replaced", nullptr, count(a, u"replaced"))};
    if (const int already = count(a, u"already"); already > 0)
        counts.append(tr("%n already there", nullptr, already));
    if (const int notTaken = count(a, u"notTaken"); notTaken > 0)
        counts.append(tr("%n not taken", nullptr, notTaken));
    QString detail = counts.join(u", "_s);
    QStringList names;
    for (const QJsonValue &client : a.value(u"clients").toArray()) {
        QString name = client[u"name"].toString();
        QStringList fields;
        for (const QJsonValue &field : client[u"fields"].toArray())
            fields.append(field.toString());
        if (!fields.isEmpty())
            name += u" ("_s + fields.join(u", "_s) + u')';
        names.append(client[u"already"].toBool() ? tr("%1 — already there").arg(name) : name);
    }
    if (!names.isEmpty())
        detail += u": "_s + names.join(u"; "_s);
    if (const int more = count(a, u"more"); more > 0)
        detail += u' ' + tr("and %n more", nullptr, more);
    QString out = tr("Sent %n client(s) to %1 — %2.", nullptr, count(a, u"sent"))
                      .arg(text(a, u"provider"), detail);
    return appendNotes(a, &out) ? out : QString();
}

QString CrmText::providerWaitText(const QJsonObject &a)
{
    const int status = count(a, u"status");
    const QString cause = status == 429    ? tr("429 Too Many Requests")
        : a.value(u"rateLimited").toBool() ? tr("%1 (rate limit exceeded)").arg(status)
        : status > 0                       ? QString::number(status)
                     : tr("a network error (%1)").arg(text(a, u"networkError"));
    const QString request = text(a, u"request");
    const QString subject = request == RequestPage ? tr("page %1").arg(number(a, u"page"))
        : request == RequestContact                ? tr("contact %1").arg(text(a, u"id"))
        : request == RequestNewContact             ? tr("a new contact")
        : request == RequestClient                 ? tr("client %1").arg(text(a, u"id"))
        : request == RequestToken                  ? tr("the token request")
                                                   : text(a, u"what");
    const QString retryAfter = text(a, u"retryAfter");
    const QString reason = retryAfter == RetryAfterCapped
        ? tr("Retry-After asked %1 s, capped").arg(seconds(a.value(u"askedMs").toInteger()))
        : retryAfter == RetryAfterHonoured ? tr("as its Retry-After asks")
                                           : tr("backing off");
    return tr("%1 answered %2 to %3; waiting %4 s (%5), attempt %6 of %7.")
        .arg(text(a, u"provider"), cause, subject, seconds(a.value(u"waitMs").toInteger()), reason,
             number(a, u"attempt"), number(a, u"attempts"));
}

QString CrmText::jobFailedText(const QJsonObject &a)
{
    const QString stage = text(a, u"stage");
    const QString error = text(a, u"error");
    if (stage.isEmpty())
        return error; // the provider's or the server's own sentence
    if (stage == StageRead)
        return tr("%1 Stopped before %2 with %n contact(s) imported; a retry resumes there.",
                  nullptr, count(a, u"processed"))
            .arg(error, placeText(a));
    if (stage == StageStore)
        return tr("Could not store %1: %2 Stopped there; a retry resumes there.")
            .arg(pageText(a, false), error);
    if (stage == StageRecord)
        return tr("Could not record what was sent to %1: %2 A retry sends those clients again (a "
                  "replace is safe to repeat).")
            .arg(text(a, u"provider"), error);
    if (stage == StageSend)
        return tr("Could not send %1 to %2: %3 %n client(s) sent before it; a retry sends the "
                  "rest.",
                  nullptr, count(a, u"sent"))
            .arg(text(a, u"client"), text(a, u"provider"), error);
    if (stage == StageFile) {
        const QString summary
            = tr("Failed after %n row(s): %1.", nullptr, count(a, u"processed"))
                  .arg(QStringList {tr("%n new", nullptr, count(a, u"created")),
                                    tr("%n updated", nullptr, count(a, u"updated")),
                                    tr("%n skipped", nullptr, count(a, u"skipped"))}
                           .join(u", "_s));
        return error.isEmpty() ? summary : summary + u' ' + error;
    }
    return {};
}

QString CrmText::bothChangedText(const QJsonObject &a)
{
    const QString contact = text(a, u"contact");
    const QString provider = text(a, u"provider");
    const QString strategy = text(a, u"strategy");
    const QString why = strategy != u"newest_wins"_s ? strategyText(strategy)
        : text(a, u"newer") == u"crm"_s              ? tr("%1's change is newer").arg(provider)
                                                     : tr("WedSync's change is newer");
    const QString outcome = text(a, u"outcome");
    if (outcome == TookCrmVersion)
        return tr("%1 changed in WedSync and in %2 since the last sync: %2's version was taken "
                  "(%3).")
            .arg(contact, provider, why);
    if (outcome == KeptWedsyncVersion)
        return tr("%1 changed in WedSync and in %2 since the last sync: WedSync's version was "
                  "kept (%3).")
                   .arg(contact, provider, why)
            + u' '
            + (a.value(u"sendsBack").toBool()
                   ? tr("It will be sent to %1.").arg(provider)
                   : tr("This connection only imports, so %1 keeps its own version.")
                         .arg(provider));
    if (outcome == FiledForReview)
        return tr("%1 changed in WedSync and in %2 since the last sync: filed for review in the "
                  "conflict center; the client stays as it is until then.")
            .arg(contact, provider);
    if (outcome == AlreadyInReview)
        return tr("%1 changed in WedSync and in %2 since the last sync: already waiting for "
                  "review in the conflict center.")
            .arg(contact, provider);
    return {};
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
