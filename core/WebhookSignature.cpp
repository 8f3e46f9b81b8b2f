#include "WebhookSignature.h"

#include <QList>
#include <QMessageAuthenticationCode>

#include <optional>

namespace wedsync::webhooks {

namespace {

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray signatureHex(const QByteArray &secret, qint64 unixTime, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(unixTime));
    mac.addData(".", 1);
    mac.addData(body);
    return mac.result().toHex();
}

QByteArray signatureHeader(const QByteArray &secret, qint64 unixTime, const QByteArray &body)
{
    return "t=" + QByteArray::number(unixTime) + ",v1=" + signatureHex(secret, unixTime, body);
}

Verdict verifySignature(const QByteArray &header, const QByteArray &secret, const QByteArray &body,
                        qint64 nowUnix, qint64 toleranceSecs)
{
    std::optional<qint64> time;
    QList<QByteArray> candidates;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("t=")) {
            bool isNumber = false;
            const qint64 t = item.mid(2).toLongLong(&isNumber);
            if (!isNumber || time)
                return Verdict::Malformed;
            time = t;
        } else if (item.startsWith("v1=")) {
            candidates << item.mid(3).toLower();
        }
    }
    if (!time || candidates.isEmpty())
        return Verdict::Malformed;
    if (*time < nowUnix - toleranceSecs || *time > nowUnix + toleranceSecs)
        return Verdict::TooOld;
    const QByteArray expected = signatureHex(secret, *time, body);
    bool matched = false;
    for (const QByteArray &candidate : std::as_const(candidates))
        matched = sameBytes(candidate, expected) || matched;
    return matched ? Verdict::Valid : Verdict::Mismatch;
}

} // namespace wedsync::webhooks
