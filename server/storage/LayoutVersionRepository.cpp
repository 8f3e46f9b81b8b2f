#include "storage/LayoutVersionRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"v.id, v.organization_id, v.wedding_id, v.version, v.author_id,"
                        " u.display_name, v.created_at, v.summary"_s;
const QString From = u" FROM layout_versions v LEFT JOIN users u ON u.id = v.author_id"_s;

LayoutVersionRecord readVersion(const SqlQuery &q)
{
    return LayoutVersionRecord {q.text(0),
                                q.text(1),
                                q.text(2),
                                q.value(3).toLongLong(),
                                q.text(4),
                                q.text(5),
                                sql::toDateTime(q.value(6)),
                                q.text(7),
                                {}};
}

// "organization" for the organization's default layout (a wedding id is a UUID).
QString scopeKey(const QString &weddingId)
{
    return weddingId.isEmpty() ? u"organization"_s : weddingId;
}

// The WHERE of one dashboard's list; keyset: versions below the one with `beforeId`.
QString whereOf(const LayoutVersionRepository::Filter &filter)
{
    QString where = u" WHERE v.organization_id = :org AND v.scope_key = :scope"_s;
    if (!filter.beforeId.isEmpty())
        where += u" AND v.version < (SELECT b.version FROM layout_versions b WHERE b.id = :before"
                 " AND b.organization_id = :org2 AND b.scope_key = :scope2)"_s;
    return where;
}

void bindWhere(SqlQuery &q, const LayoutVersionRepository::Filter &filter)
{
    q.bind(u":org"_s, filter.organizationId).bind(u":scope"_s, scopeKey(filter.weddingId));
    if (!filter.beforeId.isEmpty()) {
        q.bind(u":before"_s, filter.beforeId)
            .bind(u":org2"_s, filter.organizationId)
            .bind(u":scope2"_s, scopeKey(filter.weddingId));
    }
}

// A stored snapshot (JSON text in either backend's column) as a document.
QJsonDocument storedJson(const SqlQuery &q, int column)
{
    return QJsonDocument::fromJson(q.value(column).toString().toUtf8());
}

QString kindText(LayoutSnapshotKind kind)
{
    return kind == LayoutSnapshotKind::Changes ? u"changes"_s : u"full"_s;
}

// A version's changes applied to the sections before it (by id).
void applyChanges(QHash<QString, QJsonObject> *sections, const QJsonObject &changes)
{
    for (const QJsonValue &removed : changes.value(u"removed"_s).toArray())
        sections->remove(removed.toString());
    for (const QJsonValue &changed : changes.value(u"changed"_s).toArray()) {
        const QJsonObject section = changed.toObject();
        sections->insert(section.value(u"id"_s).toString(), section);
    }
}

// The dashboard's list order (SectionRepository::listStored): position, type, id.
QJsonArray inListOrder(const QHash<QString, QJsonObject> &sections)
{
    QList<QJsonObject> ordered = sections.values();
    const auto key = [](const QJsonObject &s) {
        return std::tuple(s.value(u"layout"_s).toObject().value(u"position"_s).toInteger(),
                          s.value(u"sectionType"_s).toString(), s.value(u"id"_s).toString());
    };
    std::sort(ordered.begin(), ordered.end(),
              [&](const QJsonObject &a, const QJsonObject &b) { return key(a) < key(b); });
    QJsonArray out;
    for (const QJsonObject &section : std::as_const(ordered))
        out.append(section);
    return out;
}

} // namespace

