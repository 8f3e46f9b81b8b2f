#pragma once
// Where and as whom to sign in: the built-in server or a remote URL, e-mail, password and
// whether to remember the sign-in in the keychain.

#include <QString>
#include <QUrl>

namespace wedsync {

struct SignInRequest
{
    bool embedded = true;
    QUrl server; // the remote URL; for the embedded server whatever it listens on (may be empty)
    QString email;
    QString password;
    bool remember = false;
};

} // namespace wedsync
