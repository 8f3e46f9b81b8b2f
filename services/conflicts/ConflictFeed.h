#pragma once
// What the conflict center lists: the open conflicts of GET /api/v1/sync/conflicts under the
// user's filters (the last answer kept in the local cache for an offline start), this
// console's own refused edits from the outbox (each listed once, see OutboxConflicts), and
// live changes from the admin channels: a new conflict reloads the list, a closed one leaves it
// at once in every console.

#include "ConflictItem.h"
#include "api/ApiError.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wedsync {

class ApiClient;
class ApiReply;
class LocalCache;
class Outbox;
class RealtimeClient;
struct RowChange;

struct ConflictQuery
{
    QString organizationId; // empty: every organization the account may see
    QString source; // empty: all; else offline_edit, concurrent_save, ..., or "outbox"
    QString search; // words in the label, entity id or fields
    friend bool operator==(const ConflictQuery &, const ConflictQuery &) = default;
};

class ConflictFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 500; // the server's largest page

    ConflictFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache, Outbox *outbox,
                 QObject *parent = nullptr);
    ~ConflictFeed() override;

    // The last list the server gave under the current filters, with the outbox's, at once.
    void loadCached();
    // Asks again under `filters` (an answer on its way is dropped).
    void query(const ConflictQuery &filters);
    const ConflictQuery &currentQuery() const { return m_query; }
    bool isLoading() const { return !m_list.isNull(); }
    void watch(bool isPlatformStaff, const QStringList &organizationIds);
    void unwatch();

    // The conflict with the entity as it is now (`current`), open or closed; local ones answer
    // at once.
    void loadDetail(const QString &id);
    // The conflicts listed now, and how many are open in all under the filters (more than
    // listed when the server has over PageSize).
    const QList<ConflictItem> &items() const { return m_items; }
    int listedTotal() const { return m_total; }
    // Every open conflict in the organization chosen (or all), whatever the source and search
    // filters: the sidebar's count.
    int openCount() const { return m_openTotal; }

    // Drops closed conflicts from the list (the resolutions call this for their own).
    void forget(const QStringList &ids);

Q_SIGNALS:
    void listLoaded(const QList<wedsync::ConflictItem> &items, int total, bool fromCache);
    // Closed here or elsewhere: these rows leave the list.
    void closed(const QStringList &ids);
    void detailLoaded(const wedsync::ConflictItem &item);
    void errorOccurred(const wedsync::ApiError &error);
    void openCountChanged(int count);
    // A conflict was filed just now (live, not from a reload): for the desktop notice.
    void conflictArrived(const QString &id, const QString &label);

private:
    void requestList();
    void requestOpenCount();
    void onRowChanged(const RowChange &change);
    void publish(const QList<ConflictItem> &server, int serverTotal, bool fromCache);
    QString cacheKey() const;
    // Closes the outbox's records that the server's `item` stands for.
    void closeLocalTwins(const ConflictItem &item);

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    Outbox *m_outbox;
    ConflictQuery m_query;
    QPointer<ApiReply> m_list;
    QList<ConflictItem> m_items;
    int m_total = 0; // under the filters
    int m_openTotal = 0; // under the organization only
    int m_localOpen = 0; // the outbox's own in it
    QPointer<ApiReply> m_count;
    QTimer m_reload; // coalesces bursts of new conflicts into one reload
    QList<QMetaObject::Connection> m_connections;
};

} // namespace wedsync
