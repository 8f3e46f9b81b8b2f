// libFuzzer target: the realtime frame decoder, as the hub and the console run it on whatever
// a peer sends: text frames in vsn 1.0.0 and 2.0.0, binary frames in both directions. A
// frame that decodes must encode and decode again to the same message.
#include "RealtimeCodec.h"

#include <cstdint>
#include <cstdlib>

using namespace wedsync;

namespace {

constexpr qsizetype MaxBytes = 64 * 1024;

void checkRoundTrip(RealtimeVsn vsn, const RealtimeMessage &message)
{
    const QByteArray again
        = RealtimeCodec::encodeText(vsn, message, RealtimeDirection::ClientToServer);
    auto decoded = RealtimeCodec::decodeText(vsn, again, 4 * MaxBytes);
    if (!decoded || decoded->topic != message.topic || decoded->event != message.event
        || decoded->ref != message.ref)
        std::abort(); // the codec cannot read what it wrote
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (RealtimeVsn vsn : {RealtimeVsn::V1, RealtimeVsn::V2}) {
        if (auto message = RealtimeCodec::decodeText(vsn, frame, MaxBytes))
            checkRoundTrip(vsn, message.value());
    }
    for (RealtimeDirection from :
         {RealtimeDirection::ClientToServer, RealtimeDirection::ServerToClient}) {
        if (auto broadcast = RealtimeCodec::decodeBinary(frame, from, MaxBytes)) {
            (void)RealtimeCodec::toBroadcastMessage(broadcast.value());
            (void)RealtimeCodec::encodeUserBroadcast(broadcast.value());
        }
    }
    (void)RealtimeCodec::parseJsonValue(frame);
    return 0;
}
