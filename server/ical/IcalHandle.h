#pragma once
// Owns a parsed libical component tree and frees it once; also turns libical's fatal-error
// mode off before any libical call, so malformed input ends in an error value, never abort().

#include <QByteArray>

#include <memory>

struct icalcomponent_impl;

namespace wedsync::ical {

struct ComponentDeleter
{
    void operator()(icalcomponent_impl *component) const;
};
using ComponentPtr = std::unique_ptr<icalcomponent_impl, ComponentDeleter>;

// Parses `text` as one iCalendar object; null when libical finds no component at all.
ComponentPtr parseComponent(const QByteArray &text);

// The component and its children as iCalendar text (CRLF, folded at 75 octets).
QByteArray serialize(icalcomponent_impl *component);

} // namespace wedsync::ical
