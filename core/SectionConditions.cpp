// Per-section capability flags, computed from role and wedding phase.
#include "SectionConditions.h"

#include <array>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

bool isOneOf(Role role, std::initializer_list<Role> roles)
{
    for (Role r : roles) {
        if (r == role)
            return true;
    }
    return false;
}

QJsonObject buildConditions(SectionKind kind, Role role, std::optional<WeddingPhase> phase)
{
    using enum Role;
    QJsonObject c;
    switch (kind) {
    case SectionKind::Timeline:
        c.insert(u"canModifyPastEvents"_s, role == Admin);
        c.insert(u"canAddVendorTasks"_s, isOneOf(role, {Admin, Coordinator}));
        break;
    case SectionKind::Budget:
        c.insert(u"canViewFullBudget"_s, isOneOf(role, {Admin, Coordinator, Couple}));
        c.insert(u"canEditBudgetCategories"_s, isOneOf(role, {Admin, Coordinator}));
        break;
    case SectionKind::GuestList:
        c.insert(u"canViewGuestDetails"_s, isOneOf(role, {Admin, Coordinator, Couple}));
        c.insert(u"canEditGuestInfo"_s, isOneOf(role, {Admin, Coordinator}));
        break;
    case SectionKind::VendorManagement:
        c.insert(u"canContactVendors"_s, isOneOf(role, {Admin, Coordinator}));
        c.insert(u"canRateVendors"_s, isOneOf(role, {Admin, Coordinator, Couple}));
        break;
    case SectionKind::Photos:
        c.insert(u"canUploadPhotos"_s, isOneOf(role, {Photographer, Admin, Coordinator}));
        c.insert(u"canDeletePhotos"_s, isOneOf(role, {Photographer, Admin}));
        break;
    case SectionKind::Documents:
        c.insert(u"canUploadDocuments"_s, isOneOf(role, {Admin, Coordinator, Couple}));
        c.insert(u"canViewPrivateDocuments"_s, isOneOf(role, {Admin, Coordinator}));
        break;
    case SectionKind::Other:
        c.insert(u"canModify"_s, isOneOf(role, {Admin, Coordinator}));
        break;
    }
    if (phase) {
        const bool weddingDay = *phase == WeddingPhase::WeddingDay;
        c.insert(u"weddingPhase"_s, weddingPhaseName(*phase));
        c.insert(u"isWeddingDay"_s, weddingDay);
        c.insert(u"canMakeWeddingDayChanges"_s,
                 weddingDay && isOneOf(role, {Admin, Coordinator, Photographer}));
    }
    return c;
}

// Index 0 = no wedding, 1 + phase otherwise.
constexpr int PhaseSlots = WeddingPhaseCount + 1;

struct ConditionTable
{
    std::array<QJsonObject, SectionKindCount * RoleCount * PhaseSlots> entries;

    static size_t indexOf(SectionKind kind, Role role, std::optional<WeddingPhase> phase)
    {
        const int slot = phase ? 1 + static_cast<int>(*phase) : 0;
        return static_cast<size_t>(
            (static_cast<int>(kind) * RoleCount + roleRank(role)) * PhaseSlots + slot);
    }

    ConditionTable()
    {
        for (int k = 0; k < SectionKindCount; ++k) {
            const auto kind = static_cast<SectionKind>(k);
            for (Role role : allRoles()) {
                entries[indexOf(kind, role, std::nullopt)]
                    = buildConditions(kind, role, std::nullopt);
                for (WeddingPhase phase : allWeddingPhases())
                    entries[indexOf(kind, role, phase)] = buildConditions(kind, role, phase);
            }
        }
    }
};

} // namespace

SectionKind sectionKindOf(QStringView sectionType)
{
    if (sectionType == u"timeline")
        return SectionKind::Timeline;
    if (sectionType == u"budget")
        return SectionKind::Budget;
    if (sectionType == u"guest_list")
        return SectionKind::GuestList;
    if (sectionType == u"vendor_management")
        return SectionKind::VendorManagement;
    if (sectionType == u"photos")
        return SectionKind::Photos;
    if (sectionType == u"documents")
        return SectionKind::Documents;
    return SectionKind::Other;
}

QJsonObject generateSectionConditions(QStringView sectionType, Role role,
                                      std::optional<WeddingPhase> phase)
{
    return buildConditions(sectionKindOf(sectionType), role, phase);
}

const QJsonObject &sectionConditions(SectionKind kind, Role role, std::optional<WeddingPhase> phase)
{
    static const ConditionTable table;
    return table.entries[ConditionTable::indexOf(kind, role, phase)];
}

} // namespace wedsync
