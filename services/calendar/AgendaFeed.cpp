#include "calendar/AgendaFeed.h"

#include "AppointmentJson.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"
#include "realtime/RealtimeTypes.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString Table = u"appointments"_s;

QList<appointments::Appointment> decoded(const QJsonArray &items)
{
    QList<appointments::Appointment> out;
    for (const QJsonValue &item : items) {
        appointments::Appointment one;
        if (appointments::fromJson(item.toObject(), &one) && !one.isDeleted())
            out.append(one);
        else
            qCWarning(lcFeeds) << "skipping an appointment that does not decode";
    }
    return out;
}

} // namespace

AgendaFeed::AgendaFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
{
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, &AgendaFeed::reload);
}

AgendaFeed::~AgendaFeed()
{
    close();
}

QString AgendaFeed::cacheKey() const
{
    return u"agenda."_s + m_organizationId + u'.' + m_weddingId;
}

void AgendaFeed::open(const QString &organizationId, const QString &weddingId)
{
    if (organizationId == m_organizationId && weddingId == m_weddingId
        && (m_channel || !m_realtime))
        return;
    close();
    m_organizationId = organizationId;
    m_weddingId = weddingId;
    if (organizationId.isEmpty()) {
        publish({}, true);
        return;
    }
    paintFromCache();
    if (m_realtime) {
        m_channel = m_realtime->channel(u"org:"_s + organizationId);
        m_leaveOnClose = !m_channel->isJoined();
        m_channel->bindRowChanges(Table);
        m_connections << connect(
            m_channel, &RealtimeChannel::rowChanged, this, [this](const RowChange &change) {
                if (change.table == Table)
                    m_reload.start();
            }) << connect(m_channel, &RealtimeChannel::refetchRequired, this, &AgendaFeed::reload);
        m_channel->join();
    }
    reload();
}

void AgendaFeed::close()
{
    ++m_generation;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
    if (m_channel && m_leaveOnClose)
        m_channel->leave();
    m_channel = nullptr;
    m_reload.stop();
    m_organizationId.clear();
    m_weddingId.clear();
    m_items.clear();
}

void AgendaFeed::reload()
{
    if (m_organizationId.isEmpty())
        return;
    ++m_generation;
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
    requestPage({}, {}, 1);
}

void AgendaFeed::requestPage(const QString &cursor, QList<appointments::Appointment> soFar,
                             int page)
{
    ApiClient::Request request;
    request.path = u"/api/v1/organizations/"_s + m_organizationId + u"/appointments"_s;
    request.query.addQueryItem(u"limit"_s, QString::number(PageSize));
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-DaysBack);
    request.query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    if (!m_weddingId.isEmpty())
        request.query.addQueryItem(u"weddingId"_s, m_weddingId);
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"cursor"_s, cursor);
    const int generation = m_generation;
    m_pending = m_api->send(request);
    onReplyFinished(m_pending, this,
                    [this, generation, page, soFar = std::move(soFar)](ApiReply *reply) mutable {
                        if (generation != m_generation)
                            return;
                        if (!reply->ok()) {
                            Q_EMIT failed(reply->error());
                            return;
                        }
                        const QJsonArray items = replyItems(*reply);
                        soFar.append(decoded(items));
                        const QString next = reply->object().value(u"nextCursor"_s).toString();
                        if (!next.isEmpty() && page < MaxPages) {
                            requestPage(next, std::move(soFar), page + 1);
                            return;
                        }
                        if (m_cache && m_cache->isOpen()) {
                            QJsonArray all;
                            for (const appointments::Appointment &a : std::as_const(soFar))
                                all.append(appointments::toJson(a));
                            m_cache->setValue(cacheKey(),
                                              QString::fromUtf8(QJsonDocument(all).toJson(
                                                  QJsonDocument::Compact)));
                        }
                        publish(std::move(soFar), false);
                    });
}

void AgendaFeed::paintFromCache()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    const QJsonArray items = QJsonDocument::fromJson(m_cache->value(cacheKey()).toUtf8()).array();
    if (!items.isEmpty())
        publish(decoded(items), true);
}

void AgendaFeed::publish(QList<appointments::Appointment> items, bool fromCache)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const appointments::Appointment &a, const appointments::Appointment &b) {
                         return a.startsAt < b.startsAt;
                     });
    m_items = std::move(items);
    Q_EMIT loaded(m_items, fromCache);
}

} // namespace wedsync
