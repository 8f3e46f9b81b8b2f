#pragma once
// Reads and writes Supabase Realtime frames (vsn 1.0.0 objects, vsn 2.0.0 arrays and binary
// user broadcasts). Pure functions: every malformed input becomes an Error, never a crash.

#include "RealtimeFrame.h"

#include <QByteArray>

namespace wedsync {

// Who wrote the frame. It matters for vsn 1.0.0, where only the client sends join_ref, and
// for binary frames, where the client sends kind 3 and the server kind 4.
enum class RealtimeDirection { ClientToServer, ServerToClient };

namespace RealtimeCodec {

// Large enough for any realistic broadcast; callers pass their own limit.
inline constexpr qsizetype DefaultMaxFrameBytes = 1024 * 1024;

// The header sizes of the binary layouts, for callers that want to reason about lengths.
inline constexpr qsizetype UserBroadcastPushHeaderBytes = 7; // kind 3
inline constexpr qsizetype UserBroadcastHeaderBytes = 5; // kind 4
inline constexpr int MaxBinaryFieldBytes = 255; // every length is one byte

// A text frame (UTF-8 JSON) in the given serializer version.
// Error codes: frame_too_large, malformed_json, not_an_object, not_an_array, wrong_arity,
// invalid_field.
Result<RealtimeMessage> decodeText(RealtimeVsn vsn, const QByteArray &utf8,
                                   qsizetype maxBytes = DefaultMaxFrameBytes);

// The text frame for `message`. vsn 1.0.0 leaves out join_ref when the server writes,
// exactly like Phoenix's V1 serializer; refs that are absent are written as null.
QByteArray encodeText(RealtimeVsn vsn, const RealtimeMessage &message, RealtimeDirection from);

// A vsn 2.0.0 binary frame: kind 3 when the client wrote it, kind 4 when the server did.
// Error codes: frame_too_large, truncated_frame, unsupported_binary_kind, invalid_field.
Result<RealtimeUserBroadcast> decodeBinary(const QByteArray &frame, RealtimeDirection from,
                                           qsizetype maxBytes = DefaultMaxFrameBytes);

// The kind-4 frame, the only binary kind realtime-js understands. Error code:
// field_too_long (topic, event or metadata over 255 bytes).
Result<QByteArray> encodeUserBroadcast(const RealtimeUserBroadcast &broadcast);

// The same broadcast as the text-form `broadcast` message, so that one code path serves
// text and binary clients. Error codes: binary_payload_unsupported, malformed_json.
Result<RealtimeMessage> toBroadcastMessage(const RealtimeUserBroadcast &broadcast);

// Parses any JSON value, including scalars that QJsonDocument refuses at the top level.
Result<QJsonValue> parseJsonValue(const QByteArray &utf8);

} // namespace RealtimeCodec

} // namespace wedsync
