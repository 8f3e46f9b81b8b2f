#include "layout/LayoutFeed.h"

#include "SectionJson.h"
#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/LocalCache.h"
#include "layout/LayoutSaveRun.h"
#include "layout/LayoutWire.h"
#include "realtime/RealtimeClient.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
const QString Layouts = u"layouts"_s; // the cache's collection: one document per dashboard

void sortByPosition(QList<SectionConfig> &sections)
{
    std::stable_sort(sections.begin(), sections.end(),
                     [](const SectionConfig &a, const SectionConfig &b) {
                         return a.layout.position < b.layout.position;
                     });
}

qint64 layoutVersionOf(ApiReply *reply)
{
    const QByteArray header = reply->header("X-Layout-Version");
    bool ok = false;
    const qint64 version = header.toLongLong(&ok);
    if (ok)
        return version;
    const QJsonObject body = reply->object();
    return body.value(u"currentVersion"_s).toInteger(body.value(u"version"_s).toInteger());
}
} // namespace

LayoutFeed::LayoutFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache, Outbox *outbox,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_editors(new SelectionPresence(u"layout_editing"_s, this))
    , m_saveRun(new LayoutSaveRun(api, outbox, this))
{
    connect(m_editors, &SelectionPresence::peersChanged, this, &LayoutFeed::editorsChanged);
    connect(m_saveRun, &LayoutSaveRun::saveProgress, this, &LayoutFeed::saveProgress);
    connect(m_saveRun, &LayoutSaveRun::sectionDeleted, this, [this](const QString &id) {
        m_versions.remove(id);
        Q_EMIT sectionDeleted(id);
    });
    connect(m_saveRun, &LayoutSaveRun::sectionsSaved, this,
            [this](const QList<SectionConfig> &saved, const QHash<QString, QString> &localIdFor) {
                for (const SectionConfig &section : saved)
                    m_versions.insert(section.id, section.metadata.version);
                Q_EMIT sectionsSaved(saved, localIdFor);
            });
    connect(m_saveRun, &LayoutSaveRun::saveConflict, this, &LayoutFeed::saveConflict);
    connect(m_saveRun, &LayoutSaveRun::savedLocally, this, &LayoutFeed::savedLocally);
    connect(m_saveRun, &LayoutSaveRun::saveFinished, this, [this](bool ok, const QString &text) {
        m_saving = false;
        checkLayoutVersion();
        Q_EMIT saveFinished(ok, text);
    });
    m_versionCheck.setSingleShot(true);
    m_versionCheck.setInterval(0);
    connect(&m_versionCheck, &QTimer::timeout, this, &LayoutFeed::checkLayoutVersion);
}

LayoutFeed::~LayoutFeed()
{
    close();
}

void LayoutFeed::setOperator(const QString &userId, const QString &label)
{
    m_userId = userId;
    m_userLabel = label;
    m_editors->setSelf(userId, label);
    m_saveRun->setOperator(userId);
}

void LayoutFeed::setPresenceTimers(int heartbeatMs, int expiryMs)
{
    m_editors->setTimers(heartbeatMs, expiryMs);
}

QString LayoutFeed::cacheKey() const
{
    return m_organizationId + u'/' + m_weddingId;
}

void LayoutFeed::open(const QString &organizationId, const QString &weddingId)
{
    close();
    m_organizationId = organizationId;
    m_weddingId = weddingId;
    m_saveRun->setScope(organizationId, weddingId);
    paintFromCache();
    if (m_realtime) {
        const QString topic
            = weddingId.isEmpty() ? u"org:"_s + organizationId : u"wedding:"_s + weddingId;
        m_channel = m_realtime->channel(topic);
        // Someone else (presence, a dashboard) may hold the topic already: leave it to them.
        m_leaveOnClose = !m_channel->isJoined();
        m_channel->bindRowChanges(QString::fromLatin1(layoutwire::SectionTable));
        m_connections << connect(m_channel, &RealtimeChannel::rowChanged, this,
                                 &LayoutFeed::onRowChanged)
                      << connect(m_channel, &RealtimeChannel::refetchRequired, this,
                                 &LayoutFeed::reload);
        m_channel->join();
        if (m_presenceEnabled)
            m_editors->start(m_channel);
    }
    reload();
    loadMembers();
}

void LayoutFeed::loadMembers()
{
    // Known already; an earlier request that failed or was aborted left it unset.
    if (m_membersOf == m_organizationId)
        return;
    const QString organizationId = m_organizationId;
    whenDone(m_api->members(organizationId), [this, organizationId](ApiReply *reply) {
        if (!reply->ok())
            return; // the preview keeps its roles; asked again when a dashboard opens
        m_membersOf = organizationId;
        Q_EMIT membersLoaded(layoutwire::membersFromApi(reply->json(), organizationId));
    });
}

