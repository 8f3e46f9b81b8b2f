#include "config/ConfigFeed.h"

#include "api/ApiClient.h"
#include "config/ConfigRequests.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString DeltaEvent = u"config_delta"_s;

// Is a delta published on a topic about the scope and type on screen?
bool concerns(const QJsonObject &payload, const ConfigScope &scope, ConfigSettingType type)
{
    if (payload.value(u"settingType"_s).toString() != configSettingTypeName(type))
        return false;
    // A change above the scope reaches it through the resolver: any level at or above counts.
    const QJsonObject at = payload.value(u"scope"_s).toObject();
    const QString org = at.value(u"organizationId"_s).toString();
    return org.isEmpty() || org == scope.organizationId;
}

} // namespace

ConfigFeed::ConfigFeed(ApiClient *api, RealtimeClient *realtime, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
{
    qRegisterMetaType<ConfigView>();
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, [this] {
        // A catch-up after a reconnect reloads quietly: nobody is known to have changed
        // anything.
        if (std::exchange(m_changeSeen, false))
            Q_EMIT changedElsewhere();
        reload();
    });
}

ConfigFeed::~ConfigFeed()
{
    close();
    abortAll(&m_listReplies);
}

void ConfigFeed::abortAll(QList<QPointer<ApiReply>> *replies)
{
    for (const QPointer<ApiReply> &reply : std::as_const(*replies))
        dropReply(reply, this);
    replies->clear();
}

void ConfigFeed::fetch(const RestRequest &request, bool forThisScope,
                       std::function<void(ApiReply *)> answered)
{
    ApiReply *reply = m_api->send(request);
    // Only what belongs to the scope on screen is dropped when another opens: the lists the
    // choosers wait for (members, types, opt-outs) are asked for before the scope is ready.
    QList<QPointer<ApiReply>> &pending = forThisScope ? m_pending : m_listReplies;
    pending.removeAll(nullptr);
    pending.append(reply);
    const int generation = m_generation;
    onReplyFinished(
        reply, this,
        [this, generation, forThisScope, answered = std::move(answered)](ApiReply *finished) {
            if (forThisScope && generation != m_generation)
                return; // another scope is on screen now
            if (!finished->ok()) {
                Q_EMIT failed(finished->error());
                return;
            }
            answered(finished);
        });
}

void ConfigFeed::open(const ConfigScope &scope, ConfigSettingType type)
{
    close();
    m_scope = scope;
    m_type = type;
    m_open = true;
    watch();
    reload();
}

void ConfigFeed::close()
{
    ++m_generation;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    abortAll(&m_pending);
    for (RealtimeChannel *channel : std::as_const(m_leaveOnClose))
        channel->leave();
    m_leaveOnClose.clear();
    m_reload.stop();
    m_changeSeen = false;
    m_ownVersions.clear();
    m_historyCursor.clear();
    m_open = false;
}

void ConfigFeed::watch()
{
    if (!m_realtime)
        return;
    QStringList topics {u"config:"_s + configSettingTypeName(m_type)};
    if (!m_scope.organizationId.isEmpty())
        topics << u"tenant:"_s + m_scope.organizationId + u":admins"_s;
    for (const QString &topic : std::as_const(topics)) {
        RealtimeChannel *channel = m_realtime->channel(topic);
        if (!channel->isJoined())
            m_leaveOnClose << channel;
        m_connections << connect(channel, &RealtimeChannel::serverBroadcastReceived, this,
                                 [this](const QString &event, const QJsonObject &payload) {
                                     if (event != DeltaEvent || !concerns(payload, m_scope, m_type))
                                         return;
                                     const qint64 version
                                         = payload.value(u"version"_s).toInteger(-1);
                                     if (!m_ownVersions.removeOne(version))
                                         m_changeSeen = true;
                                     m_reload.start();
                                 })
                      << connect(channel, &RealtimeChannel::refetchRequired, this,
                                 [this] { m_reload.start(); });
        channel->join();
    }
}

void ConfigFeed::noteOwnChange(qint64 version)
{
    constexpr qsizetype Kept = 8;
    m_ownVersions.append(version);
    if (m_ownVersions.size() > Kept)
        m_ownVersions.removeFirst();
}

