#include "feeds/OrganizationFeed.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/LocalCache.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

std::optional<WeddingContext> weddingContextOf(const WeddingItem &wedding)
{
    if (!wedding.weddingDate.isValid())
        return std::nullopt;
    QTimeZone zone(wedding.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return WeddingContext {wedding.id, wedding.weddingDate, zone, QString()};
}

namespace {
const QString Organizations = u"organizations"_s;
const QString Weddings = u"weddings"_s;

QList<CachedDocument> documentsOf(const QJsonArray &items, const QString &scope)
{
    QList<CachedDocument> docs;
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        docs.append({object.value(u"id"_s).toString(), scope, object});
    }
    return docs;
}

QJsonArray itemsOf(const QJsonValue &json)
{
    return json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
}
} // namespace

OrganizationFeed::OrganizationFeed(ApiClient *api, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{ }

void OrganizationFeed::loadOrganizations(bool fromServer)
{
    emitOrganizations();
    if (!fromServer)
        return;
    ApiReply *reply = m_api->organizations();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->ok())
            return;
        m_cache->replaceAll(Organizations, {}, documentsOf(itemsOf(reply->json()), {}));
        emitOrganizations();
    });
}

void OrganizationFeed::emitOrganizations()
{
    QList<OrganizationItem> items;
    for (const QJsonObject &org : m_cache->documents(Organizations))
        items.append({org.value(u"id"_s).toString(), org.value(u"name"_s).toString()});
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (!items.isEmpty())
        Q_EMIT organizationsLoaded(items);
}

void OrganizationFeed::loadWeddings(const QString &organizationId, bool fromServer)
{
    emitWeddings(organizationId);
    if (!fromServer || organizationId.isEmpty())
        return;
    ApiReply *reply = m_api->weddings(organizationId);
    connect(reply, &ApiReply::finished, this, [this, reply, organizationId] {
        reply->deleteLater();
        if (!reply->ok())
            return;
        m_cache->replaceAll(Weddings, organizationId,
                            documentsOf(itemsOf(reply->json()), organizationId));
        emitWeddings(organizationId);
    });
}

void OrganizationFeed::emitWeddings(const QString &organizationId)
{
    QList<WeddingItem> items;
    if (!organizationId.isEmpty()) {
        for (const QJsonObject &w : m_cache->documents(Weddings, organizationId)) {
            items.append({w.value(u"id"_s).toString(), organizationId,
                          w.value(u"coupleName"_s).toString(),
                          QDate::fromString(w.value(u"weddingDate"_s).toString(), Qt::ISODate),
                          w.value(u"timeZone"_s).toString()});
        }
    }
    Q_EMIT weddingsLoaded(organizationId, items);
}

} // namespace wedsync
