#pragma once
// What saving an edited dashboard sends, worked out from the layout as the server has it
// (`base`) and as the planner left it (`edited`), matched by section id. Only what changed is
// sent, in an order the server accepts at every step (positions stay distinct on a dashboard):
//   1. deletes (sections in base only),
//   2. one PATCH per existing section whose non-placement fields changed (size included),
//   3. one reorder call with every existing section whose position or columns changed, each
//      with the version it will have after step 2 (base version + 1 when it was patched),
//   4. creates (sections in edited only: the server chooses their ids), with their position.

#include "SectionConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync {

struct PlannedPatch
{
    QString id;
    qint64 version = 0; // If-Match
    QStringList fields; // SectionFields names that changed
    QJsonObject body; // sectionPatchFor(edited, fields)
};

struct PlannedMove
{
    QString id;
    int position = 0;
    int columns = 12;
    qint64 version = 0; // the version after the patches of this plan
};

struct PlannedDelete
{
    QString id;
    qint64 version = 0;
};

struct PlannedCreate
{
    QString localId; // the id the editor used until the server chose one
    QJsonObject body; // sectionToJson without id and metadata
};

struct LayoutSavePlan
{
    QList<PlannedDelete> deletes;
    QList<PlannedPatch> patches;
    QList<PlannedMove> moves; // one reorder call; empty: none
    QList<PlannedCreate> creates;

    bool isEmpty() const;
    // Sections the plan touches (deleted, patched, moved or created).
    qsizetype sectionCount() const;
};

LayoutSavePlan planLayoutSave(const QList<SectionConfig> &base, const QList<SectionConfig> &edited);

} // namespace wedsync
