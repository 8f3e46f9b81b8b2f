#include "SessionTestSupport.h"

#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace wedsync::test {

bool DemoServer::start(const QString &backend)
{
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isReady()) {
        qWarning("%s", qPrintable(m_db->errorString()));
        return false;
    }
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(m_db->serverArguments() << u"--demo"_s)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return false;
    }
    return true;
}

bool finishes(wedsync::ApiReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &wedsync::ApiReply::finished);
    return spy.wait(timeoutMs);
}

bool succeeded(wedsync::ApiReply *reply)
{
    if (!finishes(reply))
        return false;
    if (!reply->ok())
        qWarning("%d %s %s", reply->status(), qPrintable(reply->error().code),
                 reply->body().left(400).constData());
    return reply->ok();
}

ChildOutcome runWithoutSessionBus(const char *variable, const QString &value)
{
    ChildOutcome outcome;
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(variable), value);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-bus"_s));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (child.waitForFinished(90000) && child.exitStatus() == QProcess::NormalExit)
        outcome.exitCode = child.exitCode();
    outcome.output
        = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    return outcome;
}

bool saysKeychainUnavailable(const QString &output)
{
    // In words a person can act on (the D-Bus service's own text goes to the details).
    return output.contains(
               u"No system keychain (such as GNOME Keyring or KDE Wallet) is running."_s)
        && output.contains(u"Your sign-in is not remembered on this computer"_s);
}

} // namespace wedsync::test