LayoutVersionRepository::LayoutVersionRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<qint64> LayoutVersionRepository::current(const QString &organizationId,
                                                const QString &weddingId)
{
    SqlQuery q(m_db,
               u"SELECT current_version FROM layout_heads"
               " WHERE organization_id = :org AND scope_key = :scope"_s);
    q.bind(u":org"_s, organizationId).bind(u":scope"_s, scopeKey(weddingId));
    if (auto done = q.exec(u"reading a layout's version"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> LayoutVersionRepository::next(const QString &organizationId,
                                             const QString &weddingId)
{
    SqlQuery head(m_db,
                  u"INSERT INTO layout_heads (organization_id, scope_key, current_version)"
                  " VALUES (:org, :scope, 1)"
                  " ON CONFLICT (organization_id, scope_key) DO UPDATE SET"
                  " current_version = layout_heads.current_version + 1"
                  " RETURNING current_version"_s);
    head.bind(u":org"_s, organizationId).bind(u":scope"_s, scopeKey(weddingId));
    if (auto done = head.exec(u"numbering a layout version"_s); !done)
        return done.error();
    if (!head.next())
        return Error {u"storage_error"_s, u"Numbering a layout version returned no row."_s, {}};
    return head.value(0).toLongLong();
}

Result<LayoutVersionRecord> LayoutVersionRepository::insert(LayoutVersionRecord record,
                                                            LayoutSnapshotKind kind,
                                                            const QByteArray &snapshotJson)
{
    record.id = ids::create();
    record.occurredAt = m_clock.now();

    SqlQuery q(m_db,
               u"INSERT INTO layout_versions (id, organization_id, wedding_id, scope_key, version,"
               " author_id, created_at, summary, snapshot_kind, snapshot)"
               " VALUES (:id, :org, :wedding, :scope, :version, :author, :at, :summary, :kind,"
               " :snapshot)"_s);
    q.bind(u":id"_s, record.id)
        .bind(u":org"_s, record.organizationId)
        .bind(u":wedding"_s, sql::nullableText(record.weddingId))
        .bind(u":scope"_s, scopeKey(record.weddingId))
        .bind(u":version"_s, record.version)
        .bind(u":author"_s, sql::nullableText(record.authorId))
        .bind(u":at"_s, sql::timestamp(record.occurredAt))
        .bind(u":summary"_s, record.summary)
        .bind(u":kind"_s, kindText(kind))
        .bind(u":snapshot"_s, QString::fromUtf8(snapshotJson));
    if (auto done = q.exec(u"storing a layout version"_s); !done)
        return done.error();
    return record;
}

Result<std::optional<LayoutVersionRecord>>
LayoutVersionRepository::find(const QString &organizationId, const QString &weddingId,
                              qint64 version)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u", v.snapshot, v.snapshot_kind"_s + From
                   + u" WHERE v.organization_id = :org AND v.scope_key = :scope"
                     " AND v.version = :version"_s);
    q.bind(u":org"_s, organizationId)
        .bind(u":scope"_s, scopeKey(weddingId))
        .bind(u":version"_s, version);
    if (auto done = q.exec(u"reading a layout version"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<LayoutVersionRecord>();
    LayoutVersionRecord record = readVersion(q);
    const QJsonDocument stored = storedJson(q, 8);
    if (q.text(9) == kindText(LayoutSnapshotKind::Changes)) {
        auto sections = sectionsUpTo(organizationId, weddingId, version, stored.object());
        if (!sections)
            return sections.error();
        record.snapshot = std::move(sections).value();
    } else {
        record.snapshot = stored.array();
    }
    return std::optional<LayoutVersionRecord>(std::move(record));
}

Result<QJsonArray> LayoutVersionRepository::sectionsUpTo(const QString &organizationId,
                                                         const QString &weddingId, qint64 version,
                                                         const QJsonObject &changes)
{
    SqlQuery q(m_db,
               u"SELECT snapshot_kind, snapshot FROM layout_versions"
               " WHERE organization_id = :org AND scope_key = :scope AND version < :version"
               " AND version >= (SELECT MAX(w.version) FROM layout_versions w"
               "  WHERE w.organization_id = :org2 AND w.scope_key = :scope2"
               "  AND w.version < :version2 AND w.snapshot_kind = 'full')"
               " ORDER BY version"_s);
    q.bind(u":org"_s, organizationId)
        .bind(u":scope"_s, scopeKey(weddingId))
        .bind(u":version"_s, version)
        .bind(u":org2"_s, organizationId)
        .bind(u":scope2"_s, scopeKey(weddingId))
        .bind(u":version2"_s, version);
    if (auto done = q.exec(u"reading a layout version's earlier versions"_s); !done)
        return done.error();
    QHash<QString, QJsonObject> sections;
    bool whole = false;
    while (q.next()) {
        const QJsonDocument stored = storedJson(q, 1);
        if (q.text(0) == kindText(LayoutSnapshotKind::Changes)) {
            applyChanges(&sections, stored.object());
            continue;
        }
        whole = true;
        sections.clear();
        for (const QJsonValue &section : stored.array())
            sections.insert(section.toObject().value(u"id"_s).toString(), section.toObject());
    }
    if (!whole)
        return Error {u"storage_error"_s,
                      u"Layout version %1 holds changes, but no version before it holds the "
                      "whole layout."_s.arg(version),
                      {}};
    applyChanges(&sections, changes);
    return inListOrder(sections);
}

Result<QList<LayoutVersionRecord>> LayoutVersionRepository::query(const Filter &filter)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + From + whereOf(filter)
                   + u" ORDER BY v.version DESC LIMIT :limit OFFSET :offset"_s);
    bindWhere(q, filter);
    q.bind(u":limit"_s, qBound(1, filter.limit, 1000)).bind(u":offset"_s, qMax(0, filter.offset));
    if (auto done = q.exec(u"listing layout versions"_s); !done)
        return done.error();
    QList<LayoutVersionRecord> out;
    while (q.next())
        out << readVersion(q);
    return out;
}

Result<qint64> LayoutVersionRepository::count(const Filter &filter)
{
    SqlQuery q(m_db, u"SELECT COUNT(*)"_s + From + whereOf(filter));
    bindWhere(q, filter);
    if (auto done = q.exec(u"counting layout versions"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace wedsync::server
