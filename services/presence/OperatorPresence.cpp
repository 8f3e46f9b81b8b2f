#include "presence/OperatorPresence.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace wedsync {

QJsonObject presenceMeta(const QString &userId, const QString &email, const QString &role,
                         qint64 configVersion)
{
    return {{u"user_id"_s, userId},
            {u"email"_s, email},
            {u"role"_s, role},
            {u"client"_s, u"wedsync-admin"_s},
            {u"config_version"_s, configVersion}};
}

QList<OperatorPresence> operatorsFromPresence(const QHash<QString, QList<QJsonObject>> &presence,
                                              const QString &selfUserId)
{
    QMap<QString, OperatorPresence> byUser; // keyed by user id; sorted by e-mail below
    for (auto it = presence.cbegin(); it != presence.cend(); ++it) {
        for (const QJsonObject &meta : it.value()) {
            const QString userId = meta.value(u"user_id"_s).toString();
            if (userId.isEmpty() || userId == selfUserId)
                continue;
            auto found = byUser.find(userId);
            if (found != byUser.end()) {
                ++found->sessions;
                continue;
            }
            OperatorPresence entry;
            entry.userId = userId;
            entry.email = meta.value(u"email"_s).toString();
            entry.role = meta.value(u"role"_s).toString();
            entry.client = meta.value(u"client"_s).toString();
            entry.configVersion = meta.value(u"config_version"_s).toInteger();
            byUser.insert(userId, entry);
        }
    }
    QList<OperatorPresence> out = byUser.values();
    std::sort(out.begin(), out.end(), [](const OperatorPresence &a, const OperatorPresence &b) {
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace wedsync
