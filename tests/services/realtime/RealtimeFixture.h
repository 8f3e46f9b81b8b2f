#pragma once
// What the realtime client tests and the reconnect bench need around a real wedsync-server:
// sign-ins, the demo organizations' ids, a writer that edits one section over REST, minted
// short-lived tokens, a free port to restart a server on, and fast client timers.

#include "HttpTestClient.h"

#include "realtime/RealtimeClient.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace wedsync::test {

struct SignIn
{
    QString accessToken;
    QString userId;
    QString sessionId;
    QString organizationId; // the first membership's organization
};

// Logs in with the demo password; an empty accessToken (and a warning) when it fails.
SignIn signIn(const QUrl &baseUrl, const QString &email);

// A token for the same session that expires after `lifetime`, signed with the key in `dataDir`.
QString mintToken(const QString &dataDir, const SignIn &who, std::chrono::seconds lifetime);

// A port nobody listens on right now, so that a server can be restarted on the same one.
quint16 freePort();

// Timers small enough for tests: a dead server is noticed within a few seconds, a closed
// connection is retried within a second.
RealtimeTimers fastTimers();

// Edits the organization-wide section of one organization over REST, one version after another.
class SectionWriter
{
public:
    SectionWriter(const QUrl &baseUrl, const QString &accessToken, const QString &organizationId);
    bool isReady() const { return !m_sectionId.isEmpty(); }
    QString sectionId() const { return m_sectionId; }
    int version() const { return m_version; }
    // Sets the section's subtitle; false (with a warning) unless the server saved it.
    bool write(const QString &subtitle);
    // Another server of the same cluster, e.g. after the first one stopped.
    void setBaseUrl(const QUrl &baseUrl);

private:
    QUrl m_baseUrl;
    QString m_token;
    QString m_sectionId;
    int m_version = 0;
};

// The row-change filter of an organization's rows.
QString organizationFilter(const QString &organizationId);

} // namespace wedsync::test
