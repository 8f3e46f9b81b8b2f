#pragma once
// Supplier compliance in words for the Suppliers screen: statuses, tiers and roles, what a
// supplier still needs for the next tier ("Needs 2 more approvals and 30 points for
// Verified"), due dates and one step of a requirement's history.

#include "ComplianceProgress.h"
#include "ComplianceStatus.h"
#include "SupplierCompliance.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace wedsync {

class ComplianceText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::ComplianceText)
public:
    static QString statusText(RequirementStatus status);
    // "Basic", "Verified", "Premier"; another tier's name as words.
    static QString tierText(const QString &name);
    static QString roleText(const QString &role);
    // What the supplier still needs for the next tier, or that they may advance.
    static QString advancementText(const AdvancementCheck &check);
    // "Due 20/12/2026", "Overdue by 3 days", "Due today"; empty without a date.
    static QString dueText(const QDate &due, const QDate &today);
    // "Submitted → Approved by Erin Evergreen: “Certificate valid until 2027”" (no time).
    static QString stepText(const RecordStep &step, const QString &actorName);
    // "7 of 10 approved · 60 of 120 points"
    static QString figuresText(const ComplianceStats &stats);
};

} // namespace wedsync
