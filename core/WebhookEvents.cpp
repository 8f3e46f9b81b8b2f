#include "WebhookEvents.h"

using namespace Qt::StringLiterals;

namespace wedsync::webhooks {

const QStringList &eventTypes()
{
    static const QStringList types {
        u"section.created"_s,     u"section.updated"_s,     u"section.deleted"_s,
        u"appointment.created"_s, u"appointment.updated"_s, u"appointment.deleted"_s,
        u"integration.created"_s, u"integration.updated"_s, u"integration.deleted"_s,
        u"conflict.resolved"_s,
    };
    return types;
}

QString eventTypeFor(const QString &entityType, const QString &action)
{
    QString resource;
    if (entityType == u"section_configuration"_s)
        resource = u"section"_s;
    else if (entityType == u"appointment"_s)
        resource = u"appointment"_s;
    else if (entityType == u"integration"_s)
        resource = u"integration"_s;
    if (action == u"conflict_resolve"_s || action == u"conflict_dismiss"_s)
        return u"conflict.resolved"_s;
    if (resource.isEmpty())
        return {};
    if (action == u"create"_s)
        return resource + u".created"_s;
    if (action == u"delete"_s)
        return resource + u".deleted"_s;
    return resource + u".updated"_s;
}

} // namespace wedsync::webhooks
