#pragma once
// The seam for sharing topics between several wedsync-server instances. The PostgreSQL
// LISTEN/NOTIFY implementation is a later step; until then the hub runs without one.
//
// The plan for it: publish() NOTIFYs the message; each instance LISTENs and hands what
// peers published to the hub for local delivery and retention. One sequence per topic
// across instances then comes from PostgreSQL (a per-topic counter row updated in the same
// statement), so the implementation will also take over stamping from Topic::append().

#include "TopicMessage.h"

namespace wedsync {

class RealtimeFanOut
{
public:
    virtual ~RealtimeFanOut() = default;
    // Called for every message published on this instance, after local delivery.
    virtual void publish(const QString &wireTopic, const TopicMessage &message) = 0;
};

} // namespace wedsync
