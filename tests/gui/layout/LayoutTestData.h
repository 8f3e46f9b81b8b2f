#pragma once
// A realistic organization dashboard for the layout editor's widget tests: the sections the
// demo organization starts with (types, titles, colours, icons, spans and roles).

#include "SectionConfig.h"

#include <QList>
#include <QString>

namespace wedsync::testing {

inline const QString LayoutTestOrganization
    = QStringLiteral("6f1c2b1e-3a4d-4f5e-8a9b-0c1d2e3f4a5b");

QList<SectionConfig> demoLayoutSections();
QString sectionIdOfType(const QList<SectionConfig> &sections, const QString &type);

} // namespace wedsync::testing
