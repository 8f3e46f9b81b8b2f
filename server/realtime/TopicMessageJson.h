#pragma once
// A topic message as compact JSON, for the store and the notifications that share topics
// between server instances. The sequence number travels beside it, not inside.

#include "realtime/TopicMessage.h"

#include "Result.h"

#include <QJsonObject>

namespace wedsync::server {

namespace TopicMessageJson {

// {"k":"b","at":<ms>,"ev":<event>,"p":<payload>} for a broadcast;
// {"k":"r","at":<ms>,"table","type","record","old_record"} for a row change.
// `origin` is {"i": <instance id>, "c": <connection id>} when a client sent it.
QJsonObject toJson(const TopicMessage &message, const QString &instanceId);

// The message back, with `seq` set and approxBytes computed. A connection id survives only
// when `instanceId` is the one that wrote it (connection ids are per process).
Result<TopicMessage> fromJson(const QJsonObject &json, qint64 seq, const QString &instanceId);

} // namespace TopicMessageJson

} // namespace wedsync::server
