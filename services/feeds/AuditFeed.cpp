#include "feeds/AuditFeed.h"

#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "feeds/AdminChannels.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString AuditStream = u"audit"_s;
const QString NamesKey = u"audit.names"_s;
constexpr int MaxOrganizationsNamed = 50; // members are asked per organization

QList<AuditRecord> recordsFrom(const QJsonArray &items)
{
    return decodeItems(items, &auditRecordFromJson, "an audit row:");
}

// Records in an RFC 4180 file: line ends outside quotes, less the header.
int csvRecordCount(const QByteArray &csv)
{
    int lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++lines;
    }
    if (!csv.isEmpty() && !csv.endsWith('\n'))
        ++lines;
    return std::max(0, lines - 1);
}

} // namespace

AuditFeed::AuditFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
{ }

AuditFeed::~AuditFeed()
{
    unwatch();
    // Cancelled quietly: no signal of ours goes out of a feed being destroyed.
    for (ApiReply *reply : {m_page.data(), m_export.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void AuditFeed::loadCachedNames()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    const QJsonObject cachedNames
        = QJsonDocument::fromJson(m_cache->value(NamesKey).toUtf8()).object();
    QHash<QString, QString> names;
    for (auto it = cachedNames.begin(); it != cachedNames.end(); ++it)
        names.insert(it.key(), it.value().toString());
    addNames(names);
}

void AuditFeed::loadCached()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    loadCachedNames();
    const QList<QJsonObject> recent = m_cache->recent(AuditStream, 1000);
    if (recent.isEmpty())
        return;
    QList<AuditRecord> matching;
    for (const QJsonObject &item : recent) {
        Result<AuditRecord> record = auditRecordFromJson(item);
        if (record && m_query.matches(record.value()))
            matching.append(record.value());
        if (matching.size() >= m_pageSize)
            break;
    }
    Q_EMIT pageLoaded(matching, int(matching.size()), {}, true, true);
}

void AuditFeed::loadNames()
{
    m_namesAsked = true;
    onReplyFinished(m_api->organizations(), this, [this](ApiReply *reply) {
        if (!reply->ok())
            return; // ids are shown instead; nothing a person has to act on
        QHash<QString, QString> names;
        QStringList organizations;
        for (const QJsonValue &item : replyItems(*reply)) {
            const QString id = item.toObject().value(u"id"_s).toString();
            names.insert(id, item.toObject().value(u"name"_s).toString());
            organizations.append(id);
        }
        addNames(names);
        for (const QString &id : organizations.mid(0, MaxOrganizationsNamed)) {
            ApiClient::Request request;
            request.path = u"/api/v1/organizations/"_s + id + u"/members"_s;
            onReplyFinished(m_api->send(request), this, [this](ApiReply *answer) {
                if (!answer->ok())
                    return;
                QHash<QString, QString> people;
                for (const QJsonValue &item : replyItems(*answer)) {
                    const QJsonObject member = item.toObject();
                    const QString name = member.value(u"displayName"_s).toString();
                    people.insert(member.value(u"userId"_s).toString(),
                                  name.isEmpty() ? member.value(u"email"_s).toString() : name);
                }
                addNames(people);
            });
        }
    });
}

void AuditFeed::addNames(const QHash<QString, QString> &names)
{
    if (names.isEmpty())
        return;
    m_names.insert(names);
    if (m_cache && m_cache->isOpen()) {
        QJsonObject json;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            json.insert(it.key(), it.value());
        m_cache->setValue(NamesKey,
                          QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    Q_EMIT namesChanged(m_names);
}

void AuditFeed::query(const AuditQuery &filters)
{
    if (!m_namesAsked)
        loadNames();
    m_query = filters;
    followWedding(filters.weddingId);
    m_nextCursor.clear();
    if (m_page) {
        ApiReply *stale = m_page;
        m_page = nullptr;
        stale->abort();
    }
    requestPage({});
}

void AuditFeed::fetchMore()
{
    if (canFetchMore())
        requestPage(m_nextCursor);
}

void AuditFeed::requestPage(const QString &cursor)
{
    QUrlQuery filters = m_query.toUrlQuery();
    filters.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    const bool firstPage = cursor.isEmpty();
    if (!firstPage)
        filters.addQueryItem(u"cursor"_s, cursor);
    ApiReply *reply = m_api->audit(filters);
    m_page = reply;
    onReplyFinished(reply, this, [this, reply, firstPage](ApiReply *) {
        if (m_page != reply)
            return; // superseded by a newer query
        m_page = nullptr;
        if (!reply->ok()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(reply->error());
            return;
        }
        const QList<AuditRecord> records = recordsFrom(replyItems(*reply));
        const QJsonObject body = reply->object();
        m_nextCursor = body.value(u"nextCursor"_s).toString();
        if (firstPage)
            cache(records);
        Q_EMIT pageLoaded(records, body.value(u"total"_s).toInt(int(records.size())), m_nextCursor,
                          firstPage, false);
    });
}

void AuditFeed::cache(const QList<AuditRecord> &records)
{
    if (!m_cache || !m_cache->isOpen() || records.isEmpty())
        return;
    QList<CachedDocument> docs;
    docs.reserve(records.size());
    for (const AuditRecord &record : records)
        docs.append({record.id, record.organizationId, auditRecordToJson(record)});
    m_cache->append(AuditStream, docs, 20000);
}

void AuditFeed::watch(bool isPlatformStaff, const QStringList &organizationIds)
{
    unwatch();
    AdminChannelHandlers handlers;
    handlers.rowChanged = [this](const RowChange &change) {
        onRowChanged(change, false);
    };
    handlers.refetchRequired = [this] {
        query(m_query);
    };
    m_connections = watchAdminChannels(m_realtime, adminTopics(isPlatformStaff, organizationIds),
                                       m_cache, this, handlers);
}

void AuditFeed::unwatch()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    followWedding({});
}

void AuditFeed::followWedding(const QString &weddingId)
{
    if (weddingId == m_followedWedding)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_weddingConnections))
        disconnect(connection);
    m_weddingConnections.clear();
    if (m_leaveWedding && m_realtime)
        m_realtime->channel(u"wedding:"_s + m_followedWedding)->leave();
    m_leaveWedding = false;
    m_followedWedding = weddingId;
    if (weddingId.isEmpty() || !m_realtime)
        return;
    RealtimeChannel *channel = m_realtime->channel(u"wedding:"_s + weddingId);
    // Someone else (the layout editor) may hold the topic already: leave it to them.
    m_leaveWedding = !channel->isJoined();
    channel->bindRowChanges(u"audit_log"_s);
    m_weddingConnections << connect(
        channel, &RealtimeChannel::rowChanged, this,
        [this](const RowChange &change) { onRowChanged(change, true); });
    m_weddingConnections << connect(channel, &RealtimeChannel::refetchRequired, this,
                                    [this] { query(m_query); });
    channel->join();
}

