#pragma once
// The real wedsync-server as a child process: started with the given arguments, ready once it
// printed its ready line, stopped (SIGTERM, then kill) when the object goes away.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wedsync::test {

class ServerProcess
{
public:
    // Generous: sanitizer builds start slowly, and a failing start reports itself early.
    static constexpr int DefaultTimeoutMs = 60000;

    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Path of the built executable (from CMake).
    static QString executable();

    // Starts with `arguments` plus "--listen 127.0.0.1:0" unless --listen is given, and waits
    // for the ready line. False if the process exits or stays silent; errorString() says why.
    bool start(const QStringList &arguments, int timeoutMs = DefaultTimeoutMs);
    // SIGTERM and wait; returns the exit code (-1 if it had to be killed or crashed).
    int stop(int timeoutMs = 30000);

    QUrl baseUrl() const { return m_baseUrl; }
    // For tests that freeze the server (SIGSTOP/SIGCONT) to play a dead peer.
    qint64 processId() const { return m_process.processId(); }
    QString readyLine() const { return m_readyLine; }
    QString errorString() const { return m_error; }
    QByteArray standardError();

    // Runs the executable to completion (for command-line tests).
    struct Outcome
    {
        int exitCode = -1;
        bool crashed = false;
        bool timedOut = false;
        QByteArray standardOutput;
        QByteArray standardError;
    };
    static Outcome run(const QStringList &arguments, int timeoutMs = DefaultTimeoutMs);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_readyLine;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace wedsync::test
