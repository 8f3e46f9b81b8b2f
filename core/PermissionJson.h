#pragma once
// JSON wire forms of the permission engine's inputs and outputs, shared by console and server.
//
// UserProfile:   {userId, organizationId, displayName, role (wire name or null = guest),
//                 weddingAccess: [{weddingId, accessLevel}], customFields: {...}}
// WeddingContext: {weddingId, date: "YYYY-MM-DD", timeZone: IANA id, status}
// EffectivePermission: {canView, canEdit, canHide, conditions: {...}, phase (name or null),
//                 explanation: [{flag: "view|edit|hide|conditions", allows, rule, text}]}
//
// Decoders report every problem at once, one FieldError per field with a dotted path such
// as "weddingAccess[1].weddingId"; malformed bytes fail with code "malformed_json".

#include "PermissionEngine.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

inline constexpr auto InvalidUserProfileCode = "invalid_user_profile";
inline constexpr auto InvalidWeddingCode = "invalid_wedding";
inline constexpr auto InvalidPermissionCode = "invalid_permission";

QString permissionFlagName(PermissionFlag flag);
std::optional<PermissionFlag> permissionFlagFromName(QStringView name);

QJsonObject userProfileToJson(const UserProfile &user);
Result<UserProfile> userProfileFromJson(const QJsonObject &json);
Result<UserProfile> userProfileFromJson(const QByteArray &bytes);

// An unknown or missing time zone is an error: the phase depends on the venue's calendar.
QJsonObject weddingContextToJson(const WeddingContext &wedding);
Result<WeddingContext> weddingContextFromJson(const QJsonObject &json);
Result<WeddingContext> weddingContextFromJson(const QByteArray &bytes);

QJsonObject permissionReasonToJson(const PermissionReason &reason);
QJsonObject effectivePermissionToJson(const EffectivePermission &permission);
Result<EffectivePermission> effectivePermissionFromJson(const QJsonObject &json);
Result<EffectivePermission> effectivePermissionFromJson(const QByteArray &bytes);

} // namespace wedsync
