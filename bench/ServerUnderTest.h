#pragma once
// wedsync-server --demo on a database of its own, for the benchmarks: SQLite in a temporary
// folder, or a fresh database on a PostgreSQL cluster (created, and dropped afterwards).
// Stopped and cleaned up on destruction; a server that does not start ends the program.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <utility>

namespace wedsync::bench {

class ServerUnderTest
{
public:
    // `backend` is "sqlite" or "postgresql" (then `cluster` names the cluster); `extra` goes
    // to the server's command line.
    ServerUnderTest(const QString &executable, const QString &backend, const QUrl &cluster,
                    const QStringList &extra = {});
    ~ServerUnderTest();

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    // Where its data is, for a peer serving the same rows: the --database URL, and the file
    // of the key that signs its access tokens.
    QString database() const { return m_database; }
    QString signingKeyFile() const { return m_dir.filePath(QStringLiteral("signing.key")); }
    // The access token of a demo account (password "demo-password"); ends the program when the
    // login fails.
    QByteArray signIn(const QString &email) const;
    // Runs one statement on its database behind its back (a bench's setup that no route
    // offers, such as an organization's subscription tier); ends the program when it fails.
    void run(const QString &sql) const;

private:
    QString m_backend;
    QUrl m_cluster;
    QTemporaryDir m_dir;
    QString m_pgName;
    QString m_database;
    QProcess m_process;
    QString m_host;
    quint16 m_port = 0;
};

// Reads `process`'s output until `ready` matches (host and port in its captures 1 and 2) and
// returns them; ends the program when `what` does not start within a minute.
std::pair<QString, quint16> awaitListening(QProcess &process, const QRegularExpression &ready,
                                           const QString &what);

// Runs one statement on the database a postgresql:// URL names; the error, or empty.
QString runOnCluster(const QUrl &url, const QString &sql);
// The same on a SQLite file.
QString runOnSqlite(const QString &path, const QString &sql);

// "0.52 0.61 0.70": the machine's load, printed with the figures (the bench shares the CPUs).
QString loadAverage();

// The table's stream (stdout).
QTextStream &out();

// Prints "<program>: <message>" on stderr and exits with 1.
[[noreturn]] void die(const QString &message);

} // namespace wedsync::bench
