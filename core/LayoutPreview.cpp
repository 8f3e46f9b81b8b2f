// Tile-by-tile access for one person, from PermissionEngine's verdict and reasons.
#include "LayoutPreview.h"

#include <algorithm>

namespace wedsync {

namespace {

// The rule that settled `flag`: for a refusal the last one that refused (a phase or a
// condition after a grant), for a grant the first one that granted.
QString decidingReason(const EffectivePermission &permission, PermissionFlag flag, bool allows)
{
    const QList<PermissionReason> reasons = permission.reasonsFor(flag);
    const auto settles = [allows](const PermissionReason &r) {
        return r.allows == allows;
    };
    if (allows) {
        const auto it = std::find_if(reasons.cbegin(), reasons.cend(), settles);
        if (it != reasons.cend())
            return it->text;
    } else {
        const auto it = std::find_if(reasons.crbegin(), reasons.crend(), settles);
        if (it != reasons.crend())
            return it->text;
    }
    return reasons.isEmpty() ? QString() : reasons.last().text;
}

TilePreview previewTile(const SectionConfig &section, EffectivePermission permission)
{
    TilePreview tile;
    tile.sectionId = section.id;
    if (!permission.canView) {
        tile.access = TileAccess::Hidden;
        tile.reason = decidingReason(permission, PermissionFlag::View, false);
    } else if (!permission.canEdit) {
        tile.access = TileAccess::ReadOnly;
        tile.reason = decidingReason(permission, PermissionFlag::Edit, false);
    } else {
        tile.access = TileAccess::Editable;
        tile.reason = decidingReason(permission, PermissionFlag::Edit, true);
    }
    tile.permission = std::move(permission);
    return tile;
}

} // namespace

const TilePreview *LayoutPreview::tile(QStringView sectionId) const
{
    for (const TilePreview &t : tiles) {
        if (t.sectionId == sectionId)
            return &t;
    }
    return nullptr;
}

qsizetype LayoutPreview::count(TileAccess access) const
{
    return std::count_if(tiles.cbegin(), tiles.cend(),
                         [access](const TilePreview &t) { return t.access == access; });
}

UserProfile profileForRole(Role role, const QString &organizationId)
{
    UserProfile profile;
    profile.organizationId = organizationId;
    profile.role = role;
    profile.displayName = roleDisplayName(role);
    return profile;
}

QDateTime momentInPhase(const WeddingContext &wedding, WeddingPhase phase, QTime localTime)
{
    int days = 0;
    switch (phase) {
    case WeddingPhase::Planning:
        days = -60;
        break;
    case WeddingPhase::PreWedding:
        days = -7;
        break;
    case WeddingPhase::WeddingDay:
        days = 0;
        break;
    case WeddingPhase::PostWedding:
        days = 1;
        break;
    }
    // Same fallback as weddingPhaseAt: a context without a valid zone counts in UTC.
    const QTimeZone zone = wedding.timeZone.isValid() ? wedding.timeZone : QTimeZone::utc();
    return QDateTime(wedding.date.addDays(days), localTime.isValid() ? localTime : QTime(12, 0),
                     zone)
        .toUTC();
}

LayoutPreview previewLayout(const QList<SectionConfig> &sections, const UserProfile &person,
                            const WeddingContext *wedding, const QDateTime &at)
{
    const EvaluationScope scope(wedding, at);
    const PermissionSubject subject(person, scope);
    const PermissionEngine engine;
    LayoutPreview preview;
    preview.phase = scope.phase();
    preview.tiles.reserve(sections.size());
    for (const SectionConfig &section : sections)
        preview.tiles.append(
            previewTile(section, engine.evaluate(subject, CompiledSection(section))));
    return preview;
}

} // namespace wedsync
