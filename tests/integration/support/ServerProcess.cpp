#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wedsync::test {

ServerProcess::ServerProcess()
{
    m_process.setProgram(executable());
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // A server that does not exit cleanly (a crash, a sanitizer report) is worth seeing even
    // when the test itself did not look.
    if (const int code = stop(10000); code != 0)
        qWarning("wedsync-server exited with %d: %s", code,
                 standardError().right(4000).constData());
}

QString ServerProcess::executable()
{
    return QStringLiteral(WEDSYNC_SERVER_EXECUTABLE);
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool ServerProcess::start(const QStringList &arguments, int timeoutMs)
{
    QStringList args = arguments;
    if (!args.contains(u"--listen"_s))
        args << u"--listen"_s << u"127.0.0.1:0"_s;
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"Cannot start %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    static const QRegularExpression ready(u"^wedsync-server listening on (http://[^\\s]+:\\d+)$"_s);
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const qsizetype newline = out.indexOf('\n');
        if (newline >= 0) {
            m_readyLine = QString::fromUtf8(out.left(newline));
            const auto match = ready.match(m_readyLine);
            if (!match.hasMatch()) {
                m_error = u"Unexpected first line on stdout: "_s + m_readyLine;
                return false;
            }
            m_baseUrl = QUrl(match.captured(1), QUrl::StrictMode);
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_error = u"wedsync-server exited with code %1 before it was ready: %2"_s
                          .arg(m_process.exitCode())
                          .arg(QString::fromUtf8(standardError()).trimmed());
            return false;
        }
    }
    m_error = u"wedsync-server printed no ready line within %1 ms: %2"_s.arg(timeoutMs).arg(
        QString::fromUtf8(standardError()).trimmed());
    return false;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    standardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

ServerProcess::Outcome ServerProcess::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(executable(), arguments);
    Outcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        outcome.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    outcome.crashed = process.exitStatus() != QProcess::NormalExit;
    outcome.exitCode = process.exitCode();
    outcome.standardOutput = process.readAllStandardOutput();
    outcome.standardError = process.readAllStandardError();
    return outcome;
}

} // namespace wedsync::test
