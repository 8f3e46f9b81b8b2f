#pragma once
// The extra per-section capabilities the dashboard shows (the seed's generateSectionConditions).

#include "Role.h"
#include "WeddingPhase.h"

#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace wedsync {

// Section types that carry their own capability flags; everything else is Other.
enum class SectionKind : quint8 {
    Timeline,
    Budget,
    GuestList,
    VendorManagement,
    Photos,
    Documents,
    Other
};

inline constexpr int SectionKindCount = 7;

SectionKind sectionKindOf(QStringView sectionType);

// Capability flags for `role` on a section of `sectionType`:
//   timeline          canModifyPastEvents (admin), canAddVendorTasks (admin, coordinator)
//   budget            canViewFullBudget (admin, coordinator, couple), canEditBudgetCategories
//   (admin, coordinator) guest_list        canViewGuestDetails (admin, coordinator, couple),
//   canEditGuestInfo (admin, coordinator) vendor_management canContactVendors (admin, coordinator),
//   canRateVendors (admin, coordinator, couple) photos            canUploadPhotos (photographer,
//   admin, coordinator), canDeletePhotos (photographer, admin) documents         canUploadDocuments
//   (admin, coordinator, couple), canViewPrivateDocuments (admin, coordinator) anything else
//   canModify (admin, coordinator)
// With a wedding phase (a wedding is given) also: weddingPhase, isWeddingDay, and
// canMakeWeddingDayChanges (wedding_day and admin, coordinator or photographer).
// As in the seed, these depend on the role only, not on whether the section is visible.
QJsonObject generateSectionConditions(QStringView sectionType, Role role,
                                      std::optional<WeddingPhase> phase);

// The same result from a table built once; copying the returned object costs one reference
// count, so the engine can attach it to a million evaluations without allocating.
const QJsonObject &sectionConditions(SectionKind kind, Role role,
                                     std::optional<WeddingPhase> phase);

} // namespace wedsync
