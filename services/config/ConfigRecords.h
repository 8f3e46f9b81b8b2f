#pragma once
// What the Settings screen reads from the server, decoded: a scope's view (its own document
// and version, the effective values with their provenance, what an opt-out held back), one
// entry of its history, and one change request. The rules and codecs are core's; these add
// the envelope the routes answer with.

#include "ConfigResolver.h"
#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wedsync {

struct ConfigView
{
    ConfigScope scope;
    ConfigSettingType settingType = ConfigSettingType::Notifications;
    qint64 version = 0; // of the scope's own document (0: never written)
    QJsonObject document; // what the scope sets itself (secrets redacted)
    ResolvedConfig resolved; // effective values, provenance per field, declined changes
    QString updatedBy;
    QString summary;
    QDateTime updatedAt;
};
Result<ConfigView> configViewFromJson(const QJsonObject &object);

struct ConfigHistoryEntry
{
    QString id;
    qint64 version = 0;
    QString summary;
    QString changedBy;
    QString changedByName; // display name, else e-mail; empty: unknown (the system)
    QDateTime occurredAt;
    QJsonObject snapshot;
};
Result<ConfigHistoryEntry> configHistoryEntryFromJson(const QJsonObject &object);

struct ConfigChangeRequest
{
    QString id;
    ConfigSettingType settingType = ConfigSettingType::Notifications;
    QString status; // proposed, approved, rejected, applied
    QString authorId;
    QString approverId;
    QString authorName; // display name, else e-mail
    QString approverName;
    QString summary;
    qint64 baseVersion = 0;
    qint64 appliedVersion = 0;
    QJsonObject document;
    QDateTime createdAt;
    QDateTime decidedAt;
};
Result<ConfigChangeRequest> configChangeRequestFromJson(const QJsonObject &object);

// A member of the organization whose own settings may be read (GET …/members).
struct ConfigMember
{
    QString userId;
    QString label; // display name, else e-mail
    QString role;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::ConfigView)