void ConfigFeed::reload()
{
    if (!m_open)
        return;
    requestView();
    requestLayersAbove();
    requestHistory(false);
    reloadChangeRequests();
}

void ConfigFeed::requestLayersAbove()
{
    QList<ConfigScope> above;
    if (m_scope.layer != ConfigLayer::Platform)
        above << ConfigScope::platform();
    if (m_scope.layer == ConfigLayer::User)
        above << ConfigScope::tenant(m_scope.organizationId);
    for (const ConfigScope &scope : std::as_const(above)) {
        if (!configSettingAllowedAt(m_type, scope.layer))
            continue; // that level keeps nothing of this type
        fetch(configapi::view(scope, m_type), true, [this](ApiReply *reply) {
            auto view = configViewFromJson(reply->object());
            if (!view) {
                qCWarning(lcFeeds) << "configuration layer" << view.error().message;
                return;
            }
            Q_EMIT layerLoaded(view->scope.layer, view->document);
        });
    }
}

void ConfigFeed::requestView()
{
    fetch(configapi::view(m_scope, m_type), true, [this](ApiReply *reply) {
        auto view = configViewFromJson(reply->object());
        if (!view) {
            qCWarning(lcFeeds) << "configuration view" << view.error().message;
            return;
        }
        Q_EMIT viewLoaded(view.value());
    });
}

void ConfigFeed::loadMoreHistory()
{
    if (m_open && hasMoreHistory())
        requestHistory(true);
}

void ConfigFeed::requestHistory(bool append)
{
    const QString cursor = append ? m_historyCursor : QString();
    fetch(configapi::history(m_scope, m_type, HistoryPageSize, cursor), true,
          [this, append](ApiReply *reply) {
              m_historyCursor = reply->object().value(u"nextCursor"_s).toString();
              Q_EMIT historyLoaded(
                  decodeItems(replyItems(*reply), &configHistoryEntryFromJson, "history entry"),
                  append, hasMoreHistory());
          });
}

void ConfigFeed::reloadChangeRequests()
{
    if (!m_open)
        return;
    // A member's settings have no change requests: they are the organization's or platform's.
    if (m_scope.layer == ConfigLayer::User) {
        Q_EMIT changeRequestsLoaded({});
        return;
    }
    fetch(configapi::changeRequests(m_scope, RequestPageSize), true, [this](ApiReply *reply) {
        Q_EMIT changeRequestsLoaded(
            decodeItems(replyItems(*reply), &configChangeRequestFromJson, "change request"));
    });
}

void ConfigFeed::loadTypes(const QString &organizationId)
{
    fetch(configapi::types(organizationId), false, [this, organizationId](ApiReply *reply) {
        QList<ConfigSettingType> types;
        for (const QJsonValue &item : replyItems(*reply)) {
            const auto type
                = configSettingTypeFromName(item.toObject().value(u"settingType"_s).toString());
            if (type)
                types << *type;
        }
        Q_EMIT typesLoaded(organizationId, types);
    });
}

void ConfigFeed::loadMembers(const QString &organizationId)
{
    fetch(configapi::members(organizationId), false, [this, organizationId](ApiReply *reply) {
        QList<ConfigMember> members;
        for (const QJsonValue &item : replyItems(*reply)) {
            const QJsonObject member = item.toObject();
            const QString name = member.value(u"displayName"_s).toString();
            members << ConfigMember {member.value(u"userId"_s).toString(),
                                     name.isEmpty() ? member.value(u"email"_s).toString() : name,
                                     member.value(u"role"_s).toString()};
        }
        Q_EMIT membersLoaded(organizationId, members);
    });
}

void ConfigFeed::loadOptOuts(const QString &organizationId)
{
    fetch(configapi::rules(), false, [this, organizationId](ApiReply *rulesReply) {
        auto rules = configSyncRulesFromJson(replyItems(*rulesReply));
        const QList<ConfigSyncRule> known = rules ? rules.value() : QList<ConfigSyncRule>();
        fetch(configapi::optOuts(organizationId), false,
              [this, organizationId, known](ApiReply *reply) {
                  auto optOuts = configOptOutsFromJson(reply->object());
                  Q_EMIT optOutsLoaded(organizationId, optOuts ? optOuts.value() : ConfigOptOuts(),
                                       known);
              });
    });
}

} // namespace wedsync
