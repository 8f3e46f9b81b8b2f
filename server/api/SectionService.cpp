#include "api/SectionService.h"

#include "SectionValidator.h"
#include "api/SectionWire.h"
#include "common/Ids.h"
#include "storage/WeddingRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString prefixed(const QString &prefix, const QString &field)
{
    if (prefix.isEmpty())
        return field;
    if (field.isEmpty())
        return prefix;
    if (field.startsWith(u'['))
        return prefix + field;
    return prefix + u'.' + field;
}

void appendPrefixed(QList<FieldError> *out, const QString &prefix, const QList<FieldError> &fields)
{
    for (const FieldError &field : fields)
        out->append({prefixed(prefix, field.field), field.message});
}

Error fieldsError(const QString &code, const QString &message, QList<FieldError> fields)
{
    return Error {code, message, std::move(fields)};
}

Error validationFailed(QList<FieldError> fields)
{
    return fieldsError(u"validation_failed"_s, u"Some fields are not valid; see details.fields."_s,
                       std::move(fields));
}

// Identity and scope of a stored section never change through an edit: a section of another
// type or dashboard is a new section.
QList<FieldError> identityChanges(const SectionConfig &current, const SectionConfig &edited)
{
    QList<FieldError> out;
    if (edited.id != current.id)
        out.append({u"id"_s, u"The id of a section cannot be changed."_s});
    if (edited.organizationId != current.organizationId)
        out.append({u"organizationId"_s, u"A section cannot move to another organization."_s});
    if (edited.sectionType != current.sectionType)
        out.append({u"sectionType"_s,
                    u"The type of a section cannot be changed; create a section of the "
                    "new type and delete this one instead."_s});
    if (edited.weddingId != current.weddingId)
        out.append({u"weddingId"_s,
                    u"A section cannot move between the organization's dashboard and a "
                    "wedding's; create it there instead."_s});
    return out;
}

// The same section apart from who touched it last.
bool sameContent(SectionConfig a, SectionConfig b)
{
    a.metadata = {};
    b.metadata = {};
    return a == b;
}

} // namespace

SectionService::SectionService(Database &db, const Clock &clock, const ChangeNotifier &notifier)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
{ }

Result<QList<SectionRecord>> SectionService::list(const QString &organizationId,
                                                  const SectionScope &scope)
{
    return SectionRepository(m_db, m_clock).list(organizationId, scope);
}

Result<std::optional<SectionRecord>> SectionService::find(const QString &organizationId,
                                                          const QString &id)
{
    return SectionRepository(m_db, m_clock).find(organizationId, id);
}

Result<std::optional<QString>> SectionService::organizationOf(const QString &id)
{
    if (const QString *known = m_organizations.object(id))
        return std::optional<QString>(*known);
    auto found = SectionRepository(m_db, m_clock).organizationOf(id);
    if (found && found->has_value())
        m_organizations.insert(id, new QString(found->value()));
    return found;
}

Result<SectionRecord> SectionService::create(const MutationActor &actor, SectionConfig section,
                                             bool appendAtEnd)
{
    section.id = ids::create(); // never the client's: a taken id would reveal another tenant's
    section.metadata.createdBy = actor.userId;
    section.metadata.updatedBy = actor.userId;
    section.metadata.version = 1;
    section = sanitizeSection(std::move(section));
    if (const QList<FieldError> problems = validateSection(section); !problems.isEmpty())
        return validationFailed(problems);
    section.id = section.id.toLower();
    section.weddingId = section.weddingId.toLower();

    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    if (section.isWeddingSpecific()) {
        auto wedding
            = WeddingRepository(m_db, m_clock).find(section.organizationId, section.weddingId);
        if (!wedding)
            return wedding.error();
        if (!wedding->has_value())
            return validationFailed(
                {{u"weddingId"_s, u"There is no such wedding in this organization."_s}});
    }
    SectionRepository repository(m_db, m_clock);

    const SectionScope scope {section.isWeddingSpecific() ? SectionScope::Kind::Wedding
                                                          : SectionScope::Kind::OrganizationWide,
                              section.weddingId};
    auto dashboard = repository.list(section.organizationId, scope);
    if (!dashboard)
        return dashboard.error();
    int last = -1;
    for (const SectionRecord &other : dashboard.value()) {
        if (other.section.sectionType == section.sectionType) {
            return Error {
                u"section_exists"_s,
                u"This dashboard already has a section of type \"%1\" (id %2); edit that one "
                "instead."_s.arg(section.sectionType, other.section.id),
                {{u"sectionType"_s, u"Already on this dashboard."_s}}};
        }
        last = std::max(last, other.section.layout.position);
    }
    if (appendAtEnd)
        section.layout.position = last + 1;

    auto stored = repository.create(section);
    if (!stored)
        return stored.error();
    const QJsonObject after = json::section(stored.value());
    if (auto audited = tx.audit(section.organizationId, entityType(), section.id, u"create"_s,
                                std::nullopt, after);
        !audited)
        return audited.error();
    tx.announce(
        {tableName(), u"INSERT"_s, section.organizationId, json::sectionRow(stored.value()), {}});
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<QList<SectionRecord>>
SectionService::update(const MutationActor &actor, const QString &organizationId,
                       const QList<SectionChange> &changes, const QString &action,
                       QList<SectionRecord> *conflicts, const SectionBatchCheck &check)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto results = updateIn(tx, actor, organizationId, changes, action, conflicts, check);
    if (!results)
        return results.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return results;
}