void LayoutFeed::close()
{
    ++m_generation;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    for (const QPointer<ApiReply> &reply : std::exchange(m_replies, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_editors->stop();
    if (m_channel && m_leaveOnClose)
        m_channel->leave();
    m_channel = nullptr;
    m_versionCheck.stop();
    m_sections.clear();
    m_versions.clear();
    m_inherited = false;
    m_customizing = false;
    m_layoutVersion = 0;
    m_organizationId.clear();
    m_weddingId.clear();
    m_saveRun->setScope({}, {});
}

void LayoutFeed::whenDone(ApiReply *reply, std::function<void(ApiReply *)> handler)
{
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation = m_generation, handler = std::move(handler)] {
                reply->deleteLater();
                m_replies.removeAll(reply);
                if (generation == m_generation)
                    handler(reply);
            });
}

void LayoutFeed::paintFromCache()
{
    const std::optional<QJsonObject> cached = m_cache->document(Layouts, cacheKey());
    if (!cached)
        return;
    QList<SectionConfig> sections
        = layoutwire::sectionsFromApi(cached->value(u"sections"_s).toArray());
    sortByPosition(sections);
    Q_EMIT loaded(sections, cached->value(u"layoutVersion"_s).toInteger(),
                  cached->value(u"inherited"_s).toBool(), true);
}

void LayoutFeed::reload()
{
    if (m_organizationId.isEmpty())
        return;
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->abort();
        m_listing->deleteLater();
    }
    m_listing = m_api->sectionsInScope(m_organizationId, m_weddingId);
    whenDone(m_listing, [this](ApiReply *reply) { onListed(reply); });
}

void LayoutFeed::onListed(ApiReply *reply)
{
    if (!reply->ok()) {
        Q_EMIT loadFailed(reply->error());
        return;
    }
    const qint64 layoutVersion = layoutVersionOf(reply);
    QList<SectionConfig> sections = layoutwire::sectionsFromApi(reply->json());
    if (m_weddingId.isEmpty()) {
        publish(sections, layoutVersion, false);
        return;
    }
    // A wedding without sections of its own shows the organization's default; one with its
    // own still needs the default's grants for the sections a coordinator adds.
    const bool inherited = sections.isEmpty();
    if (!inherited)
        publish(sections, layoutVersion, false);
    m_listing = m_api->sectionsInScope(m_organizationId, {});
    whenDone(m_listing, [this, layoutVersion, inherited](ApiReply *defaults) {
        if (!defaults->ok()) {
            if (inherited)
                Q_EMIT loadFailed(defaults->error());
            return;
        }
        const QList<SectionConfig> organization = layoutwire::sectionsFromApi(defaults->json());
        if (inherited)
            publish(organization, layoutVersion, true);
        Q_EMIT organizationDefaultsLoaded(organization);
    });
}

void LayoutFeed::publish(const QList<SectionConfig> &sections, qint64 layoutVersion, bool inherited)
{
    m_sections = sections;
    sortByPosition(m_sections);
    m_layoutVersion = layoutVersion;
    m_inherited = inherited;
    m_versions.clear();
    for (const SectionConfig &section : std::as_const(m_sections))
        m_versions.insert(section.id, section.metadata.version);
    QJsonArray json;
    for (const SectionConfig &section : std::as_const(m_sections))
        json.append(sectionToJson(section));
    m_cache->put(Layouts,
                 {cacheKey(), m_organizationId,
                  QJsonObject {{u"sections"_s, json},
                               {u"layoutVersion"_s, layoutVersion},
                               {u"inherited"_s, inherited}}});
    Q_EMIT loaded(m_sections, layoutVersion, inherited, false);
}

void LayoutFeed::onRowChanged(const RowChange &change)
{
    if (change.table != QLatin1StringView(layoutwire::SectionTable))
        return;
    const bool removed = change.type == "DELETE"_L1;
    const QJsonObject row = removed ? change.oldRecord : change.record;
    // "org:<id>" carries every dashboard of the organization; the default has no wedding.
    if (row.value(u"wedding_id"_s).toString() != m_weddingId)
        return;
    const QString id = row.value(u"id"_s).toString();
    if (m_customizing)
        return;
    m_versionCheck.start();
    if (m_inherited)
        return; // the wedding's first own sections: reloaded with the layout version
    if (removed) {
        m_sections.removeIf([&](const SectionConfig &s) { return s.id == id; });
        if (m_versions.remove(id) > 0)
            Q_EMIT sectionRemoved(id);
        return;
    }
    const std::optional<SectionConfig> section = layoutwire::sectionFromRow(row);
    if (!section)
        return;
    auto it = std::find_if(m_sections.begin(), m_sections.end(),
                           [&](const SectionConfig &s) { return s.id == id; });
    if (it != m_sections.end())
        *it = *section;
    else
        m_sections.append(*section);
    // Our own saves come back too; what is known already is not news.
    if (m_versions.value(id, 0) >= section->metadata.version)
        return;
    m_versions.insert(id, section->metadata.version);
    Q_EMIT sectionChanged(*section);
}

