#include "WebhookAddress.h"

using namespace Qt::StringLiterals;

namespace wedsync::webhooks {

namespace {

bool isMappedIpv4(const Ipv6Bytes &a)
{
    for (int i = 0; i < 10; ++i) {
        if (a[i] != 0)
            return false;
    }
    return a[10] == 0xff && a[11] == 0xff;
}

bool inIpv4(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

constexpr quint32 v4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

AddressKind classifyIpv4(quint32 a)
{
    if (a == v4(169, 254, 169, 254))
        return AddressKind::Metadata;
    if (inIpv4(a, v4(0, 0, 0, 0), 8))
        return AddressKind::Unspecified;
    if (inIpv4(a, v4(127, 0, 0, 0), 8))
        return AddressKind::Loopback;
    if (inIpv4(a, v4(10, 0, 0, 0), 8) || inIpv4(a, v4(172, 16, 0, 0), 12)
        || inIpv4(a, v4(192, 168, 0, 0), 16) || inIpv4(a, v4(100, 64, 0, 0), 10))
        return AddressKind::Private;
    if (inIpv4(a, v4(169, 254, 0, 0), 16))
        return AddressKind::LinkLocal;
    if (inIpv4(a, v4(224, 0, 0, 0), 4))
        return AddressKind::Multicast;
    if (inIpv4(a, v4(240, 0, 0, 0), 4) || inIpv4(a, v4(192, 0, 0, 0), 24)
        || inIpv4(a, v4(192, 0, 2, 0), 24) || inIpv4(a, v4(198, 18, 0, 0), 15)
        || inIpv4(a, v4(198, 51, 100, 0), 24) || inIpv4(a, v4(203, 0, 113, 0), 24))
        return AddressKind::Reserved;
    return AddressKind::Public;
}

} // namespace

Ipv6Bytes mappedIpv4(quint32 ipv4)
{
    Ipv6Bytes out {};
    out[10] = 0xff;
    out[11] = 0xff;
    out[12] = quint8(ipv4 >> 24);
    out[13] = quint8(ipv4 >> 16);
    out[14] = quint8(ipv4 >> 8);
    out[15] = quint8(ipv4);
    return out;
}

AddressKind classifyAddress(const Ipv6Bytes &a)
{
    if (isMappedIpv4(a))
        return classifyIpv4(v4(a[12], a[13], a[14], a[15]));
    bool zeroPrefix = true; // ::/96: unspecified, loopback or IPv4-compatible (deprecated)
    for (int i = 0; i < 12; ++i)
        zeroPrefix = zeroPrefix && a[i] == 0;
    if (zeroPrefix) {
        const quint32 low = v4(a[12], a[13], a[14], a[15]);
        if (low == 0)
            return AddressKind::Unspecified;
        if (low == 1)
            return AddressKind::Loopback;
        return AddressKind::Reserved;
    }
    // fd00:ec2::254, AWS's instance metadata over IPv6.
    static constexpr Ipv6Bytes AwsMetadata {0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0,    0,
                                            0,    0,    0,    0,    0, 0, 0x02, 0x54};
    if (a == AwsMetadata)
        return AddressKind::Metadata;
    if (a[0] == 0xff)
        return AddressKind::Multicast;
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
        return AddressKind::LinkLocal;
    if ((a[0] & 0xfe) == 0xfc)
        return AddressKind::UniqueLocal;
    // 64:ff9b::/96 (NAT64) carries an IPv4 address too.
    if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b) {
        bool wellKnown = true;
        for (int i = 4; i < 12; ++i)
            wellKnown = wellKnown && a[i] == 0;
        if (wellKnown)
            return classifyIpv4(v4(a[12], a[13], a[14], a[15]));
    }
    // 2001:db8::/32, documentation.
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8)
        return AddressKind::Reserved;
    return AddressKind::Public;
}

QString describe(AddressKind kind)
{
    switch (kind) {
    case AddressKind::Public:
        return u"a public address"_s;
    case AddressKind::Unspecified:
        return u"an unspecified address"_s;
    case AddressKind::Loopback:
        return u"a loopback address"_s;
    case AddressKind::Private:
        return u"a private network address"_s;
    case AddressKind::LinkLocal:
        return u"a link-local address"_s;
    case AddressKind::Metadata:
        return u"a cloud metadata address"_s;
    case AddressKind::UniqueLocal:
        return u"a unique-local (private) IPv6 address"_s;
    case AddressKind::Multicast:
        return u"a multicast address"_s;
    case AddressKind::Reserved:
        return u"a reserved address"_s;
    }
    return {};
}

} // namespace wedsync::webhooks
