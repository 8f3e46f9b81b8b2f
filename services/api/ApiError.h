#pragma once
// What went wrong with one REST call, and the sentence that tells a person what to do about it.

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace wedsync {

struct ApiError
{
    enum class Kind { Http, Network, Timeout, Cancelled, Protocol };
    // A call made before the console knew its server's address (the built-in server is still
    // starting): nothing was sent, so it is no sign that the server is down.
    static constexpr QStringView NotConnectedCode = u"not_connected";
    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 unless Kind::Http
    QString code; // server's snake_case code, or "network_error", "timeout", ...
    QString message; // the server's sentence, or ours; translated where ours
    QJsonObject details;
    int retryAfterSecs = -1;
    QUrl url; // the server that was called (named in "is the server running at ...?")

    // An answer that came back but could not be read: `code` and `message` say what (a codec's
    // error, for one).
    static ApiError protocol(const QString &code, const QString &message);

    QString userMessage() const; // one sentence a person can act on
    bool isNotConnected() const { return kind == Kind::Network && code == NotConnectedCode; }

    // "field: message" for each entry of details.fields (validation errors).
    QStringList fieldMessages() const;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::ApiError)
