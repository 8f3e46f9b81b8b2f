#include "http/RequestHead.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error badRequest(const QString &message)
{
    return Error {u"bad_request"_s, message, {}};
}

// RFC 9110 §5.6.2: tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, spaces, tabs and obs-text; no other control.
bool isFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

Result<RequestHead> parseRequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    RequestHead head;
    if (first > 0 && last > first + 1) {
        head.method = line.first(first).toByteArray();
        head.target = line.sliced(first + 1, last - first - 1).toByteArray();
        head.version = line.sliced(last + 1).toByteArray();
    }
    const bool targetOk = !head.target.isEmpty() && !head.target.contains(' ')
        && isFieldValue(head.target) && !head.target.contains('\t');
    if (!isToken(head.method) || !targetOk
        || (head.version != "HTTP/1.1" && head.version != "HTTP/1.0"))
        return badRequest(u"The request line must be METHOD SP target SP HTTP/1.1."_s);
    return head;
}

} // namespace

QByteArray RequestHead::field(QByteArrayView name) const
{
    for (const auto &[key, value] : fields) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Result<RequestHead> parseRequestHead(QByteArrayView head)
{
    // Every line ends in CRLF: a lone CR or LF anywhere is a line break another reader might
    // see where we do not.
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == '\r' && i + 1 < head.size() && head.at(i + 1) == '\n') {
            lines.append(head.sliced(start, i - start));
            start = i + 2;
            ++i;
        } else if (head.at(i) == '\r' || head.at(i) == '\n') {
            return badRequest(u"Lines of a request head must end in CR LF."_s);
        }
    }
    if (start != head.size() || lines.isEmpty() || !lines.last().isEmpty())
        return badRequest(u"The request head is incomplete."_s);
    lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return badRequest(u"The request has no request line."_s);

    auto parsed = parseRequestLine(lines.first());
    if (!parsed)
        return parsed;
    RequestHead out = std::move(parsed).value();

    int hosts = 0;
    int lengths = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            return badRequest(u"Header lines may not be continued on the next line (obs-fold)."_s);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return badRequest(u"Header line %1 has no colon."_s.arg(i));
        const QByteArrayView name = line.first(colon);
        if (!isToken(name))
            return badRequest(
                u"Header line %1 has an invalid name (no spaces before the colon)."_s.arg(i));
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return badRequest(
                u"The header %1 contains a control character."_s.arg(QString::fromLatin1(name)));
        out.fields.append({name.toByteArray(), value.toByteArray()});

        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++lengths;
            // 1*DIGIT and nothing else (no sign, no list); 18 digits always fit in qint64.
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!digits)
                return badRequest(u"Content-Length must be a plain decimal number."_s);
            out.contentLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            out.chunked = out.chunked || value.compare("identity", Qt::CaseInsensitive) != 0;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            out.expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (lengths > 1)
        return badRequest(u"The request has more than one Content-Length."_s);
    if (hosts > 1)
        return badRequest(u"The request has more than one Host header."_s);
    if (hosts == 0 && out.version == "HTTP/1.1")
        return badRequest(u"An HTTP/1.1 request needs a Host header."_s);
    return out;
}

} // namespace wedsync::server
