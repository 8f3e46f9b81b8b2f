#pragma once
// What the sign-in dialog says when signing in failed: one sentence per cause a person can
// act on (wrong password, locked account, unreachable server, no console access, ...).

#include <QString>

namespace wedsync {

struct ApiError;

QString signInErrorMessage(const ApiError &error);
// The account signed in fine but may not use the console (vendors, couples, guests).
QString noConsoleAccessMessage();

} // namespace wedsync