void AuditFeed::onRowChanged(const RowChange &change, bool ofTheWedding)
{
    if (change.table != u"audit_log"_s || change.type != u"INSERT"_s)
        return;
    Result<AuditRecord> record = auditRecordFromRow(change.record);
    if (!record) {
        qCWarning(lcFeeds) << "skipping a live audit row:" << record.error().message;
        return;
    }
    cache({record.value()});
    if (m_query.matches(record.value(), ofTheWedding))
        Q_EMIT recordsArrived({record.value()});
}

bool AuditFeed::exportTo(const AuditQuery &filters, const QString &format, const QString &filePath)
{
    if (m_export)
        return false;
    Q_EMIT exportProgress(tr("Exporting the audit trail as %1…").arg(format.toUpper()));
    ApiReply *reply = m_api->auditExport(filters.toUrlQuery(), format);
    m_export = reply;
    onReplyFinished(reply, this, [this, format, filePath](ApiReply *done) {
        m_export = nullptr;
        finishExport(done, format, filePath);
    });
    return true;
}

void AuditFeed::finishExport(ApiReply *reply, const QString &format, const QString &filePath)
{
    if (!reply->ok()) {
        Q_EMIT exportFinished(false, tr("The export failed: %1").arg(reply->error().userMessage()));
        return;
    }
    const QByteArray bytes = format == u"json"_s && !reply->json().isUndefined()
        ? QJsonDocument(reply->object()).toJson(QJsonDocument::Indented)
        : reply->body();
    Q_EMIT exportProgress(tr("Writing %1…").arg(QFileInfo(filePath).fileName()));
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT exportFinished(
            false,
            tr("Could not write %1: %2. Choose another folder or free some space.")
                .arg(filePath, file.errorString()));
        return;
    }
    const int rows = format == u"json"_s ? reply->object().value(u"count"_s).toInt()
                                         : csvRecordCount(reply->body());
    Q_EMIT exportFinished(true, tr("Exported %n row(s) to %1.", nullptr, rows).arg(filePath));
}

} // namespace wedsync
