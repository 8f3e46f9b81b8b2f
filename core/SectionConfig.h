#pragma once
// One dashboard section's configuration: who sees it, when, where on the grid, and how it looks.
//
// Enumerated fields (roles, phases, size) are kept as the strings that came in, so that an
// invalid value survives long enough for SectionValidator and IntegrityChecker to name it.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wedsync {

struct SectionVisibility
{
    QStringList roles; // role wire names, see Role.h
    QJsonObject conditions; // hasWeddingAccess, minimumRole, customField, timeRestriction
    QStringList weddingPhases; // JSON "weddingPhase"; empty = every phase
    bool hasWeddingPhases = false; // the key was present (an empty list then means "no phase")
    friend bool operator==(const SectionVisibility &, const SectionVisibility &) = default;
};

struct SectionLayout
{
    int position = 0;
    QString size = QStringLiteral("medium"); // small | medium | large | full
    int columns = 12; // 1..12 on the 12-column grid
    QJsonObject responsive;
    friend bool operator==(const SectionLayout &, const SectionLayout &) = default;
};

struct SectionCustomization
{
    QString title;
    QString subtitle;
    QString color;
    QString icon;
    QJsonObject theme;
    friend bool operator==(const SectionCustomization &, const SectionCustomization &) = default;
};

struct SectionPermissions
{
    QStringList canView;
    QStringList canEdit;
    QStringList canHide;
    friend bool operator==(const SectionPermissions &, const SectionPermissions &) = default;
};

struct SectionMetadata
{
    QString createdBy;
    QString updatedBy;
    qint64 version = 1;
    QDateTime lastSynced; // UTC; invalid = never synced
    friend bool operator==(const SectionMetadata &, const SectionMetadata &) = default;
};

struct SectionConfig
{
    QString id; // UUID
    QString organizationId; // UUID
    QString weddingId; // UUID, empty for an organization-wide section
    QString sectionType; // "timeline", "budget", "guest_list", ...
    SectionVisibility visibility;
    SectionLayout layout;
    SectionCustomization customization;
    SectionPermissions permissions;
    SectionMetadata metadata;

    bool isWeddingSpecific() const { return !weddingId.isEmpty(); }
    friend bool operator==(const SectionConfig &, const SectionConfig &) = default;
};

} // namespace wedsync
