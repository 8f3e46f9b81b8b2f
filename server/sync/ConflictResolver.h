#pragma once
// Closes sync conflicts as the conflict center asks: `mine`, `theirs`, a `merged` document, or
// dismissed. One call is one transaction whatever the number of conflicts: each entity change
// goes through the section write path (validation, If-Match on the entity's version, its
// audit row with action "conflict_resolve"), each conflict gets its own audit row
// (entity "sync_conflict", action "conflict_resolve" or "conflict_dismiss") and its status
// change, and everything is published after the commit. One failure and nothing is applied.

#include "Clock.h"
#include "api/AuditedTransaction.h"
#include "storage/SyncConflictRepository.h"

#include <QJsonArray>

#include <variant>

namespace wedsync::server {

class Operator;
class SectionService;

struct ConflictResolutionRequest
{
    QString conflictId;
    QString resolution; // mine | theirs | merged | dismiss
    std::optional<QJsonObject> document; // for merged: the entity's content as it should be
    // The entity's version the resolver looked at; unset: the version of the conflict's
    // "theirs" (what a bulk resolution saw). `theirs` and dismiss check it only when set.
    std::optional<qint64> entityVersion;
};

// Why one conflict could not be closed; nothing was applied.
struct ConflictResolutionFailure
{
    QString conflictId;
    // not_found, forbidden, conflict_closed (409), version_conflict (412),
    // entity_missing (409), unsupported_entity (422), validation_failed (422), or storage.
    Error error;
    QJsonValue current; // the entity as it is now, for version_conflict
};

class ConflictResolver
{
public:
    ConflictResolver(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                     SectionService &sections);

    // Closes every conflict of `requests` or none: the closed conflicts in request order, or
    // the first failure.
    std::variant<QList<SyncConflict>, ConflictResolutionFailure>
    resolve(const Operator &caller, const MutationActor &actor,
            const QList<ConflictResolutionRequest> &requests);

    // Whether `caller` may act on this conflict at all (not_found for another tenant's,
    // forbidden for members who may not); the entity's own rules apply on top when it changes.
    static std::optional<Error> refusal(const Operator &caller, const SyncConflict &conflict,
                                        const QJsonObject &entityNow);

private:
    std::optional<ConflictResolutionFailure>
    resolveOne(AuditedTransaction &tx, const Operator &caller, const MutationActor &actor,
               const ConflictResolutionRequest &request, const SyncConflict &conflict,
               SyncConflict *closed);
    // Closes `conflict` as `result` says: its status, audit row and broadcast.
    std::optional<ConflictResolutionFailure> closeConflict(AuditedTransaction &tx,
                                                           const SyncConflict &conflict,
                                                           const SyncConflict &result,
                                                           SyncConflict *closed);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    SectionService &m_sections;
};

} // namespace wedsync::server
