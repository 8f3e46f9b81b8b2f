#pragma once
// Who an audit row's actor is, in words: their e-mail and display name beside the id, looked up
// once per request however many rows they wrote.

#include "AuditRecord.h"
#include "Clock.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace wedsync::server {

class Database;

class ActorNames
{
public:
    ActorNames(Database &db, const Clock &clock);

    struct Names
    {
        QString email;
        QString displayName;
    };
    // Empty names for the system (no actor) and for a user who no longer exists.
    Names of(const QString &actorId);
    // How a person reads the actor: the display name, else the e-mail; null when unknown.
    QJsonValue label(const QString &actorId);
    // auditRecordToJson() with actorEmail and actorName added (null when unknown).
    QJsonObject toJson(const AuditRecord &record);

private:
    Database &m_db;
    const Clock &m_clock;
    QHash<QString, Names> m_known;
};

} // namespace wedsync::server
