#include "api/ActorNames.h"

#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

ActorNames::ActorNames(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

ActorNames::Names ActorNames::of(const QString &actorId)
{
    if (actorId.isEmpty())
        return {};
    if (const auto known = m_known.constFind(actorId); known != m_known.cend())
        return known.value();
    Names names;
    auto user = UserRepository(m_db, m_clock).find(actorId);
    if (user && user->has_value())
        names = {user->value().email, user->value().displayName};
    m_known.insert(actorId, names);
    return names;
}

QJsonValue ActorNames::label(const QString &actorId)
{
    const Names names = of(actorId);
    if (!names.displayName.isEmpty())
        return names.displayName;
    if (!names.email.isEmpty())
        return names.email;
    return QJsonValue(QJsonValue::Null);
}

QJsonObject ActorNames::toJson(const AuditRecord &record)
{
    QJsonObject json = auditRecordToJson(record);
    const Names names = of(record.actorId);
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    json.insert(u"actorEmail"_s, orNull(names.email));
    json.insert(u"actorName"_s, orNull(names.displayName));
    return json;
}

} // namespace wedsync::server
