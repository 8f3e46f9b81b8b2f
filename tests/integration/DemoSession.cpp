#include "DemoSession.h"

#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

namespace wedsync::test {

DemoSession::DemoSession() = default;

DemoSession::~DemoSession()
{
    m_sql.reset(); // before the PostgreSQL database is dropped
    m_clients.clear();
    m_server.reset();
    m_db.reset();
}

bool DemoSession::start(const QString &backend, const QStringList &extraArguments)
{
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isReady()) {
        m_error = m_db->errorString();
        return false;
    }
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(m_db->serverArguments() << u"--demo"_s << extraArguments)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

bool DemoSession::restartAfterCrash(const QStringList &extraArguments)
{
    if (m_server) {
        ::kill(static_cast<pid_t>(m_server->processId()), SIGKILL);
        (void)m_server->stop();
    }
    m_clients.clear();
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(m_db->serverArguments() << u"--demo"_s << extraArguments)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

std::unique_ptr<ServerProcess> DemoSession::startAnotherInstance(const QStringList &extraArguments)
{
    auto other = std::make_unique<ServerProcess>();
    if (!m_db || !other->start(m_db->serverArguments() << u"--demo"_s << extraArguments)) {
        m_error = m_db ? other->errorString() : u"The session has not started."_s;
        return nullptr;
    }
    return other;
}

QUrl DemoSession::socketUrl(const QString &email)
{
    QUrl url = baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    QUrlQuery query;
    query.addQueryItem(u"apikey"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(as(email).bearerToken())));
    query.addQueryItem(u"vsn"_s, u"2.0.0"_s);
    url.setQuery(query);
    return url;
}

HttpTestClient &DemoSession::as(const QString &email)
{
    auto &client = m_clients[email.toLower()];
    if (!client) {
        client = std::make_shared<HttpTestClient>(m_server->baseUrl());
        const HttpTestReply reply = client->post(
            u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, email}, {u"password"_s, server::DemoData::password()}});
        if (reply.status != 200)
            qWarning("login as %s failed: %s", qPrintable(email), reply.describe().constData());
        client->setBearerToken(reply.object().value(u"accessToken"_s).toString());
    }
    return *client;
}

std::unique_ptr<HttpTestClient> DemoSession::anonymous() const
{
    return std::make_unique<HttpTestClient>(m_server->baseUrl());
}

server::Database *DemoSession::database(QString *error)
{
    if (!m_sql) {
        auto url = server::DatabaseUrl::parse(m_db->url());
        if (!url) {
            *error = url.error().message;
            return nullptr;
        }
        auto db = server::Database::open(url.value());
        if (!db) {
            *error = db.error().message;
            return nullptr;
        }
        m_sql = std::move(db).value();
    }
    return m_sql.get();
}

QByteArray DemoSession::serverLog()
{
    return m_server ? m_server->standardError() : QByteArray();
}

bool DemoSession::execute(const QString &sql, QString *error)
{
    if (!database(error))
        return false;
    auto done = m_sql->execute(sql);
    if (!done)
        *error = done.error().message;
    return done.ok();
}

bool DemoSession::setAuditWritesFail(bool fail, QString *error)
{
    const bool sqlite = m_db && m_db->backend() == u"sqlite"_s;
    QStringList statements;
    if (fail && sqlite)
        statements << u"CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log"
                      " BEGIN SELECT RAISE(ABORT, 'audit write failed on purpose'); END"_s;
    else if (fail)
        statements << u"CREATE FUNCTION test_audit_fails() RETURNS trigger LANGUAGE plpgsql"
                      " AS $$ BEGIN RAISE EXCEPTION 'audit write failed on purpose'; END $$"_s
                   << u"CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log"
                      " FOR EACH ROW EXECUTE FUNCTION test_audit_fails()"_s;
    else if (sqlite)
        statements << u"DROP TRIGGER test_audit_fails"_s;
    else
        statements << u"DROP TRIGGER test_audit_fails ON audit_log"_s
                   << u"DROP FUNCTION test_audit_fails()"_s;
    for (const QString &sql : std::as_const(statements)) {
        if (!execute(sql, error))
            return false;
    }
    return true;
}

QString DemoSession::userId(const QString &email)
{
    HttpTestClient &admin = as(u"platform@wedsync.demo"_s);
    for (const QString &org : {server::DemoData::evergreenId(), server::DemoData::lakesideId()}) {
        const HttpTestReply reply = admin.get(u"/api/v1/organizations/"_s + org + u"/members"_s);
        for (const QJsonValue &member : reply.object().value(u"items"_s).toArray()) {
            if (member[u"email"_s].toString() == email)
                return member[u"userId"_s].toString();
        }
    }
    return {};
}

QString DemoSession::weddingId(const QString &organizationId, const QString &coupleName)
{
    const HttpTestReply reply
        = as(u"platform@wedsync.demo"_s)
              .get(u"/api/v1/organizations/"_s + organizationId + u"/weddings"_s);
    for (const QJsonValue &wedding : reply.object().value(u"items"_s).toArray()) {
        if (wedding[u"coupleName"_s].toString() == coupleName)
            return wedding[u"id"_s].toString();
    }
    return {};
}

QJsonObject DemoSession::section(const QString &organizationId, const QString &type)
{
    const HttpTestReply reply = as(u"platform@wedsync.demo"_s)
                                    .get(u"/api/v1/organizations/"_s + organizationId
                                         + u"/sections?scope=organization"_s);
    for (const QJsonValue &section : reply.object().value(u"items"_s).toArray()) {
        if (section[u"sectionType"_s].toString() == type)
            return section.toObject();
    }
    return {};
}

QStringList errorFields(const HttpTestReply &reply)
{
    QStringList out;
    const QJsonArray fields = reply.object()[u"error"_s][u"details"_s][u"fields"_s].toArray();
    for (const QJsonValue &field : fields)
        out << field[u"field"_s].toString();
    return out;
}

QList<QPair<QByteArray, QByteArray>> ifMatch(qint64 version)
{
    return {{"If-Match", '"' + QByteArray::number(version) + '"'},
            {"Content-Type", "application/json"}};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray jsonBytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace wedsync::test
