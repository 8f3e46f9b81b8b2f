#include "sync/ConnectionSampler.h"

#include "SyncJson.h"
#include "realtime/RealtimeHub.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// The organization a topic belongs to, if it names one directly.
QString tenantOfTopic(const QString &topic)
{
    if (topic.startsWith(u"org:"_s))
        return topic.mid(4);
    if (topic.startsWith(u"tenant:"_s) && topic.endsWith(u":admins"_s))
        return topic.mid(7, topic.size() - 7 - 7);
    return {};
}

} // namespace

ConnectionSampler::ConnectionSampler(Database &db, const Clock &clock, RealtimeHub &hub,
                                     const SyncSettings &settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_hub(hub)
    , m_settings(settings)
{
    m_timer.setInterval(std::max(1, m_settings.bucketSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionSampler::sampleNow);
    m_timer.start();
}

ConnectionSampler::Bucket ConnectionSampler::take()
{
    const qint64 bucketMs = std::max(1, m_settings.bucketSeconds) * 1000LL;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    Bucket bucket;
    bucket.at = QDateTime::fromMSecsSinceEpoch(nowMs - nowMs % bucketMs, QTimeZone::utc());
    // Roles come from the database once per user and sample.
    QHash<QString, std::optional<StaffKind>> staff;
    QHash<QString, QList<Membership>> memberships;
    UserRepository users(m_db, m_clock);
    for (const RealtimeHub::ConnectionInfo &info : m_hub.connectionInfos()) {
        Seen seen;
        for (const QString &topic : info.topics) {
            const QString tenant = tenantOfTopic(topic);
            if (!tenant.isEmpty() && !seen.tenants.contains(tenant))
                seen.tenants.append(tenant);
        }
        seen.tenants.sort();
        if (!staff.contains(info.userId)) {
            auto kind = users.staffKind(info.userId);
            staff.insert(info.userId, kind ? kind.value() : std::nullopt);
            auto member = users.memberships(info.userId);
            memberships.insert(info.userId, member ? member.value() : QList<Membership>());
        }
        if (const auto kind = staff.value(info.userId)) {
            seen.role = staffKindName(*kind);
        } else {
            // The role in a tenant it joined, else its strongest membership.
            const QList<Membership> &list = memberships[info.userId];
            std::optional<Role> role;
            for (const Membership &membership : list) {
                if (seen.tenants.contains(membership.organizationId)) {
                    role = membership.role;
                    break;
                }
            }
            if (!role && !list.isEmpty())
                role = list.first().role;
            seen.role = role ? roleName(*role) : u"unknown"_s;
        }
        bucket.connections[seen] += 1;
    }
    return bucket;
}

void ConnectionSampler::keep(Bucket bucket)
{
    if (!m_buckets.isEmpty() && m_buckets.last().at == bucket.at)
        m_buckets.last() = std::move(bucket);
    else
        m_buckets.append(std::move(bucket));
    const QDateTime oldest = m_buckets.last().at.addSecs(-m_settings.windowSeconds);
    while (!m_buckets.isEmpty() && m_buckets.first().at <= oldest)
        m_buckets.removeFirst();
}

ConnectionSample ConnectionSampler::view(const Bucket &bucket, bool allTenants,
                                         const QSet<QString> &organizationIds)
{
    ConnectionSample sample;
    sample.at = bucket.at;
    for (auto it = bucket.connections.cbegin(); it != bucket.connections.cend(); ++it) {
        const Seen &seen = it.key();
        const int count = it.value();
        bool counted = allTenants;
        for (const QString &tenant : seen.tenants) {
            if (!allTenants && !organizationIds.contains(tenant))
                continue;
            sample.byTenant[tenant] += count;
            counted = true;
        }
        if (!counted)
            continue;
        sample.total += count;
        sample.byRole[seen.role] += count;
    }
    return sample;
}

ConnectionStats ConnectionSampler::stats(bool allTenants, const QSet<QString> &organizationIds)
{
    keep(take());
    ConnectionStats stats;
    stats.windowSeconds = m_settings.windowSeconds;
    stats.bucketSeconds = m_settings.bucketSeconds;
    for (const Bucket &bucket : std::as_const(m_buckets))
        stats.samples.append(view(bucket, allTenants, organizationIds));
    return stats;
}

void ConnectionSampler::sampleNow()
{
    if (m_db.transactionDepth() > 0)
        return;
    keep(take());
    ConnectionStats newest;
    newest.windowSeconds = m_settings.windowSeconds;
    newest.bucketSeconds = m_settings.bucketSeconds;
    newest.samples.append(view(m_buckets.last(), true, {}));
    // Nobody listening is fine; a failure is not worth more than the next sample.
    (void)m_hub.broadcastFromServer(u"platform:admins"_s, u"connection_stats"_s,
                                    connectionStatsToJson(newest));
}

} // namespace wedsync::server
