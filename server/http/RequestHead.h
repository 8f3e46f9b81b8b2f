#pragma once
// The head of an HTTP/1.x request (request line and header fields) read strictly, before Qt
// HttpServer's lenient parser sees it (RFC 9112). Whatever two readers could frame differently
// is refused: a proxy in front of us and our parser must never disagree about where a request
// ends (request smuggling) or what it says.

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace wedsync::server {

struct RequestHead
{
    QByteArray method;
    QByteArray target;
    QByteArray version; // "HTTP/1.0" or "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> fields; // names as sent, values without OWS

    qint64 contentLength = 0; // 0 without Content-Length
    bool chunked = false; // a Transfer-Encoding other than identity
    bool expectsContinue = false; // Expect: 100-continue

    QByteArray field(QByteArrayView name) const; // the first such field, empty if none
};

// Parses a complete head: lines ending in CRLF, the last one empty. Errors (code
// "bad_request", message for the client): a malformed request line, a line without a colon, a
// space before the colon, obs-fold, control characters (NUL, bare CR or LF) in a line, an
// HTTP/1.1 request without exactly one Host, more than one Content-Length or one that is not
// a plain decimal number. Empty lines before the request line are ignored (RFC 9112 §2.2).
Result<RequestHead> parseRequestHead(QByteArrayView head);

} // namespace wedsync::server
