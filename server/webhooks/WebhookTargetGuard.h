#pragma once
// The server-side request forgery guard of outgoing webhooks: a target may only be a public
// address, unless the server runs with --allow-private-webhooks. Checked twice: when an
// endpoint is saved (an address literal or "localhost" is refused at once, with a reason) and
// before each attempt, on every address the host resolves to (the attempt then connects to the
// address that was checked, so a name cannot resolve to something else in between). Cloud
// metadata addresses are refused even then.

#include "WebhookAddress.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace wedsync::server {

class WebhookTargetGuard
{
public:
    explicit WebhookTargetGuard(bool allowPrivate)
        : m_allowPrivate(allowPrivate)
    { }

    bool allowsPrivate() const { return m_allowPrivate; }

    static webhooks::AddressKind kindOf(const QHostAddress &address);

    // A sentence saying why `url` may not be used, judged without resolving it; empty when it
    // may (a name is judged again when it is resolved).
    QString savedTargetProblem(const QUrl &url) const;

    // The address to connect to among what `host` resolved to, or a sentence saying why none
    // may be used (set in `*problem`). Every address must be allowed: one private address
    // among public ones refuses the name.
    QHostAddress pick(const QString &host, const QList<QHostAddress> &addresses,
                      QString *problem) const;

private:
    bool allows(webhooks::AddressKind kind) const;
    QString refusal(const QString &target, webhooks::AddressKind kind) const;

    bool m_allowPrivate;
};

} // namespace wedsync::server
