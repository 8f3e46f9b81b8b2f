// libFuzzer target: the HTTP request guard's reader of request heads (parseRequestHead), on
// the bytes a client sends before the body. The first input byte is dropped (it cut the input
// in two writes in earlier corpora). What it accepts must be what a strict reader accepts:
// no control characters in a field, one decimal Content-Length at most, a Host on HTTP/1.1.
#include "http/RequestHead.h"

#include <cstdint>
#include <cstdlib>

using namespace wedsync::server;

namespace {

bool hasControl(const QByteArray &text)
{
    for (char c : text) {
        if (c == '\0' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // The guard hands over a head up to and including its blank line.
    const qsizetype end = input.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? input : input.left(end + 4);
    auto parsed = parseRequestHead(head);
    if (!parsed)
        return 0;
    if (parsed->contentLength < 0)
        std::abort();
    int hosts = 0;
    for (const auto &[name, value] : parsed->fields) {
        if (name.isEmpty() || hasControl(name) || hasControl(value))
            std::abort();
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            ++hosts;
    }
    if (parsed->version == "HTTP/1.1" && hosts != 1)
        std::abort();
    return 0;
}
