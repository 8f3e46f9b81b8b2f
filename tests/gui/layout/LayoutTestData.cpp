#include "LayoutTestData.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync::testing {

namespace {

QString idFor(const QString &key)
{
    static const QUuid space(u"a7d1c3e0-5b2f-4c8e-9f6a-1b2c3d4e5f60"_s);
    return QUuid::createUuidV5(space, key).toString(QUuid::WithoutBraces);
}

SectionConfig section(const QString &type, const QString &title, const QString &subtitle,
                      const QString &icon, const QString &color, const QString &size, int columns,
                      int position, const QStringList &roles)
{
    SectionConfig s;
    s.id = idFor(type);
    s.organizationId = LayoutTestOrganization;
    s.sectionType = type;
    s.visibility.roles = roles;
    s.layout.position = position;
    s.layout.size = size;
    s.layout.columns = columns;
    s.customization.title = title;
    s.customization.subtitle = subtitle;
    s.customization.icon = icon;
    s.customization.color = color;
    s.permissions.canEdit = {u"admin"_s, u"coordinator"_s};
    s.permissions.canHide = {u"admin"_s};
    s.metadata.version = 3;
    return s;
}

} // namespace

QList<SectionConfig> demoLayoutSections()
{
    const QStringList everyone {u"admin"_s,  u"coordinator"_s, u"photographer"_s,
                                u"couple"_s, u"vendor"_s,      u"guest"_s};
    const QStringList planners {u"admin"_s, u"coordinator"_s, u"couple"_s};
    QList<SectionConfig> list {
        section(u"dashboard"_s, u"Overview"_s, u"Today at a glance"_s, u"layout-dashboard"_s,
                u"#1a237e"_s, u"full"_s, 12, 0, everyone),
        section(u"timeline"_s, u"Wedding Timeline"_s,
                u"Ceremony, reception and every cue in between"_s, u"calendar-clock"_s,
                u"#ffe0b2"_s, u"large"_s, 8, 1, everyone),
        section(u"photos"_s, u"Photos"_s, u"Shared gallery"_s, u"camera"_s, u"#f8bbd0"_s,
                u"small"_s, 4, 2, everyone),
        section(u"budget"_s, u"Budget"_s, u"Spent, committed and remaining"_s, u"wallet"_s,
                u"#2e7d32"_s, u"medium"_s, 6, 3, planners),
        section(u"guest_list"_s, u"Guest List"_s, u"RSVPs, meals and seating"_s, u"users"_s,
                u"#e3f2fd"_s, u"medium"_s, 6, 4, planners),
        section(u"vendor_management"_s, u"Vendors"_s, u"Contracts, arrivals and contacts"_s,
                u"briefcase"_s, u""_s, u"medium"_s, 6, 5, planners),
        section(u"documents"_s, u"Documents"_s, u"Contracts, permits and run sheets"_s,
                u"file-text"_s, u"#fff"_s, u"medium"_s, 6, 6, planners),
        section(u"billing"_s, u"Billing"_s, u"Plan, invoices and payments"_s, u"credit-card"_s,
                u"#4a148c"_s, u"medium"_s, 6, 7, {u"admin"_s}),
        section(u"admin"_s, u"Organization Settings"_s, u"Team, roles and integrations"_s,
                u"settings"_s, u"#607d8b"_s, u"medium"_s, 6, 8, {u"admin"_s}),
    };
    // Billing and settings are the admins' own, as in the demo organization.
    for (qsizetype i = list.size() - 2; i < list.size(); ++i) {
        list[i].permissions.canEdit = {u"admin"_s};
        list[i].permissions.canHide = {};
    }
    list[2].visibility.weddingPhases = {u"wedding_day"_s, u"post_wedding"_s};
    list[2].visibility.hasWeddingPhases = true;
    return list;
}

QString sectionIdOfType(const QList<SectionConfig> &sections, const QString &type)
{
    for (const SectionConfig &s : sections) {
        if (s.sectionType == type)
            return s.id;
    }
    return {};
}

} // namespace wedsync::testing
