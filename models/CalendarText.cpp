#include "CalendarText.h"

#include "CrmText.h"
#include "SyncEventModel.h"

using namespace Qt::StringLiterals;

namespace wedsync {

QString CalendarText::providerName(const QString &provider)
{
    if (provider == u"caldav"_s)
        return tr("CalDAV");
    if (provider == u"google"_s)
        return tr("Google Calendar");
    if (provider == u"microsoft"_s)
        return tr("Microsoft Outlook");
    return provider;
}

QString CalendarText::signInName(const QString &provider)
{
    if (provider == u"google"_s)
        return u"Google"_s;
    if (provider == u"microsoft"_s)
        return u"Microsoft"_s;
    return providerName(provider);
}

QString CalendarText::calendarsName(const QString &provider)
{
    if (provider == u"google"_s)
        return u"Google"_s;
    if (provider == u"microsoft"_s)
        return u"Outlook"_s;
    return providerName(provider);
}

QString CalendarText::statusText(const QString &status)
{
    if (status == u"pending"_s)
        return tr("Not synced yet");
    if (status == u"connected"_s)
        return tr("Connected");
    if (status == u"error"_s)
        return tr("Error");
    if (status == u"expired"_s)
        return tr("Password refused");
    if (status == u"disconnected"_s)
        return tr("Disconnected");
    return status;
}

QString CalendarText::statusText(const CalendarAccountInfo &account)
{
    if (account.signsInWithBrowser() && account.status == u"expired"_s)
        return tr("Sign-in expired");
    if (account.signsInWithBrowser() && account.status == u"pending"_s)
        return tr("Not linked yet");
    return statusText(account.status);
}

QString CalendarText::statusHelp(const CalendarAccountInfo &account)
{
    if (account.signsInWithBrowser() && account.status == u"expired"_s)
        return account.statusMessage.isEmpty()
            ? tr("%1 no longer accepts this account's sign-in. Sign in again: what was synced "
                 "stays linked.")
                  .arg(signInName(account.provider))
            : tr("%1 Sign in again: what was synced stays linked.").arg(account.statusMessage);
    if (account.signsInWithBrowser() && account.status == u"pending"_s)
        return tr("This account is not linked to %1 yet: sign in again to link it.")
            .arg(signInName(account.provider));
    if (account.status == u"expired"_s)
        return tr("The calendar server refused the password. Relink the account with the new "
                  "password; what was synced stays linked.");
    if (account.status == u"error"_s)
        return account.statusMessage.isEmpty()
            ? tr("The last sync failed; its errors are in the sync log.")
            : tr("The last sync failed: %1").arg(account.statusMessage);
    if (account.status == u"pending"_s)
        return tr("This account has not been synced yet.");
    return {};
}

QString CalendarText::signInIntro(const QString &providerName)
{
    return tr("Sign in to %1 in your browser and allow WedSync to read and change your "
              "calendars' events, then come back here: WedSync notices by itself.")
        .arg(providerName);
}

QString CalendarText::directionText(const QString &direction)
{
    if (direction == u"import"_s)
        return tr("Import");
    if (direction == u"export"_s)
        return tr("Export");
    if (direction == u"two_way"_s)
        return tr("Two-way");
    return direction;
}

QString CalendarText::directionHelp(const QString &direction)
{
    if (direction == u"import"_s)
        return tr("Calendar events become appointments; WedSync writes nothing to the calendar.");
    if (direction == u"export"_s)
        return tr("Appointments are written to the calendar; its own events stay out of WedSync.");
    if (direction == u"two_way"_s)
        return tr("Changes on either side are carried over to the other.");
    return {};
}

QString CalendarText::strategyText(const QString &strategy)
{
    if (strategy == u"wedsync_wins"_s)
        return tr("WedSync wins");
    if (strategy == u"calendar_wins"_s)
        return tr("The calendar wins");
    if (strategy == u"ask"_s)
        return tr("Ask me");
    return strategy;
}

QString CalendarText::strategyHelp(const QString &strategy)
{
    if (strategy == u"wedsync_wins"_s)
        return tr("When an event changed on both sides, the appointment in WedSync is kept and "
                  "written over the calendar's event.");
    if (strategy == u"calendar_wins"_s)
        return tr("When an event changed on both sides, the calendar's event is kept and "
                  "written over the appointment in WedSync.");
    if (strategy == u"ask"_s)
        return tr("When an event changed on both sides, nothing is overwritten: the conflict "
                  "waits in the conflict center until you choose.");
    return {};
}

QString CalendarText::scheduleText(int minutes)
{
    return CrmText::scheduleText(minutes); // one wording of a schedule in the console
}

QString CalendarText::runStatusText(const QString &status)
{
    if (status == u"running"_s)
        return tr("Running");
    if (status == u"completed"_s)
        return tr("Completed");
    if (status == u"failed"_s)
        return tr("Failed");
    return status;
}

QString CalendarText::durationText(qint64 ms)
{
    // The same words as the sync dashboard's durations.
    return ms < 0 ? QString() : SyncEventModel::durationText(ms);
}

QString CalendarText::runSummary(const CalendarSyncRun &run)
{
    if (run.status == u"running"_s)
        return tr("Syncing…");
    QString text = tr("Pulled %1, pushed %2, conflicts %3")
                       .arg(run.pulled)
                       .arg(run.pushed)
                       .arg(run.conflicts);
    if (run.errors.size() == 1)
        text = tr("%1. Error: %2").arg(text, run.errors.constFirst());
    else if (run.errors.size() > 1)
        text = tr("%1. Errors: %2 (and %3 more in the sync log)")
                   .arg(text, run.errors.constFirst())
                   .arg(run.errors.size() - 1);
    return text;
}

QString CalendarText::eventsRemovedText(const QString &accountName, int removed, int kept)
{
    QString text
        = tr("%1 is disconnected: %n event(s) WedSync added were removed from the calendar.",
             nullptr, removed)
              .arg(accountName);
    if (kept > 0)
        text += u' '
            + tr("%n event(s) changed in the calendar since the last sync were left there.",
                 nullptr, kept);
    return text;
}

QString CalendarText::eventsNotRemovedText(const QString &cause, int removedBefore)
{
    QString why;
    if (cause.endsWith(u"_unreachable"_s))
        why = tr("The calendar server could not be reached, so the events WedSync added were not "
                 "all removed.");
    else if (cause.endsWith(u"_unauthorized"_s))
        why = tr("The calendar server refused the account's sign-in, so the events WedSync added "
                 "were not all removed.");
    else
        why = tr("The calendar server refused to remove the events WedSync added.");
    return why + u' '
        + tr("%n event(s) had been removed before it stopped. The account is still connected: "
             "try again later, or disconnect it leaving the events.",
             nullptr, removedBefore);
}

const QStringList &CalendarText::directions()
{
    static const QStringList all {u"two_way"_s, u"import"_s, u"export"_s};
    return all;
}

const QStringList &CalendarText::strategies()
{
    static const QStringList all {u"ask"_s, u"wedsync_wins"_s, u"calendar_wins"_s};
    return all;
}

} // namespace wedsync
