#pragma once
// The states of one supplier compliance requirement and of its review, with their wire names.

#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

// pending → draft → in_progress → submitted → approved | revision_required | rejected;
// inactive (the supplier was deactivated) and legacy (the requirement left the supplier's tier)
// keep a record and its history without being counted.
enum class RequirementStatus : quint8 {
    Pending,
    Draft,
    InProgress,
    Submitted,
    Approved,
    RevisionRequired,
    Rejected,
    Inactive,
    Legacy,
};

// The reviewers' side of a record: none until it is submitted, pending while it waits.
enum class ReviewStatus : quint8 { None, Pending, Approved, RevisionRequired, Rejected };

// "pending", "draft", "in_progress", "submitted", "approved", "revision_required", "rejected",
// "inactive", "legacy".
QString requirementStatusName(RequirementStatus status);
std::optional<RequirementStatus> requirementStatusFromName(QStringView name);
// Every status, in workflow order.
const QList<RequirementStatus> &allRequirementStatuses();

// "none", "pending", "approved", "revision_required", "rejected".
QString reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(QStringView name);

// A reviewer's decision on a submitted record.
constexpr bool isReviewDecision(RequirementStatus status)
{
    return status == RequirementStatus::Approved || status == RequirementStatus::RevisionRequired
        || status == RequirementStatus::Rejected;
}
// Counted in a supplier's figures (not inactive, not legacy).
constexpr bool isCounted(RequirementStatus status)
{
    return status != RequirementStatus::Inactive && status != RequirementStatus::Legacy;
}

} // namespace wedsync
