#pragma once
// The connections with frames waiting to be written, written out together once the event loop
// has handled everything that woke it. Messages published in one turn of the loop (several
// publishers' frames read in one poll, the messages of one write) then leave in one send(2)
// per connection instead of one per message: the kernel's cost per send is most of a
// delivery's cost (server README, "Realtime CPU"). A lone message waits no longer than the end
// of the turn that published it.

#include <QObject>

#include <vector>

namespace wedsync::server {

class FrameWriter;

class FrameBatch : public QObject
{
public:
    using QObject::QObject;

    // `writer` has queued its first frame: written out at the end of this turn of the loop.
    void add(FrameWriter &writer);
    // `writer` is going away.
    void forget(FrameWriter &writer);
    // Writes every queued frame now (also called by the turn's end).
    void writeAll();

private:
    std::vector<FrameWriter *> m_writers;
    bool m_scheduled = false;
};

} // namespace wedsync::server
