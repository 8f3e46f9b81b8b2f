#pragma once
// The href of an event at a provider that names calendars and events by id (Google, Microsoft
// Graph): "<calendarId>/<eventId>". Neither id holds a slash (the remotes skip any that does),
// so the last slash divides them.

#include <QString>
#include <QUrl>

#include <utility>

namespace wedsync::server::eventhref {

// {calendar id, event id}.
inline std::pair<QString, QString> split(const QString &href)
{
    const qsizetype slash = href.lastIndexOf(u'/');
    return {href.left(slash), href.mid(slash + 1)};
}

inline QString join(const QString &calendar, const QString &event)
{
    return calendar + u'/' + event;
}

// One path segment of a provider's URL: every byte but the unreserved ones percent-encoded.
inline QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The most pages one listing may take: a provider whose paging never ends is malformed.
inline constexpr int MaxPages = 10000;

} // namespace wedsync::server::eventhref
