#pragma once
// Shared by the session folder's tests: a demo server on one backend, waiting for an ApiReply,
// and this test executable run again as a child whose session bus is a dead socket.

#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace wedsync {
class ApiReply;
}

namespace wedsync::test {

namespace accounts {
inline const QString Admin = QStringLiteral("admin@evergreen.demo");
inline const QString Planner = QStringLiteral("planner@evergreen.demo");
inline const QString Vendor = QStringLiteral("vendor@evergreen.demo");
inline const QString Platform = QStringLiteral("platform@wedsync.demo");
} // namespace accounts

// `wedsync-server --demo` on a fresh database of one backend ("sqlite" or "postgresql").
class DemoServer
{
public:
    bool start(const QString &backend); // false with a warning saying why
    QUrl url() const { return m_server ? m_server->baseUrl() : QUrl(); }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

// True once `reply` has finished (at once if it already has).
bool finishes(wedsync::ApiReply *reply, int timeoutMs = 60000);
// Finished with a 2xx; otherwise warns with the status, error code and body, and is false.
bool succeeded(wedsync::ApiReply *reply);

// Runs this executable again with `variable`=`value` and DBUS_SESSION_BUS_ADDRESS pointing at
// a socket that does not exist; returns its exit code (-1 if it did not finish) and output.
struct ChildOutcome
{
    int exitCode = -1;
    QString output; // stdout, then stderr
};
ChildOutcome runWithoutSessionBus(const char *variable, const QString &value);

// The message a user gets when "remember me" cannot be stored because there is no keychain.
bool saysKeychainUnavailable(const QString &output);

} // namespace wedsync::test

// main() for a test whose executable also serves as its own child process: with `variable`
// set it runs `child(argc, argv)` instead of the test class.
#define WEDSYNC_TEST_MAIN_WITH_CHILD(TestClass, variable, child)                                   \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        if (qEnvironmentVariableIsSet(variable))                                                   \
            return child(argc, argv);                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

namespace wedsync::test { } // namespace wedsync::test
