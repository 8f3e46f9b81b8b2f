#include "realtime/TopicMessageJson.h"

namespace wedsync::server::TopicMessageJson {

using namespace Qt::StringLiterals;

namespace {

Error malformed(const QString &what)
{
    return Error {
        u"malformed_topic_message"_s, u"A shared topic message is malformed: %1."_s.arg(what), {}};
}

} // namespace

QJsonObject toJson(const TopicMessage &message, const QString &instanceId)
{
    QJsonObject json {{u"at"_s, message.atMs}};
    if (message.kind == TopicMessage::Kind::Broadcast) {
        json.insert(u"k"_s, u"b"_s);
        json.insert(u"ev"_s, message.event);
        json.insert(u"p"_s, message.payload);
    } else {
        const HubRowChange &change = message.change;
        json.insert(u"k"_s, u"r"_s);
        json.insert(u"table"_s, change.table);
        json.insert(u"type"_s, change.type);
        json.insert(u"committed"_s, change.committedAt.toMSecsSinceEpoch());
        if (!change.record.isEmpty())
            json.insert(u"record"_s, change.record);
        if (!change.oldRecord.isEmpty())
            json.insert(u"old_record"_s, change.oldRecord);
    }
    if (message.originConnection != 0) {
        json.insert(u"o"_s,
                    QJsonObject {{u"i"_s, instanceId},
                                 {u"c"_s, QString::number(message.originConnection)}});
    }
    return json;
}

Result<TopicMessage> fromJson(const QJsonObject &json, qint64 seq, const QString &instanceId)
{
    TopicMessage message;
    message.seq = seq;
    if (!json.value("at"_L1).isDouble())
        return malformed(u"no publication time"_s);
    message.atMs = json.value("at"_L1).toInteger();
    const QString kind = json.value("k"_L1).toString();
    if (kind == "b"_L1) {
        message.kind = TopicMessage::Kind::Broadcast;
        message.event = json.value("ev"_L1).toString();
        if (message.event.isEmpty())
            return malformed(u"a broadcast without its event"_s);
        message.payload = json.value("p"_L1);
        message.approxBytes = approxJsonSize(message.payload) + message.event.size();
    } else if (kind == "r"_L1) {
        message.kind = TopicMessage::Kind::HubRowChange;
        auto change = HubRowChange::make(
            json.value("table"_L1).toString(), json.value("type"_L1).toString(),
            json.value("record"_L1).toObject(), json.value("old_record"_L1).toObject(),
            QDateTime::fromMSecsSinceEpoch(json.value("committed"_L1).toInteger(), Qt::UTC));
        if (!change)
            return malformed(change.error().message);
        message.data = change->wireData();
        message.approxBytes = approxJsonSize(message.data);
        message.change = std::move(change).value();
    } else {
        return malformed(u"an unknown kind"_s);
    }
    message.fromClient = json.contains("o"_L1);
    const QJsonObject origin = json.value("o"_L1).toObject();
    if (!instanceId.isEmpty() && origin.value("i"_L1).toString() == instanceId)
        message.originConnection = origin.value("c"_L1).toString().toULongLong();
    return message;
}

} // namespace wedsync::server::TopicMessageJson
