#pragma once
// A CRM integration's credentials at rest: the JSON ({"apiKey"} or {"username","password"} or
// OAuth tokens) sealed by SecretBox with "integration:<id>:credentials" as associated data, so
// that a sealed value copied to another integration's row does not open. The job runner's
// adapters open them; nothing else ever sees them in the clear (never in an answer or a log).

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wedsync::server {

class SecretBox;

class IntegrationCredentials
{
public:
    // `box` may be null (this CPU has no AES-GCM): sealing and opening then fail with
    // credentials_unavailable. Not owned.
    explicit IntegrationCredentials(const SecretBox *box);

    bool isAvailable() const { return m_box != nullptr; }
    static QByteArray associatedData(const QString &integrationId);

    Result<QByteArray> seal(const QString &integrationId, const QJsonObject &credentials) const;
    // Errors: credentials_unavailable, credentials_unreadable (tampered, moved, another key).
    Result<QJsonObject> open(const QString &integrationId, const QByteArray &sealed) const;

    // A sign-in's PKCE verifier, sealed with "oauth_session:<id>:verifier" as associated data.
    Result<QByteArray> sealVerifier(const QString &sessionId, const QByteArray &verifier) const;
    Result<QByteArray> openVerifier(const QString &sessionId, const QByteArray &sealed) const;

private:
    const SecretBox *m_box;
};

} // namespace wedsync::server
