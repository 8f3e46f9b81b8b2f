#pragma once
// What the conflict center does to conflicts: resolve one with mine, theirs or a merged
// document (the server's conflicts through POST …/resolve, applied and audited there in one
// transaction; this console's own through a PUT of the section at the version looked at),
// dismiss one, and resolve many with one side — in chunks of the server's all-or-nothing bulk
// call, a conflict that stops a chunk set aside with its reason and the rest sent again.

#include "ConflictItem.h"
#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace wedsync {

class ApiClient;
class ApiReply;
class ConflictFeed;

struct ConflictFailure
{
    QString id;
    QString label;
    QString reason; // a sentence a person can act on
};

class ConflictResolutions : public QObject
{
    Q_OBJECT
public:
    static constexpr int ChunkSize = 1000; // the server's bulk limit

    ConflictResolutions(ApiClient *api, ConflictFeed *feed, QObject *parent = nullptr);
    ~ConflictResolutions() override;

    // `resolution`: "mine", "theirs" or "merged" (`document`: the entity's merged content).
    // False while another resolution is on its way.
    bool resolve(const ConflictItem &item, const QString &resolution,
                 const QJsonObject &document = {});
    bool dismiss(const ConflictItem &item);
    // Every item with `side` ("mine" or "theirs").
    bool resolveMany(const QList<ConflictItem> &items, const QString &side);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void resolved(const QString &id, const QString &message);
    void failed(const QString &id, const wedsync::ApiError &error);
    // The entity changed again since the resolver looked (412): `item` carries it as `current`;
    // the choices are to be made again against it.
    void movedOn(const wedsync::ConflictItem &item);
    void bulkProgress(int done, int total);
    void bulkFinished(int resolved, const QList<wedsync::ConflictFailure> &failures);

private:
    ApiReply *send(const ConflictItem &item, const QString &resolution,
                   const QJsonObject &document);
    void finishOne(ApiReply *reply, const ConflictItem &item, const QString &closedMessage);
    void nextBulkStep();
    void bulkChunkDone(ApiReply *reply, QList<ConflictItem> chunk);
    void bulkLocalDone(ApiReply *reply, const ConflictItem &item);

    ApiClient *m_api;
    ConflictFeed *m_feed;
    bool m_busy = false;
    QPointer<ApiReply> m_reply;
    // The bulk run under way.
    QString m_side;
    QList<ConflictItem> m_pending;
    QList<ConflictItem> m_retry; // a chunk sent again without the conflict that stopped it
    QList<ConflictFailure> m_failures;
    int m_total = 0;
    int m_done = 0;
    int m_resolved = 0;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::ConflictFailure)
