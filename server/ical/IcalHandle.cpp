#include "IcalHandle.h"

#include <libical/ical.h>

#include <cstdlib>

namespace wedsync::ical {

namespace {

void quietLibical()
{
    static const bool done = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

void ComponentDeleter::operator()(icalcomponent_impl *component) const
{
    if (component)
        icalcomponent_free(component);
}

ComponentPtr parseComponent(const QByteArray &text)
{
    quietLibical();
    // libical reads a NUL-terminated string; QByteArray::constData() always is one.
    return ComponentPtr(icalparser_parse_string(text.constData()));
}

QByteArray serialize(icalcomponent_impl *component)
{
    quietLibical();
    char *text = icalcomponent_as_ical_string_r(component);
    QByteArray result(text);
    std::free(text);
    return result;
}

} // namespace wedsync::ical
