#include "RealtimeCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace wedsync::RealtimeCodec {

using namespace Qt::StringLiterals;

namespace {

constexpr quint8 KindUserBroadcastPush = 3;
constexpr quint8 KindUserBroadcast = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::RealtimeCodec", text);
}

Error error(const char *code, const QString &message)
{
    return Error {QString::fromLatin1(code), message, {}};
}

Error tooLarge(qsizetype size, qsizetype maxBytes)
{
    return error("frame_too_large",
                 tr("The frame is %1 bytes; the limit is %2 bytes.").arg(size).arg(maxBytes));
}

Error invalidField(const QString &field, const QString &expectation)
{
    return Error {u"invalid_field"_s,
                  tr("The frame's \"%1\" must be %2.").arg(field, expectation),
                  {FieldError {field, expectation}}};
}

// A ref is a string or null; numbers are refused because echoing them as strings would
// make a strict client drop our replies, and echoing them as numbers is not the protocol.
bool readRef(const QJsonValue &value, std::optional<QString> *out)
{
    if (value.isNull() || value.isUndefined()) {
        out->reset();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

QJsonValue refValue(const std::optional<QString> &ref)
{
    return ref ? QJsonValue(*ref) : QJsonValue(QJsonValue::Null);
}

Result<QJsonDocument> parseDocument(const QByteArray &utf8)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return error("malformed_json",
                     tr("The frame is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    }
    return doc;
}

Result<RealtimeMessage> fromParts(const QJsonValue &joinRef, const QJsonValue &ref,
                                  const QJsonValue &topic, const QJsonValue &event,
                                  const QJsonValue &payload)
{
    RealtimeMessage message;
    if (!readRef(joinRef, &message.joinRef))
        return invalidField(u"join_ref"_s, tr("a string or null"));
    if (!readRef(ref, &message.ref))
        return invalidField(u"ref"_s, tr("a string or null"));
    if (!topic.isString())
        return invalidField(u"topic"_s, tr("a string"));
    if (!event.isString())
        return invalidField(u"event"_s, tr("a string"));
    if (payload.isUndefined())
        return invalidField(u"payload"_s, tr("present"));
    message.topic = topic.toString();
    message.event = event.toString();
    message.payload = payload;
    return message;
}

// Reads `length` bytes of UTF-8 at `*offset`, refusing invalid sequences instead of
// silently replacing them, because topic names are compared byte for byte.
bool readUtf8(const QByteArray &frame, qsizetype *offset, qsizetype length, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(QByteArrayView(frame).sliced(*offset, length));
    *offset += length;
    return !decoder.hasError();
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QJsonValue> parseJsonValue(const QByteArray &utf8)
{
    // QJsonDocument only accepts objects and arrays at the top; wrapping the text in an
    // array reads strings, numbers and literals too, with the same error reporting.
    const QByteArray wrapped = '[' + utf8 + ']';
    auto doc = parseDocument(wrapped);
    if (!doc)
        return doc.error();
    const QJsonArray array = doc.value().array();
    if (array.size() != 1)
        return error("malformed_json", tr("The payload must be exactly one JSON value."));
    return array.at(0);
}

Result<RealtimeMessage> decodeText(RealtimeVsn vsn, const QByteArray &utf8, qsizetype maxBytes)
{
    if (utf8.size() > maxBytes)
        return tooLarge(utf8.size(), maxBytes);
    auto doc = parseDocument(utf8);
    if (!doc)
        return doc.error();

    if (vsn == RealtimeVsn::V1) {
        if (!doc.value().isObject()) {
            return error("not_an_object",
                         tr("A vsn 1.0.0 frame must be a JSON object with topic, event, "
                            "payload and ref."));
        }
        const QJsonObject o = doc.value().object();
        return fromParts(o.value("join_ref"_L1), o.value("ref"_L1), o.value("topic"_L1),
                         o.value("event"_L1), o.value("payload"_L1));
    }

    if (!doc.value().isArray()) {
        return error("not_an_array",
                     tr("A vsn 2.0.0 text frame must be a JSON array [join_ref, ref, topic, "
                        "event, payload]."));
    }
    const QJsonArray a = doc.value().array();
    if (a.size() < 5) {
        return error("wrong_arity",
                     tr("A vsn 2.0.0 frame has 5 elements [join_ref, ref, topic, event, "
                        "payload]; this one has %1.")
                         .arg(a.size()));
    }
    // Extra trailing elements are ignored, as the Realtime server's V2 serializer does.
    return fromParts(a.at(0), a.at(1), a.at(2), a.at(3), a.at(4));
}

QByteArray encodeText(RealtimeVsn vsn, const RealtimeMessage &message, RealtimeDirection from)
{
    const QJsonValue payload
        = message.payload.isUndefined() ? QJsonValue(QJsonObject()) : message.payload;
    if (vsn == RealtimeVsn::V2) {
        const QJsonArray a {refValue(message.joinRef), refValue(message.ref), message.topic,
                            message.event, payload};
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    }
    QJsonObject o {{u"topic"_s, message.topic},
                   {u"event"_s, message.event},
                   {u"payload"_s, payload},
                   {u"ref"_s, refValue(message.ref)}};
    if (from == RealtimeDirection::ClientToServer)
        o.insert(u"join_ref"_s, refValue(message.joinRef));
    return compactJson(o);
}

Result<RealtimeUserBroadcast> decodeBinary(const QByteArray &frame, RealtimeDirection from,
                                           qsizetype maxBytes)
{
    if (frame.size() > maxBytes)
        return tooLarge(frame.size(), maxBytes);
    const bool push = from == RealtimeDirection::ClientToServer;
    const quint8 expectedKind = push ? KindUserBroadcastPush : KindUserBroadcast;
    const qsizetype headerBytes = push ? UserBroadcastPushHeaderBytes : UserBroadcastHeaderBytes;

    if (frame.isEmpty())
        return error("truncated_frame", tr("The binary frame is empty."));
    const quint8 kind = static_cast<quint8>(frame.at(0));
    if (kind != expectedKind) {
        return error("unsupported_binary_kind",
                     tr("Binary frames of kind %1 are not accepted here; only kind %2 (user "
                        "broadcast) is.")
                         .arg(kind)
                         .arg(expectedKind));
    }
    if (frame.size() < headerBytes) {
        return error("truncated_frame",
                     tr("The binary frame is %1 bytes, shorter than its %2-byte header.")
                         .arg(frame.size())
                         .arg(headerBytes));
    }

    auto byteAt = [&frame](qsizetype i) {
        return static_cast<quint8>(frame.at(i));
    };
    qsizetype pos = 1;
    const qsizetype joinRefLen = push ? byteAt(pos++) : 0;
    const qsizetype refLen = push ? byteAt(pos++) : 0;
    const qsizetype topicLen = byteAt(pos++);
    const qsizetype eventLen = byteAt(pos++);
    const qsizetype metaLen = byteAt(pos++);
    const quint8 encoding = byteAt(pos++);

    if (encoding > 1) {
        return invalidField(u"payload_encoding"_s,
                            tr("0 (binary) or 1 (JSON), not %1").arg(encoding));
    }
    const qsizetype declared = headerBytes + joinRefLen + refLen + topicLen + eventLen + metaLen;
    if (frame.size() < declared) {
        return error("truncated_frame",
                     tr("The binary frame is %1 bytes but its header declares %2 bytes of "
                        "fields.")
                         .arg(frame.size())
                         .arg(declared));
    }

    RealtimeUserBroadcast out;
    QString text;
    if (push) {
        if (!readUtf8(frame, &pos, joinRefLen, &text))
            return invalidField(u"join_ref"_s, tr("valid UTF-8"));
        if (joinRefLen > 0)
            out.joinRef = text;
        if (!readUtf8(frame, &pos, refLen, &text))
            return invalidField(u"ref"_s, tr("valid UTF-8"));
        if (refLen > 0)
            out.ref = text;
    }
    if (!readUtf8(frame, &pos, topicLen, &out.topic))
        return invalidField(u"topic"_s, tr("valid UTF-8"));
    if (!readUtf8(frame, &pos, eventLen, &out.userEvent))
        return invalidField(u"event"_s, tr("valid UTF-8"));
    if (metaLen > 0) {
        const QByteArray metaBytes = frame.mid(pos, metaLen);
        pos += metaLen;
        const QJsonDocument meta = QJsonDocument::fromJson(metaBytes);
        if (!meta.isObject())
            return invalidField(u"metadata"_s, tr("a JSON object"));
        out.metadata = meta.object();
    }
    out.encoding = static_cast<RealtimeUserBroadcast::Encoding>(encoding);
    out.payload = frame.mid(pos);
    return out;
}

Result<QByteArray> encodeUserBroadcast(const RealtimeUserBroadcast &broadcast)
{
    const QByteArray topic = broadcast.topic.toUtf8();
    const QByteArray event = broadcast.userEvent.toUtf8();
    const QByteArray meta
        = broadcast.metadata.isEmpty() ? QByteArray() : compactJson(broadcast.metadata);
    const std::pair<const char *, qsizetype> fields[]
        = {{"topic", topic.size()}, {"event", event.size()}, {"metadata", meta.size()}};
    for (const auto &[name, size] : fields) {
        if (size > MaxBinaryFieldBytes) {
            return error("field_too_long",
                         tr("The %1 is %2 bytes; binary frames allow at most %3.")
                             .arg(QString::fromLatin1(name))
                             .arg(size)
                             .arg(MaxBinaryFieldBytes));
        }
    }
    QByteArray frame;
    frame.reserve(UserBroadcastHeaderBytes + topic.size() + event.size() + meta.size()
                  + broadcast.payload.size());
    frame.append(static_cast<char>(KindUserBroadcast));
    frame.append(static_cast<char>(topic.size()));
    frame.append(static_cast<char>(event.size()));
    frame.append(static_cast<char>(meta.size()));
    frame.append(static_cast<char>(broadcast.encoding));
    frame.append(topic).append(event).append(meta).append(broadcast.payload);
    return frame;
}

Result<RealtimeMessage> toBroadcastMessage(const RealtimeUserBroadcast &broadcast)
{
    if (broadcast.encoding != RealtimeUserBroadcast::Encoding::Json) {
        return error("binary_payload_unsupported",
                     tr("Broadcasts with a binary (ArrayBuffer) payload are not supported; send "
                        "a JSON payload."));
    }
    auto payload = parseJsonValue(broadcast.payload);
    if (!payload)
        return payload.error();
    QJsonObject body {{u"type"_s, u"broadcast"_s},
                      {u"event"_s, broadcast.userEvent},
                      {u"payload"_s, payload.value()}};
    if (!broadcast.metadata.isEmpty())
        body.insert(u"meta"_s, broadcast.metadata);
    return RealtimeMessage {broadcast.joinRef, broadcast.ref, broadcast.topic, u"broadcast"_s,
                            body};
}

} // namespace wedsync::RealtimeCodec
