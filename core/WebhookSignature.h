#pragma once
// The signature of an outgoing webhook, Stripe-style: `X-WedSync-Signature: t=<unix>,v1=<hex>`
// where v1 is HMAC-SHA256(secret, "<t>.<body>"). The timestamp is signed with the body so that
// a receiver can refuse a replayed request whose t is too old.

#include <QByteArray>
#include <QString>

namespace wedsync::webhooks {

inline constexpr char SignatureHeader[] = "X-WedSync-Signature";
// A receiver's default window for t (Stripe's is 5 minutes too).
inline constexpr qint64 DefaultToleranceSecs = 300;

// The hex HMAC-SHA256 of "<unixTime>.<body>" under `secret`.
QByteArray signatureHex(const QByteArray &secret, qint64 unixTime, const QByteArray &body);
// The header value: "t=<unixTime>,v1=<hex>".
QByteArray signatureHeader(const QByteArray &secret, qint64 unixTime, const QByteArray &body);

enum class Verdict {
    Valid,
    Malformed, // no t or no v1
    TooOld, // t outside [now - tolerance, now + tolerance]
    Mismatch, // no v1 matches the body under this secret
};

// What a receiver checks: one of the header's v1 values (several during a secret rotation)
// matches, and t is within `toleranceSecs` of `nowUnix`. Compared in constant time.
Verdict verifySignature(const QByteArray &header, const QByteArray &secret, const QByteArray &body,
                        qint64 nowUnix, qint64 toleranceSecs = DefaultToleranceSecs);

} // namespace wedsync::webhooks
