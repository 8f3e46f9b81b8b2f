#include "http/SocketStreamPosition.h"

#if defined(Q_OS_LINUX)
#include <cstddef>
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

namespace wedsync::server {

#if defined(Q_OS_LINUX)

namespace {

std::optional<quint64> bytesReceived(int fd)
{
    tcp_info info {};
    socklen_t size = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0
        || size < offsetof(tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received)
        return std::nullopt;
    return info.tcpi_bytes_received;
}

} // namespace

std::optional<qint64> bytesTakenFromKernel(qintptr socketDescriptor)
{
    const int fd = int(socketDescriptor);
    if (fd < 0)
        return std::nullopt;
    // Received and queued are two calls: a segment arriving between them would make the sum
    // wrong, so read the count on both sides of the queue length until they agree.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const auto before = bytesReceived(fd);
        int queued = 0;
        if (!before || ioctl(fd, SIOCINQ, &queued) != 0)
            return std::nullopt;
        const auto after = bytesReceived(fd);
        if (after && *after == *before)
            return qint64(*before) - queued;
    }
    return std::nullopt;
}

#else

std::optional<qint64> bytesTakenFromKernel(qintptr)
{
    return std::nullopt;
}

#endif

} // namespace wedsync::server
