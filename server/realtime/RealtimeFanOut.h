#pragma once
// The seam for sharing topics between several wedsync-server instances on one database.
//
// With a fan-out, a topic's sequence numbers come from the shared store, not from the hub:
// publish() stamps the next number, stores the message and tells the other instances, and
// they hand it to their hub through RealtimeFanOutListener. Within a topic every instance
// sees the messages in sequence order; a hub that sees a number jump asks between() for
// what it has not seen (e.g. a peer's message committed before ours whose notification is
// still on its way). Without a fan-out (SQLite, one instance) the hub numbers messages itself.

#include "realtime/TopicMessage.h"

#include "Result.h"

#include <vector>

namespace wedsync::server {

// Where a topic's shared stream stands and its newest retained messages, oldest first.
struct TopicHistory
{
    qint64 lastSeq = 0;
    std::vector<TopicMessage> retained;
};

class RealtimeFanOutListener
{
public:
    virtual ~RealtimeFanOutListener() = default;
    // A message another instance published on `wireTopic`, with its sequence number.
    virtual void deliverShared(const QString &wireTopic, TopicMessage message) = 0;
    // A user's access changed in the shared database (session ended, account disabled,
    // membership or role changed): their channels are checked again at once.
    virtual void accessChanged(const QString &userId) { Q_UNUSED(userId); }
};

class RealtimeFanOut
{
public:
    virtual ~RealtimeFanOut() = default;

    // Not owned; null stops deliveries.
    virtual void setListener(RealtimeFanOutListener *listener) = 0;

    // The topic's shared stream, created at `startSeq` when no instance has used it yet.
    virtual Result<TopicHistory> openTopic(const QString &wireTopic, qint64 startSeq) = 0;

    // Stamps the topic's next sequence number (`message.seq` is ignored), stores the message
    // and tells the other instances; returns the number. All or nothing.
    virtual Result<qint64> publish(const QString &wireTopic, const TopicMessage &message) = 0;

    // A message of publishAll(): its topic and the message (`seq` is ignored).
    struct Outgoing
    {
        QString wireTopic;
        TopicMessage message;
    };
    // Several messages at once (e.g. every change one write made): each topic's numbers are
    // consecutive in the order given; returns the numbers in that order. This default
    // publishes them one by one; a store that can do it in one transaction should (all or
    // nothing, and one round of work instead of one per message).
    virtual Result<std::vector<qint64>> publishAll(const std::vector<Outgoing> &messages)
    {
        std::vector<qint64> seqs;
        seqs.reserve(messages.size());
        for (const Outgoing &outgoing : messages) {
            auto seq = publish(outgoing.wireTopic, outgoing.message);
            if (!seq)
                return seq.error();
            seqs.push_back(seq.value());
        }
        return seqs;
    }

    // The stored messages with afterSeq < seq < beforeSeq, oldest first; fewer when some are
    // no longer retained.
    virtual Result<std::vector<TopicMessage>> between(const QString &wireTopic, qint64 afterSeq,
                                                      qint64 beforeSeq)
        = 0;
};

} // namespace wedsync::server
