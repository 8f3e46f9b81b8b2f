#pragma once
// Calendar accounts, each an operator's own: every read and write takes the organization and
// the user, so another operator's (or tenant's) account is "not found". Also the sealed
// credentials and the claim of a running sync.

#include "Clock.h"
#include "storage/CalendarRows.h"
#include "storage/Database.h"

#include <optional>

namespace wedsync::server {

class CalendarAccountRepository
{
public:
    CalendarAccountRepository(Database &db, const Clock &clock);

    // A new account (id, version 1 and timestamps set here).
    Result<CalendarAccount> create(CalendarAccount account);
    Result<std::optional<CalendarAccount>> find(const QString &organizationId,
                                                const QString &userId, const QString &id);
    // Any owner: for the sync worker, which has only the id.
    Result<std::optional<CalendarAccount>> findById(const QString &id);
    // `organizationId` empty: in every organization.
    Result<QList<CalendarAccount>> list(const QString &organizationId, const QString &userId);
    // Versioned: errors not_found, version_conflict.
    Result<CalendarAccount> update(const CalendarAccount &account, qint64 expectedVersion);
    Result<bool> remove(const QString &organizationId, const QString &userId, const QString &id);

    Status storeCredentials(const QString &id, const QByteArray &sealed);
    Result<QByteArray> credentials(const QString &id); // empty when none

    // Marks a sync running unless one is (a claim older than `staleSecs` is a crashed run's and
    // is taken over); false when another run holds it.
    Result<bool> claimRun(const QString &id, int staleSecs = 1800);
    // Ends the run: status and message, last and next sync. Not versioned (the sync's own
    // bookkeeping; a person's edit meanwhile keeps its settings).
    Status finishRun(const QString &id, const QString &status, const QString &message);
    // Gives a claim back without touching the status or the sync times (a disconnect that
    // stopped before the account was deleted).
    Status releaseRun(const QString &id);
    // Sets the status (e.g. connected after a Google sign-in) with a new version; the account
    // as stored after, or nullopt when it is gone.
    Result<std::optional<CalendarAccount>> setStatus(const QString &id, const QString &status,
                                                     const QString &message);
    // Accounts whose next sync is due, not running.
    Result<QStringList> due();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
