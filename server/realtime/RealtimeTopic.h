#pragma once
// The channel topics of ARCHITECTURE.md (org:<id>, tenant:<id>:admins, wedding:<id>,
// user:<id>, user:<id>:calendars, platform:admins, config:<type>), parsed once so authorizers
// need not.

#include "Result.h"

#include <QString>

namespace wedsync::server {

class RealtimeTopic
{
public:
    enum class Kind {
        Organization,
        TenantAdmins,
        Wedding,
        User,
        UserCalendars,
        PlatformAdmins,
        Config
    };

    // "realtime:org:42": the topic as it is on the wire. The prefix is required.
    static Result<RealtimeTopic> fromWire(const QString &wireTopic);
    // "org:42", or the wire form; for server code that publishes to a topic.
    static Result<RealtimeTopic> fromName(const QString &name);

    static RealtimeTopic organization(const QString &orgId);
    static RealtimeTopic tenantAdmins(const QString &orgId);
    static RealtimeTopic wedding(const QString &weddingId);
    static RealtimeTopic user(const QString &userId);
    // "user:<id>:calendars": that user's calendar accounts, for them alone (not even staff).
    static RealtimeTopic userCalendars(const QString &userId);
    static RealtimeTopic platformAdmins();
    static RealtimeTopic config(const QString &type);

    Kind kind() const { return m_kind; }
    // The organization, wedding or user id, or the config type; empty for platform:admins.
    const QString &id() const { return m_id; }
    // "org:42", what Supabase calls the sub-topic and puts in `system` messages.
    QString name() const;
    // "realtime:org:42".
    QString wireName() const;

    // Whether messages on this topic are kept for replay. Nobody publishes to config:<type>
    // (the server does not, clients may not), so nothing on it is retained and it is
    // forgotten as soon as its last member leaves.
    bool retainsMessages() const { return m_kind != Kind::Config; }
    // Whether clients may broadcast on it: org and wedding topics only. The others carry what
    // the server publishes (row changes, sync health, statistics) and nothing else.
    bool acceptsClientBroadcast() const;
    // Whether clients may track presence on it: org and wedding topics, and platform:admins
    // (the staff roster). Presence metas are stamped with the token's user and role.
    bool acceptsPresence() const;
    // Broadcast events only the server sends (sync_health, config_refetch, connection_stats):
    // refused from clients on every topic, so that nobody can speak in the server's name.
    static bool isServerEvent(QStringView event);
    // The configuration types of config:<type> topics; other names are not topics.
    static const QStringList &configTypes();

    friend bool operator==(const RealtimeTopic &, const RealtimeTopic &) = default;

private:
    RealtimeTopic(Kind kind, QString id)
        : m_kind(kind)
        , m_id(std::move(id))
    { }
    Kind m_kind;
    QString m_id;
};

} // namespace wedsync::server
