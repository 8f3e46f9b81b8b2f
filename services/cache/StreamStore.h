#pragma once
// The append-only streams of a LocalCache ("sync_events", "audit"): newest kept, read newest first.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wedsync {

class LocalCache;
struct CachedDocument;

class StreamStore
{
public:
    explicit StreamStore(LocalCache *cache);

    bool append(const QString &stream, const QList<CachedDocument> &items, int keepNewest);
    QList<QJsonObject> recent(const QString &stream, int limit, const QString &scope) const;
    void forgetCounts() { m_streamRows.clear(); }

private:
    qint64 streamRows(const QString &stream) const; // -1 on error

    LocalCache *m_cache;
    // Rows per stream, counted once per session and kept up to date by append() (one console
    // per profile at a time), so that keeping the newest N does not rescan the stream.
    mutable QHash<QString, qint64> m_streamRows;
};

} // namespace wedsync
