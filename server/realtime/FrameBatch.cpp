#include "realtime/FrameBatch.h"

#include "realtime/FrameWriter.h"

#include <algorithm>

namespace wedsync::server {

FrameBatch::FrameBatch(QObject *parent)
    : QObject(parent)
{
    m_endOfTurn.setSingleShot(true);
    m_endOfTurn.setInterval(0);
    connect(&m_endOfTurn, &QTimer::timeout, this, &FrameBatch::writeAll);
}

void FrameBatch::add(FrameWriter &writer)
{
    m_writers.push_back(&writer);
    if (!m_endOfTurn.isActive())
        m_endOfTurn.start();
}

void FrameBatch::forget(FrameWriter &writer)
{
    std::erase(m_writers, &writer);
}

void FrameBatch::writeAll()
{
    m_endOfTurn.stop();
    const std::vector<FrameWriter *> writers = std::exchange(m_writers, {});
    for (FrameWriter *writer : writers)
        writer->writeQueued();
}

} // namespace wedsync::server
