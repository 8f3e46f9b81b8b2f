#pragma once
// Small helpers the feeds share for REST answers: run a handler once a reply finished (then
// release the reply), and read a list of items from `{items: [...]}` or a bare array.

#include "ApiReply.h"

#include <QJsonArray>
#include <QObject>

#include <functional>

namespace wedsync {

// Calls `handler(reply)` when `reply` finishes, in `context`'s lifetime, then deleteLater()s it.
inline void onReplyFinished(ApiReply *reply, QObject *context,
                            std::function<void(ApiReply *)> handler)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, handler = std::move(handler)] {
        handler(reply);
        reply->deleteLater();
    });
}

inline QJsonArray replyItems(const ApiReply &reply)
{
    if (reply.json().isArray())
        return reply.json().toArray();
    return reply.object().value(QLatin1String("items")).toArray();
}

} // namespace wedsync
