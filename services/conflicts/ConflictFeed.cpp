#include "conflicts/ConflictFeed.h"

#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "conflicts/OutboxConflicts.h"
#include "feeds/AdminChannels.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeTypes.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QList<ConflictItem> itemsFrom(const QJsonArray &items)
{
    return decodeItems(items, &conflictItemFromJson, "a conflict:");
}

bool matches(const ConflictItem &item, const ConflictQuery &query)
{
    if (!query.organizationId.isEmpty() && item.organizationId != query.organizationId)
        return false;
    if (!query.source.isEmpty() && item.source != query.source)
        return false;
    if (query.search.isEmpty())
        return true;
    return item.label.contains(query.search, Qt::CaseInsensitive)
        || item.entityId.contains(query.search, Qt::CaseInsensitive)
        || item.conflictFields.join(u' ').contains(query.search, Qt::CaseInsensitive);
}

} // namespace

ConflictFeed::ConflictFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                           Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
    , m_outbox(outbox)
{
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, [this] { query(m_query); });
    if (m_outbox)
        connect(m_outbox, &Outbox::conflictRecorded, this, [this] { m_reload.start(); });
}

ConflictFeed::~ConflictFeed()
{
    unwatch();
    for (ApiReply *reply : {m_list.data(), m_count.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QString ConflictFeed::cacheKey() const
{
    return u"conflicts.open."_s + m_query.organizationId;
}

void ConflictFeed::loadCached()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    const QJsonArray cached = QJsonDocument::fromJson(m_cache->value(cacheKey()).toUtf8()).array();
    QList<ConflictItem> server;
    for (const ConflictItem &item : itemsFrom(cached)) {
        if (matches(item, m_query))
            server.append(item);
    }
    publish(server, int(server.size()), true);
}

void ConflictFeed::query(const ConflictQuery &filters)
{
    m_query = filters;
    if (m_list) {
        ApiReply *stale = m_list;
        m_list = nullptr;
        stale->abort();
    }
    if (m_query.source == u"outbox"_s) // only this console's: nothing to ask
        publish({}, 0, false);
    else
        requestList();
    requestOpenCount();
}

void ConflictFeed::requestOpenCount()
{
    if (m_count) {
        ApiReply *stale = m_count;
        m_count = nullptr;
        stale->abort();
    }
    QUrlQuery filters;
    filters.addQueryItem(u"status"_s, u"open"_s);
    filters.addQueryItem(u"limit"_s, u"1"_s);
    if (!m_query.organizationId.isEmpty())
        filters.addQueryItem(u"organizationId"_s, m_query.organizationId);
    ApiReply *reply = m_api->conflicts(filters);
    m_count = reply;
    onReplyFinished(reply, this, [this, reply](ApiReply *) {
        if (m_count != reply)
            return;
        m_count = nullptr;
        if (!reply->ok())
            return; // the count waits for the next answer; the list reports the error
        m_openTotal = reply->object().value(u"total"_s).toInt() + m_localOpen;
        Q_EMIT openCountChanged(m_openTotal);
    });
}

void ConflictFeed::requestList()
{
    QUrlQuery filters;
    filters.addQueryItem(u"status"_s, u"open"_s);
    filters.addQueryItem(u"limit"_s, QString::number(PageSize));
    if (!m_query.organizationId.isEmpty())
        filters.addQueryItem(u"organizationId"_s, m_query.organizationId);
    if (!m_query.source.isEmpty())
        filters.addQueryItem(u"source"_s, m_query.source);
    if (!m_query.search.isEmpty())
        filters.addQueryItem(u"q"_s, m_query.search);
    ApiReply *reply = m_api->conflicts(filters);
    m_list = reply;
    onReplyFinished(reply, this, [this, reply](ApiReply *) {
        if (m_list != reply)
            return; // superseded
        m_list = nullptr;
        if (!reply->ok()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(reply->error());
            return;
        }
        const QJsonArray items = replyItems(*reply);
        const QList<ConflictItem> server = itemsFrom(items);
        if (m_cache && m_cache->isOpen() && m_query.search.isEmpty() && m_query.source.isEmpty())
            m_cache->setValue(
                cacheKey(), QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
        publish(server, reply->object().value(u"total"_s).toInt(int(server.size())), false);
    });
}

void ConflictFeed::publish(const QList<ConflictItem> &server, int serverTotal, bool fromCache)
{
    QList<ConflictRecord> local;
    if (m_outbox) {
        for (const ConflictRecord &record : m_outbox->conflicts(u"open"_s)) {
            if (m_query.organizationId.isEmpty() || record.organizationId == m_query.organizationId)
                local.append(record);
        }
    }
    QList<ConflictItem> all = withOutboxConflicts(server, local);
    // The outbox's own follow the filters too.
    all.erase(std::remove_if(all.begin(), all.end(),
                             [this](const ConflictItem &item) {
                                 return item.isLocal() && !matches(item, m_query);
                             }),
              all.end());
    m_items = all;
    m_total = serverTotal + int(all.size() - server.size());
    m_localOpen = int(std::count_if(all.cbegin(), all.cend(),
                                    [](const ConflictItem &item) { return item.isLocal(); }));
    if (fromCache || (m_query.source.isEmpty() && m_query.search.isEmpty()))
        m_openTotal = m_total;
    Q_EMIT listLoaded(m_items, m_total, fromCache);
    Q_EMIT openCountChanged(m_openTotal);
}

void ConflictFeed::watch(bool isPlatformStaff, const QStringList &organizationIds)
{
    unwatch();
    AdminChannelHandlers handlers;
    handlers.rowChanged = [this](const RowChange &change) {
        onRowChanged(change);
    };
    handlers.refetchRequired = [this] {
        m_reload.start();
    };
    m_connections = watchAdminChannels(m_realtime, adminTopics(isPlatformStaff, organizationIds),
                                       m_cache, this, handlers);
}

void ConflictFeed::unwatch()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

void ConflictFeed::onRowChanged(const RowChange &change)
{
    if (change.table != u"sync_conflicts"_s)
        return;
    const QString status = change.record.value(u"status"_s).toString();
    if (change.type == u"INSERT"_s && status == u"open"_s) {
        m_reload.start();
        Q_EMIT conflictArrived(change.record.value(u"id"_s).toString(),
                               change.record.value(u"label"_s).toString());
        return;
    }
    if (change.type == u"UPDATE"_s && status != u"open"_s)
        forget({change.record.value(u"id"_s).toString()});
}

void ConflictFeed::forget(const QStringList &ids)
{
    QStringList gone;
    for (const QString &id : ids) {
        const auto it = std::find_if(m_items.begin(), m_items.end(),
                                     [&](const ConflictItem &item) { return item.id == id; });
        if (it == m_items.end())
            continue;
        if (it->isLocal()) {
            if (m_outbox)
                m_outbox->resolveConflict(it->localId);
        } else {
            closeLocalTwins(*it);
        }
        m_items.erase(it);
        gone.append(id);
    }
    if (gone.isEmpty())
        return;
    m_total = std::max(0, m_total - int(gone.size()));
    m_openTotal = std::max(0, m_openTotal - int(gone.size()));
    Q_EMIT closed(gone);
    Q_EMIT openCountChanged(m_openTotal);
}

void ConflictFeed::closeLocalTwins(const ConflictItem &item)
{
    if (!m_outbox || !item.fromThisConsole)
        return;
    for (const ConflictRecord &record : m_outbox->conflicts(u"open"_s)) {
        if (isServerTwin(item, record))
            m_outbox->resolveConflict(record.id);
    }
}

void ConflictFeed::loadDetail(const QString &id)
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [&](const ConflictItem &item) { return item.id == id; });
    if (it != m_items.cend() && it->isLocal()) {
        Q_EMIT detailLoaded(*it);
        return;
    }
    onReplyFinished(m_api->conflict(id), this, [this, id](ApiReply *reply) {
        if (!reply->ok()) {
            if (reply->error().httpStatus == 404)
                forget({id}); // gone meanwhile (or never ours to see)
            Q_EMIT errorOccurred(reply->error());
            return;
        }
        Result<ConflictItem> item = conflictItemFromJson(reply->object());
        if (!item)
            return;
        ConflictItem detail = item.value();
        const auto listed = std::find_if(m_items.begin(), m_items.end(),
                                         [&](const ConflictItem &i) { return i.id == id; });
        if (listed != m_items.end()) {
            detail.fromThisConsole = listed->fromThisConsole;
            *listed = detail;
        }
        if (detail.status != u"open"_s)
            forget({id}); // closed meanwhile: it leaves the list (and is shown if asked for)
        Q_EMIT detailLoaded(detail);
    });
}

} // namespace wedsync
