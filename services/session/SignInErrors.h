#pragma once
// What the sign-in dialog says when signing in failed: one sentence per cause a person can
// act on (wrong password, locked account, unreachable server, no console access, ...).

#include <QString>

namespace wedsync {

struct ApiError;

QString signInErrorMessage(const ApiError &error);
// The keychain could not keep the sign-in: the user is signed in but will be asked again.
QString notRememberedMessage(const QString &keychainMessage);
// The account signed in fine but may not use the console (vendors, couples, guests).
QString noConsoleAccessMessage();

} // namespace wedsync
