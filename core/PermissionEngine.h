#pragma once
// Effective canView / canEdit / canHide of one person on one section, with the reasons why.

#include "Role.h"
#include "SectionConfig.h"
#include "WeddingPhase.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace wedsync {

struct WeddingAccess
{
    QString weddingId;
    QString accessLevel; // "full" grants view on every section of that wedding
    friend bool operator==(const WeddingAccess &, const WeddingAccess &) = default;
};

// The person a permission is computed for, within one organization.
struct UserProfile
{
    QString userId;
    QString organizationId;
    QString displayName;
    std::optional<Role> role; // no membership role: treated as guest, as the seed does
    QList<WeddingAccess> weddingAccess;
    QJsonObject customFields;

    Role effectiveRole() const { return role.value_or(Role::Guest); }
    friend bool operator==(const UserProfile &, const UserProfile &) = default;
};

// The wedding a dashboard is shown for.
struct WeddingContext
{
    QString weddingId;
    QDate date;        // the calendar date of the wedding in `timeZone`
    QTimeZone timeZone; // IANA zone of the venue
    QString status;
    friend bool operator==(const WeddingContext &, const WeddingContext &) = default;
};

enum class PermissionFlag : quint8 { View, Edit, Hide, Conditions };

// One rule that fired while deciding a flag, in the order the engine applied it.
struct PermissionReason
{
    PermissionFlag flag;
    bool allows;  // the flag's value after this rule
    QString rule; // stable id, e.g. "role_visibility", "inherited_visibility", "wedding_phase"
    QString text; // for a planner: "photographer may view timeline: inherited from vendor's visibility"
    friend bool operator==(const PermissionReason &, const PermissionReason &) = default;
};

struct EffectivePermission
{
    bool canView = false;
    bool canEdit = false;
    bool canHide = false;
    QJsonObject conditions; // the seed's generateSectionConditions result
    std::optional<WeddingPhase> phase;
    QList<PermissionReason> explanation;

    QList<PermissionReason> reasonsFor(PermissionFlag flag) const;
};

class PermissionEngine
{
public:
    // `wedding` is null for an organization-wide view (no phase or wedding-access rules apply).
    // `at` is the moment of evaluation (time restrictions, wedding phase).
    EffectivePermission evaluate(const UserProfile &user, const SectionConfig &section,
                                 const WeddingContext *wedding, const QDateTime &at) const;
};

} // namespace wedsync
