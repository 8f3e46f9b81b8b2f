#include "session/SignInErrors.h"

#include "api/ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

QString noConsoleAccessMessage()
{
    return QCoreApplication::translate(
        "wedsync::SignInErrors",
        "This account has no access to the admin console. Console access is for "
        "platform staff and for the administrators and coordinators of an organization.");
}

QString signInErrorMessage(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return error.url.isEmpty()
            ? QCoreApplication::translate(
                "wedsync::SignInErrors",
                "The server cannot be reached. Check the address and that the server "
                "is running.")
            : QCoreApplication::translate(
                  "wedsync::SignInErrors",
                  "The server at %1 cannot be reached. Check the address and that the "
                  "server is running.")
                  .arg(error.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString());
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("wedsync::SignInErrors", "Signing in was cancelled.");
    case ApiError::Kind::Protocol:
        return QCoreApplication::translate(
            "wedsync::SignInErrors",
            "The server's answer was not understood. Is this a WedSync server?");
    case ApiError::Kind::Http:
        break;
    }
    if (error.code == u"invalid_credentials" || (error.httpStatus == 401 && error.code.isEmpty()))
        return QCoreApplication::translate("wedsync::SignInErrors",
                                           "The e-mail address or the password is wrong.");
    if (error.code == u"account_locked" || error.code == u"too_many_attempts"
        || error.httpStatus == 429) {
        const int minutes = (error.retryAfterSecs + 59) / 60;
        if (error.retryAfterSecs > 90)
            return QCoreApplication::translate(
                "wedsync::SignInErrors",
                "Too many failed attempts: signing in to this account is locked for "
                "%n minute(s).",
                nullptr, minutes);
        if (error.retryAfterSecs > 0)
            return QCoreApplication::translate(
                "wedsync::SignInErrors",
                "Too many failed attempts: wait %n second(s) before trying again.", nullptr,
                error.retryAfterSecs);
        return QCoreApplication::translate(
            "wedsync::SignInErrors",
            "Too many failed attempts: signing in to this account is locked for now. "
            "Try again later.");
    }
    if (error.code == u"no_console_access")
        return noConsoleAccessMessage();
    if (error.code == u"account_disabled")
        return QCoreApplication::translate(
            "wedsync::SignInErrors",
            "This account has been disabled. Ask an administrator to enable it.");
    if (error.httpStatus >= 500)
        return QCoreApplication::translate(
                   "wedsync::SignInErrors",
                   "The server had a problem signing you in (%1). Try again in a moment.")
            .arg(error.httpStatus);
    return error.userMessage();
}

} // namespace wedsync