void LayoutFeed::checkLayoutVersion()
{
    // The server announces section rows, not layout versions: the head of the list says it.
    if (m_organizationId.isEmpty())
        return;
    if (m_inherited) {
        reload();
        return;
    }
    QUrlQuery paging;
    paging.addQueryItem(u"limit"_s, u"1"_s);
    whenDone(m_api->layoutVersions(m_organizationId, m_weddingId, paging), [this](ApiReply *r) {
        if (!r->ok())
            return;
        const qint64 version = layoutVersionOf(r);
        if (version <= m_layoutVersion)
            return;
        m_layoutVersion = version;
        Q_EMIT layoutVersionChanged(version);
    });
}

bool LayoutFeed::save(const LayoutSavePlan &plan)
{
    if (m_saving || m_organizationId.isEmpty())
        return false;
    if (!m_saveRun->start(plan, m_sections))
        return false;
    m_saving = m_saveRun->isRunning(); // an empty plan has finished already
    return true;
}

void LayoutFeed::customizeWedding()
{
    if (m_weddingId.isEmpty() || !m_inherited)
        return;
    QList<SectionConfig> pending = m_sections;
    for (SectionConfig &section : pending)
        section.weddingId = m_weddingId;
    m_customizing = true;
    createNextDefault(pending);
}

void LayoutFeed::createNextDefault(QList<SectionConfig> pending)
{
    if (pending.isEmpty()) {
        m_customizing = false;
        reload();
        return;
    }
    const SectionConfig next = pending.takeFirst();
    whenDone(m_api->createSection(m_organizationId, layoutwire::createBody(next)),
             [this, pending](ApiReply *reply) {
                 const ApiError &error = reply->error();
                 if (!reply->ok()) {
                     // One section refused (e.g. billing for a coordinator): tell, copy the rest.
                     Q_EMIT loadFailed(error);
                     const bool refused = error.kind == ApiError::Kind::Http
                         && error.httpStatus >= 400 && error.httpStatus < 500;
                     if (!refused) {
                         m_customizing = false;
                         reload(); // shows what was copied before the failure
                         return;
                     }
                 }
                 createNextDefault(pending);
             });
}

void LayoutFeed::loadVersions()
{
    if (m_organizationId.isEmpty())
        return;
    whenDone(m_api->layoutVersions(m_organizationId, m_weddingId), [this](ApiReply *reply) {
        if (!reply->ok()) {
            Q_EMIT versionsFailed(reply->error());
            return;
        }
        QList<LayoutVersionItem> versions;
        for (const QJsonValue &value : reply->object().value(u"items"_s).toArray()) {
            const QJsonObject item = value.toObject();
            const QJsonObject author = item.value(u"author"_s).toObject();
            versions.append(
                {item.value(u"version"_s).toInteger(),
                 QDateTime::fromString(item.value(u"createdAt"_s).toString(), Qt::ISODateWithMs)
                     .toUTC(),
                 author.value(u"id"_s).toString(), author.value(u"name"_s).toString(),
                 item.value(u"summary"_s).toString()});
        }
        Q_EMIT versionsLoaded(versions);
    });
}

void LayoutFeed::loadVersion(qint64 version)
{
    if (m_organizationId.isEmpty())
        return;
    whenDone(m_api->layoutVersion(m_organizationId, m_weddingId, version),
             [this, version](ApiReply *reply) {
                 if (!reply->ok()) {
                     Q_EMIT versionsFailed(reply->error());
                     return;
                 }
                 QList<SectionConfig> sections
                     = layoutwire::sectionsFromApi(reply->object().value(u"sections"_s));
                 sortByPosition(sections);
                 Q_EMIT versionLoaded(version, sections);
             });
}

void LayoutFeed::restoreVersion(qint64 version, qint64 currentVersion)
{
    if (m_organizationId.isEmpty())
        return;
    whenDone(m_api->restoreLayoutVersion(m_organizationId, m_weddingId, version, currentVersion),
             [this](ApiReply *reply) {
                 if (!reply->ok()) {
                     Q_EMIT versionsFailed(reply->error());
                     return;
                 }
                 const qint64 restored = layoutVersionOf(reply);
                 Q_EMIT versionRestored(restored);
                 reload(); // the editor's base is the restored layout
             });
}

void LayoutFeed::announceSelection(const QString &sectionId)
{
    m_editors->announceSelection(sectionId);
}

QList<PresentPeer> LayoutFeed::editors() const
{
    return m_editors->peers();
}

} // namespace wedsync
