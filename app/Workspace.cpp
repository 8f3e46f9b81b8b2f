#include "Workspace.h"

#include "api/ApiClient.h"
#include "audit/AuditPage.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "dashboard/SyncDashboardPage.h"
#include "feeds/AuditFeed.h"
#include "feeds/SyncHealthFeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
const QString Organizations = u"organizations"_s;
const QString Weddings = u"weddings"_s;
const QString MeKey = u"console.me"_s;

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

Workspace::Workspace(ApiClient *api, RealtimeClient *realtime, const Clock *clock,
                     UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_clock(clock)
    , m_prompts(prompts)
{ }

Workspace::~Workspace()
{
    // The feeds and the outbox use the cache: they go first.
    delete m_health;
    delete m_audit;
    delete m_outbox;
    m_cache.reset();
}

bool Workspace::open(const QString &cachePath, QString *error)
{
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    m_cache = std::make_unique<LocalCache>(u"wedsync-cache-"_s
                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Result<bool> opened = m_cache->open(cachePath);
    if (!opened) {
        if (error)
            *error = opened.error().message;
        return false;
    }
    m_cachePath = cachePath;
    m_outbox = new Outbox(m_cache.get(), m_api, this);
    m_health = new SyncHealthFeed(m_api, m_realtime, m_cache.get(), m_clock, this);
    m_audit = new AuditFeed(m_api, m_realtime, m_cache.get(), this);
    return true;
}

QJsonObject Workspace::cachedMe() const
{
    return QJsonDocument::fromJson(m_cache->value(MeKey).toUtf8()).object();
}

void Workspace::rememberMe(const QJsonObject &me)
{
    m_cache->setValue(MeKey, QString::fromUtf8(QJsonDocument(me).toJson(QJsonDocument::Compact)));
}

bool Workspace::hasCachedData() const
{
    return m_cache && !m_cache->value(MeKey).isEmpty();
}

QList<ConsolePage *> Workspace::createPages(const ConsoleAccess &access)
{
    QList<ConsolePage *> pages;
    if (access.dashboard)
        pages.append(new SyncDashboardPage(m_health, m_prompts, m_clock));
    if (access.audit)
        pages.append(new AuditPage(m_audit, m_prompts));
    return pages;
}

void Workspace::watch(const ConsoleAccess &access)
{
    if (access.dashboard)
        m_health->watch(access.platformStaff, access.organizationIds);
    if (access.audit)
        m_audit->watch(access.platformStaff, access.organizationIds);
}

void Workspace::unwatch()
{
    m_health->unwatch();
    m_audit->unwatch();
}

void Workspace::loadOrganizations(const ConsoleAccess &access, bool fromServer)
{
    emitOrganizations(access);
    if (!fromServer)
        return;
    ApiReply *reply = m_api->organizations();
    connect(reply, &ApiReply::finished, this, [this, reply, access] {
        reply->deleteLater();
        if (!reply->ok())
            return;
        m_cache->replaceAll(Organizations, {}, documentsOf(itemsOf(reply->json()), {}));
        emitOrganizations(access);
    });
}

void Workspace::emitOrganizations(const ConsoleAccess &access)
{
    QList<OrganizationSwitcher::Entry> entries;
    for (const QJsonObject &org : m_cache->documents(Organizations))
        entries.append({org.value(u"id"_s).toString(), org.value(u"name"_s).toString(), {}});
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (!entries.isEmpty())
        Q_EMIT organizationsLoaded(entries, access.platformStaff && entries.size() > 1);
}

void Workspace::loadWeddings(const QString &organizationId, bool fromServer)
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

void Workspace::emitWeddings(const QString &organizationId)
{
    QList<OrganizationSwitcher::Entry> entries;
    if (!organizationId.isEmpty()) {
        const QLocale locale;
        for (const QJsonObject &w : m_cache->documents(Weddings, organizationId)) {
            const QDate date = QDate::fromString(w.value(u"weddingDate"_s).toString(), Qt::ISODate);
            entries.append(
                {w.value(u"id"_s).toString(), w.value(u"coupleName"_s).toString(),
                 date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString()});
        }
    }
    Q_EMIT weddingsLoaded(organizationId, entries);
}

void Workspace::probeAccess(const ConsoleAccess &access)
{
    const auto probe = [this](ApiReply *reply, const QString &pageId) {
        connect(reply, &ApiReply::finished, this, [this, reply, pageId] {
            reply->deleteLater();
            if (reply->status() == 403)
                Q_EMIT accessDenied(pageId);
        });
    };
    if (access.dashboard)
        probe(m_api->syncHealth(), u"dashboard"_s);
    if (access.audit) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1"_s);
        probe(m_api->audit(query), u"audit"_s);
    }
}

} // namespace wedsync
