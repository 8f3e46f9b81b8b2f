#include "feeds/SyncEventBatcher.h"

namespace wedsync {

SyncEventBatcher::SyncEventBatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncEventBatcher::flush);
}

void SyncEventBatcher::add(const SyncEvent &event)
{
    if (const auto it = m_indexById.constFind(event.id); it != m_indexById.cend()) {
        m_pending[*it] = event;
    } else {
        m_indexById.insert(event.id, m_pending.size());
        m_pending.append(event);
    }
    // The first event of a batch starts the clock; later ones ride along.
    if (!m_timer.isActive())
        m_timer.start();
}

void SyncEventBatcher::add(const QList<SyncEvent> &events)
{
    for (const SyncEvent &event : events)
        add(event);
}

void SyncEventBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QList<SyncEvent> batch;
    batch.swap(m_pending);
    m_indexById.clear();
    Q_EMIT batchReady(batch);
}

} // namespace wedsync
