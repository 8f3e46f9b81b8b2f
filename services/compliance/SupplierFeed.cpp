#include "compliance/SupplierFeed.h"

#include "ComplianceJson.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"
#include "realtime/RealtimeTypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QStringList ComplianceTables {u"supplier_compliance"_s, u"compliance_records"_s,
                                    u"compliance_notifications"_s};

QString orgTopic(const QString &organizationId)
{
    return u"org:"_s + organizationId;
}

void bindComplianceTables(RealtimeChannel *channel)
{
    for (const QString &table : ComplianceTables)
        channel->bindRowChanges(table);
}

} // namespace

SupplierFeed::SupplierFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
    , m_reviewers(new SelectionPresence(QString::fromLatin1(PresenceEvent), this))
{
    qRegisterMetaType<SupplierDetail>();
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, &SupplierFeed::reload);
    connect(m_reviewers, &SelectionPresence::peersChanged, this, &SupplierFeed::reviewersChanged);
}

SupplierFeed::~SupplierFeed()
{
    unwatchSubmissions();
    close();
}

QString SupplierFeed::cacheKey(const QString &what) const
{
    return u"compliance."_s + what + u'.' + m_organizationId;
}

void SupplierFeed::remember(const QString &what, const QJsonArray &items)
{
    if (m_cache && m_cache->isOpen())
        m_cache->setValue(cacheKey(what),
                          QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
}

void SupplierFeed::track(ApiReply *reply)
{
    m_pending.removeIf([](const QPointer<ApiReply> &r) { return r.isNull(); });
    m_pending.append(reply);
}

void SupplierFeed::open(const QString &organizationId)
{
    if (organizationId == m_organizationId && (m_channel || !m_realtime))
        return;
    close();
    m_organizationId = organizationId;
    if (organizationId.isEmpty())
        return;
    paintFromCache();
    if (m_realtime) {
        m_channel = m_realtime->channel(orgTopic(organizationId));
        m_leaveOnClose = !m_channel->isJoined();
        bindComplianceTables(m_channel);
        m_connections << connect(m_channel, &RealtimeChannel::rowChanged, this,
                                 &SupplierFeed::onRowChanged)
                      << connect(m_channel, &RealtimeChannel::refetchRequired, this,
                                 &SupplierFeed::reload);
        m_channel->join();
        m_reviewers->start(m_channel);
    }
    loadCatalog();
    reload();
}

void SupplierFeed::close()
{
    ++m_generation;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    for (const QPointer<ApiReply> &reply : std::exchange(m_pending, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_reviewers->stop();
    if (m_channel && m_leaveOnClose)
        m_channel->leave();
    m_channel = nullptr;
    m_reload.stop();
    m_organizationId.clear();
    m_supplierId.clear();
    m_queue.clear();
    m_queueTotal = 0;
    m_suppliers.clear();
    m_tiers.clear();
    m_requirementTitles.clear();
}

void SupplierFeed::paintFromCache()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    const auto cached = [this](const QString &what) {
        return QJsonDocument::fromJson(m_cache->value(cacheKey(what)).toUtf8()).array();
    };
    const QJsonArray queue = cached(u"queue"_s);
    const QJsonArray suppliers = cached(u"suppliers"_s);
    if (!queue.isEmpty() || !suppliers.isEmpty()) {
        m_queue = decodeItems(queue, &requirementRecordFromJson, "a submission:");
        m_queueTotal = int(m_queue.size());
        m_suppliers = decodeItems(suppliers, &supplierSummaryFromJson, "a supplier:");
        Q_EMIT queueLoaded(m_queue, m_queueTotal, true);
        Q_EMIT suppliersLoaded(m_suppliers, true);
    }
    const QJsonArray tiers = cached(u"tiers"_s);
    if (!tiers.isEmpty()) {
        m_tiers = decodeItems(tiers, &complianceTierFromJson, "a tier:");
        Q_EMIT tiersLoaded(m_tiers);
    }
}

void SupplierFeed::reload()
{
    if (m_organizationId.isEmpty())
        return;
    loadQueue();
    loadSuppliers();
    loadDetail();
}

void SupplierFeed::loadCatalog()
{
    const int generation = m_generation;
    ApiReply *tiers = m_api->complianceTiers(m_organizationId);
    track(tiers);
    onReplyFinished(tiers, this, [this, generation](ApiReply *reply) {
        if (generation != m_generation || !reply->ok())
            return;
        const QJsonArray items = replyItems(*reply);
        m_tiers = decodeItems(items, &complianceTierFromJson, "a tier:");
        remember(u"tiers"_s, items);
        Q_EMIT tiersLoaded(m_tiers);
    });
    ApiReply *members = m_api->members(m_organizationId);
    track(members);
    onReplyFinished(members, this, [this, generation](ApiReply *reply) {
        if (generation != m_generation || !reply->ok())
            return; // names are a nicety: ids stay unnamed
        QHash<QString, QString> names;
        for (const QJsonValue &item : replyItems(*reply)) {
            const QJsonObject member = item.toObject();
            const QString name = member.value(u"displayName"_s).toString();
            names.insert(member.value(u"userId"_s).toString(),
                         name.isEmpty() ? member.value(u"email"_s).toString() : name);
        }
        Q_EMIT namesLoaded(names);
    });
    ApiReply *requirements = m_api->complianceRequirements(m_organizationId);
    track(requirements);
    onReplyFinished(requirements, this, [this, generation](ApiReply *reply) {
        if (generation != m_generation || !reply->ok())
            return;
        for (const QJsonValue &item : replyItems(*reply)) {
            const QJsonObject requirement = item.toObject();
            m_requirementTitles.insert(requirement.value(u"id"_s).toString(),
                                       requirement.value(u"title"_s).toString());
        }
    });
}

void SupplierFeed::loadQueue()
{
    const int generation = m_generation;
    ApiReply *queue = m_api->reviewQueue(m_organizationId, QueueLimit);
    track(queue);
    onReplyFinished(queue, this, [this, generation](ApiReply *reply) {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(reply->error());
            return;
        }
        const QJsonArray items = replyItems(*reply);
        m_queue = decodeItems(items, &requirementRecordFromJson, "a submission:");
        m_queueTotal = reply->object().value(u"total"_s).toInt(int(m_queue.size()));
        remember(u"queue"_s, items);
        Q_EMIT queueLoaded(m_queue, m_queueTotal, false);
    });
}

void SupplierFeed::loadSuppliers()
{
    const int generation = m_generation;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(SupplierLimit));
    ApiReply *suppliers = m_api->suppliers(m_organizationId, query);
    track(suppliers);
    onReplyFinished(suppliers, this, [this, generation](ApiReply *reply) {
        if (generation != m_generation || !reply->ok())
            return; // the queue reports the error
        const QJsonArray items = replyItems(*reply);
        m_suppliers = decodeItems(items, &supplierSummaryFromJson, "a supplier:");
        std::sort(m_suppliers.begin(), m_suppliers.end(),
                  [](const SupplierSummary &a, const SupplierSummary &b) {
                      return a.displayName.localeAwareCompare(b.displayName) < 0;
                  });
        remember(u"suppliers"_s, items);
        Q_EMIT suppliersLoaded(m_suppliers, false);
    });
}

