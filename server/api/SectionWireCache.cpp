#include "api/SectionWireCache.h"

#include "api/SectionWire.h"

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
        const QString key = row.key();
        {
            const QMutexLocker lock(&m_mutex);
            if (const QJsonObject *kept = m_wire.object(key)) {
                out.append(*kept);
                continue;
            }
        }
        // Decoded outside the lock: another thread may do the same row meanwhile, to the same
        // result.
        auto record = row.decode();
        if (!record)
            return record.error();
        QJsonObject made = json::section(record.value());
        out.append(made);
        const QMutexLocker lock(&m_mutex);
        m_wire.insert(key, new QJsonObject(std::move(made)),
                      std::max<qsizetype>(1, key.size() * qsizetype(sizeof(QChar))));
    }
    return out;
}

} // namespace wedsync::server
