#pragma once
// An edit the server refused as stale (412 on replay): both sides, who and when, until resolved.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace wedsync {

struct ConflictRecord
{
    qint64 id = 0;
    QString entityType; // "section_configuration", ...
    QString entityId;
    QString organizationId;
    QString label; // what the person edited, in their words ("Timeline title")
    QJsonObject base; // the entity as it was when the edit was made
    QJsonObject mine; // the edit (the request body)
    QJsonObject theirs; // the entity as the server has it now (412 details.current)
    QString mineBy; // who made the edit (user id)
    QDateTime mineAt;
    QString theirsBy; // who changed it meanwhile (metadata.updatedBy), if the server says
    QDateTime theirsAt; // when (updatedAt), if the server says
    QString status; // open | resolved
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::ConflictRecord)
