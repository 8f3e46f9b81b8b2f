#include "presence/OperatorPresence.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

QJsonObject PresenceMeta::toJson() const
{
    QJsonObject meta {
        {u"user_id"_s, userId}, {u"email"_s, email}, {u"role"_s, role}, {u"client"_s, client}};
    if (configVersion)
        meta.insert(u"config_version"_s, *configVersion);
    return meta;
}

PresenceMeta PresenceMeta::fromJson(const QJsonObject &meta)
{
    PresenceMeta out;
    out.userId = meta.value(u"user_id"_s).toString();
    out.email = meta.value(u"email"_s).toString();
    out.role = meta.value(u"role"_s).toString();
    out.client = meta.value(u"client"_s).toString();
    if (const QJsonValue version = meta.value(u"config_version"_s); version.isDouble())
        out.configVersion = version.toInteger();
    return out;
}

QList<OperatorPresence> operatorsFromPresence(const QHash<QString, QList<QJsonObject>> &presence,
                                              const QString &selfUserId)
{
    QMap<QString, OperatorPresence> byUser; // keyed by user id; sorted by e-mail below
    for (auto it = presence.cbegin(); it != presence.cend(); ++it) {
        for (const QJsonObject &json : it.value()) {
            const PresenceMeta meta = PresenceMeta::fromJson(json);
            if (meta.userId.isEmpty() || meta.userId == selfUserId)
                continue;
            auto found = byUser.find(meta.userId);
            if (found != byUser.end()) {
                ++found->sessions;
                continue;
            }
            byUser.insert(meta.userId,
                          OperatorPresence {meta.userId, meta.email, meta.role, meta.client,
                                            meta.configVersion});
        }
    }
    QList<OperatorPresence> out = byUser.values();
    std::sort(out.begin(), out.end(), [](const OperatorPresence &a, const OperatorPresence &b) {
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace wedsync
