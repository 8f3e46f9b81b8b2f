#pragma once
// Puts topic messages on the wire: stamps and retains them, fans them out to the members in
// the shape each one expects, and replays retained ones to a channel that rejoined.

#include "TopicMessage.h"

#include "RealtimeFrame.h"

#include <optional>
#include <vector>

namespace wedsync {

class RealtimeFanOut;
class Topic;
struct RealtimeChannel;

class TopicDelivery
{
public:
    void setFanOut(RealtimeFanOut *fanOut) { m_fanOut = fanOut; }

    // Stamps the next sequence number, retains the message, sends it to every member that
    // should get it and hands it to the fan-out. Returns the stamped message.
    TopicMessage publish(Topic &topic, TopicMessage message);

    // Sends retained messages to one channel, marked as replayed.
    void replay(RealtimeChannel &channel, const std::vector<const TopicMessage *> &messages);

    // Sends one message to every member except `except`, encoded once per serializer.
    static void sendToMembers(Topic &topic, const RealtimeMessage &message,
                              const RealtimeChannel *except = nullptr);

    // The wire message `channel` gets for `message`, or nothing when it should not get it
    // (its own broadcast without `self`, a row change none of its bindings matches).
    static std::optional<RealtimeMessage> messageFor(const RealtimeChannel &channel,
                                                     const TopicMessage &message, bool replayed);

private:
    RealtimeFanOut *m_fanOut = nullptr;
};

} // namespace wedsync
