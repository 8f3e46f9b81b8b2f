#pragma once
// The channel topics of ARCHITECTURE.md (org:<id>, tenant:<id>:admins, wedding:<id>,
// user:<id>, platform:admins, config:<type>), parsed once so authorizers need not.

#include "Result.h"

#include <QString>

namespace wedsync::server {

class RealtimeTopic
{
public:
    enum class Kind { Organization, TenantAdmins, Wedding, User, PlatformAdmins, Config };

    // "realtime:org:42": the topic as it is on the wire. The prefix is required.
    static Result<RealtimeTopic> fromWire(const QString &wireTopic);
    // "org:42", or the wire form; for server code that publishes to a topic.
    static Result<RealtimeTopic> fromName(const QString &name);

    static RealtimeTopic organization(const QString &orgId);
    static RealtimeTopic tenantAdmins(const QString &orgId);
    static RealtimeTopic wedding(const QString &weddingId);
    static RealtimeTopic user(const QString &userId);
    static RealtimeTopic platformAdmins();
    static RealtimeTopic config(const QString &type);

    Kind kind() const { return m_kind; }
    // The organization, wedding or user id, or the config type; empty for platform:admins.
    const QString &id() const { return m_id; }
    // "org:42", what Supabase calls the sub-topic and puts in `system` messages.
    QString name() const;
    // "realtime:org:42".
    QString wireName() const;

    // Whether messages on this topic are kept for replay. The server never publishes to
    // config:<type>, and clients' own broadcasts there are not worth memory, so nothing on
    // it is retained and it is forgotten as soon as its last member leaves.
    bool retainsMessages() const { return m_kind != Kind::Config; }

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
