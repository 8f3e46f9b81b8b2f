#include "ComplianceText.h"

#include "WireWords.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

QString ComplianceText::statusText(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Pending:
        return tr("Pending");
    case RequirementStatus::Draft:
        return tr("Draft");
    case RequirementStatus::InProgress:
        return tr("In progress");
    case RequirementStatus::Submitted:
        return tr("Submitted");
    case RequirementStatus::Approved:
        return tr("Approved");
    case RequirementStatus::RevisionRequired:
        return tr("Revision required");
    case RequirementStatus::Rejected:
        return tr("Rejected");
    case RequirementStatus::Inactive:
        return tr("Inactive");
    case RequirementStatus::Legacy:
        return tr("Legacy");
    }
    return {};
}

QString ComplianceText::tierText(const QString &name)
{
    if (name == u"basic"_s)
        return tr("Basic");
    if (name == u"verified"_s)
        return tr("Verified");
    if (name == u"premier"_s)
        return tr("Premier");
    return wireNameAsWords(name);
}

QString ComplianceText::roleText(const QString &role)
{
    if (role == u"vendor"_s)
        return tr("Vendor");
    if (role == u"photographer"_s)
        return tr("Photographer");
    return wireNameAsWords(role);
}

QString ComplianceText::advancementText(const AdvancementCheck &check)
{
    if (check.supplierInactive)
        return tr("Inactive: no tier advancement.");
    if (!check.nextTier)
        return tr("Highest tier reached.");
    const QString next = tierText(check.nextTier->name);
    if (check.eligible)
        return tr("Eligible for %1: an admin can switch the tier.").arg(next);
    const QString approvals = tr("%n more approval(s)", nullptr, check.approvalsNeeded);
    const QString points = tr("%n point(s)", nullptr, check.pointsNeeded);
    if (check.approvalsNeeded > 0 && check.pointsNeeded > 0)
        return tr("Needs %1 and %2 for %3.").arg(approvals, points, next);
    if (check.approvalsNeeded > 0)
        return tr("Needs %1 for %2.").arg(approvals, next);
    return tr("Needs %n more point(s) for %1.", nullptr, check.pointsNeeded).arg(next);
}

QString ComplianceText::dueText(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return {};
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("Due today");
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, int(-days));
    return tr("Due %1").arg(QLocale().toString(due, QLocale::ShortFormat));
}

QString ComplianceText::stepText(const RecordStep &step, const QString &actorName)
{
    QString text = step.from ? tr("%1 → %2").arg(statusText(*step.from), statusText(step.to))
                             : statusText(step.to);
    if (!actorName.isEmpty())
        text = tr("%1 by %2").arg(text, actorName);
    if (!step.note.isEmpty())
        text = tr("%1: “%2”").arg(text, step.note);
    return text;
}

QString ComplianceText::figuresText(const ComplianceStats &stats)
{
    return tr("%1 of %2 approved · %3 of %4 points")
        .arg(stats.completed)
        .arg(stats.total)
        .arg(stats.earnedPoints)
        .arg(stats.totalPoints);
}

} // namespace wedsync
