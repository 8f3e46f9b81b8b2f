#pragma once
// The sync_conflicts table: offline writes refused as stale, kept with both sides until resolved.

#include "Clock.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace wedsync::server {

struct SyncConflict
{
    QString id;
    QString organizationId;
    QString entityType; // e.g. "section_configuration"
    QString entityId;
    QString label; // what a person calls it, e.g. the section's title
    std::optional<qint64> baseVersion; // the version the offline edit started from
    QJsonObject mine; // the refused request's body
    QJsonObject theirs; // the entity as it is now
    QString createdBy;
    QDateTime createdAt;
    QString status = QStringLiteral("open"); // open | resolved
    std::optional<QDateTime> resolvedAt;
    QString resolvedBy;
};

class SyncConflictRepository
{
public:
    SyncConflictRepository(Database &db, const Clock &clock);

    Result<SyncConflict> insert(SyncConflict conflict);
    Result<std::optional<SyncConflict>> find(const QString &id);
    // Marks an open conflict resolved; false if it was not open (any more).
    Result<bool> resolve(const QString &id, const QString &userId);
    // Open conflicts of these tenants (all when empty), newest first.
    Result<QList<SyncConflict>> open(const QStringList &organizationIds, int limit);
    // Open conflicts per organization.
    Result<QHash<QString, int>> openCounts();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
