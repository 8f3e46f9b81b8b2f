#include "realtime/FrameBatch.h"

#include "realtime/FrameWriter.h"

#include <algorithm>

namespace wedsync::server {

void FrameBatch::add(FrameWriter &writer)
{
    m_writers.push_back(&writer);
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &FrameBatch::writeAll, Qt::QueuedConnection);
}

void FrameBatch::forget(FrameWriter &writer)
{
    std::erase(m_writers, &writer);
}

void FrameBatch::writeAll()
{
    m_scheduled = false;
    const std::vector<FrameWriter *> writers = std::exchange(m_writers, {});
    for (FrameWriter *writer : writers)
        writer->writeQueued();
}

} // namespace wedsync::server
