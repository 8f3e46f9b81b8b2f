#include "ServerUnderTest.h"

#include "HttpLoad.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(message));
    std::exit(1);
}

namespace {

// One statement on a connection of its own, opened by `configure` on a database of `driver`.
QString runOnce(const QString &driver, const std::function<void(QSqlDatabase &)> &configure,
                const QString &sql)
{
    const QString name = u"bench-maintenance"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        configure(db);
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(sql))
            error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString runOnCluster(const QUrl &url, const QString &sql)
{
    return runOnce(
        u"QPSQL"_s,
        [&url](QSqlDatabase &db) {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        },
        sql);
}

QString runOnSqlite(const QString &path, const QString &sql)
{
    return runOnce(
        u"QSQLITE"_s,
        [&path](QSqlDatabase &db) {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        },
        sql);
}

void ServerUnderTest::run(const QString &sql) const
{
    const QString error = m_backend == u"postgresql"_s
        ? runOnCluster(QUrl(m_database), sql)
        : runOnSqlite(m_dir.filePath(u"wedsync.db"_s), sql);
    if (!error.isEmpty())
        die(u"bench setup (%1): %2"_s.arg(sql, error));
}

ServerUnderTest::ServerUnderTest(const QString &executable, const QString &backend,
                                 const QUrl &cluster, const QStringList &extra)
    : m_backend(backend)
    , m_cluster(cluster)
{
    QString database = u"sqlite:"_s + m_dir.filePath(u"wedsync.db"_s);
    if (backend == u"postgresql"_s) {
        m_pgName
            = u"wedsync_bench_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        if (const QString error = runOnCluster(cluster, u"CREATE DATABASE "_s + m_pgName);
            !error.isEmpty())
            die(u"cannot create the bench database: "_s + error);
        QUrl url = cluster;
        url.setPath(u'/' + m_pgName);
        database = url.toString();
    }
    m_database = database;
    m_process.setProgram(executable);
    m_process.setArguments(QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s,
                                        m_dir.path(), u"--database"_s, database, u"--demo"_s}
                           + extra);
    m_process.setStandardErrorFile(m_dir.filePath(u"server.log"_s));
    m_process.start();
    static const QRegularExpression ready(u"listening on http://([^:]+):(\\d+)"_s);
    std::tie(m_host, m_port) = awaitListening(m_process, ready, u"the server"_s);
}

std::pair<QString, quint16> awaitListening(QProcess &process, const QRegularExpression &ready,
                                           const QString &what)
{
    // Read until it says where it listens; a wrapper (heaptrack, perf) may print first.
    QString output;
    QDeadlineTimer deadline(60000);
    auto match = ready.match(output);
    while (!match.hasMatch() && !deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        output += QString::fromUtf8(process.readAllStandardOutput());
        match = ready.match(output);
    }
    if (!match.hasMatch())
        die(u"%1 did not start: %2"_s.arg(what, output));
    return {match.captured(1), quint16(match.captured(2).toUInt())};
}

ServerUnderTest::~ServerUnderTest()
{
    m_process.terminate();
    if (!m_process.waitForFinished(30000))
        m_process.kill();
    if (!m_pgName.isEmpty())
        runOnCluster(m_cluster, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName));
}

QByteArray ServerUnderTest::signIn(const QString &email) const
{
    HttpConnection setup(m_host, m_port, {});
    if (!setup.connectNow())
        die(u"cannot connect to the server"_s);
    const QJsonObject body {{u"email"_s, email}, {u"password"_s, u"demo-password"_s}};
    const HttpAnswer login = setup.exchange("POST", "/api/v1/auth/login",
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QByteArray token = QJsonDocument::fromJson(login.body)
                                 .object()
                                 .value(u"accessToken"_s)
                                 .toString()
                                 .toLatin1();
    if (token.isEmpty())
        die(u"login failed: %1 %2"_s.arg(login.status).arg(QString::fromUtf8(login.body)));
    return token;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace wedsync::bench
