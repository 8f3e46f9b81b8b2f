#pragma once
// Appointments as the API changes them: checked by core's AppointmentRules, versioned, each
// write one AuditedTransaction (audit row "appointment") whose row change reaches org:<id> and
// the wedding's wedding:<id> after the commit. A delete leaves a tombstone, announced as an
// UPDATE with deleted_at set (what the table holds), so that calendar sync can follow it.
//
// The wedding day (kind wedding_day) is kept by the server from the wedding's date: it cannot
// be created, deleted or moved through the API; its title, location, notes and attendees can
// be edited.

#include "AppointmentRules.h"
#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"

#include <QJsonObject>

namespace wedsync::server {

class AppointmentRepository;

class AppointmentService
{
public:
    static QString entityType() { return QStringLiteral("appointment"); }
    static QString tableName() { return QStringLiteral("appointments"); }

    AppointmentService(Database &db, const Clock &clock, const ChangeNotifier &notifier);

    Result<std::optional<appointments::Appointment>> find(const QString &organizationId,
                                                          const QString &id);

    // A new appointment from a create body (decoded by core; ids chosen here). Errors:
    // validation_failed (per field, also for another organization's wedding).
    Result<appointments::Appointment>
    create(const MutationActor &actor, const QString &organizationId, const QJsonObject &body);
    // Applies a patch body on the version named by `ifMatch`. Errors: not_found,
    // version_conflict, validation_failed.
    Result<appointments::Appointment> update(const MutationActor &actor,
                                             const QString &organizationId, const QString &id,
                                             const IfMatch &ifMatch, const QJsonObject &patch);
    // Leaves a tombstone; returns it. Errors: not_found, version_conflict, conflict (the
    // wedding day).
    Result<appointments::Appointment> remove(const MutationActor &actor,
                                             const QString &organizationId, const QString &id,
                                             const IfMatch &ifMatch);

private:
    // The stored appointment a write is based on. Errors: not_found, version_conflict (when
    // `ifMatch` names another version).
    Result<appointments::Appointment> basis(AppointmentRepository &repository,
                                            const QString &organizationId, const QString &id,
                                            const IfMatch &ifMatch);
    // Audits `action`, announces the row change, commits.
    Status finish(AuditedTransaction &tx, const QString &action,
                  const std::optional<appointments::Appointment> &before,
                  const appointments::Appointment &after);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
};

// The table's row as postgres_changes carries it (snake_case columns).
QJsonObject appointmentRow(const appointments::Appointment &a);

} // namespace wedsync::server
