#pragma once
// Small helpers the feeds share for REST answers: run a handler once a reply finished (then
// release the reply), read a list of items from `{items: [...]}` or a bare array, and decode
// them (an item that does not decode is skipped and logged, the rest are shown).

#include "Result.h"
#include "ServicesLogging.h"
#include "api/ApiReply.h"

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

// Forgets a reply nobody waits for any more: no answer reaches `context`, the call is
// aborted and the reply released. Null is fine.
inline void dropReply(ApiReply *reply, QObject *context)
{
    if (!reply)
        return;
    reply->disconnect(context);
    reply->abort();
    reply->deleteLater();
}

inline QJsonArray replyItems(const ApiReply &reply)
{
    if (reply.json().isArray())
        return reply.json().toArray();
    return reply.object().value(QLatin1String("items")).toArray();
}

template<typename T>
QList<T> decodeItems(const QJsonArray &items, Result<T> (*decode)(const QJsonObject &),
                     const char *what)
{
    QList<T> decoded;
    decoded.reserve(items.size());
    for (const QJsonValue &item : items) {
        Result<T> one = decode(item.toObject());
        if (one)
            decoded.append(std::move(one).value());
        else
            qCWarning(lcFeeds) << "skipping" << what << one.error().message;
    }
    return decoded;
}

} // namespace wedsync
