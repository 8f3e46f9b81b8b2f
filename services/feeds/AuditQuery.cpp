#include "feeds/AuditQuery.h"

using namespace Qt::StringLiterals;

namespace wedsync {

QUrlQuery AuditQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(name, value);
    };
    add(u"organizationId"_s, organizationId);
    add(u"actorId"_s, actorId);
    add(u"entityType"_s, entityType);
    add(u"entityId"_s, entityId);
    add(u"action"_s, action);
    add(u"weddingId"_s, weddingId);
    if (from.isValid())
        add(u"from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        add(u"to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    return query;
}

bool AuditQuery::matches(const AuditRecord &record, bool ofTheWedding) const
{
    const auto same = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || wanted.compare(value, Qt::CaseInsensitive) == 0;
    };
    if (!same(organizationId, record.organizationId) || !same(actorId, record.actorId)
        || !same(entityType, record.entityType) || !same(entityId, record.entityId)
        || !same(action, record.action))
        return false;
    if (!ofTheWedding && !same(weddingId, record.weddingId))
        return false;
    if (from.isValid() && record.occurredAt < from)
        return false;
    if (to.isValid() && record.occurredAt >= to)
        return false;
    return true;
}

} // namespace wedsync
