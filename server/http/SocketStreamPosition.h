#pragma once
// How many bytes of a TCP connection's incoming stream the application has taken from the
// kernel so far (Linux: the connection's received byte count less what is still queued).
// With it, a watcher that only peeks knows where the bytes in a socket's read buffer sit in the
// stream, whoever else consumed the ones before them.

#include <QtGlobal>

#include <optional>

namespace wedsync::server {

// nullopt where the platform does not say (not Linux, not a TCP socket, or an error).
std::optional<qint64> bytesTakenFromKernel(qintptr socketDescriptor);

} // namespace wedsync::server
