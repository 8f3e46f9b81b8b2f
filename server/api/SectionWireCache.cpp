#include "api/SectionWireCache.h"

#include "api/SectionWire.h"

#include <QJsonDocument>

namespace wedsync::server {

SectionWireCache::SectionWireCache(qsizetype maxBytes)
    : m_wire(maxBytes)
{ }

SectionWireCache &SectionWireCache::shared()
{
    static SectionWireCache cache;
    return cache;
}

Result<QJsonArray> SectionWireCache::wire(const QList<StoredSection> &rows)
{
    QJsonArray out;
    for (const StoredSection &row : rows) {
        auto wire = wireOf(row, row.key());
        if (!wire)
            return wire.error();
        out.append(std::move(wire).value());
    }
    return out;
}

Result<QByteArray> SectionWireCache::encoded(const QList<StoredSection> &rows)
{
    QByteArray out("[");
    for (const StoredSection &row : rows) {
        if (out.size() > 1)
            out += ',';
        const QString key = row.key();
        {
            const QMutexLocker lock(&m_mutex);
            if (const Kept *kept = m_wire.object(key); kept && !kept->encoded.isEmpty()) {
                out += kept->encoded;
                continue;
            }
        }
        auto wire = wireOf(row, key);
        if (!wire)
            return wire.error();
        const QByteArray bytes = QJsonDocument(wire.value()).toJson(QJsonDocument::Compact);
        out += bytes;
        const QMutexLocker lock(&m_mutex);
        keep(key, wire.value(), bytes);
    }
    out += ']';
    return out;
}

Result<QJsonObject> SectionWireCache::wireOf(const StoredSection &row, const QString &key)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (const Kept *kept = m_wire.object(key))
            return kept->wire;
    }
    // Decoded outside the lock: another thread may do the same row meanwhile, to the same
    // result.
    auto record = row.decode();
    if (!record)
        return record.error();
    QJsonObject made = json::section(record.value());
    const QMutexLocker lock(&m_mutex);
    if (!m_wire.contains(key))
        keep(key, made, {});
    return made;
}

void SectionWireCache::keep(const QString &key, const QJsonObject &wire, const QByteArray &encoded)
{
    const qsizetype cost = key.size() * qsizetype(sizeof(QChar)) + encoded.size();
    m_wire.insert(key, new Kept {wire, encoded}, std::max<qsizetype>(1, cost));
}

} // namespace wedsync::server
