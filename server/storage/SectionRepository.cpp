#include "storage/SectionRepository.h"

#include "SectionJson.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"id, organization_id, wedding_id, section_type, config, position, version,"
                        " created_by, updated_by, created_at, updated_at"_s;

// The parts of the wire form that live in the `config` column.
const QStringList ConfigKeys {u"visibility"_s, u"layout"_s, u"customization"_s, u"permissions"_s};

QJsonObject configOf(const SectionConfig &section)
{
    const QJsonObject full = sectionToJson(section);
    QJsonObject config;
    for (const QString &key : ConfigKeys)
        config.insert(key, full.value(key));
    return config;
}

constexpr int ColumnCount = 11;

QVariantList columnsOf(const SqlQuery &q)
{
    QVariantList columns;
    columns.reserve(ColumnCount);
    for (int i = 0; i < ColumnCount; ++i)
        columns << q.value(i);
    return columns;
}

Result<SectionRecord> readSection(const QVariantList &columns)
{
    const auto text = [&columns](int i) {
        return columns.at(i).toString();
    };
    QJsonObject json = sql::toJsonObject(columns.at(4));
    json.insert(u"id"_s, text(0));
    json.insert(u"organizationId"_s, text(1));
    json.insert(u"weddingId"_s, columns.at(2).isNull() ? QJsonValue() : QJsonValue(text(2)));
    json.insert(u"sectionType"_s, text(3));
    auto decoded = sectionFromJson(json);
    if (!decoded)
        return Error {
            u"storage_error"_s,
            u"Stored section %1 does not decode: %2"_s.arg(text(0), decoded.error().message),
            {}};
    SectionRecord record {std::move(decoded).value(), sql::toDateTime(columns.at(9)),
                          sql::toDateTime(columns.at(10))};
    record.section.layout.position = columns.at(5).toInt();
    record.section.metadata.version = columns.at(6).toLongLong();
    record.section.metadata.createdBy = text(7);
    record.section.metadata.updatedBy = text(8);
    record.section.metadata.lastSynced = record.updatedAt;
    return record;
}

} // namespace

QString StoredSection::key() const
{
    // Separated by a character no id, timestamp or JSON text holds unescaped; the config (the
    // only free text, column 4) is last.
    QString key;
    for (int i = 0; i < ColumnCount; ++i) {
        if (i != 4)
            key += m_columns.at(i).toString() + QChar(0x1f);
    }
    return key + m_columns.at(4).toString();
}

Result<SectionRecord> StoredSection::decode() const
{
    return readSection(m_columns);
}

SectionRepository::SectionRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<SectionRecord> SectionRepository::create(SectionConfig section, qint64 version)
{
    const QDateTime now = m_clock.now();
    section.metadata.version = version;
    section.metadata.lastSynced = now;
    SqlQuery q(m_db,
               u"INSERT INTO section_configurations (id, organization_id, wedding_id, section_type,"
               " config, position, version, created_by, updated_by, created_at, updated_at)"
               " VALUES (:id, :org, :wedding, :type, :config, :position, :version, :createdBy,"
               " :updatedBy, :now, :now2)"_s);
    q.bind(u":id"_s, section.id)
        .bind(u":org"_s, section.organizationId)
        .bind(u":wedding"_s, sql::nullableText(section.weddingId))
        .bind(u":type"_s, section.sectionType)
        .bind(u":config"_s, sql::jsonText(configOf(section)))
        .bind(u":position"_s, section.layout.position)
        .bind(u":version"_s, version)
        .bind(u":createdBy"_s, sql::nullableText(section.metadata.createdBy))
        .bind(u":updatedBy"_s, sql::nullableText(section.metadata.updatedBy))
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":now2"_s, sql::timestamp(now));
    if (auto done = q.exec(u"inserting a section configuration"_s); !done)
        return done.error();
    return SectionRecord {section, now, now};
}

