#pragma once
// What a console announces about itself in presence on one realtime topic, and the operators
// signed in to a console right now read back from those announcements: one entry per person
// however many windows they have open.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync {

// The presence meta of one console: {user_id, email, role, client, config_version}.
struct PresenceMeta
{
    QString userId;
    QString email;
    QString role;
    QString client = QStringLiteral("wedsync-admin");
    // The configuration version this console has applied for the topic's organization. None
    // (no config_version key at all) until it has applied one: the server then counts the
    // console as connected but not as in sync or lagging (server/README.md, "Sync health").
    std::optional<qint64> configVersion;

    QJsonObject toJson() const;
    static PresenceMeta fromJson(const QJsonObject &meta);
    friend bool operator==(const PresenceMeta &, const PresenceMeta &) = default;
};

struct OperatorPresence
{
    QString userId;
    QString email;
    QString role;
    QString client;
    std::optional<qint64> configVersion;
    int sessions = 1; // consoles this person has open
    friend bool operator==(const OperatorPresence &, const OperatorPresence &) = default;
};

// Everyone present except `selfUserId`, sorted by e-mail. Metas without a user id are skipped.
QList<OperatorPresence> operatorsFromPresence(const QHash<QString, QList<QJsonObject>> &presence,
                                              const QString &selfUserId);

} // namespace wedsync
