#pragma once
// The REST peer of bench_server (bench/peer-fastify: fastify 5 on Node with better-sqlite3 or
// pg) on the database a ServerUnderTest created, and the standard load tool wrk driving
// either server. Stopped on destruction; a peer that does not start ends the program.

#include "HttpLoad.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace wedsync::bench {

class PeerUnderTest
{
public:
    // `node` runs `script` with the database URL and wedsync's signing-key file.
    PeerUnderTest(const QString &node, const QString &script, const QString &database,
                  const QString &signingKey);
    ~PeerUnderTest();

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_host;
    quint16 m_port = 0;
};

// What one wrk run reports (its own latency percentiles, not ours).
struct WrkResult
{
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 errors = 0; // socket errors and non-2xx answers (a PATCH that lost its race: 412)
    QString failure; // wrk did not run or its output was not understood
};

// `wrk -t T -c connections -d seconds --latency` against http://host:port`path` with the
// bearer token; `lua` (may be empty) is a script's text.
WrkResult runWrk(const QString &wrk, const QString &host, quint16 port, const QByteArray &path,
                 const QByteArray &token, int connections, double seconds, const QByteArray &lua);

// A wrk script that PATCHes `sections` with If-Match, each wrk thread its own share of them,
// taking every section's next version from the answers (the ETag'd body, or the 412's
// details.current). `versions` are the sections' versions now.
QByteArray wrkPatchScript(const QList<QByteArray> &sections, const QList<qint64> &versions,
                          int threads);

// The threads wrk is given for `connections` (at most the CPUs, at most the connections).
int wrkThreads(int connections);

// `uptime`'s line, printed with the figures.
QString uptimeLine();

} // namespace wedsync::bench
