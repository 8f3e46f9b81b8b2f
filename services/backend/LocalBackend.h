#pragma once
// The console's embedded default server: runs wedsync-server with demo data on a free loopback
// port, reports its URL, restarts it once if it dies, and stops it with the console.

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace wedsync {

class LocalBackend : public QObject
{
    Q_OBJECT
public:
    // How long a start may take before it counts as failed (sanitizer builds start slowly).
    static constexpr int StartTimeoutMs = 60000;

    LocalBackend(const QString &serverExecutable, const QString &dataDir,
                 QObject *parent = nullptr);
    ~LocalBackend() override; // stops the server

    // $WEDSYNC_SERVER_EXECUTABLE, else next to the console, else ../server (the build tree);
    // empty if none of them exists.
    static QString findServerExecutable();

    void start();
    void stop();

    QUrl url() const { return m_url; }
    bool isRunning() const { return m_running; }
    void setMaxRestarts(int n) { m_maxRestarts = n; } // default 1
    int restarts() const { return m_restarts; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    QString serverExecutable() const { return m_executable; }
    QString dataDir() const { return m_dataDir; }

Q_SIGNALS:
    // The process is being started (`again`: after it died, or on the user's request).
    void launching(bool again);
    void ready(const QUrl &url);
    void restarted(const QUrl &url); // died and came back (the port may change)
    void failed(const QString &message); // could not start, or died again: tell the user

private:
    void launch();
    void onStandardOutput();
    void onStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onStartTimeout();
    void fail(const QString &message);
    void terminateProcess();
    QString lastErrorLine() const;

    QString m_executable;
    QString m_dataDir;
    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QUrl m_url;
    bool m_running = false; // ready line seen, not stopped or dead since
    bool m_starting = false; // launched, ready line not seen yet
    bool m_restarting = false;
    bool m_stopping = false;
    int m_maxRestarts = 1;
    int m_restarts = 0;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QString m_lastStderrLine;
};

} // namespace wedsync
