#pragma once
// The operators signed in to a console right now, read from a channel's presence metas
// ({user_id, email, role, client, config_version}), one entry per person however many
// windows they have open.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wedsync {

struct OperatorPresence
{
    QString userId;
    QString email;
    QString role;
    QString client;
    qint64 configVersion = 0;
    int sessions = 1; // consoles this person has open
    friend bool operator==(const OperatorPresence &, const OperatorPresence &) = default;
};

// The meta we track for ourselves on the presence topic.
QJsonObject presenceMeta(const QString &userId, const QString &email, const QString &role,
                         qint64 configVersion);

// Everyone present except `selfUserId`, sorted by e-mail. Metas without a user id are skipped.
QList<OperatorPresence> operatorsFromPresence(const QHash<QString, QList<QJsonObject>> &presence,
                                              const QString &selfUserId);

} // namespace wedsync
