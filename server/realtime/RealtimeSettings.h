#pragma once
// Limits, timers and retention of the realtime hub; tests shrink the timers to run fast.

#include <QtGlobal>

namespace wedsync::server {

struct RealtimeSettings
{
    // Phoenix closes a socket after 60 s without data; realtime-js heartbeats every 25 s.
    int idleTimeoutMs = 60'000;
    // How often idle sockets, expired tokens and stale topics are looked for.
    int housekeepingIntervalMs = 1'000;

    // Frames above the soft limit get an error and are dropped; the socket stays open.
    // Above the hard limit Qt closes the socket (1009) before the frame is ever buffered.
    qsizetype maxFrameBytes = 1024 * 1024;
    qsizetype hardMaxFrameBytes = 16 * 1024 * 1024;
    // A broadcast's user payload or a presence meta (Supabase free plan: 256 KB).
    qsizetype maxPayloadBytes = 256 * 1024;
    // A client that does not read is cut off rather than growing our memory without end.
    qint64 maxPendingOutgoingBytes = 32 * 1024 * 1024;

    int maxChannelsPerConnection = 100;
    // Open sockets of one user (token subject); one more is refused with close code 1008.
    int maxConnectionsPerUser = 32;
    int maxJoinsPerSecond = 100; // per connection
    int maxEventsPerSecond = 100; // per connection; heartbeats are not counted
    // Presence metas one user may have on one topic (a few console windows, not a flood).
    int maxPresencesPerUser = 10;

    // Every topic keeps its newest messages for replay to clients that rejoin.
    int retentionCount = 5'000;
    qint64 retentionAgeMs = 60LL * 60 * 1000;
    // So that large payloads cannot make a topic's buffer grow to gigabytes.
    qint64 retentionMaxBytes = 4 * 1024 * 1024;
    // What every topic together may retain; above it the topic retaining the most loses its
    // oldest messages first (ChannelRegistry).
    qint64 retentionMaxTotalBytes = 64 * 1024 * 1024;
    // Supabase's broadcast.replay returns 25 messages when the client names no limit.
    int defaultReplayLimit = 25;
};

} // namespace wedsync::server
