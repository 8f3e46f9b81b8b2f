#pragma once
// What the rest of the server needs from the realtime hub: publishing committed row changes
// and server-side broadcasts. Storage and the HTTP API depend on this, not on the hub.

#include "Result.h"
#include "realtime/RealtimeTopic.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace wedsync::server {

class RealtimePublisher
{
public:
    virtual ~RealtimePublisher() = default;

    // Call only AFTER the transaction that made the change has committed, never for one
    // that rolled back. `eventType` is INSERT, UPDATE or DELETE; rows are the JSON of the
    // API representation. The change goes to org:<orgId>, tenant:<orgId>:admins,
    // platform:admins, and wedding:<wedding_id> / user:<user_id> when the row carries them;
    // each channel there gets it only if one of its postgres_changes bindings matches.
    // Returns how many topics it was published on.
    virtual Result<int> publishChange(const QString &table, const QString &eventType,
                                      const QString &orgId, const QJsonObject &newRow,
                                      const QJsonObject &oldRow)
        = 0;

    // The same with the topics chosen by the caller, e.g. config:<type>, or only the tenant
    // admins for a table coordinators may not read.
    virtual Result<int> publishChangeTo(const QList<RealtimeTopic> &topics, const QString &table,
                                        const QString &eventType, const QJsonObject &newRow,
                                        const QJsonObject &oldRow)
        = 0;

    // A `broadcast` from the server on `topic` ("org:<id>" or "realtime:org:<id>"), delivered
    // like a client's broadcast. Returns its sequence number.
    virtual Result<qint64> broadcastFromServer(const QString &topic, const QString &event,
                                               const QJsonValue &payload)
        = 0;

    // Publications between beginBatch() and endBatch() may be queued and stored and told to
    // the other instances together, at endBatch(): one transaction instead of one each. A
    // queued one's call succeeds (broadcastFromServer answering 0) whatever becomes of it;
    // endBatch() says whether they all went out (how many did). Batches nest: the outermost
    // end counts.
    virtual void beginBatch() { }
    virtual Result<int> endBatch() { return 0; }
};

} // namespace wedsync::server
