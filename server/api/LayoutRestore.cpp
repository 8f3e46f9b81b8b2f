#include "api/LayoutRestore.h"

#include "SectionJson.h"
#include "SectionValidator.h"
#include "api/SectionService.h"
#include "api/SectionWire.h"
#include "api/SectionWriteRules.h"
#include "storage/AuditRepository.h"
#include "storage/LayoutVersionRepository.h"
#include "storage/SectionRepository.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

struct SnapshotSection
{
    SectionConfig section;
    qint64 version = 1; // the section's version when the snapshot was taken
};

Result<QList<SnapshotSection>> decodeSnapshot(const QJsonArray &snapshot)
{
    QList<SnapshotSection> out;
    QList<FieldError> problems;
    for (qsizetype i = 0; i < snapshot.size(); ++i) {
        QJsonObject json = snapshot.at(i).toObject();
        const qint64 version = json.value(u"version"_s).toInteger(1);
        for (const QString &key : json::sectionServerKeys())
            json.remove(key);
        auto decoded = sectionFromJson(json);
        if (!decoded)
            return Error {u"storage_error"_s,
                          u"Layout snapshot section %1 does not decode: %2"_s.arg(i).arg(
                              decoded.error().message),
                          {}};
        SectionConfig section = sanitizeSection(std::move(decoded).value());
        for (const FieldError &problem : validateSection(section))
            problems.append({u"[%1].%2"_s.arg(i).arg(problem.field), problem.message});
        out.append({std::move(section), version});
    }
    if (!problems.isEmpty())
        return Error {u"validation_failed"_s,
                      u"The version holds sections that today's rules refuse; change the layout "
                      "instead of restoring it."_s,
                      problems};
    return out;
}

const SectionRecord *findRecord(const QList<SectionRecord> &records, const QString &id)
{
    const auto it = std::find_if(records.cbegin(), records.cend(),
                                 [&](const SectionRecord &r) { return r.section.id == id; });
    return it == records.cend() ? nullptr : &*it;
}

bool inSnapshot(const QList<SnapshotSection> &snapshot, const QString &id)
{
    return std::any_of(snapshot.cbegin(), snapshot.cend(),
                       [&](const SnapshotSection &s) { return s.section.id == id; });
}

// The same section apart from who touched it last.
bool sameContent(SectionConfig a, SectionConfig b)
{
    a.metadata = {};
    b.metadata = {};
    return a == b;
}

// The version a deleted section comes back with: above every version it had, so that a client
// holding one of them cannot overwrite the restored section unseen.
Result<qint64> versionAfterDeletion(Database &db, const Clock &clock, const QString &organizationId,
                                    const SnapshotSection &restored)
{
    AuditRepository::Filter filter;
    filter.organizationId = organizationId;
    filter.entityType = SectionService::entityType();
    filter.entityId = restored.section.id;
    filter.limit = 1;
    auto rows = AuditRepository(db, clock).query(filter);
    if (!rows)
        return rows.error();
    qint64 highest = restored.version;
    for (const AuditRecord &row : rows.value()) {
        for (const auto &side : {row.before, row.after}) {
            if (side)
                highest = std::max(highest, side->value(u"version"_s).toInteger());
        }
    }
    return highest + 1;
}

} // namespace

LayoutRestore::LayoutRestore(Database &db, const Clock &clock, const ChangeNotifier &notifier)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
{ }

Result<qint64> LayoutRestore::restore(const MutationActor &actor, const Operator &caller,
                                      const LayoutRestoreRequest &request, qint64 *current)
{
    const QString &org = request.organizationId;
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    LayoutVersionRepository versions(m_db, m_clock);
    auto now = versions.current(org, request.weddingId);
    if (!now)
        return now.error();
    *current = now.value();
    if (!request.ifMatch.matches(now.value()))
        return Error {u"version_conflict"_s,
                      u"The layout was changed since you loaded it (now version %1); review it "
                      "before restoring."_s.arg(now.value()),
                      {}};
    auto target = versions.find(org, request.weddingId, request.version);
    if (!target)
        return target.error();
    if (!target->has_value())
        return Error {u"not_found"_s, u"The layout version was not found."_s, {}};
    auto decoded = decodeSnapshot(target->value().snapshot);
    if (!decoded)
        return decoded.error();
    const QList<SnapshotSection> snapshot = std::move(decoded).value();

    SectionRepository sections(m_db, m_clock);
    auto listed = sections.list(org, SectionScope::ofDashboard(request.weddingId));
    if (!listed)
        return listed.error();
    const QList<SectionRecord> present = std::move(listed).value();

    // Who may: every section the restore changes must be one the caller may write so.
    for (const SectionRecord &record : present) {
        if (!inSnapshot(snapshot, record.section.id)) {
            if (auto refused = sectionWriteRefusal(caller, &record.section, nullptr))
                return *refused;
        }
    }
    for (const SnapshotSection &wanted : snapshot) {
        const SectionRecord *record = findRecord(present, wanted.section.id);
        if (record && sameContent(record->section, wanted.section))
            continue;
        if (auto refused
            = sectionWriteRefusal(caller, record ? &record->section : nullptr, &wanted.section))
            return *refused;
    }

    const QString entity = SectionService::entityType();
    const QString table = SectionService::tableName();
    // Deletions first: a section the snapshot holds may take back a type that another one has
    // now (one section per type per dashboard).
    for (const SectionRecord &record : present) {
        if (inSnapshot(snapshot, record.section.id))
            continue;
        const QString &id = record.section.id;
        if (auto removed = sections.remove(org, id, record.section.metadata.version); !removed)
            return removed.error();
        if (auto audited
            = tx.audit(org, entity, id, u"delete"_s, json::section(record), std::nullopt);
            !audited)
            return audited.error();
        tx.announce({table, u"DELETE"_s, org, {}, json::sectionRow(record)});
    }
    for (const SnapshotSection &wanted : snapshot) {
        const SectionRecord *record = findRecord(present, wanted.section.id);
        if (record && sameContent(record->section, wanted.section))
            continue;
        SectionConfig section = wanted.section;
        section.metadata.updatedBy = actor.userId;
        if (record) {
            section.metadata.createdBy = record->section.metadata.createdBy;
            auto stored = sections.update(section, record->section.metadata.version);
            if (!stored)
                return stored.error();
            if (auto audited = tx.audit(org, entity, section.id, u"update"_s,
                                        json::section(*record), json::section(stored.value()));
                !audited)
                return audited.error();
            tx.announce({table, u"UPDATE"_s, org, json::sectionRow(stored.value()),
                         json::sectionRow(*record)});
            continue;
        }
        auto version = versionAfterDeletion(m_db, m_clock, org, wanted);
        if (!version)
            return version.error();
        auto stored = sections.create(section, version.value());
        if (!stored)
            return stored.error();
        if (auto audited = tx.audit(org, entity, section.id, u"create"_s, std::nullopt,
                                    json::section(stored.value()));
            !audited)
            return audited.error();
        tx.announce({table, u"INSERT"_s, org, json::sectionRow(stored.value()), {}});
    }
    tx.setLayoutNote({u"Restored version %1"_s.arg(request.version), now.value()});
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return tx.layoutVersions().isEmpty() ? now.value() : tx.layoutVersions().first().version;
}

} // namespace wedsync::server
