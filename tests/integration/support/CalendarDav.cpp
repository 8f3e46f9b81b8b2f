#include "CalendarDav.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace wedsync::test {

namespace {

constexpr int WaitMs = 30000;

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

DavCalendarClient::DavCalendarClient(QNetworkAccessManager *nam, const QString &baseUrl,
                                     const QString &user, const QString &password)
    : m_nam(nam)
    , m_baseUrl(baseUrl)
    , m_authorization("Basic " + (user + u':' + password).toUtf8().toBase64())
{ }

QNetworkReply *DavCalendarClient::call(const QByteArray &method, const QString &path,
                                       const QByteArray &body, const QByteArray &contentType,
                                       const QByteArray &depth)
{
    QNetworkRequest request(QUrl(m_baseUrl).resolved(QUrl(path)));
    request.setRawHeader("Authorization", m_authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!depth.isEmpty())
        request.setRawHeader("Depth", depth);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(WaitMs);
    return reply;
}

int DavCalendarClient::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    std::unique_ptr<QNetworkReply> reply(call(
        method, path, body, body.isEmpty() ? QByteArray() : "text/calendar; charset=utf-8"_ba));
    return reply->isFinished() ? statusOf(reply.get()) : 0;
}

QByteArray DavCalendarClient::read(const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(call("GET", path, {}, {}));
    return statusOf(reply.get()) == 200 ? reply->readAll() : QByteArray();
}

QStringList DavCalendarClient::events(const QString &calendar)
{
    std::unique_ptr<QNetworkReply> reply(call(
        "PROPFIND", calendar, R"(<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>)"_ba,
        "application/xml; charset=utf-8"_ba, "1"_ba));
    QStringList names;
    QXmlStreamReader xml(reply->readAll());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"href"_s) {
            const QString href = xml.readElementText();
            if (href.endsWith(u".ics"_s))
                names << href.section(u'/', -1);
        }
    }
    names.sort();
    return names;
}

QByteArray icsEvent(const QString &uid, const QString &summary, const QDateTime &start)
{
    const QString stamp = u"yyyyMMdd'T'HHmmss'Z'"_s;
    return (u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WedSync tests//EN\r\nBEGIN:VEVENT\r\n"
            "UID:"_s
            + uid + u"\r\nDTSTAMP:"_s + QDateTime::currentDateTimeUtc().toString(stamp)
            + u"\r\nDTSTART:"_s + start.toString(stamp) + u"\r\nDTEND:"_s
            + start.addSecs(3600).toString(stamp) + u"\r\nSUMMARY:"_s + summary
            + u"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_s)
        .toUtf8();
}

} // namespace wedsync::test
