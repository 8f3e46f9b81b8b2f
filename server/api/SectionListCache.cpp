#include "api/SectionListCache.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

SectionListCache::SectionListCache(qsizetype maxBytes)
    : m_entries(maxBytes)
{ }

QString SectionListCache::keyOf(const QString &organizationId, const SectionScope &scope)
{
    return organizationId + u'/' + QString::number(int(scope.kind)) + u'/' + scope.weddingId;
}

std::optional<SectionListCache::Answer> SectionListCache::find(const QString &key,
                                                               qint64 configVersion) const
{
    const QMutexLocker lock(&m_mutex);
    const Entry *entry = m_entries.object(key);
    if (!entry || entry->configVersion != configVersion)
        return std::nullopt;
    return entry->answer;
}

void SectionListCache::store(const QString &key, qint64 configVersion, const Answer &answer)
{
    const QMutexLocker lock(&m_mutex);
    // An answer larger than the whole cache is not kept (QCache drops it).
    m_entries.insert(key, new Entry {configVersion, answer},
                     std::max<qsizetype>(1, answer.body.size()));
}

} // namespace wedsync::server
