#pragma once
// Restoring a layout version: the dashboard's sections become those of the version's snapshot
// (deleted ones come back with their ids, extra ones go, changed ones are written back), in one
// audited transaction that records a new layout version "Restored version N" and publishes the
// row changes after its commit, like any save.

#include "Clock.h"
#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"

namespace wedsync::server {

class Operator;

struct LayoutRestoreRequest
{
    QString organizationId;
    QString weddingId; // empty: the organization's default layout
    qint64 version = 0; // the version to restore
    IfMatch ifMatch; // the dashboard's current layout version, as the client knows it
};

class LayoutRestore
{
public:
    LayoutRestore(Database &db, const Clock &clock, const ChangeNotifier &notifier);

    // The dashboard's newest version afterwards (unchanged when the snapshot equals the
    // dashboard already). Errors: not_found (no such version), version_conflict (`*current`
    // gets the dashboard's version now), forbidden (the caller may not write a section the
    // restore changes; api/SectionWriteRules), validation_failed, storage errors.
    Result<qint64> restore(const MutationActor &actor, const Operator &caller,
                           const LayoutRestoreRequest &request, qint64 *current);

private:
    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
};

} // namespace wedsync::server
