#include "ComplianceWorkflow.h"

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

using S = RequirementStatus;

bool isWorkStatus(S status)
{
    return status == S::Draft || status == S::InProgress || status == S::Submitted;
}

} // namespace

std::optional<StatusStep> statusStep(RequirementStatus from, RequirementStatus to)
{
    if (from == to || !isCounted(from) || !isCounted(to))
        return std::nullopt;
    switch (from) {
    case S::Pending:
    case S::Draft:
    case S::InProgress:
    case S::RevisionRequired:
        // Any step of the supplier's own work, forwards or back (a draft started over).
        if (isWorkStatus(to))
            return StatusStep::Work;
        return std::nullopt;
    case S::Submitted:
        if (isReviewDecision(to))
            return StatusStep::Review;
        if (to == S::InProgress) // withdrawn to change it
            return StatusStep::Work;
        return std::nullopt;
    case S::Approved:
        // Evidence that no longer holds (an expired certificate) goes back to the supplier.
        if (to == S::RevisionRequired)
            return StatusStep::Review;
        return std::nullopt;
    case S::Rejected:
        if (to == S::Draft) // starting again with other evidence
            return StatusStep::Work;
        return std::nullopt;
    case S::Inactive:
    case S::Legacy:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<RequirementStatus> nextStatuses(RequirementStatus from)
{
    QList<RequirementStatus> out;
    for (RequirementStatus to : allRequirementStatuses()) {
        if (statusStep(from, to))
            out << to;
    }
    return out;
}

QList<RequirementStatus> nextStatusesFor(RequirementStatus from, const ComplianceActor &actor)
{
    QList<RequirementStatus> out;
    for (RequirementStatus to : nextStatuses(from)) {
        if (!checkStatusChange(from, to, actor))
            out << to;
    }
    return out;
}

std::optional<StatusChangeRefusal> checkStatusChange(RequirementStatus from, RequirementStatus to,
                                                     const ComplianceActor &actor)
{
    if (!isCounted(from)) {
        return StatusChangeRefusal {
            u"record_closed"_s,
            u"The requirement is %1 and can no longer change; it is kept for its history."_s.arg(
                requirementStatusName(from))};
    }
    const auto step = statusStep(from, to);
    if (!step) {
        QStringList allowed;
        for (RequirementStatus next : nextStatuses(from))
            allowed << requirementStatusName(next);
        return StatusChangeRefusal {u"invalid_transition"_s,
                                    u"A %1 requirement cannot become %2; it can become: %3."_s.arg(
                                        requirementStatusName(from), requirementStatusName(to),
                                        allowed.isEmpty() ? u"nothing"_s : allowed.join(u", "_s))};
    }
    if (*step == StatusStep::Work && !actor.mayWork) {
        return StatusChangeRefusal {
            u"forbidden"_s,
            u"Only the supplier, or a coordinator or admin on their behalf, works on a "
            "requirement."_s};
    }
    if (*step == StatusStep::Review) {
        if (!actor.mayReview) {
            return StatusChangeRefusal {
                u"forbidden"_s,
                u"Submissions are reviewed by the organization's coordinators and admins."_s};
        }
        if (actor.isSubmitter) {
            return StatusChangeRefusal {
                u"own_submission"_s,
                u"You submitted this requirement, so another coordinator or admin must review "
                "it."_s};
        }
    }
    return std::nullopt;
}

ReviewStatus reviewStatusAfter(RequirementStatus from, RequirementStatus to, ReviewStatus current)
{
    switch (to) {
    case S::Submitted:
        return ReviewStatus::Pending;
    case S::Approved:
        return ReviewStatus::Approved;
    case S::RevisionRequired:
        return ReviewStatus::RevisionRequired;
    case S::Rejected:
        return ReviewStatus::Rejected;
    default:
        break;
    }
    if (from == S::Submitted) // withdrawn before anyone decided
        return ReviewStatus::None;
    return current;
}

} // namespace wedsync
