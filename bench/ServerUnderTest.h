#pragma once
// wedsync-server --demo on a database of its own, for the benchmarks: SQLite in a temporary
// folder, or a fresh database on a PostgreSQL cluster (created, and dropped afterwards).
// Stopped and cleaned up on destruction; a server that does not start ends the program.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

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
    // The access token of a demo account (password "demo-password"); ends the program when the
    // login fails.
    QByteArray signIn(const QString &email) const;

private:
    QString m_backend;
    QUrl m_cluster;
    QTemporaryDir m_dir;
    QString m_pgName;
    QProcess m_process;
    QString m_host;
    quint16 m_port = 0;
};

// Runs one statement on the database a postgresql:// URL names; the error, or empty.
QString runOnCluster(const QUrl &url, const QString &sql);

// "0.52 0.61 0.70": the machine's load, printed with the figures (the bench shares the CPUs).
QString loadAverage();

// The table's stream (stdout).
QTextStream &out();

// Prints "<program>: <message>" on stderr and exits with 1.
[[noreturn]] void die(const QString &message);

} // namespace wedsync::bench
