#include "layout/LayoutWire.h"

#include "SectionJson.h"
#include "ServicesLogging.h"

using namespace Qt::StringLiterals;

namespace wedsync::layoutwire {

std::optional<SectionConfig> sectionFromApi(const QJsonObject &json)
{
    auto decoded = sectionFromJson(json);
    if (!decoded) {
        qCWarning(lcFeeds) << "a section the console cannot read:" << decoded.error().message;
        return std::nullopt;
    }
    SectionConfig section = std::move(decoded).value();
    // The top-level version is the one If-Match compares with.
    if (json.contains(u"version"_s))
        section.metadata.version = json.value(u"version"_s).toInteger(section.metadata.version);
    return section;
}

QList<SectionConfig> sectionsFromApi(const QJsonValue &json)
{
    const QJsonArray items
        = json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
    QList<SectionConfig> sections;
    for (const QJsonValue &item : items) {
        if (auto section = sectionFromApi(item.toObject()))
            sections.append(*section);
    }
    return sections;
}

std::optional<SectionConfig> sectionFromRow(const QJsonObject &row)
{
    QJsonObject json = row.value(u"config"_s).toObject();
    json.insert(u"id"_s, row.value(u"id"_s));
    json.insert(u"organizationId"_s, row.value(u"organization_id"_s));
    json.insert(u"weddingId"_s, row.value(u"wedding_id"_s));
    json.insert(u"sectionType"_s, row.value(u"section_type"_s));
    QJsonObject layout = json.value(u"layout"_s).toObject();
    if (row.contains(u"position"_s))
        layout.insert(u"position"_s, row.value(u"position"_s));
    json.insert(u"layout"_s, layout);
    json.insert(u"metadata"_s,
                QJsonObject {{u"createdBy"_s, row.value(u"created_by"_s)},
                             {u"updatedBy"_s, row.value(u"updated_by"_s)},
                             {u"version"_s, row.value(u"version"_s)}});
    return sectionFromApi(json);
}

QJsonObject createBody(const SectionConfig &section)
{
    QJsonObject body = sectionToJson(section);
    body.remove(u"id"_s);
    body.remove(u"metadata"_s);
    return body;
}

QList<UserProfile> membersFromApi(const QJsonValue &json, const QString &organizationId)
{
    const QJsonArray items
        = json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
    QList<UserProfile> people;
    for (const QJsonValue &value : items) {
        const QJsonObject member = value.toObject();
        const auto role = roleFromName(member.value(u"role"_s).toString());
        const QString userId = member.value(u"userId"_s).toString();
        if (!role || userId.isEmpty()) {
            qCWarning(lcFeeds) << "a member that does not decode was left out" << userId;
            continue;
        }
        UserProfile person;
        person.userId = userId;
        person.organizationId = organizationId;
        person.displayName = member.value(u"displayName"_s).toString();
        if (person.displayName.isEmpty())
            person.displayName = member.value(u"email"_s).toString();
        person.role = *role;
        for (const QJsonValue &grant : member.value(u"weddingAccess"_s).toArray()) {
            person.weddingAccess.append(WeddingAccess {grant[u"weddingId"_s].toString(),
                                                       grant[u"accessLevel"_s].toString()});
        }
        people.append(person);
    }
    return people;
}

} // namespace wedsync::layoutwire
