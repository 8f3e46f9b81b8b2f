#pragma once
// A supplier's client changed in WedSync (the console's edit): the organization's admins and
// coordinators send the fields that change, checked with core's ClientRecord rules, under
// If-Match on the client's version. One AuditedTransaction with its audit row (entity
// "crm_client"); `crm_client` goes out on tenant:<org>:admins after the commit. The change is
// stamped changed_by_wedsync_at / wedsync_changed_by: the next sync sees it as WedSync's side.

#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"
#include "storage/IntegrationRows.h"

namespace wedsync::server {

class Database;

class CrmClientService
{
public:
    CrmClientService(Database &db, const Clock &clock, const ChangeNotifier &notifier);

    // `changes`: field id → new text, or null / "" to clear it; the other fields stay.
    // Errors: not_found, version_conflict, validation_failed (fields.<id>).
    Result<CrmClientRow> update(const MutationActor &actor, const QString &organizationId,
                                const QString &id, const IfMatch &ifMatch,
                                const QJsonObject &changes);

    Result<std::optional<CrmClientRow>> find(const QString &organizationId, const QString &id);

private:
    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
};

} // namespace wedsync::server
