#pragma once
// The encoded answers of GET /organizations/{org}/sections, one per dashboard (the organization's
// own, one wedding's, or all of them), each with the organization's configuration version it
// was read at. Every transaction that changes a section bumps that version in its own commit
// (api/AuditedTransaction, through the configuration observer), and the route reads the version
// before anything else: a kept answer is served only while the version is still the one it was
// read at, on this instance or after a write through any other sharing the database. Encoding
// the list was most of the route's cost (the rows decoded into sections, then into JSON).
//
// Bounded by the bytes it holds (least recently used go first); guarded by a mutex, so that
// request threads may share one.

#include "storage/SectionRepository.h"

#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QString>

#include <optional>

namespace wedsync::server {

class SectionListCache
{
public:
    struct Answer
    {
        QByteArray body;
        QByteArray layoutVersion; // the X-Layout-Version header; empty for every dashboard
    };

    explicit SectionListCache(qsizetype maxBytes = DefaultMaxBytes);

    // The key of the sections of `organizationId` that `scope` lists.
    static QString keyOf(const QString &organizationId, const SectionScope &scope);

    // The answer kept for `key` if it was read at `configVersion`.
    std::optional<Answer> find(const QString &key, qint64 configVersion) const;
    // Keeps `answer`, read at `configVersion` (read before the rows), for `key`.
    void store(const QString &key, qint64 configVersion, const Answer &answer);

    static constexpr qsizetype DefaultMaxBytes = 32 * 1024 * 1024;

private:
    struct Entry
    {
        qint64 configVersion = 0;
        Answer answer;
    };

    mutable QMutex m_mutex;
    QCache<QString, Entry> m_entries; // cost: the body's bytes
};

} // namespace wedsync::server
