#include "backend/LocalBackend.h"

#include "ServicesLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr QByteArrayView ReadyPrefix = "wedsync-server listening on ";

bool isProgram(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

LocalBackend::LocalBackend(const QString &serverExecutable, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_executable(serverExecutable)
    , m_dataDir(dataDir)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &LocalBackend::onStartTimeout);
}

LocalBackend::~LocalBackend()
{
    stop();
}

QString LocalBackend::findServerExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("WEDSYNC_SERVER_EXECUTABLE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates {QString(here + u"/wedsync-server"_s),
                                  QString(here + u"/../server/wedsync-server"_s)};
    for (const QString &candidate : candidates) {
        if (isProgram(candidate))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

void LocalBackend::start()
{
    if (m_process)
        return;
    m_stopping = false;
    // Started before and failed since: the console goes on with the new process.
    m_restarting = !m_url.isEmpty();
    m_restarts = 0;
    launch();
}

void LocalBackend::launch()
{
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_lastStderrLine.clear();
    if (m_executable.isEmpty() || !isProgram(m_executable)) {
        const QString message = m_executable.isEmpty()
            ? tr("The local server could not be started: wedsync-server was not found next to "
                 "the console. Reinstall WedSync Admin, set WEDSYNC_SERVER_EXECUTABLE to its "
                 "path, or connect to another server.")
            : tr("The local server could not be started: %1 does not exist or is not a "
                 "program. Reinstall WedSync Admin, set WEDSYNC_SERVER_EXECUTABLE to its "
                 "path, or connect to another server.")
                  .arg(QDir::toNativeSeparators(m_executable));
        // Later, so that whoever just called start() hears it.
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
        return;
    }
    if (!QDir().mkpath(m_dataDir)) {
        const QString message = tr("The local server could not be started: its data folder %1 "
                                   "cannot be created. Check the permissions of that folder.")
                                    .arg(QDir::toNativeSeparators(m_dataDir));
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
        return;
    }
    // The database and signing key live here: owner only.
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_process = new QProcess(this);
    m_process->setProgram(m_executable);
    // The built-in server listens on loopback for this computer's user alone, so webhooks may
    // go to a receiver on this computer or its network (a shared server refuses those targets).
    m_process->setArguments({u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dataDir,
                             u"--demo"_s, u"--allow-private-webhooks"_s});
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalBackend::onStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalBackend::onStandardError);
    connect(m_process, &QProcess::finished, this, &LocalBackend::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LocalBackend::onErrorOccurred);
    m_starting = true;
    m_running = false;
    m_startTimer.start(StartTimeoutMs);
    qCInfo(lcBackend) << "starting" << m_executable << "with data in" << m_dataDir;
    Q_EMIT launching(m_restarting);
#ifdef Q_OS_LINUX
    // The built-in server ends with the console even when the console cannot stop it (killed,
    // crashed): the kernel sends it SIGTERM, which it handles like a stop.
    const pid_t console = ::getpid();
    m_process->setChildProcessModifier([console] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != console)
            ::_exit(1); // the console ended between the fork and now
    });
#endif
    m_process->start();
}

void LocalBackend::onStandardOutput()
{
    if (!m_process)
        return;
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(end).trimmed();
        m_stdoutBuffer.remove(0, end + 1);
        if (!m_starting || !line.startsWith(ReadyPrefix))
            continue;
        const QUrl url(QString::fromUtf8(line.mid(ReadyPrefix.size())));
        if (!url.isValid() || url.port() <= 0)
            continue;
        m_startTimer.stop();
        m_starting = false;
        m_running = true;
        m_url = url;
        qCInfo(lcBackend) << "local server ready at" << url.toString();
        if (m_restarting) {
            m_restarting = false;
            Q_EMIT restarted(url);
        } else {
            Q_EMIT ready(url);
        }
    }
}

void LocalBackend::onStandardError()
{
    if (!m_process)
        return;
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype end;
    while ((end = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderrBuffer.left(end)).trimmed();
        m_stderrBuffer.remove(0, end + 1);
        if (!line.isEmpty())
            m_lastStderrLine = line;
    }
    // A line without its newline yet still counts if the process dies now.
    if (m_stderrBuffer.size() > 64 * 1024)
        m_stderrBuffer = m_stderrBuffer.right(4096);
}

QString LocalBackend::lastErrorLine() const
{
    const QString pending = QString::fromUtf8(m_stderrBuffer).trimmed();
    const QString line = pending.isEmpty() ? m_lastStderrLine : pending;
    return line.isEmpty() ? tr("It wrote no error message.")
                          : tr("Its last message: \"%1\"").arg(line);
}

void LocalBackend::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping || !m_process)
        return;
    onStandardError(); // the last words
    const bool wasStarting = m_starting;
    m_process->deleteLater();
    m_process = nullptr;
    m_startTimer.stop();
    m_running = false;
    m_starting = false;
    const QString how = status == QProcess::CrashExit ? tr("it was killed or crashed")
                                                      : tr("exit code %1").arg(exitCode);
    if (wasStarting) {
        fail(tr("The local server could not start (%1). %2").arg(how, lastErrorLine()));
        return;
    }
    qCWarning(lcBackend) << "local server stopped unexpectedly:" << how << lastErrorLine();
    if (m_restarts < m_maxRestarts) {
        ++m_restarts;
        m_restarting = true;
        launch();
        return;
    }
    fail(tr("The local server stopped unexpectedly again (%1) and was not restarted. %2 "
            "Restart the console, or connect to another server.")
             .arg(how, lastErrorLine()));
}

void LocalBackend::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process || m_stopping)
        return;
    const QString reason = m_process->errorString();
    m_process->deleteLater();
    m_process = nullptr;
    m_startTimer.stop();
    m_starting = false;
    m_running = false;
    fail(tr("The local server %1 could not be started: %2")
             .arg(QDir::toNativeSeparators(m_executable), reason));
}

void LocalBackend::onStartTimeout()
{
    if (!m_starting)
        return;
    m_stopping = true;
    terminateProcess();
    m_stopping = false;
    m_starting = false;
    fail(tr("The local server did not report that it was ready within %n second(s). %1", nullptr,
            StartTimeoutMs / 1000)
             .arg(lastErrorLine()));
}

void LocalBackend::fail(const QString &message)
{
    qCWarning(lcBackend) << message;
    m_running = false;
    m_restarting = false;
    Q_EMIT failed(message);
}

void LocalBackend::stop()
{
    m_stopping = true;
    m_startTimer.stop();
    terminateProcess();
    m_running = false;
    m_starting = false;
    m_restarting = false;
}

void LocalBackend::terminateProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    disconnect(process, nullptr, this, nullptr);
    if (process->state() != QProcess::NotRunning) {
        // SIGTERM lets the server close its database and realtime clients (at most ~2 s).
        process->terminate();
        if (!process->waitForFinished(10000)) {
            qCWarning(lcBackend) << "local server ignored SIGTERM; killing it";
            process->kill();
            process->waitForFinished(5000);
        }
    }
    delete process;
}

} // namespace wedsync