Result<QList<SectionRecord>>
SectionService::updateIn(AuditedTransaction &tx, const MutationActor &actor,
                         const QString &organizationId, const QList<SectionChange> &changes,
                         const QString &action, QList<SectionRecord> *conflicts,
                         const SectionBatchCheck &check)
{
    SectionRepository repository(m_db, m_clock);

    // 1. Every section must exist in this organization (another tenant's is "not found").
    QList<SectionRecord> all;
    if (check) {
        auto listed = repository.list(organizationId);
        if (!listed)
            return listed.error();
        all = std::move(listed).value();
    }
    auto current = findChanged(repository, organizationId, changes, check ? &all : nullptr);
    if (!current)
        return current.error();

    // 2. Every client must have edited the version that is stored now.
    if (auto stale = staleChanges(changes, current.value(), conflicts))
        return *stale;

    // 3. The edits, each sanitized and validated like a new section; then the batch's rule.
    EditedSections edited = applyEdits(changes, current.value());
    if (edited.refused)
        return *edited.refused;
    if (edited.problems.isEmpty() && check)
        edited.problems = check(sectionsAfter(all, edited.sections));
    if (!edited.problems.isEmpty())
        return validationFailed(edited.problems);

    // 4. Write what changed, each with its audit row.
    return writeEdited(tx, repository, actor, organizationId, action, current.value(),
                       edited.sections, conflicts);
}

Result<QList<SectionRecord>> SectionService::findChanged(SectionRepository &repository,
                                                         const QString &organizationId,
                                                         const QList<SectionChange> &changes,
                                                         const QList<SectionRecord> *all)
{
    QList<SectionRecord> current;
    QList<FieldError> missing;
    for (const SectionChange &change : changes) {
        std::optional<SectionRecord> found;
        if (all) {
            const auto it = std::find_if(all->cbegin(), all->cend(), [&](const SectionRecord &r) {
                return r.section.id == change.id;
            });
            if (it != all->cend())
                found = *it;
        } else {
            auto read = repository.find(organizationId, change.id);
            if (!read)
                return read.error();
            found = read.value();
        }
        if (!found)
            missing.append({prefixed(change.fieldPrefix, u"id"_s),
                            u"There is no such section in this organization."_s});
        else
            current.append(*found);
    }
    if (!missing.isEmpty())
        return fieldsError(u"not_found"_s, u"The section was not found."_s, missing);
    return current;
}

Result<QList<SectionRecord>>
SectionService::writeEdited(AuditedTransaction &tx, SectionRepository &repository,
                            const MutationActor &actor, const QString &organizationId,
                            const QString &action, const QList<SectionRecord> &current,
                            const QList<SectionConfig> &edited, QList<SectionRecord> *conflicts)
{
    QList<SectionRecord> results;
    for (qsizetype i = 0; i < current.size(); ++i) {
        const SectionRecord &before = current.at(i);
        if (sameContent(before.section, edited.at(i))) {
            results.append(before);
            continue;
        }
        SectionConfig section = edited.at(i);
        section.metadata.updatedBy = actor.userId;
        auto stored = repository.update(section, before.section.metadata.version);
        if (!stored) {
            // Another server wrote between our read and this write.
            if (stored.error().code == u"version_conflict"_s && conflicts) {
                if (auto now = repository.find(organizationId, section.id); now && now->has_value())
                    conflicts->append(now->value());
            }
            return stored.error();
        }
        const QJsonObject beforeWire = json::section(before);
        const QJsonObject afterWire = json::section(stored.value());
        if (auto audited
            = tx.audit(organizationId, entityType(), section.id, action, beforeWire, afterWire);
            !audited)
            return audited.error();
        tx.announce({tableName(), u"UPDATE"_s, organizationId,
                     json::sectionRow(stored.value(), afterWire),
                     json::sectionRow(before, beforeWire)});
        results.append(stored.value());
    }
    return results;
}

