#pragma once
// The section shapes the layout feed reads: the REST form (SectionJson plus version and times)
// and the realtime row of section_configurations (snake_case columns, the groups in "config").

#include "PermissionEngine.h"
#include "SectionConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace wedsync::layoutwire {

inline constexpr char SectionTable[] = "section_configurations";
inline constexpr char SectionEntityType[] = "section_configuration";

// A section as the REST API returns it; nullopt (logged) if it does not decode.
std::optional<SectionConfig> sectionFromApi(const QJsonObject &json);
// Every entry that decodes, in order (a list's "items", or a bare array).
QList<SectionConfig> sectionsFromApi(const QJsonValue &json);
// A section_configurations row as the realtime hub publishes it.
std::optional<SectionConfig> sectionFromRow(const QJsonObject &row);
// What a create sends: the section without id and metadata (the server chooses them).
QJsonObject createBody(const SectionConfig &section);
// An organization's members (GET …/members) as the permission engine sees people: role and
// wedding access; members whose role does not decode are left out (logged).
QList<UserProfile> membersFromApi(const QJsonValue &json, const QString &organizationId);

} // namespace wedsync::layoutwire
