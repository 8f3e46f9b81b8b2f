#include "realtime/RealtimeTopic.h"

#include <QStringList>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView WirePrefix = "realtime:"_L1;

// Ids are UUIDs in practice; anything outside this alphabet is refused so that a topic name
// can never smuggle a separator or be confused with another topic.
bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

Error unknownTopic(const QString &name)
{
    return Error {u"unknown_topic"_s,
                  u"\"%1\" is not a channel of this server; use org:<id>, tenant:<id>:admins, "
                  "wedding:<id>, user:<id>, user:<id>:calendars, platform:admins or "
                  "config:<type>."_s.arg(name.left(80)),
                  {}};
}

} // namespace

Result<RealtimeTopic> RealtimeTopic::fromWire(const QString &wireTopic)
{
    if (!wireTopic.startsWith(WirePrefix)) {
        return Error {u"unknown_topic"_s,
                      u"Channel topics start with \"realtime:\", e.g. realtime:org:<id>."_s,
                      {}};
    }
    return fromName(wireTopic.mid(WirePrefix.size()));
}

Result<RealtimeTopic> RealtimeTopic::fromName(const QString &nameOrWire)
{
    const QString name
        = nameOrWire.startsWith(WirePrefix) ? nameOrWire.mid(WirePrefix.size()) : nameOrWire;
    if (name.isEmpty())
        return Error {u"topic_name_required"_s, u"You must provide a topic name."_s, {}};

    const QStringList parts = name.split(u':');
    const QString &head = parts.first();
    if (parts.size() == 2 && isValidId(parts.at(1))) {
        if (head == "org"_L1)
            return organization(parts.at(1));
        if (head == "wedding"_L1)
            return wedding(parts.at(1));
        if (head == "user"_L1)
            return user(parts.at(1));
        if (head == "config"_L1 && configTypes().contains(parts.at(1)))
            return config(parts.at(1));
        if (head == "platform"_L1 && parts.at(1) == "admins"_L1)
            return platformAdmins();
    }
    if (parts.size() == 3 && head == "tenant"_L1 && isValidId(parts.at(1))
        && parts.at(2) == "admins"_L1) {
        return tenantAdmins(parts.at(1));
    }
    if (parts.size() == 3 && head == "user"_L1 && isValidId(parts.at(1))
        && parts.at(2) == "calendars"_L1) {
        return userCalendars(parts.at(1));
    }
    return unknownTopic(name);
}

RealtimeTopic RealtimeTopic::organization(const QString &orgId)
{
    return RealtimeTopic(Kind::Organization, orgId);
}

RealtimeTopic RealtimeTopic::tenantAdmins(const QString &orgId)
{
    return RealtimeTopic(Kind::TenantAdmins, orgId);
}

RealtimeTopic RealtimeTopic::wedding(const QString &weddingId)
{
    return RealtimeTopic(Kind::Wedding, weddingId);
}

RealtimeTopic RealtimeTopic::user(const QString &userId)
{
    return RealtimeTopic(Kind::User, userId);
}

RealtimeTopic RealtimeTopic::userCalendars(const QString &userId)
{
    return RealtimeTopic(Kind::UserCalendars, userId);
}

RealtimeTopic RealtimeTopic::platformAdmins()
{
    return RealtimeTopic(Kind::PlatformAdmins, QString());
}

RealtimeTopic RealtimeTopic::config(const QString &type)
{
    return RealtimeTopic(Kind::Config, type);
}

QString RealtimeTopic::name() const
{
    switch (m_kind) {
    case Kind::Organization:
        return "org:"_L1 + m_id;
    case Kind::TenantAdmins:
        return "tenant:"_L1 + m_id + ":admins"_L1;
    case Kind::Wedding:
        return "wedding:"_L1 + m_id;
    case Kind::User:
        return "user:"_L1 + m_id;
    case Kind::UserCalendars:
        return "user:"_L1 + m_id + ":calendars"_L1;
    case Kind::PlatformAdmins:
        return u"platform:admins"_s;
    case Kind::Config:
        return "config:"_L1 + m_id;
    }
    Q_UNREACHABLE();
    return {};
}

QString RealtimeTopic::wireName() const
{
    return WirePrefix + name();
}

bool RealtimeTopic::acceptsClientBroadcast() const
{
    return m_kind == Kind::Organization || m_kind == Kind::Wedding;
}

bool RealtimeTopic::acceptsPresence() const
{
    return acceptsClientBroadcast() || m_kind == Kind::PlatformAdmins;
}

bool RealtimeTopic::isServerEvent(QStringView event)
{
    return event == u"sync_health" || event == u"config_refetch" || event == u"connection_stats";
}

const QStringList &RealtimeTopic::configTypes()
{
    static const QStringList types {u"sections"_s, u"permissions"_s,  u"rbac"_s,
                                    u"modules"_s,  u"auth"_s,         u"notifications"_s,
                                    u"mfa"_s,      u"business_type"_s};
    return types;
}

} // namespace wedsync::server
