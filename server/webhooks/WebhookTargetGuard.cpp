#include "webhooks/WebhookTargetGuard.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using webhooks::AddressKind;

AddressKind WebhookTargetGuard::kindOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return webhooks::classifyAddress(webhooks::mappedIpv4(address.toIPv4Address()));
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    webhooks::Ipv6Bytes bytes {};
    for (int i = 0; i < 16; ++i)
        bytes[size_t(i)] = v6[i];
    return webhooks::classifyAddress(bytes);
}

QString WebhookTargetGuard::refusal(const QString &target, AddressKind kind) const
{
    return u"%1 is %2; webhooks are only sent to public addresses (an operator can allow private "
           "ones by starting the server with --allow-private-webhooks)."_s.arg(
               target, webhooks::describe(kind));
}

bool WebhookTargetGuard::allows(AddressKind kind) const
{
    // Cloud metadata is never a receiver, even on a closed network.
    return webhooks::isPublic(kind) || (m_allowPrivate && kind != AddressKind::Metadata);
}

QString WebhookTargetGuard::savedTargetProblem(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host == u"localhost"_s || host.endsWith(u".localhost"_s))
        return allows(AddressKind::Loopback) ? QString() : refusal(host, AddressKind::Loopback);
    const QHostAddress literal(host);
    if (literal.isNull())
        return {};
    const AddressKind kind = kindOf(literal);
    return allows(kind) ? QString() : refusal(host, kind);
}

QHostAddress WebhookTargetGuard::pick(const QString &host, const QList<QHostAddress> &addresses,
                                      QString *problem) const
{
    if (addresses.isEmpty()) {
        *problem = u"%1 could not be resolved to an address."_s.arg(host);
        return {};
    }
    for (const QHostAddress &address : addresses) {
        if (const AddressKind kind = kindOf(address); !allows(kind)) {
            const QString shown
                = address.toString() == host ? host : u"%1 (%2)"_s.arg(host, address.toString());
            *problem = refusal(shown, kind);
            return {};
        }
    }
    // IPv4 first: a receiver listening on 127.0.0.1 is often not on ::1.
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return addresses.first();
}

} // namespace wedsync::server
