#pragma once
// A supplier's compliance figures and whether they reach the next tier: pure arithmetic the
// server stores with every change and the console shows as a progress bar.

#include "ComplianceStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace wedsync {

// One of a supplier's records as the figures need it.
struct RequirementProgress
{
    RequirementStatus status = RequirementStatus::Pending;
    int points = 0;
};

// Only counted records (not inactive or legacy) take part.
struct ComplianceStats
{
    int total = 0;
    int completed = 0; // approved
    int inProgress = 0; // draft, in_progress, submitted, revision_required
    int pending = 0;
    int rejected = 0;
    int totalPoints = 0;
    int earnedPoints = 0; // points of approved records
    double completionPercent = 0; // completed / total × 100, rounded to one decimal; 0 without any
    friend bool operator==(const ComplianceStats &, const ComplianceStats &) = default;
};

ComplianceStats computeComplianceStats(const QList<RequirementProgress> &records);

// A compliance tier and what it takes to reach it.
struct ComplianceTierRule
{
    QString id;
    QString name; // "basic", "verified", "premier"
    int level = 0; // higher is further
    int requiredCompletionPercent = 0; // 0..100, of the current tier's requirements
    int minimumPoints = 0;
    friend bool operator==(const ComplianceTierRule &, const ComplianceTierRule &) = default;
};

// Whether a supplier may advance from their tier to the next one, and what is still missing.
// The figures are structured; a client words them ("needs 2 more approvals and 30 points").
struct AdvancementCheck
{
    QString currentTierId;
    std::optional<ComplianceTierRule> nextTier; // nothing at the highest tier
    bool eligible = false;
    bool supplierInactive = false;
    double completionPercent = 0;
    int earnedPoints = 0;
    int requiredCompletionPercent = 0;
    int requiredPoints = 0;
    bool completionMet = false;
    bool pointsMet = false;
    int approvalsNeeded = 0; // more approved requirements for the completion percentage
    int pointsNeeded = 0;
    friend bool operator==(const AdvancementCheck &, const AdvancementCheck &) = default;
};

// The next tier is the one with the lowest level above the current tier's. Completion is
// compared exactly (completed × 100 ≥ percent × total), not on the rounded percentage.
AdvancementCheck checkAdvancement(const ComplianceTierRule &current,
                                  const QList<ComplianceTierRule> &tiers,
                                  const ComplianceStats &stats, bool supplierActive = true);

} // namespace wedsync
