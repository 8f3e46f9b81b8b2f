#pragma once
// One sync conflict as the console reads it (GET /api/v1/sync/conflicts items, the detail and
// the resolve answers): the entity it is about, both sides with who and when, and the three
// documents, so that the field-by-field merge is computed here by the same core rule the
// server applies. Also the mergeable content of an entity document, shared with the server.

#include "Result.h"
#include "ThreeWayMerge.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

struct ConflictItem
{
    QString id;
    QString organizationId;
    QString source; // offline_edit | concurrent_save | crm_sync | calendar_sync
    QString entityType; // "section_configuration", ...
    QString entityId;
    QString label; // the entity in a person's words ("Budget")
    QString status; // open | resolved | dismissed
    QString resolution; // once resolved: mine | theirs | merged
    QString resolvedBy;
    QDateTime resolvedAt;
    QStringList conflictFields; // dotted paths changed differently on both sides
    int oneSidedChanges = 0; // fields changed on one side only (merged without asking)
    QString mineBy; // user ids
    QDateTime mineAt;
    QString theirsBy;
    QDateTime theirsAt;
    QDateTime createdAt;
    std::optional<QJsonObject> base; // unknown when the audit trail did not have it
    QJsonObject mine;
    QJsonObject theirs;
    // The entity as it is now, when known (the detail, or a 412 answer); the merge then runs
    // against it rather than against `theirs` as it was when the conflict was recorded.
    std::optional<QJsonObject> current;
    // Set by the console: a refused edit of this console's own outbox. localId > 0: only the
    // console knows it (the server never saw the edit); otherwise the server's record of it.
    qint64 localId = 0;
    bool fromThisConsole = false;

    bool isLocal() const { return localId > 0; }
    // The version the resolver's choice is made against (current's, else theirs').
    std::optional<qint64> entityVersion() const;
    // What the merge weighs `mine` against: the entity as it is now (a refused edit meets what
    // the server holds today), except in a sync with an outside system (crm_sync,
    // calendar_sync), where the entity now is WedSync's own side and `theirs` is the outside
    // system's record.
    QJsonObject otherSide() const;
};

// The API's conflict object (camelCase); an error names the fields that could not be read.
Result<ConflictItem> conflictItemFromJson(const QJsonObject &object);

// The mergeable content of an entity document: for sections the groups visibility, layout,
// customization and permissions; for other types the document less id, version, metadata,
// organizationId and timestamps.
QJsonObject conflictContent(const QString &entityType, const QJsonObject &document);

// The conflict's three-way merge (of mine against otherSide()).
MergeResult mergeOf(const ConflictItem &item);

} // namespace wedsync
