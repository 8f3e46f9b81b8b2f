#pragma once
// The vocabulary of the Supabase Realtime (Phoenix channels) wire protocol, shared by the
// console's client and the server so that both read and write the same frames.

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wedsync {

// Serializer versions of the `vsn` URL parameter.
enum class RealtimeVsn {
    V1, // "1.0.0": JSON objects, text frames only
    V2, // "2.0.0": JSON arrays, plus binary frames for user broadcasts
};

// "1.0.0" or "2.0.0". An empty string means 1.0.0, as in Phoenix when the client sends none.
Result<RealtimeVsn> parseRealtimeVsn(const QString &text);
QString realtimeVsnName(RealtimeVsn vsn);

// One Phoenix message. Refs are strings on the wire (realtime-js compares them with `===`),
// so they are kept as strings and echoed exactly; a missing ref is `null` on the wire.
struct RealtimeMessage
{
    std::optional<QString> joinRef;
    std::optional<QString> ref;
    QString topic;
    QString event;
    QJsonValue payload;

    friend bool operator==(const RealtimeMessage &, const RealtimeMessage &) = default;
};

// A user broadcast as carried by the binary frames of vsn 2.0.0: kind 3 (client → server,
// "user broadcast push") and kind 4 (server → client, "user broadcast").
struct RealtimeUserBroadcast
{
    enum class Encoding : quint8 { Binary = 0, Json = 1 };

    std::optional<QString> joinRef; // kind 3 only
    std::optional<QString> ref; // kind 3 only
    QString topic;
    QString userEvent;
    QJsonObject metadata; // empty when the frame carries none
    Encoding encoding = Encoding::Json;
    QByteArray payload; // the raw user payload: JSON text when `encoding` is Json

    friend bool operator==(const RealtimeUserBroadcast &, const RealtimeUserBroadcast &) = default;
};

} // namespace wedsync
