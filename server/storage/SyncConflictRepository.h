#pragma once
// The sync_conflicts table: writes that met another change of the same entity (a stale offline
// replay, later the CRM and calendar syncs), kept with base, both sides, who made each and
// when, until someone resolves or dismisses them.

#include "Clock.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace wedsync::server {

namespace ConflictSource {
inline constexpr QLatin1StringView OfflineEdit("offline_edit");
inline constexpr QLatin1StringView ConcurrentSave("concurrent_save");
inline constexpr QLatin1StringView CrmSync("crm_sync");
inline constexpr QLatin1StringView CalendarSync("calendar_sync");
} // namespace ConflictSource

struct SyncConflict
{
    QString id;
    QString organizationId;
    QString source = QStringLiteral("offline_edit"); // ConflictSource
    QString entityType; // e.g. "section_configuration"
    QString entityId;
    QString label; // what a person calls it, e.g. the section's title
    std::optional<qint64> baseVersion; // the version both sides started from
    std::optional<QJsonObject> base; // that version's content; nullopt: unknown
    QJsonObject mine; // the entity as the refused write would have made it
    QString mineBy; // who made it (empty: unknown)
    QDateTime mineAt;
    QJsonObject theirs; // the entity as it was when the conflict was recorded
    QString theirsBy;
    QDateTime theirsAt;
    QString createdBy; // who recorded it (the replaying user)
    QDateTime createdAt;
    QString status = QStringLiteral("open"); // open | resolved | dismissed
    QString resolution; // mine | theirs | merged once resolved; empty otherwise
    std::optional<QDateTime> resolvedAt; // also when dismissed
    QString resolvedBy;
    std::optional<QJsonObject> result; // the entity as the resolution left it
    std::optional<qint64> resultVersion;
};

// The keyset position of a conflict in the newest-first list (see api/KeysetPage.h).
inline QDateTime keysetTime(const SyncConflict &conflict)
{
    return conflict.createdAt;
}

class SyncConflictRepository
{
public:
    SyncConflictRepository(Database &db, const Clock &clock);

    struct Filter
    {
        QString organizationId; // empty: every tenant the caller may read
        QStringList organizationIds; // non-empty: only these tenants
        QString status; // empty: any
        QString source; // empty: any
        QString entityType;
        QString entityId;
        QString search; // case-insensitive part of the label, or the entity id
        QDateTime beforeAt; // keyset position (both or neither)
        QString beforeId;
        int limit = 50;
        int offset = 0;
    };

    Result<SyncConflict> insert(SyncConflict conflict);
    Result<std::optional<SyncConflict>> find(const QString &id);
    // The conflicts of these ids that exist, in no particular order.
    Result<QList<SyncConflict>> findMany(const QStringList &ids);
    // Closes an open conflict: status "resolved" or "dismissed", with the resolution's fields
    // from `closed`; false if it was not open (any more).
    Result<bool> close(const SyncConflict &closed);
    // Newest first.
    Result<QList<SyncConflict>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);
    // Open conflicts per organization.
    Result<QHash<QString, int>> openCounts();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
