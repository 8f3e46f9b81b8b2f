#pragma once
// The modules an organization has, read from its effective `modules` document: the platform's
// preset for its business type, then the `enabled` switches over it (which the hierarchy has
// already resolved).

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wedsync {

// The ids of the enabled modules, sorted.
QStringList enabledModules(const QJsonObject &modulesDocument, const QString &businessType);

} // namespace wedsync
