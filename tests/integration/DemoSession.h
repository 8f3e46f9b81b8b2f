#pragma once
// For API tests: a real server with the demo data on one backend, a signed-in client per demo
// account, and SQL straight on the server's database (e.g. a trigger that breaks a table).

#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace wedsync::server {
class Database;
}

namespace wedsync::test {

class DemoSession
{
public:
    DemoSession();
    ~DemoSession();

    // Creates the database and starts `wedsync-server --demo`; false with errorString().
    // `extraArguments` go to the server after --demo (e.g. a slower CRM rate limit).
    bool start(const QString &backend, const QStringList &extraArguments = {});
    QString errorString() const { return m_error; }
    // Kills the server (SIGKILL: no orderly shutdown, as in a crash) and starts a new one on
    // the same database and key files with `extraArguments`; clients sign in again.
    bool restartAfterCrash(const QStringList &extraArguments = {});
    QUrl baseUrl() const { return m_server ? m_server->baseUrl() : QUrl(); }
    // A second wedsync-server on the same database and data folder (the same keys), as
    // another instance behind one name, with `extraArguments` after --demo; null with
    // errorString() if it does not start.
    std::unique_ptr<ServerProcess> startAnotherInstance(const QStringList &extraArguments = {});
    // The server's --data-dir (its key files live there).
    QString dataDir() const { return m_db ? m_db->dataDir() : QString(); }

    // A client signed in as `email` (logged in on first use); an unsigned one if login failed.
    HttpTestClient &as(const QString &email);
    // The realtime endpoint (vsn 2.0.0) signed in as `email`.
    QUrl socketUrl(const QString &email);
    // A fresh client without a token.
    std::unique_ptr<HttpTestClient> anonymous() const;

    // Runs statements on the server's database through a connection of our own.
    bool execute(const QString &sql, QString *error);
    // Makes every insert into the audit trail fail (a trigger), or lets them work again: the
    // last statement of every audited write fails, to show that nothing of the write stays.
    bool setAuditWritesFail(bool fail, QString *error);
    // That connection, for reading rows as stored (null if the database cannot be opened).
    server::Database *database(QString *error);
    // What the server wrote to stderr so far (its log).
    QByteArray serverLog();

    // Ids of the demo data (found through the API as the platform admin).
    QString userId(const QString &email);
    QString weddingId(const QString &organizationId, const QString &coupleName);
    // The organization-wide section of `type`.
    QJsonObject section(const QString &organizationId, const QString &type);

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<server::Database> m_sql;
    QHash<QString, std::shared_ptr<HttpTestClient>> m_clients;
    QString m_error;
};

// Field names of an error body's details.fields.
QStringList errorFields(const HttpTestReply &reply);
// `If-Match: "<version>"` (and a JSON content type) for HttpTestClient::send.
QList<QPair<QByteArray, QByteArray>> ifMatch(qint64 version);
QByteArray jsonBytes(const QJsonObject &object);
QByteArray jsonBytes(const QJsonArray &array);

// The demo accounts the API tests sign in as (all with the password "demo-password").
namespace demo {
inline const QString Admin = QStringLiteral("admin@evergreen.demo");
inline const QString Planner = QStringLiteral("planner@evergreen.demo");
inline const QString Vendor = QStringLiteral("vendor@evergreen.demo");
inline const QString Support = QStringLiteral("support@wedsync.demo");
inline const QString Platform = QStringLiteral("platform@wedsync.demo");
inline const QString LakesideAdmin = QStringLiteral("admin@lakeside.demo");

inline QString sectionsPath(const QString &org)
{
    return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/sections");
}
} // namespace demo

} // namespace wedsync::test
