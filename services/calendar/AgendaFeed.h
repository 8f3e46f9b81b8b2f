#pragma once
// What the Calendars screen's agenda shows: the appointments of one organization, or of one of
// its weddings, from a week ago on (the wedding day included), soonest first. The last answer
// is kept in the local cache, so an offline start shows it at once; a change on the
// organization's topic (org:<id>, table appointments) reloads it a moment later.

#include "AppointmentRules.h"
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
class RealtimeChannel;
class RealtimeClient;

class AgendaFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 500;
    static constexpr int MaxPages = 4; // 2,000 appointments: an agenda, not an archive
    static constexpr int DaysBack = 7;

    AgendaFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
               QObject *parent = nullptr);
    ~AgendaFeed() override;

    // Shows `organizationId` (with `weddingId`: that wedding's only): the cached list at once,
    // then a fresh one, and live changes. An empty organization shows nothing.
    void open(const QString &organizationId, const QString &weddingId);
    void close();
    void reload();
    QString organizationId() const { return m_organizationId; }
    QString weddingId() const { return m_weddingId; }
    const QList<appointments::Appointment> &appointments() const { return m_items; }

Q_SIGNALS:
    void loaded(const QList<wedsync::appointments::Appointment> &items, bool fromCache);
    void failed(const wedsync::ApiError &error);

private:
    void requestPage(const QString &cursor, QList<appointments::Appointment> soFar, int page);
    void paintFromCache();
    void publish(QList<appointments::Appointment> items, bool fromCache);
    QString cacheKey() const;

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    QString m_organizationId;
    QString m_weddingId;
    QList<appointments::Appointment> m_items;
    RealtimeChannel *m_channel = nullptr;
    bool m_leaveOnClose = false;
    QList<QMetaObject::Connection> m_connections;
    QPointer<ApiReply> m_pending;
    QTimer m_reload;
    int m_generation = 0;
};

} // namespace wedsync
