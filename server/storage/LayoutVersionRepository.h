#pragma once
// Layout versions of a dashboard (an organization's default layout, or one wedding's): numbered
// per dashboard, with author, time, a one-line summary and the sections as they were. Every call
// takes the organization id: another tenant's versions are "not found".
//
// A version stores either the dashboard's sections or only what its write changed; find() gives
// the sections either way, from the newest whole version at or below it and the changes since.

#include "Clock.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace wedsync::server {

struct LayoutVersionRecord
{
    QString id;
    QString organizationId;
    QString weddingId; // empty: the organization's default layout
    qint64 version = 0;
    QString authorId;
    QString authorName; // read from users; empty when the account is gone
    QDateTime occurredAt;
    QString summary;
    QJsonArray snapshot; // empty in lists
};

// What a stored version holds.
enum class LayoutSnapshotKind {
    Full, // the whole dashboard's sections, one JSON array in their list order (stored "full")
    Changes, // {"changed": [sections as they became], "removed": [ids]} since the version before
             // (stored "changes")
};

class LayoutVersionRepository
{
public:
    // One dashboard's versions, newest first; keyset paging by the id of the last row seen.
    struct Filter
    {
        QString organizationId;
        QString weddingId;
        int limit = 50;
        int offset = 0;
        QDateTime beforeAt; // unused: versions are ordered by number
        QString beforeId;
    };

    LayoutVersionRepository(Database &db, const Clock &clock);

    // The dashboard's newest version number, 0 before its first.
    Result<qint64> current(const QString &organizationId, const QString &weddingId);
    // Takes the dashboard's next version number. On PostgreSQL the upsert's row lock holds
    // other writers of the dashboard until this transaction ends, so what is read afterwards
    // includes everything they committed before.
    Result<qint64> next(const QString &organizationId, const QString &weddingId);
    // Stores a version numbered by next() (id and time are chosen here) with its snapshot
    // already encoded as JSON (`record.snapshot` is not read, nor filled).
    Result<LayoutVersionRecord> insert(LayoutVersionRecord record, LayoutSnapshotKind kind,
                                       const QByteArray &snapshotJson);
    // The version with the dashboard's sections as they were (a version of changes is applied
    // to the whole one before it): in list order, by position, then type, then id.
    Result<std::optional<LayoutVersionRecord>> find(const QString &organizationId,
                                                    const QString &weddingId, qint64 version);
    Result<QList<LayoutVersionRecord>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);

private:
    // The sections at `version`, whose own row holds `changes`: the rows from the newest whole
    // version below it onwards, applied in order.
    Result<QJsonArray> sectionsUpTo(const QString &organizationId, const QString &weddingId,
                                    qint64 version, const QJsonObject &changes);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