Result<std::optional<SectionRecord>> SectionRepository::find(const QString &organizationId,
                                                             const QString &id)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM section_configurations WHERE organization_id = :org AND id = :id"_s);
    q.bind(u":org"_s, organizationId).bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a section configuration"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SectionRecord>();
    auto record = readSection(columnsOf(q));
    if (!record)
        return record.error();
    return std::optional<SectionRecord>(std::move(record).value());
}

Result<std::optional<QString>> SectionRepository::organizationOf(const QString &id)
{
    SqlQuery q(m_db, u"SELECT organization_id FROM section_configurations WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"finding a section's organization"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.text(0));
}

Result<QList<SectionRecord>> SectionRepository::list(const QString &organizationId,
                                                     const Scope &scope)
{
    auto stored = listStored(organizationId, scope);
    if (!stored)
        return stored.error();
    QList<SectionRecord> out;
    out.reserve(stored->size());
    for (const StoredSection &row : std::as_const(stored.value())) {
        auto record = row.decode();
        if (!record)
            return record.error();
        out << std::move(record).value();
    }
    return out;
}

Result<QList<StoredSection>> SectionRepository::listStored(const QString &organizationId,
                                                           const Scope &scope)
{
    QString where = u"organization_id = :org"_s;
    if (scope.kind == Scope::Kind::OrganizationWide)
        where += u" AND wedding_id IS NULL"_s;
    else if (scope.kind == Scope::Kind::Wedding)
        where += u" AND wedding_id = :wedding"_s;
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM section_configurations WHERE "_s + where
                   + u" ORDER BY position, section_type, id"_s);
    q.bind(u":org"_s, organizationId);
    if (scope.kind == Scope::Kind::Wedding)
        q.bind(u":wedding"_s, scope.weddingId);
    if (auto done = q.exec(u"listing section configurations"_s); !done)
        return done.error();
    QList<StoredSection> out;
    while (q.next()) {
        StoredSection row;
        row.m_columns = columnsOf(q);
        out << std::move(row);
    }
    return out;
}

Result<SectionRecord> SectionRepository::update(const SectionConfig &section,
                                                qint64 expectedVersion)
{
    const QDateTime now = m_clock.now();
    // RETURNING (PostgreSQL; SQLite since 3.35): the stored row comes back with the write, one
    // round trip instead of an update and a read.
    SqlQuery q(m_db,
               u"UPDATE section_configurations SET config = :config, position = :position,"
               " version = version + 1, updated_by = :updatedBy, updated_at = :now"
               " WHERE organization_id = :org AND id = :id AND version = :expected RETURNING "_s
                   + Columns);
    q.bind(u":config"_s, sql::jsonText(configOf(section)))
        .bind(u":position"_s, section.layout.position)
        .bind(u":updatedBy"_s, sql::nullableText(section.metadata.updatedBy))
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":org"_s, section.organizationId)
        .bind(u":id"_s, section.id)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"updating a section configuration"_s); !done)
        return done.error();
    if (!q.next()) {
        auto miss = explainMiss(section.organizationId, section.id);
        return miss.error();
    }
    return readSection(columnsOf(q));
}

Status SectionRepository::remove(const QString &organizationId, const QString &id,
                                 qint64 expectedVersion)
{
    SqlQuery q(m_db,
               u"DELETE FROM section_configurations"
               " WHERE organization_id = :org AND id = :id AND version = :expected"_s);
    q.bind(u":org"_s, organizationId).bind(u":id"_s, id).bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"deleting a section configuration"_s); !done)
        return done;
    if (q.rowsAffected() == 0)
        return explainMiss(organizationId, id);
    return ok();
}

// A versioned write changed no row: either the section is not there (for this tenant) or
// someone else wrote first. Always returns an error.
Status SectionRepository::explainMiss(const QString &organizationId, const QString &id)
{
    auto current = find(organizationId, id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error {u"not_found"_s, u"The section does not exist."_s, {}};
    return Error {u"version_conflict"_s,
                  u"The section was changed by someone else (now at version %1)."_s.arg(
                      current->value().section.metadata.version),
                  {}};
}

} // namespace wedsync::server
