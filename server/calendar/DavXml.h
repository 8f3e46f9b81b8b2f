#pragma once
// WebDAV multistatus answers (RFC 4918, RFC 4791, RFC 6578) read into plain values, and the
// request bodies the CalDAV client sends. Hostile XML (a DTD, hence entity expansion; deep
// nesting; a huge answer) is refused with an error rather than followed.

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace wedsync::server::dav {

inline constexpr QLatin1StringView DavNs("DAV:");
inline constexpr QLatin1StringView CalDavNs("urn:ietf:params:xml:ns:caldav");
inline constexpr QLatin1StringView CalServerNs("http://calendarserver.org/ns/");

constexpr qsizetype MaxAnswerBytes = 32 * 1024 * 1024;
constexpr int MaxDepth = 32;

struct Property
{
    QString text; // the text inside (e.g. a getetag, a calendar-data)
    QStringList hrefs; // DAV:href elements inside (current-user-principal, calendar-home-set)
    QStringList children; // "ns|name" of the child elements (resourcetype), and for one
                          // with a name attribute also "ns|name=VALUE" (comp name="VEVENT")
};

struct Response
{
    QString href; // as sent (percent-encoded path)
    int status = 0; // a response-level status (a removed member in sync-collection: 404)
    QHash<QString, Property> found; // "ns|name" -> property, from 200 propstats only
    bool has(QLatin1StringView ns, QLatin1StringView name) const;
    Property value(QLatin1StringView ns, QLatin1StringView name) const;
};

struct Multistatus
{
    QList<Response> responses;
    QString syncToken; // RFC 6578's top-level sync-token, if any
};

// Errors: dav_malformed (not XML, not a multistatus, a DTD, too deep, too large).
Result<Multistatus> parseMultistatus(const QByteArray &xml);

// "ns|name": the key of Response::found and Property::children.
QString key(QLatin1StringView ns, QLatin1StringView name);

QByteArray propfindBody(const QList<QPair<QLatin1StringView, QLatin1StringView>> &properties);
QByteArray syncCollectionBody(const QString &syncToken);
QByteArray multigetBody(const QStringList &hrefs);

} // namespace wedsync::server::dav
