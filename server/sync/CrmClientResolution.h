#pragma once
// The conflict center's resolution of a CRM client conflict (entity type "crm_client", filed
// by a sync with manual_review), inside the resolver's transaction: `mine` keeps WedSync's
// version and marks it changed in WedSync (a two-way integration sends it at its next sync),
// `theirs` takes the CRM's, `merged` writes the document's `fields` (checked with core's client
// rules), dismiss leaves the client. Each notes the CRM's version as seen, so the next sync
// does not file the same conflict again, and a change of the client has its audit row.

#include "sync/ConflictResolver.h"

#include <variant>

namespace wedsync::server {

class CrmClientResolution
{
public:
    static const QString &entityType(); // "crm_client"

    CrmClientResolution(Database &db, const Clock &clock);

    // The client as a conflict document {id, version, fields}; empty once it is gone.
    static Result<QJsonObject> currentDocument(Database &db, const SyncConflict &conflict);

    struct Applied
    {
        QJsonObject document; // the client as the resolution left it: {id, version, fields}
        qint64 version = 0;
    };
    std::variant<Applied, ConflictResolutionFailure> apply(AuditedTransaction &tx,
                                                           const MutationActor &actor,
                                                           const ConflictResolutionRequest &request,
                                                           const SyncConflict &conflict);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
