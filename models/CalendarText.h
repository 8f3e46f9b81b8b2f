#pragma once
// Calendar accounts in words, for the accounts panel, its dialogs and the connect wizard:
// providers (with the short names their browser sign-in and their calendars go by), statuses,
// directions, conflict strategies with what each does, schedules, a sync run's outcome and a
// disconnection's.

#include "CalendarAccountRecords.h"

#include <QCoreApplication>
#include <QString>

namespace wedsync {

class CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::CalendarText)
public:
    static QString providerName(const QString &provider);
    // The short names of a provider that signs in through the browser, for the sentences about
    // it: whose account the person signs in with ("Google", "Microsoft") and whose calendars
    // are read ("Google", "Outlook"). Trademarks, the same in every language; any other
    // provider answers providerName().
    static QString signInName(const QString &provider);
    static QString calendarsName(const QString &provider);
    static QString statusText(const QString &status);
    // The status as the account's provider means it: Google's or Microsoft's "expired" is its
    // sign-in, not a password.
    static QString statusText(const CalendarAccountInfo &account);
    // The status with what to do about it: "Password refused — relink it with the new one."
    static QString statusHelp(const CalendarAccountInfo &account);
    // What a Google or Microsoft sign-in in the browser asks the person to allow
    // (OAuthSignInPanel).
    static QString signInIntro(const QString &providerName);
    // A direction's short name ("Two-way"), and what it does as one sentence.
    static QString directionText(const QString &direction);
    static QString directionHelp(const QString &direction);
    static QString strategyText(const QString &strategy);
    // What a strategy does when an event changed on both sides, as one sentence.
    static QString strategyHelp(const QString &strategy);
    static QString scheduleText(int minutes);
    static QString runStatusText(const QString &status);
    // "12 s", "1 min 4 s"; empty while running.
    static QString durationText(qint64 ms);
    // "Pulled 3, pushed 1, 1 conflict" or the first error.
    static QString runSummary(const CalendarSyncRun &run);
    // What a disconnection that removed the events did: how many WedSync's events were deleted
    // from the calendar and, when some changed there since the last sync, that they stayed.
    // The server's 502 events_not_removed in the reader's language: why (from the cause code:
    // the calendar unreachable, the sign-in refused, another refusal), how many went before it
    // stopped, and that the account is still connected.
    static QString eventsNotRemovedText(const QString &cause, int removedBefore);
    static QString eventsRemovedText(const QString &accountName, int removed, int kept);

    static const QStringList &directions();
    static const QStringList &strategies();
};

} // namespace wedsync
