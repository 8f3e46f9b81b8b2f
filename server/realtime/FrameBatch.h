#pragma once
// The connections with frames waiting to be written, written out together once the event loop
// has handled everything that woke it. Messages published in one turn of the loop (several
// publishers' frames read in one poll, the messages of one write) then leave in one send(2)
// per connection instead of one per message: the kernel's cost per send is most of a
// delivery's cost (server README, "Realtime CPU"). A lone message waits no longer than the end
// of the turn that published it.

#include <QObject>
#include <QTimer>

#include <vector>

namespace wedsync::server {

class FrameWriter;

class FrameBatch : public QObject
{
public:
    explicit FrameBatch(QObject *parent = nullptr);

    // `writer` has queued its first frame: written out at the end of this turn of the loop.
    void add(FrameWriter &writer);
    // `writer` is going away.
    void forget(FrameWriter &writer);
    // Writes every queued frame now (also called by the turn's end).
    void writeAll();

private:
    std::vector<FrameWriter *> m_writers;
    // Zero-interval: Qt's Unix event dispatcher runs due timers right after the socket
    // notifiers of the same poll, so the frames leave before the loop polls again (a posted
    // call would wake the loop once more, and each poll looks at every socket).
    QTimer m_endOfTurn;
};

} // namespace wedsync::server
