#pragma once
// Appointments of an organization, versioned, deleted as tombstones. Every call takes the
// organization id: another tenant's appointment is "not found". Also keeps each wedding's
// wedding-day appointment (kind wedding_day, all day on the wedding's date in its zone).

#include "AppointmentRules.h"
#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

class AppointmentRepository
{
public:
    // A page of GET .../appointments (newest start first, see KeysetPage).
    struct Filter
    {
        QString organizationId;
        QString weddingId; // empty: any
        QDateTime from; // overlapping [from, to): ends after `from`...
        QDateTime to; // ...and starts before `to`
        QDateTime changedSince; // updated at or after (an incremental read)
        bool includeDeleted = false; // tombstones too (with changedSince: what sync needs)
        int limit = 100;
        int offset = 0;
        QDateTime beforeAt; // keyset position: starts_at
        QString beforeId;
    };

    AppointmentRepository(Database &db, const Clock &clock);

    // Stores a new appointment (version 1, timestamps from the clock); `a` must be normalized
    // and valid. The wedding (if any) must be the organization's (a foreign key says so).
    Result<appointments::Appointment> create(appointments::Appointment a);
    // A tombstone is found only with `includeDeleted`.
    Result<std::optional<appointments::Appointment>>
    find(const QString &organizationId, const QString &id, bool includeDeleted = false);
    // Writes only if the stored version is `expectedVersion` and it is not deleted, then bumps
    // it. Errors: not_found, version_conflict.
    Result<appointments::Appointment> update(const appointments::Appointment &a,
                                             qint64 expectedVersion);
    // Turns it into a tombstone (deleted_at, version + 1). Errors: not_found, version_conflict.
    Result<appointments::Appointment> markDeleted(const QString &organizationId, const QString &id,
                                                  qint64 expectedVersion, const QString &userId);

    Result<qint64> count(const Filter &filter);
    Result<QList<appointments::Appointment>> query(const Filter &filter);

    // The wedding day of `wedding`, created if missing (a stable id per wedding, so that
    // servers starting together cannot make two); nothing when it exists.
    Status ensureWeddingDay(const Wedding &wedding);
    // The same for every wedding that has none (weddings stored before migration 13).
    Result<int> ensureWeddingDays();

    // The wedding day's id of a wedding.
    static QString weddingDayId(const QString &weddingId);

private:
    Status explainMiss(const QString &organizationId, const QString &id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server

namespace wedsync::appointments {
// An appointment's place in the newest-first list: its start (found by argument-dependent
// lookup from KeysetPage).
inline QDateTime keysetTime(const Appointment &a)
{
    return a.startsAt;
}
} // namespace wedsync::appointments
