#pragma once
// A message on a topic's sequenced stream: what is retained for replay and fanned out.

#include "realtime/HubRowChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace wedsync::server {

struct TopicMessage
{
    enum class Kind { Broadcast, HubRowChange };

    Kind kind = Kind::Broadcast;
    qint64 seq = 0; // per topic, strictly increasing, no holes within a topic
    qint64 atMs = 0; // publication time, ms since the epoch (for retention and replay.since)

    QString event; // Broadcast: the user event, e.g. "cursor-pos"
    QJsonValue payload; // Broadcast: the user payload
    HubRowChange change; // HubRowChange: the committed change
    QJsonObject data; // HubRowChange: change.wireData(), built once for every delivery

    // The connection that sent a broadcast, so that `self: false` can leave it out both live
    // and on replay to the same connection; 0 for messages the server published.
    quint64 originConnection = 0;
    // A client sent it (on any instance); what the server publishes is marked meta.origin
    // "server" on the wire, so that clients can trust it.
    bool fromClient = false;

    // Roughly what the message costs to keep (its JSON size), for the retention byte limit.
    qint64 approxBytes = 0;
};

// The size of `value` as compact JSON text.
inline qsizetype compactJsonSize(const QJsonValue &value)
{
    // Wrapped in an array because QJsonDocument takes no scalars; the brackets are taken off.
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).size() - 2;
}

// About the size of `value` as compact JSON text (strings counted in UTF-16 units, numbers
// as 8), found without writing the text: what a retained message costs, for the retention
// byte limit. Encoding each published change only to measure it was a third of publishing it.
qsizetype approxJsonSize(const QJsonValue &value);

} // namespace wedsync::server
