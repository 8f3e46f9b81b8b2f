#pragma once
// The CRM hub in words for the Integrations screen and the connection wizard: what each
// provider really allows (honest: no OAuth button for a CRM without an API), statuses and
// health, job kinds and results, a job's log lines, schedules, directions, conflict strategies
// and the tier's limit.

#include "CrmRecords.h"

#include <QCoreApplication>
#include <QString>

namespace wedsync {

class CrmText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::CrmText)
public:
    // "Táve / VSCO Workspace"; the server's name for a provider this console does not know.
    static QString providerName(const CrmProviderInfo &provider);
    static QString providerName(const QString &providerId, const QString &fallback = {});
    // One sentence: how this provider connects and what it cannot do.
    static QString capabilityText(const CrmProviderInfo &provider);
    static QString authTypeText(const QString &authType);
    // What the browser sign-in of a connection asks the person to do (OAuthSignInPanel).
    static QString signInIntro(const QString &providerName);
    static QString statusText(const QString &status);
    static QString healthText(CrmHealth health);
    static QString jobKindText(const QString &kind);
    // "Running: 1,200 of 10,000 clients", "Completed: 118 created, 2 updated, 3 skipped".
    static QString jobStatusText(const CrmSyncJob &job);
    static QString jobResultText(const CrmSyncJob &job);
    static QString logLevelText(const QString &level);
    // A job's log line in the reader's language, worded from its code and arguments
    // (core/CrmJobLog); the server's message for a line without a code (written before codes
    // were) or with one this console cannot word (a newer server's).
    static QString jobLogText(const CrmJobLogLine &line);
    // "Every 15 minutes", "Every 2 hours", "Manual only".
    static QString scheduleText(const std::optional<int> &minutes);
    static QString directionText(const QString &direction);
    static QString strategyText(const QString &strategy);
    // What a strategy does when a client changed on both sides, for the wizard.
    static QString strategyHelp(const QString &strategy);
    static QString tierText(const QString &tier);
    // "2 of 3 CRM connections used on the Professional tier"; "Unlimited on Enterprise".
    static QString limitText(const CrmIntegrationLimit &limit);
    // Why "Connect a CRM" is off: "The Free tier includes no CRM connections. Upgrade to
    // Starter to connect one."
    static QString limitReachedText(const CrmIntegrationLimit &limit);

private:
    // The log line or note of `code`; empty when it cannot be worded.
    static QString logText(const QString &code, const QJsonObject &args);
    static QString kindPhrase(const QString &kind);
    // "page 4", "the page at /clients?page=2", "the start".
    static QString placeText(const QJsonObject &args);
    // "Page 3 of 12", "Page 3"; lower case inside a sentence.
    static QString pageText(const QJsonObject &args, bool capital);
    // The line's notes, each after a space; false when one cannot be worded.
    static bool appendNotes(const QJsonObject &args, QString *text);
    static QString skipReasonText(const QJsonObject &args);
    static QString pageImportedText(const QJsonObject &args);
    static QString pageSentText(const QJsonObject &args);
    static QString providerWaitText(const QJsonObject &args);
    static QString jobFailedText(const QJsonObject &args);
    static QString bothChangedText(const QJsonObject &args);
};

} // namespace wedsync