Result<SectionRecord> SectionService::remove(const MutationActor &actor,
                                             const QString &organizationId, const QString &id,
                                             const IfMatch &ifMatch,
                                             QList<SectionRecord> *conflicts)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    SectionRepository repository(m_db, m_clock);
    auto found = repository.find(organizationId, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {u"not_found"_s, u"The section was not found."_s, {}};
    const SectionRecord before = found->value();
    const qint64 version = before.section.metadata.version;
    if (!ifMatch.matches(version)) {
        if (conflicts)
            conflicts->append(before);
        return Error {
            u"version_conflict"_s,
            u"The section was changed by someone else since you loaded it (now version %1); "
            "review it in details.current before deleting."_s.arg(version),
            {}};
    }
    if (auto removed = repository.remove(organizationId, id, version); !removed)
        return removed.error();
    if (auto audited = tx.audit(organizationId, entityType(), id, u"delete"_s,
                                json::section(before), std::nullopt);
        !audited)
        return audited.error();
    tx.announce({tableName(), u"DELETE"_s, organizationId, {}, json::sectionRow(before)});
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return before;
}

std::optional<Error> staleChanges(const QList<SectionChange> &changes,
                                  const QList<SectionRecord> &current,
                                  QList<SectionRecord> *conflicts)
{
    QList<FieldError> stale;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const qint64 version = current.at(i).section.metadata.version;
        if (changes.at(i).ifMatch.matches(version))
            continue;
        stale.append(
            {prefixed(changes.at(i).fieldPrefix, u"version"_s),
             u"Someone else changed this section; it is now at version %1."_s.arg(version)});
        if (conflicts)
            conflicts->append(current.at(i));
    }
    if (stale.isEmpty())
        return std::nullopt;
    return fieldsError(u"version_conflict"_s,
                       u"The section was changed by someone else since you loaded it; review the "
                       "current version in details.current and try again."_s,
                       stale);
}

EditedSections applyEdits(const QList<SectionChange> &changes, const QList<SectionRecord> &current)
{
    EditedSections out;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const SectionChange &change = changes.at(i);
        const SectionConfig &before = current.at(i).section;
        auto result = change.edit(before);
        if (!result) {
            QList<FieldError> fields = result.error().fields;
            if (fields.isEmpty())
                fields.append({QString(), result.error().message});
            appendPrefixed(&out.problems, change.fieldPrefix, fields);
            out.sections.append(before);
            continue;
        }
        SectionConfig section = sanitizeSection(std::move(result).value());
        if (change.authorize) {
            if ((out.refused = change.authorize(before, section)))
                return out;
        }
        appendPrefixed(&out.problems, change.fieldPrefix, identityChanges(before, section));
        appendPrefixed(&out.problems, change.fieldPrefix, validateSection(section));
        out.sections.append(std::move(section));
    }
    return out;
}

QList<SectionConfig> sectionsAfter(const QList<SectionRecord> &all,
                                   const QList<SectionConfig> &edited)
{
    QList<SectionConfig> after;
    for (const SectionRecord &record : all) {
        const auto it = std::find_if(edited.cbegin(), edited.cend(), [&](const SectionConfig &s) {
            return s.id == record.section.id;
        });
        after.append(it != edited.cend() ? *it : record.section);
    }
    return after;
}

QList<FieldError> duplicatePositions(const QList<SectionConfig> &after,
                                     const QHash<QString, QString> &prefixById)
{
    QList<FieldError> out;
    for (const SectionConfig &moved : after) {
        const auto prefix = prefixById.constFind(moved.id);
        if (prefix == prefixById.cend())
            continue;
        for (const SectionConfig &other : after) {
            if (other.id == moved.id || other.weddingId != moved.weddingId
                || other.layout.position != moved.layout.position)
                continue;
            out.append(
                {prefixed(*prefix, u"position"_s),
                 u"Position %1 would be shared with the %2 section on the same dashboard; move "
                 "that one too, in the same request."_s.arg(moved.layout.position)
                     .arg(other.sectionType)});
            break;
        }
    }
    return out;
}

} // namespace wedsync::server
