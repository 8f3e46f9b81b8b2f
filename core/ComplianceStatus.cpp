#include "ComplianceStatus.h"

#include <QList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const std::array<std::pair<RequirementStatus, QLatin1StringView>, 9> StatusNames {{
    {RequirementStatus::Pending, "pending"_L1},
    {RequirementStatus::Draft, "draft"_L1},
    {RequirementStatus::InProgress, "in_progress"_L1},
    {RequirementStatus::Submitted, "submitted"_L1},
    {RequirementStatus::Approved, "approved"_L1},
    {RequirementStatus::RevisionRequired, "revision_required"_L1},
    {RequirementStatus::Rejected, "rejected"_L1},
    {RequirementStatus::Inactive, "inactive"_L1},
    {RequirementStatus::Legacy, "legacy"_L1},
}};

const std::array<std::pair<ReviewStatus, QLatin1StringView>, 5> ReviewNames {{
    {ReviewStatus::None, "none"_L1},
    {ReviewStatus::Pending, "pending"_L1},
    {ReviewStatus::Approved, "approved"_L1},
    {ReviewStatus::RevisionRequired, "revision_required"_L1},
    {ReviewStatus::Rejected, "rejected"_L1},
}};

template<typename Enum, std::size_t N>
QString nameIn(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, QLatin1StringView>, N> &names,
                            QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString requirementStatusName(RequirementStatus status)
{
    return nameIn(StatusNames, status);
}

std::optional<RequirementStatus> requirementStatusFromName(QStringView name)
{
    return valueIn(StatusNames, name);
}

const QList<RequirementStatus> &allRequirementStatuses()
{
    static const QList<RequirementStatus> all = [] {
        QList<RequirementStatus> out;
        for (const auto &entry : StatusNames)
            out << entry.first;
        return out;
    }();
    return all;
}

QString reviewStatusName(ReviewStatus status)
{
    return nameIn(ReviewNames, status);
}

std::optional<ReviewStatus> reviewStatusFromName(QStringView name)
{
    return valueIn(ReviewNames, name);
}

} // namespace wedsync
