#pragma once
// What one client connection may take from the server: body size, how long it may take to
// send a request head, how long it may sit idle, and how many connections one address may hold.

#include <QtGlobal>

#include <chrono>

namespace wedsync::server {

struct ConnectionLimits
{
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024; // 1 MiB
    static constexpr std::chrono::seconds DefaultHeaderTimeout {10};
    static constexpr std::chrono::seconds DefaultIdleTimeout {30};
    static constexpr int DefaultMaxConnectionsPerAddress = 256;

    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    // From a connection's first byte (or its opening) to the end of a request head.
    std::chrono::milliseconds headerTimeout = DefaultHeaderTimeout;
    // Between requests on a kept-alive connection, and between pieces of a request body.
    std::chrono::milliseconds idleTimeout = DefaultIdleTimeout;
    // Open connections (WebSockets included) from one client address.
    int maxConnectionsPerAddress = DefaultMaxConnectionsPerAddress;
};

} // namespace wedsync::server
