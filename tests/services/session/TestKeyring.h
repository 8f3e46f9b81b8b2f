#pragma once
// For the keychain tests: they must run against the private gnome-keyring that
// scripts/with-test-keyring starts (./scripts/test does), never against the user's own.

#include <QString>
#include <QTest>

namespace wedsync::test {

// Empty when the private test keyring is there; otherwise what to do about it.
inline QString testKeyringProblem()
{
    if (!qEnvironmentVariableIsEmpty("WEDSYNC_TEST_KEYRING"))
        return {};
    return QStringLiteral(
        "The keychain tests need the private gnome-keyring on a private D-Bus session: run them "
        "through ./scripts/test, or scripts/with-test-keyring /tmp/kr ctest -R <test> "
        "(WEDSYNC_REQUIRE_KEYRING=0 skips them in a local run).");
}

inline bool testKeyringOptional()
{
    return qEnvironmentVariable("WEDSYNC_REQUIRE_KEYRING") == QStringLiteral("0");
}

} // namespace wedsync::test

// Fails (or, with WEDSYNC_REQUIRE_KEYRING=0, skips) the current test without the test keyring.
#define WEDSYNC_REQUIRE_TEST_KEYRING()                                                             \
    do {                                                                                           \
        const QString wedsyncKeyringProblem = wedsync::test::testKeyringProblem();                 \
        if (!wedsyncKeyringProblem.isEmpty()) {                                                    \
            if (wedsync::test::testKeyringOptional())                                              \
                QSKIP(qPrintable(wedsyncKeyringProblem));                                          \
            QFAIL(qPrintable(wedsyncKeyringProblem));                                              \
        }                                                                                          \
    } while (false)
