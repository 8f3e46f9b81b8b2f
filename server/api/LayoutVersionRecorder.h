#pragma once
// Layout versions as section writes make them: each transaction that changes a dashboard's
// sections (an organization's default layout, or one wedding's) stores, before it commits, the
// dashboard's next version with a one-line summary and its sections: all of them every 32nd
// version (from the first), else only the ones this write changed. So every change to a
// dashboard's sections must go through here (AuditedTransaction's touches): a version of changes
// is read as the ones before it with these applied.
// AuditedTransaction calls it, so every section write (create, PATCH, PUT, delete, reorder,
// the permission matrix, a restore) records one without its route knowing.

#include "Clock.h"
#include "storage/LayoutVersionRepository.h"

#include <QJsonObject>

#include <optional>

namespace wedsync::server {

// One section changed by a write, as the API shows it before and after (null: created/deleted).
struct LayoutTouch
{
    QString organizationId;
    QString weddingId; // empty: the organization's default layout
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
};

// The touch of a section write from its audit sides (the wedding is read from either side).
LayoutTouch layoutTouch(const QString &organizationId, const std::optional<QJsonObject> &before,
                        const std::optional<QJsonObject> &after);

// "Moved Timeline and Budget; changed title of Budget": what the touches did, in words, in the
// order they came; titles as the sections were named before the change.
QString layoutSummary(const QList<LayoutTouch> &touches);

// What a transaction's layout versions say beyond its section changes.
struct LayoutVersionNote
{
    QString summary; // instead of layoutSummary() (a restore)
    // The dashboard's version the write was based on: another one in between is a
    // version_conflict (a restore's If-Match, checked under the dashboard's lock).
    std::optional<qint64> basedOn;
};

// Stores one new version per dashboard the touches changed, in the caller's transaction; a
// whole version's sections are read after the dashboard's version number is taken (and locked).
Result<QList<LayoutVersionRecord>> recordLayoutVersions(Database &db, const Clock &clock,
                                                        const QString &authorId,
                                                        const QList<LayoutTouch> &touches,
                                                        const LayoutVersionNote &note = {});

} // namespace wedsync::server
