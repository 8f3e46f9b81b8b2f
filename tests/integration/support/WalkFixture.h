#pragma once
// A real wedsync-server with the demo data on one backend, prepared for walking every route:
// its API description, every demo account signed in, the ids and strings of both tenants (read
// through the API as the platform admin), and a fingerprint of what is stored, to show that a
// refused write left nothing behind.

#include "ApiCatalog.h"
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <chrono>
#include <memory>
#include <optional>

namespace wedsync::test {

struct Account
{
    QString email;
    QString token;
    QString userId;
    QString sessionId;
    QString staffKind; // "platform_admin", "support" or empty
    QHash<QString, QString> roles; // organization id -> role
    bool consoleAccess = false;
    QString refreshToken;
    QDateTime signedInAt; // access tokens live 15 minutes; a long walk refreshes them
};

struct Tenant
{
    QString organizationId;
    QString name;
    QHash<QString, QStringList> ids; // "organizations", "sections", "weddings", "members", ...
    QHash<QString, QJsonObject> objects; // id -> the object as its list shows it
    QSet<QString> strings; // every string value in this tenant's objects

    QString firstId(const QString &kind) const { return ids.value(kind).value(0); }
};

class WalkFixture
{
public:
    WalkFixture();
    ~WalkFixture();
    WalkFixture(const WalkFixture &) = delete;
    WalkFixture &operator=(const WalkFixture &) = delete;

    // Database, `wedsync-server --demo`, openapi.json, every demo account, the tenants. False
    // with errorString() when any of it fails.
    bool start(const QString &backend);
    QString errorString() const { return m_error; }
    QString backend() const { return m_db ? m_db->backend() : QString(); }

    const ApiCatalog &catalog() const { return *m_catalog; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    QString dataDir() const { return m_db->dataDir(); }
    ServerProcess &server() { return *m_server; }

    QStringList emails() const { return m_accountOrder; }
    const Account &account(const QString &email) const { return *m_accounts.constFind(email); }
    QString platformAdmin() const; // e-mail of the (first) platform admin
    // A client signed in as `email` (its token refreshed once 10 minutes old, in the same
    // session and without an audit row: the walks outlast an access token's 15 minutes).
    HttpTestClient &client(const QString &email);
    // A client without a token.
    std::unique_ptr<HttpTestClient> anonymous() const;
    // Signs in once more (a session of its own, e.g. to end it); empty Account on failure.
    Account signIn(const QString &email, QString *error = nullptr);

    const QList<Tenant> &tenants() const { return m_tenants; }
    const Tenant *tenant(const QString &organizationId) const;
    const Tenant *otherTenant(const QString &organizationId) const;
    // Reads the tenants again (after writes that changed versions or names).
    bool refreshTenants(QString *error = nullptr);

    // Path parameters filled with `tenant`'s ids, by the collection each one indexes (a random
    // UUID for a collection the tenant has nothing of).
    QHash<QString, QString> idsFor(const Operation &op, const Tenant &tenant) const;
    // The path that reads one object of `kind` ("/api/v1/sections/<id>"), empty if none.
    QString objectPath(const QString &kind, const QString &id) const;
    // A body for `op` at `path` that passes when the caller may write there: the object as it is
    // now (when `path` reads one versioned object), else one built from the schema with
    // `tenant`'s ids and current versions. `ifMatch` gets the object's ETag, if it has one.
    QJsonObject bodyFor(const Operation &op, const Tenant &tenant, const QString &path,
                        QByteArray *ifMatch);
    // The query a read of `path` cannot do without, filled with `tenant`'s ids (found by
    // asking: 400 invalid_query names the missing parameter). Encoded, without "?".
    QString requiredQuery(HttpTestClient &api, const QString &path, const Tenant &tenant);

    // Ids, versions and totals of every list the API offers for these organizations and of
    // the organization-independent lists (the audit trail), read as the platform admin.
    QString fingerprint(const QStringList &organizationIds);
    // The database's tables, read on a connection of our own.
    QStringList tables(QString *error);

    // An access token for `account` signed with the server's key at `issuedAt`; with
    // `foreignKey` signed with a key of our own instead.
    QString craftToken(const Account &account, const QDateTime &issuedAt,
                       std::chrono::seconds lifetime, bool foreignKey = false) const;

private:
    bool discoverTenants(QString *error);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiCatalog> m_catalog;
    QHash<QString, Account> m_accounts;
    QStringList m_accountOrder;
    QHash<QString, std::shared_ptr<HttpTestClient>> m_clients;
    QList<Tenant> m_tenants;
    QList<const Operation *> m_fingerprintLists; // found on the first fingerprint()
    QList<const Operation *> m_pagedLists; // of those, the ones that take ?limit=
    bool m_fingerprintListsKnown = false;
    QString m_error;
};

// What every answer must be, whatever was sent: an HTTP answer (no dropped connection), never
// 5xx, and an error in the documented shape {"error":{"code","message","details"}} with a
// snake_case code and a human message; 401 with WWW-Authenticate, 429 with Retry-After.
// Empty when it holds, else what is wrong.
QString contractProblem(const HttpTestReply &reply);
// The error code of `reply` when it is one of `codes` with `status`, else a description.
QString expectError(const HttpTestReply &reply, int status, const QStringList &codes);
// Strings of `other` (not also in `own`, not in `request`) that `reply` shows: a leak.
QStringList leakedStrings(const HttpTestReply &reply, const Tenant &other, const Tenant &own,
                          const QString &request);
// The claims of a JWT (its middle part), empty if it is not one.
QJsonObject jwtClaims(const QString &token);
// Header list with a JSON content type and, when given, If-Match.
QList<QPair<QByteArray, QByteArray>> jsonHeaders(const QByteArray &ifMatch = {});
QByteArray compact(const QJsonValue &value);
// "GET /path -> 404 {...}" for failure messages.
QByteArray describe(const QByteArray &method, const QString &path, const HttpTestReply &reply);

} // namespace wedsync::test
