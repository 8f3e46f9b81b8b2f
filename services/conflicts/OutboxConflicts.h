#pragma once
// This console's own refused edits (the outbox's ConflictRecords) in the conflict center's
// terms: as ConflictItems with whole documents on both sides, and matched with the server's
// record of the same refusal, so that one conflict is listed once.

#include "ConflictItem.h"
#include "cache/ConflictRecord.h"

#include <QList>

namespace wedsync {

// The record as a conflict item (id "local:<n>", localId set): `mine` is the edit applied to
// the base it was made on (a PATCH merged field by field), so that only what it changed differs.
ConflictItem conflictItemOf(const ConflictRecord &record);

// Whether `server` is the server's record of the refusal `local` stands for (an offline edit
// of the same entity by the same person).
bool isServerTwin(const ConflictItem &server, const ConflictRecord &local);

// The server's open conflicts and the outbox's together: a server conflict that has a local
// twin is marked fromThisConsole and the twin left out; the outbox's others follow.
QList<ConflictItem> withOutboxConflicts(QList<ConflictItem> server,
                                        const QList<ConflictRecord> &local);

} // namespace wedsync
