#pragma once
// A three-way merge of JSON documents field by field (dotted paths such as
// "customization.title"): what the conflict center shows and what a resolution applies.
//
// Per field: unchanged, changed on one side only (that side is taken), changed on both to the
// same value, or a true conflict (changed on both to different values, removed on one side and
// changed on the other, or a change of type against the other side's change). Objects recurse;
// arrays are leaves compared by content, and the arrays named by `unorderedArray` (role lists:
// visibility.roles, permissions.canView/canEdit/canHide) compare as sets, as the permission
// rules read them. Without a base (unknown), every field where the sides differ is a conflict.

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>
#include <utility>

namespace wedsync {

enum class MergeFieldKind {
    Unchanged, // the same on all three
    Mine, // changed on my side only: mine is taken
    Theirs, // changed on their side only: theirs is taken
    Both, // changed on both sides to the same value
    Conflict, // changed on both sides differently: someone has to choose
};
// "unchanged", "mine", "theirs", "both", "conflict"
QString mergeFieldKindName(MergeFieldKind kind);

struct MergeField
{
    QString path; // dotted, e.g. "layout.columns"
    MergeFieldKind kind = MergeFieldKind::Unchanged;
    // QJsonValue::Undefined where the field is absent on that side.
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
};

struct MergeOptions
{
    // Arrays at these paths compare as sets (order and repeats do not matter). Unset: the
    // section's role lists (sectionRoleListPath).
    std::function<bool(QStringView path)> unorderedArray;
};

struct MergeResult
{
    // Every field taken from the side that changed it; a conflicting field keeps its base value
    // (absent when the base had none) until a choice replaces it.
    QJsonObject merged;
    // Every leaf field of the three documents, in document order (base's, then new keys).
    QList<MergeField> fields;

    bool hasConflicts() const;
    QStringList conflictPaths() const;
};

// Whether `path` names one of a section's role lists (compared as sets).
bool sectionRoleListPath(QStringView path);

// Without `base` (unknown), a field present on both sides with different values is a conflict
// and a field on one side only is taken from that side.
MergeResult threeWayMerge(const std::optional<QJsonObject> &base, const QJsonObject &mine,
                          const QJsonObject &theirs, const MergeOptions &options = {});

// A resolver's choice for one field.
struct FieldChoice
{
    enum class Side { Mine, Theirs, Custom };
    Side side = Side::Mine;
    QJsonValue value; // for Custom; Undefined removes the field
};

// The final document: `result.merged` with each chosen field set from its choice. Every
// conflicting field needs a choice; a choice may also override a non-conflicting field.
// Errors (code "validation_failed", one FieldError per path): a conflict without a choice, a
// choice for a path that is not a field of the merge.
Result<QJsonObject> applyMergeChoices(const MergeResult &result,
                                      const QHash<QString, FieldChoice> &choices);

// Every conflict resolved with one side (the other fields merged as usual).
QJsonObject mergeTakingSide(const MergeResult &result, FieldChoice::Side side);

// Sets the field at the dotted `path`, creating the objects on the way (an absent or null one);
// an array on the way is entered by index. Undefined removes the field (and creates nothing).
// Returns false, leaving `document` as it was, when the path cannot be written: an empty
// segment, a text or number where an object should be, an index past an array's end.
// (The one path writer: merge choices, configuration deltas, overlays and CRM write-back.)
bool setJsonPath(QJsonObject *document, QStringView path, const QJsonValue &value);
// The field at the dotted `path`; Undefined when absent.
QJsonValue jsonAtPath(const QJsonObject &document, QStringView path);

// Every leaf field of `document` in document order, with its dotted path: objects recurse
// (an empty object is a leaf), arrays and scalars are leaves, as the merge reads fields.
QList<std::pair<QString, QJsonValue>> jsonLeaves(const QJsonObject &document);
// The document those leaves make (the inverse of jsonLeaves), each object built once: cheaper
// than one setJsonPath per leaf, which copies the objects on its way down.
QJsonObject jsonFromLeaves(const QList<std::pair<QString, QJsonValue>> &leaves);

// Deep equality with the set rule of `options` for arrays.
bool sameJson(const QJsonValue &a, const QJsonValue &b, QStringView path = {},
              const MergeOptions &options = {});

} // namespace wedsync
