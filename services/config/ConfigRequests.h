#pragma once
// The REST calls of the Settings screen, built in one place (paths per level, If-Match).

#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "api/RestRequest.h"

#include <QJsonObject>

namespace wedsync::configapi {

// The setting types an organization keeps, with the version of each.
RestRequest types(const QString &organizationId);
RestRequest members(const QString &organizationId);
RestRequest view(const ConfigScope &scope, ConfigSettingType type);
RestRequest write(const ConfigScope &scope, ConfigSettingType type, const QJsonObject &document,
                  const QString &summary, qint64 version);
RestRequest history(const ConfigScope &scope, ConfigSettingType type, int limit,
                    const QString &cursor);
RestRequest diff(const ConfigScope &scope, ConfigSettingType type, qint64 from, qint64 to);
RestRequest rollback(const ConfigScope &scope, ConfigSettingType type, qint64 toVersion,
                     qint64 currentVersion);
// Change requests live at the platform (scope platform) or an organization (tenant scope).
RestRequest changeRequests(const ConfigScope &scope, int limit);
RestRequest propose(const ConfigScope &scope, ConfigSettingType type, const QJsonObject &document,
                    const QString &summary);
RestRequest decide(const ConfigScope &scope, const QString &requestId, bool approve);
RestRequest optOuts(const QString &organizationId);
RestRequest putOptOuts(const QString &organizationId, const QJsonObject &optOuts);
RestRequest rules();

} // namespace wedsync::configapi
