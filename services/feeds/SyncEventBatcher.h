#pragma once
// Coalesces live sync events so that a burst of thousands reaches the screen as a few batches:
// events are held and handed on at most once per interval (default 100 ms), an event seen twice
// in one batch keeping its newest state.

#include "SyncHealth.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace wedsync {

class SyncEventBatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 100;

    explicit SyncEventBatcher(QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }

    void add(const SyncEvent &event);
    void add(const QList<SyncEvent> &events);
    int pendingCount() const { return int(m_pending.size()); }
    // Hands on what is held now (also called by the timer).
    void flush();

Q_SIGNALS:
    void batchReady(const QList<wedsync::SyncEvent> &events);

private:
    QList<SyncEvent> m_pending;
    QHash<QString, qsizetype> m_indexById;
    QTimer m_timer;
};

} // namespace wedsync
