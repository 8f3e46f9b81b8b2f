#pragma once
// The wire form of stored sections (json::section), kept per stored row. A row's wire form
// depends on nothing but the row (StoredSection::key() holds every column), so a kept one is
// right for as long as it is kept, on any instance. A write's layout snapshot and the next list
// of the dashboard then decode and encode only the rows that changed, not the whole dashboard:
// that re-reading was a third of a PATCH's cost.
//
// Bounded by the bytes of the keys it holds (least recently used go first); guarded by a mutex,
// so that request threads may share one.

#include "storage/SectionRepository.h"

#include <QCache>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace wedsync::server {

class SectionWireCache
{
public:
    explicit SectionWireCache(qsizetype maxBytes = DefaultMaxBytes);

    // The one the server's section writes and lists share.
    static SectionWireCache &shared();

    // The rows' wire forms, in their order; an error if a row does not decode.
    Result<QJsonArray> wire(const QList<StoredSection> &rows);
    // The same as one compact JSON array, each row's encoding kept with its wire form: a
    // layout snapshot encodes only the rows that changed (encoding the whole dashboard was a
    // fifth of a PATCH on SQLite).
    Result<QByteArray> encoded(const QList<StoredSection> &rows);

    static constexpr qsizetype DefaultMaxBytes = 16 * 1024 * 1024;

private:
    struct Kept
    {
        QJsonObject wire;
        QByteArray encoded; // empty until a snapshot asks for it
    };

    // The row's wire form, kept or made (and kept); under no lock.
    Result<QJsonObject> wireOf(const StoredSection &row, const QString &key);
    void keep(const QString &key, const QJsonObject &wire, const QByteArray &encoded);

    QMutex m_mutex;
    // Cost: the key's bytes (about the wire form's size in memory) and the encoding's.
    QCache<QString, Kept> m_wire;
};

} // namespace wedsync::server
