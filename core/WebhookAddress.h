#pragma once
// Which network addresses a webhook may be sent to (server-side request forgery guard). The
// server resolves a target's host and refuses every address that is not public unless it runs
// with --allow-private-webhooks. Addresses are given as 16 bytes in network order; an IPv4
// address is its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so a mapped address is judged as the
// IPv4 address it carries.

#include <QString>

#include <array>

namespace wedsync::webhooks {

using Ipv6Bytes = std::array<quint8, 16>;

enum class AddressKind {
    Public,
    Unspecified, // 0.0.0.0/8, ::
    Loopback, // 127.0.0.0/8, ::1
    Private, // 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT)
    LinkLocal, // 169.254/16, fe80::/10
    Metadata, // 169.254.169.254, fd00:ec2::254: cloud instance metadata
    UniqueLocal, // fc00::/7
    Multicast, // 224/4, ff00::/8
    Reserved, // 240/4, 255.255.255.255, documentation and benchmarking ranges, IPv4 compat
};

// `a.b.c.d` as an IPv4-mapped IPv6 address.
Ipv6Bytes mappedIpv4(quint32 ipv4);

AddressKind classifyAddress(const Ipv6Bytes &address);

// Whether webhooks may go there without --allow-private-webhooks.
inline bool isPublic(AddressKind kind)
{
    return kind == AddressKind::Public;
}

// "a loopback address" etc., for messages: "127.0.0.1 is a loopback address".
QString describe(AddressKind kind);

} // namespace wedsync::webhooks
