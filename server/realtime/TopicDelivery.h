#pragma once
// Puts topic messages on the wire: stamps and retains them, fans them out to the members in
// the shape each one expects, and replays retained ones to a channel that rejoined.

#include "realtime/TopicMessage.h"

#include "RealtimeFrame.h"
#include "Result.h"

#include <optional>
#include <vector>

namespace wedsync::server {

class RealtimeFanOut;
class Topic;
struct HubChannel;

class TopicDelivery
{
public:
    void setFanOut(RealtimeFanOut *fanOut) { m_fanOut = fanOut; }

    // Stamps the next sequence number, retains the message and sends it to every member that
    // should get it. With a fan-out the number comes from the shared store, which also tells
    // the other instances; then this fails when the store does, and nothing is sent.
    Result<TopicMessage> publish(Topic &topic, TopicMessage message);

    // A message another instance published: retained and sent after any messages it skips
    // (fetched from the shared store), or ignored when this topic has already seen it.
    void deliverShared(Topic &topic, const TopicMessage &message);

    // Sends retained messages to one channel, marked as replayed.
    void replay(HubChannel &channel, const std::vector<const TopicMessage *> &messages);

    // Sends one message to every member except `except`, encoded once per serializer.
    static void sendToMembers(Topic &topic, const RealtimeMessage &message,
                              const HubChannel *except = nullptr);

    // The wire message `channel` gets for `message`, or nothing when it should not get it
    // (its own broadcast without `self`, a row change none of its bindings matches).
    static std::optional<RealtimeMessage> messageFor(const HubChannel &channel,
                                                     const TopicMessage &message, bool replayed);

private:
    // Keeps and sends a message stamped by the shared store, after what it skips.
    void accept(Topic &topic, const TopicMessage &message);
    void catchUp(Topic &topic, qint64 beforeSeq);
    static void sendLive(Topic &topic, const TopicMessage &stamped);

    RealtimeFanOut *m_fanOut = nullptr;
};

} // namespace wedsync::server
