#pragma once
// What one role or one member sees of a dashboard in a wedding phase or at a moment: each tile
// editable, read-only or hidden, with the permission engine's reasons. Works on any list of
// sections, so the editor can preview a layout that is not saved yet.

#include "PermissionEngine.h"
#include "SectionConfig.h"
#include "WeddingPhase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace wedsync {

enum class TileAccess : quint8 { Editable, ReadOnly, Hidden };

struct TilePreview
{
    QString sectionId;
    TileAccess access = TileAccess::Hidden;
    // The engine's sentence that decided `access`: why it is hidden (the view rule that
    // refused), why it is read-only (the edit rule that refused) or why it may be edited.
    QString reason;
    EffectivePermission permission; // every reason, for a detailed view
};

struct LayoutPreview
{
    std::optional<WeddingPhase> phase; // the phase the preview was computed in, if a wedding
    QList<TilePreview> tiles; // in the order of the sections given

    const TilePreview *tile(QStringView sectionId) const;
    qsizetype count(TileAccess access) const;
};

// A stand-in person holding only `role` in `organizationId`: no wedding access, no custom
// fields. Previews "what a vendor sees"; pass a real member's profile to preview them.
UserProfile profileForRole(Role role, const QString &organizationId);

// A moment that falls in `phase` for `wedding`, at `localTime` on the venue's clock: 60 days
// before the wedding date (planning), 7 days before (pre-wedding), on the date (wedding day)
// or the day after (post-wedding). The phase is counted in the wedding's own time zone,
// never the machine's.
QDateTime momentInPhase(const WeddingContext &wedding, WeddingPhase phase,
                        QTime localTime = QTime(12, 0));

// Each section of `sections` for `person` at `at` (UTC or any zone). `wedding` null previews
// the organization-wide view, where phase and wedding access do not apply.
LayoutPreview previewLayout(const QList<SectionConfig> &sections, const UserProfile &person,
                            const WeddingContext *wedding, const QDateTime &at);

} // namespace wedsync
