#include "api/SectionWire.h"

#include "SectionJson.h"
#include "api/RecordJson.h"

using namespace Qt::StringLiterals;

namespace wedsync::server::json {

QJsonObject section(const SectionRecord &record)
{
    QJsonObject out = sectionToJson(record.section);
    out.insert(u"version"_s, record.section.metadata.version);
    out.insert(u"createdAt"_s, timestamp(record.createdAt));
    out.insert(u"updatedAt"_s, timestamp(record.updatedAt));
    return out;
}

QJsonObject sectionRow(const SectionRecord &record)
{
    return sectionRow(record, sectionToJson(record.section));
}

QJsonObject sectionRow(const SectionRecord &record, const QJsonObject &wire)
{
    QJsonObject config;
    for (const QString &key : {u"visibility"_s, u"layout"_s, u"customization"_s, u"permissions"_s})
        config.insert(key, wire.value(key));
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    const SectionConfig &s = record.section;
    return {{u"id"_s, s.id},
            {u"organization_id"_s, s.organizationId},
            {u"wedding_id"_s, textOrNull(s.weddingId)},
            {u"section_type"_s, s.sectionType},
            {u"config"_s, config},
            {u"position"_s, s.layout.position},
            {u"version"_s, s.metadata.version},
            {u"created_by"_s, textOrNull(s.metadata.createdBy)},
            {u"updated_by"_s, textOrNull(s.metadata.updatedBy)},
            {u"created_at"_s, timestamp(record.createdAt)},
            {u"updated_at"_s, timestamp(record.updatedAt)}};
}

const QStringList &sectionServerKeys()
{
    static const QStringList keys {u"version"_s, u"createdAt"_s, u"updatedAt"_s};
    return keys;
}

} // namespace wedsync::server::json