QString SupplierFeed::requirementTitle(const QString &requirementId) const
{
    return m_requirementTitles.value(requirementId, requirementId);
}

void SupplierFeed::openSupplier(const QString &supplierId)
{
    m_supplierId = supplierId;
    m_reviewers->announceSelection(supplierId);
    loadDetail();
}

void SupplierFeed::loadDetail()
{
    if (m_supplierId.isEmpty() || m_organizationId.isEmpty())
        return;
    // Two answers make one detail: the requirements, then the advancement check (which
    // carries the supplier as it is now).
    const int generation = m_generation;
    const QString supplierId = m_supplierId;
    const QString organizationId = m_organizationId;
    ApiReply *records = m_api->supplierRequirements(organizationId, supplierId);
    track(records);
    onReplyFinished(records, this, [=, this](ApiReply *reply) {
        if (generation != m_generation || supplierId != m_supplierId)
            return;
        if (!reply->ok()) {
            Q_EMIT errorOccurred(reply->error());
            return;
        }
        const QList<RequirementRecord> list
            = decodeItems(replyItems(*reply), &requirementRecordFromJson, "a requirement:");
        ApiReply *check = m_api->supplierAdvancement(organizationId, supplierId);
        track(check);
        onReplyFinished(check, this, [=, this](ApiReply *answer) {
            if (generation != m_generation || supplierId != m_supplierId)
                return;
            if (!answer->ok()) {
                Q_EMIT errorOccurred(answer->error());
                return;
            }
            auto supplier
                = supplierSummaryFromJson(answer->object().value(u"supplier"_s).toObject());
            auto advancement
                = advancementCheckFromJson(answer->object().value(u"advancement"_s).toObject());
            if (!supplier || !advancement)
                return;
            Q_EMIT detailLoaded(SupplierDetail {supplier.value(), list, advancement.value()});
        });
    });
}

void SupplierFeed::onRowChanged(const RowChange &change)
{
    if (!ComplianceTables.contains(change.table))
        return;
    if (change.record.value(u"organization_id"_s).toString() != m_organizationId)
        return;
    m_reload.start();
}

void SupplierFeed::setSelf(const QString &userId, const QString &label)
{
    m_reviewers->setSelf(userId, label);
}

void SupplierFeed::setPresenceTimers(int heartbeatMs, int expiryMs)
{
    m_reviewers->setTimers(heartbeatMs, expiryMs);
}

QList<PresentPeer> SupplierFeed::reviewers() const
{
    return m_reviewers->peers();
}

void SupplierFeed::watchSubmissions(const QStringList &organizationIds)
{
    unwatchSubmissions();
    if (!m_realtime)
        return;
    for (const QString &organizationId : organizationIds) {
        RealtimeChannel *channel = m_realtime->channel(orgTopic(organizationId));
        bindComplianceTables(channel);
        m_submissionConnections << connect(
            channel, &RealtimeChannel::rowChanged, this, [this](const RowChange &change) {
                if (change.replayed || change.table != u"compliance_notifications"_s
                    || change.type != u"INSERT"_s
                    || change.record.value(u"kind"_s).toString() != u"requirement_submitted"_s)
                    return;
                Q_EMIT submissionArrived(
                    change.record.value(u"organization_id"_s).toString(),
                    change.record.value(u"supplier_id"_s).toString(),
                    change.record.value(u"details"_s).toObject().value(u"title"_s).toString());
            });
        channel->join();
    }
}

void SupplierFeed::unwatchSubmissions()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_submissionConnections))
        disconnect(connection);
    m_submissionConnections.clear();
}

} // namespace wedsync
