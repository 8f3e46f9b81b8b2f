#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("wedsync::ApiError", text, nullptr, n);
}

QString serverName(const QUrl &url)
{
    return url.isEmpty() ? tr("the configured address")
                         : url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

} // namespace

ApiError ApiError::protocol(const QString &code, const QString &message)
{
    ApiError error;
    error.kind = Kind::Protocol;
    error.code = code;
    error.message = message;
    return error;
}

QStringList ApiError::fieldMessages() const
{
    QStringList out;
    const QJsonArray fields = details.value(u"fields"_s).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        const QString name = field.value(u"field"_s).toString();
        const QString text = field.value(u"message"_s).toString();
        out.append(name.isEmpty() ? text : name + u": "_s + text);
    }
    return out;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        if (isNotConnected())
            return tr("The console is not connected to a server yet.");
        return tr("Could not reach the server at %1 (%2). Is the server running at %1?")
            .arg(serverName(url), message.isEmpty() ? tr("no connection") : message);
    case Kind::Timeout: {
        const int secs = std::max(1, (details.value(u"timeoutMs"_s).toInt() + 999) / 1000);
        return tr("The server at %1 did not answer within %n second(s). Try again; if it keeps "
                  "happening, check that the server is running and reachable.",
                  secs)
            .arg(serverName(url));
    }
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Protocol:
        return tr("The server at %1 sent an answer the console does not understand (%2). Check "
                  "that the address points to a WedSync server of a matching version.")
            .arg(serverName(url), message);
    case Kind::Http:
        break;
    }

    if (code == u"invalid_credentials"_s)
        return tr("The e-mail address or the password is wrong. Check both and try again.");
    if (code == u"account_locked"_s || code == u"too_many_attempts"_s) {
        if (retryAfterSecs > 0)
            return tr("Sign-in is paused after too many failed attempts. Try again in %n "
                      "second(s).",
                      retryAfterSecs);
        return tr("Sign-in is paused after too many failed attempts. Try again later.");
    }
    if (code == u"account_disabled"_s)
        return tr("This account has been disabled. Ask an administrator to enable it.");
    if (code == u"no_console_access"_s)
        return tr("This account has no access to the admin console. Sign in with an "
                  "administrator, coordinator or platform staff account.");
    if (code == u"unauthenticated"_s || code == u"invalid_token"_s || code == u"token_expired"_s
        || code == u"session_revoked"_s)
        return tr("Your session has ended. Sign in again.");
    if (code == u"invalid_refresh_token"_s || code == u"refresh_token_expired"_s
        || code == u"refresh_token_reused"_s)
        return tr("The remembered sign-in is no longer valid. Sign in with your password.");
    if (code == u"forbidden"_s)
        return message.isEmpty() ? tr("You are not allowed to do this.") : message;
    if (code == u"not_found"_s || httpStatus == 404)
        return tr("This item no longer exists, or you may not see it. Refresh the view.");
    if (code == u"version_conflict"_s || httpStatus == 412)
        return tr("Someone else changed this in the meantime. Reload it to see their change, "
                  "then apply yours again.");
    if (code == u"precondition_required"_s)
        return tr("The change was refused because it did not say which version it edits. "
                  "Reload and try again.");
    if (code == u"validation_failed"_s) {
        const QStringList fields = fieldMessages();
        if (fields.isEmpty())
            return message.isEmpty() ? tr("Some values are not valid. Check them and try again.")
                                     : message;
        return tr("Some values need attention: %1").arg(fields.join(u"; "_s));
    }
    if (httpStatus == 429) {
        if (retryAfterSecs > 0)
            return tr("The server is busy. Try again in %n second(s).", retryAfterSecs);
        return tr("The server is busy. Try again in a moment.");
    }
    if (httpStatus == 503 || httpStatus == 502 || httpStatus == 504)
        return tr("The server at %1 is unavailable right now. Try again in a moment.")
            .arg(serverName(url));
    if (httpStatus >= 500)
        return message.isEmpty()
            ? tr("The server at %1 ran into a problem (HTTP %2). Try again later.")
                  .arg(serverName(url))
                  .arg(httpStatus)
            : tr("The server ran into a problem: %1 Try again later.").arg(message);
    if (!message.isEmpty())
        return message;
    return tr("The server refused the request (HTTP %1).").arg(httpStatus);
}

} // namespace wedsync
