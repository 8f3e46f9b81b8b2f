// Names and grading rules of sync health; see SyncHealth.h for what each rule means.
#include "SyncHealth.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::SyncHealth", text);
}

SyncSeverity raised(SyncSeverity severity)
{
    return severity == SyncSeverity::Critical
        ? severity
        : static_cast<SyncSeverity>(static_cast<int>(severity) + 1);
}

} // namespace

QString syncStatusName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Success:
        return u"success"_s;
    case SyncStatus::Partial:
        return u"partial"_s;
    case SyncStatus::Failed:
        return u"failed"_s;
    case SyncStatus::Pending:
        return u"pending"_s;
    }
    return u"pending"_s;
}

std::optional<SyncStatus> syncStatusFromName(QStringView name)
{
    for (SyncStatus status :
         {SyncStatus::Success, SyncStatus::Partial, SyncStatus::Failed, SyncStatus::Pending}) {
        if (name == syncStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString syncStatusDisplayName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Success:
        return tr("Success");
    case SyncStatus::Partial:
        return tr("Partial");
    case SyncStatus::Failed:
        return tr("Failed");
    case SyncStatus::Pending:
        return tr("Pending");
    }
    return {};
}

QString syncFreshnessName(SyncFreshness freshness)
{
    switch (freshness) {
    case SyncFreshness::OnTime:
        return u"on_time"_s;
    case SyncFreshness::Delayed:
        return u"delayed"_s;
    case SyncFreshness::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

QString syncFreshnessDisplayName(SyncFreshness freshness)
{
    switch (freshness) {
    case SyncFreshness::OnTime:
        return tr("On time");
    case SyncFreshness::Delayed:
        return tr("Delayed");
    case SyncFreshness::Error:
        return tr("Error");
    }
    return {};
}

QString syncSeverityName(SyncSeverity severity)
{
    switch (severity) {
    case SyncSeverity::Normal:
        return u"normal"_s;
    case SyncSeverity::Elevated:
        return u"elevated"_s;
    case SyncSeverity::High:
        return u"high"_s;
    case SyncSeverity::Critical:
        return u"critical"_s;
    }
    return u"normal"_s;
}

std::optional<SyncSeverity> syncSeverityFromName(QStringView name)
{
    for (SyncSeverity severity : {SyncSeverity::Normal, SyncSeverity::Elevated, SyncSeverity::High,
                                  SyncSeverity::Critical}) {
        if (name == syncSeverityName(severity))
            return severity;
    }
    return std::nullopt;
}

QString syncSeverityDisplayName(SyncSeverity severity)
{
    switch (severity) {
    case SyncSeverity::Normal:
        return tr("Normal");
    case SyncSeverity::Elevated:
        return tr("Elevated");
    case SyncSeverity::High:
        return tr("High");
    case SyncSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

SyncStatusCounts SyncHealthReport::counts() const
{
    SyncStatusCounts counts;
    for (const TenantSyncHealth &tenant : tenants) {
        switch (tenant.status) {
        case SyncStatus::Success:
            ++counts.success;
            break;
        case SyncStatus::Partial:
            ++counts.partial;
            break;
        case SyncStatus::Failed:
            ++counts.failed;
            break;
        case SyncStatus::Pending:
            ++counts.pending;
            break;
        }
    }
    return counts;
}

double SyncHealthReport::healthPercent() const
{
    return overallHealthPercent(counts());
}

SyncStatus deriveTenantSyncStatus(const TenantSyncFacts &facts, qint64 graceSecs)
{
    if (facts.lastPropagation == SyncStatus::Failed)
        return SyncStatus::Failed;
    const bool lagging = facts.staleClients > 0;
    const bool lagBeyondGrace = lagging && facts.staleForSecs.value_or(0) > graceSecs;
    if (facts.conflicts > 0 || lagBeyondGrace || facts.lastPropagation == SyncStatus::Partial)
        return SyncStatus::Partial;
    if (lagging || facts.lastPropagation == SyncStatus::Pending)
        return SyncStatus::Pending;
    return SyncStatus::Success;
}

double overallHealthPercent(const SyncStatusCounts &counts)
{
    const int total = counts.total();
    if (total == 0)
        return 100.0;
    return (counts.success + counts.partial / 2.0) * 100.0 / total;
}

SyncFreshness syncFreshness(const TenantSyncHealth &tenant, const QDateTime &now,
                            qint64 delayedAfterSecs)
{
    if (tenant.status == SyncStatus::Failed)
        return SyncFreshness::Error;
    if (tenant.status == SyncStatus::Success)
        return SyncFreshness::OnTime;
    if (!tenant.lastSuccessAt || tenant.lastSuccessAt->secsTo(now) > delayedAfterSecs)
        return SyncFreshness::Delayed;
    return SyncFreshness::OnTime;
}

SyncSeverity syncSeverity(SyncStatus status, std::optional<qint64> daysUntilNextWedding)
{
    SyncSeverity severity = SyncSeverity::Normal;
    switch (status) {
    case SyncStatus::Success:
        return SyncSeverity::Normal;
    case SyncStatus::Pending:
        severity = SyncSeverity::Normal;
        break;
    case SyncStatus::Partial:
        severity = SyncSeverity::Elevated;
        break;
    case SyncStatus::Failed:
        severity = SyncSeverity::High;
        break;
    }
    if (!daysUntilNextWedding || *daysUntilNextWedding < 0)
        return severity;
    if (*daysUntilNextWedding <= 1)
        return SyncSeverity::Critical;
    if (*daysUntilNextWedding <= 7)
        return raised(severity);
    return severity;
}

} // namespace wedsync
