#pragma once
// Which status changes a supplier compliance record may take, and who may make them.
//
// A supplier works on a record (pending → draft → in_progress → submitted, and back to work
// after a revision or a rejection); a console operator may take those steps on the supplier's
// behalf. Reviewers (an organization's coordinators and admins) decide a submission: approved,
// revision_required or rejected; an approved record may be sent back for revision (evidence
// that expired). Nobody decides their own submission. Inactive and legacy records are closed.

#include "ComplianceStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace wedsync {

// What the one making a change may do on this record.
struct ComplianceActor
{
    bool mayWork = false; // the supplier's own steps (the supplier, or someone on their behalf)
    bool mayReview = false; // decide a submission
    bool isSubmitter = false; // submitted the record now under review
};

enum class StatusStep : quint8 { Work, Review };

// Why a change is refused: code "invalid_transition" (the workflow has no such step),
// "record_closed" (inactive or legacy), "forbidden" (not this actor's step) or
// "own_submission" (a reviewer deciding what they submitted), with an English sentence.
struct StatusChangeRefusal
{
    QString code;
    QString message;
};

// The kind of step from → to, or nothing when the workflow has no such step.
std::optional<StatusStep> statusStep(RequirementStatus from, RequirementStatus to);
// Every status the workflow allows after `from`, in workflow order.
QList<RequirementStatus> nextStatuses(RequirementStatus from);
// The statuses `actor` may choose after `from` (what a console offers as buttons).
QList<RequirementStatus> nextStatusesFor(RequirementStatus from, const ComplianceActor &actor);
// Nothing when `actor` may move the record from → to.
std::optional<StatusChangeRefusal> checkStatusChange(RequirementStatus from, RequirementStatus to,
                                                     const ComplianceActor &actor);
// The review status after the record moved from → to: pending on a submission, the decision
// after a review, none after a submission was withdrawn, else unchanged.
ReviewStatus reviewStatusAfter(RequirementStatus from, RequirementStatus to, ReviewStatus current);

} // namespace wedsync
